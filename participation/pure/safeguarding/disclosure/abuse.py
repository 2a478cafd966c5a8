"""Rules for abuse: physical, sexual or emotional harm to a young person, by anyone."""

from __future__ import annotations

from functools import partial

from participation.pure.safeguarding.disclosure.categories import ABUSE
from participation.pure.safeguarding.disclosure.rule import rule
from participation.pure.safeguarding.disclosure.vocabulary import (
    FAMILY,
    FAMILY_WORDS,
    GAP,
    HARM_BROAD,
    HARM_BROAD_WORDS,
    HARM_VERB,
    HARM_VERB_WORDS,
    IN_SENTENCE,
    PHOBIA,
    SPORT_OR_PLAY,
)

# "she beat me at fifa", "i got hurt playing rugby": games and sport, not harm.
_NOT_SPORT = (
    r"(?! (?:at|in|on|during|playing|doing) (?:\w+ )?(?:fifa|mario\w*|kart|chess|cards|football|rugby|netball"
    r"|rounders|pool|darts|tennis|games?|uno|monopoly|fortnite|race|racing|running|swimming|maths|quiz"
    r"|ping pong|basketball|badminton|xbox|playstation|switch|scrabble|pe|training|match|hockey|boxing|judo"
    r"|karate|dodgeball|arm wrestling|wrestling)\b)"
)
_BODY = r"(?:arm|arms|neck|throat|hair|wrist|wrists|face|head|leg|legs|private\w*|bum|chest)"
_SIBLING = r"(?:(?:my|her|his|our) (?:little |big |baby |older |younger )?(?:brothers?|sisters?|siblings?))"
# Who, where and fear, for the broader co-occurrence rules.
_PERSON = (
    r"(?:mum|dad|step dad|step mum|uncle|aunty|auntie|nan|grandad|grandma|cousin|brother|sister|carers?"
    r"|foster (?:carers?|mum|dad|brother|sister|parents?)|boyfriend|girlfriend|partner|husband|ex|staff"
    r"|night staff|key worker|social worker|teacher|man|men|lads?|boys?|girls?|guy|guys|gang|dealer|him|her"
    r"|them|his mates|her mates|their mates|people|someone|somebody|one of (?:the|them)|kids|olders"
    r"|neighbour)"
)
_PLACE = (
    r"(?:home|house|my dads|my mums|my nans|placement|the home|hostel|flat|my room|bedroom|estate|area"
    r"|street)"
)
_FEAR = r"(?:scared|frightened|afraid|terrified|petrified|scary|creepy|intimidat\w*|on edge)"

# For the doubt tier: a harm verb near a body part or a person.
_BODY_BROAD = (
    r"(?:head|face|neck|throat|arms?|wrists?|back|legs?|hair|ribs|stomach|belly|tummy|eye|nose|mouth|lip|ear"
    r"|ears|chest|body|skin|fingers?|hands?|bum|privates?|private parts)"
)
_VICTIM = (
    rf"(?:me|us|him|her|them|my (?:{_BODY_BROAD}|mum|nan|sister|brother|little \w+|baby \w+|big \w+)"
    rf"|(?:her|his|their) {_BODY_BROAD}|the baby|the little ones|my (?:mum|dads?|nan)s? \w+)"
)
_VICTIM_WORDS = (
    "arm|baby |back|belly|big |body|bum|chest|dad|ear|eye|face|finger|hair|hand|head|her|him|leg|lip|little "
    "|me|mouth|mum|nan|neck|nose|private|ribs|sister|skin|stomach|the baby|them|throat|tummy|us|wrist"
)
# Things that "throw/grab/push/pull me" harmlessly: "hit me up", "grab me a drink", "push me to do better".
_HARMLESS_OBJECT = (
    r"\b(?:hit|hits) (?:me|us) (?:up|with|that)\b"
    r"|\b(?:it|that|reality|the news|the realisation) (?:\w+ )?hit me\b"
    r"|\bgrab\w* (?:me|us) (?:a|an|some|one)\b|\bpush\w* (?:me|us) (?:to|into doing)\b"
    r"|\bthrow\w* (?:me|us) (?:a|an)\b|\bchuck\w* (?:me|us) (?:a|an|the)\b"
    r"|\b(?:beat|beats|beaten) (?:me|us|him|her|them) (?:at|in|to)\b"
    r"|\bhit (?:the (?:roof|ceiling|sack|hay|gym|shops|road|nail|jackpot|books)|it off)\b|\bhit and miss\b"
    r"|\bpinch(?:es|ed|ing)? (?:my|me|the|our) (?:chips|food|sweets|stuff|clothes|hoodies?|phone|charger|seat"
    r"|spot|chocolate)\b|\bburnt? (?:my|the) (?:toast|tea|dinner|food|tongue)\b"
    r"|\b(?:were|was|are|when we|when i) playing\b|\bplay(?:ing)? (?:fight\w*|wrestl\w*|tig|tag)\b"
    r"|\bknock(?:s|ed)? (?:me|us) (?:up|out of the|off the)\b|\bsits? on (?:me|us) (?:in|at|next)\b"
    # One's own accident: "i hit my head on the bunk bed", "he hurt his back at work".
    r"|\b(?:i|he|she|brother|sister|mate) (?:accidentally |just |nearly |always |sometimes )?(?:hit|hurt"
    r"|bumped|banged|twisted|pulled|burnt|burned|bit|cut|scratch|scratches|scratched|broke|sprained) (?:my"
    r"|his|her) (?:head|back|arm|leg|knee|ankle|wrist|finger|hand|toe|lip|tongue|face|nose|shoulder|neck)\b"
)
# Who might harm a young person, and the words of harm itself, for the co-occurrence rules.
_ACTOR = (
    r"(?:mum|dad|step (?:dad|mum|brother|sister)|carers?|foster (?:carers?|mum|dad|brother|sister|parents?)"
    r"|brother|sister|uncle|aunty|auntie|aunt|nan|grandad|grandma|cousin|boyfriend|girlfriend|partner|teacher"
    r"|staff|key worker|he|she|they|lads|boys|girls|man|men|someone|somebody|lodger|neighbour|his mate"
    r"|her mate)"
)
_PHYS_WORD = (
    r"(?:slap\w*|smack\w*|hit|hits|hitting|punch\w*|kick(?:s|ed|ing)?|twist(?:s|ed|ing)?|drag(?:s|ged|ging)?"
    r"|squeez\w*|strangl\w*|chok(?:e|es|ed|ing)|shov\w*|threw|throws?|throwing|chuck(?:s|ed|ing)?"
    r"|lob(?:s|bed)|burn(?:s|t|ed)|belt(?:s|ed)?|whack\w*|beat(?:s|en|ing)?|batter\w*|bruis\w*|bleed\w*|bled"
    r"|black eye|pinch\w*|bites|biting|scratch(?:es|ed|ing)?|yank\w*|grab\w*|pinned|headlock|thump\w*"
    r"|wallop\w*|lamp(?:s|ed)|slam(?:s|med)|stamp(?:s|ed)|clout\w*|spank\w*|red marks?|welts?|purple|hurt"
    r"|hurts|hurting)"
)
_PHYS_WORD_WORDS = (
    "batter|beat|belt|bites|biting|black eye|bled|bleed|bruis|burn|chok|chuck|clout|drag|grab|headlock|hit|"
    "hurt|kick|lamp|lob|pinch|pinned|punch|purple|red mark|scratch|shov|slam|slap|smack|spank|squeez|stamp|"
    "strangl|threw|throw|thump|twist|wallop|welt|whack|yank"
)
_MALE_ACTOR = (
    r"(?:uncle|step dad|dad|grandad|man|men|teacher|coach|brother|cousin|lodger|carer|foster dad"
    r"|foster brother|neighbour|he|his mate|his mates|guy|lad|lads|staff|night staff|mums boyfriend"
    r"|mums friend|mums mate|tutor|son|sons)"
)
_SEX_WORD = (
    r"(?:naked|undress\w*|kiss(?:es|ed|ing)? me|on the lips|touch(?:es|ed|ing)?|privates|private parts|sex\w*"
    r"|nudes?|our secret|normal for|massag\w*|in bed with|his bed|on his lap|his lap"
    r"|rub(?:s|bed|bing)? (?:my|me|against))"
)
_SEX_WORD_WORDS = (
    "his bed|his lap|in bed with|kiss|massag|naked|normal for|nude|on the lips|our secret|private parts|"
    "privates|rub|sex|touch|undress"
)
_PRIVATE_PLACE = r"(?:bathroom|bath|shower|toilet|changing rooms?|my room|my bedroom|my bed)"

_rule = partial(rule, ABUSE)

PRECISE = (
    _rule(
        rf"\b{HARM_VERB}(?: (?:and \w+ )?)?(?: \w+)? (?:me"
        rf"|us)\b(?! (?:to|on the (?:shoulder|back)|with (?:my|homework))){_NOT_SPORT}",
        3,
        negatable=True,
        anchors=(HARM_VERB_WORDS, "me|us"),
        matches=("he doesnt hit me any more", "carer hits me"),
        ignores=("she beat me at fifa", "i got hurt playing rugby", "nobody hurts me here"),
    ),
    _rule(
        rf"\b(?:{FAMILY}|carers|parents)\b {GAP}{HARM_VERB} (?:{_SIBLING}|her|him|them|my {_BODY})\b",
        3,
        negatable=True,
        anchors=(
            HARM_VERB_WORDS,
            "arm|bum|chest|face|hair|head|her|him|leg|neck|private|sibling|sister|them|throat|wrist",
            FAMILY_WORDS,
        ),
        matches=("my mum's boyfriend hits her", "my mate says her stepdad hits her"),
        ignores=("in eastenders her husband hits her", "my brother hit his head on the door, he's fine"),
    ),
    _rule(
        rf"\b{HARM_VERB} (?:{_SIBLING})\b{_NOT_SPORT}",
        3,
        negatable=True,
        anchors=("brother|sibling|sister", HARM_VERB_WORDS),
        matches=("they hit my little brother with a belt", "the carer hit my brother with a shoe yesterday"),
        ignores=("my brother hit his head on the door, he's fine",),
    ),
    _rule(
        r"\b(?:i|we|she|he|they|brother|sister|mate|it) (?:get|got|gets|was|were|been|am|is|are|keep getting"
        r"|keeps getting|still get|still gets|getting|have been|has been) (?:getting "
        r"|being )?(?:\w+ly )?(?:beaten|battered|hit|hurt|abused|touched|raped|smacked|slapped|punched|kicked"
        r"|locked in|locked out|starved"
        r"|molested)\b(?! (?:out|by (?:a|the) (?:ball|car|bus|door|bike)|\d|nil"
        r"|(?:at|in|on|during|playing|doing) (?:\w+ )?(?:fifa|football|rugby|rounders|netball|pe|training"
        r"|match|hockey|boxing|a game|the game|the match|the final|chess|cards|uno|monopoly|pool|darts"
        r"|scrabble|mario kart|fortnite|cricket|tennis)\b))",
        3,
        unless=r"\bwith (?:a|the) (?:\w+ )?(?:ball|netball|football|rugby ball|hockey stick|racket|frisbee"
        r"|shuttlecock)\b|\bat (?:practice|training)\b",
        anchors=(
            "abused|battered|beaten|hit|hurt|kicked|locked in|locked out|molested|punched|raped|slapped|"
            "smacked|starved|touched",
            "am|are|been|get|got|is|was|were",
            "he|i|mate|we",
        ),
        matches=("i get beaten at home", "I get hit with a belt at my dad's house at weekends"),
        ignores=("i got hit in the face with a netball at practice lol", "i got hit by a ball in PE"),
    ),
    _rule(
        r"\btouch(?:es|ed|ing)? (?:me|us|her|him|my (?:body|privates?|private parts|bum|chest))\b"
        r"|\btouched \w+ where\b|\bwhere (?:he|she|they) shouldnt\b",
        3,
        anchors=(" shouldnt|touch",),
        matches=("he touches me", "he touches me and says its our secret"),
        ignores=("Care leavers shouldn't be put in hostels. Full stop.",),
    ),
    _rule(
        r"\b(?:does|did|do|doing|make|makes|made|making) (?:things|stuff|sexual things) (?:to|with) (?:me|us"
        r"|her|him)\b|\bmakes? (?:me|us) (?:do|doing) (?:stuff|things|sexual)\b",
        3,
        anchors=("sexual|stuff|things",),
        matches=(
            "my uncle does things to me that i dont like",
            "someone at my dads house makes me do stuff i dont want to",
        ),
        ignores=("i hope things get better next year",),
    ),
    _rule(
        r"\b(?:make|makes|made|tells?|told|wants?|making) (?:me|us|her|him) (?:to )?keep (?:a |it |the "
        r"|our )?(?:secrets?|quiet)\b|\b(?:its|it is|our|a) (?:our )?(?:little )?secret\b(?! santa)"
        r"|\bnot to tell (?:anyone|anybody|noone|no one|my|the)\b",
        3,
        anchors=("keep |not to tell |secret",),
        matches=("he makes me keep secrets", "he touches me and says its our secret"),
        ignores=("staff keep eatin my crisps lol",),
    ),
    _rule(
        r"\b(?:if|when) (?:i|we) (?:tell|told|say anything|grass|snitch)\b",
        3,
        # Telling that went well.
        unless=r"\b(?:gave me a hug|hugged me"
        r"|(?:was|were) (?:proud|happy|fine|ok|okay|cool|supportive|lovely|great))\b",
        anchors=("grass|say anything|snitch|tell|told", "if|when", "i|we"),
        matches=("he said he would hurt me if i tell", "they said if i grass theyll do me in"),
        ignores=(
            "when i told my dad i was gay he gave me a hug",
            "I dont know who to tell if I am not happy",
        ),
    ),
    _rule(
        r"\bcalls? (?:me|us) (?:(?:little|fat|stupid|dirty|fucking|effing) )?(?:worthless|useless|stupid|fat"
        r"|ugly|a mistake|a waste|thick|a slag|a slut)\b"
        r"|\bsays? (?:i am|im|i was) (?:worthless|useless|stupid|a mistake|a waste|nothing)\b(?! magnet"
        r"| maker| of time)",
        2,
        anchors=("a mistake|a waste|call|nothing|stupid|useless|worthless",),
        matches=(
            "my carer calls me fat cow and stupid evry day",
            "she calls me worthless and says she wishes i was never born",
        ),
        ignores=("nothing really",),
    ),
    _rule(
        r"\bwish(?:es|ed)? (?:i|we) (?:was|were) never born\b"
        r"|\bwish(?:es|ed)? (?:i|we) (?:wasnt|werent) born\b",
        3,
        anchors=(" born",),
        matches=("I wish I was never born", "she calls me worthless and says she wishes i was never born"),
        ignores=("born 12/04/2010",),
    ),
    _rule(
        rf"\b(?:bruises|bruise|marks|black eye|cuts) (?:\w+ )?(?:from|off|because of|cos of) (?:my |her |his "
        rf"|the )?{FAMILY}\b|\bleaves? (?:me |us )?(?:with )?(?:marks|bruises)\b",
        3,
        anchors=("black eye|bruise|cuts|leave|marks",),
        matches=("i have bruises from my carer", "my mum has bruises again from her boyfriend"),
        ignores=("June is when i leave care",),
    ),
    _rule(
        rf"\b(?:scared|afraid|terrified|frightened) (?:to go|of going|to be|of being) (?:home|back"
        rf"|alone with)\b"
        rf"|\b(?:scared|afraid|terrified|frightened) of (?:my |her |his |the )(?:{FAMILY}|house)\b"
        rf"|\bscared to go home\b",
        3,
        anchors=("afraid|frightened|scared|terrified",),
        matches=("scared of my carer", "scared of my partner"),
        ignores=("im scared of my exams",),
    ),
    _rule(
        r"\b(?:have to|got to|must|told to|supposed to|made to) keep (?:it |this |that |everything "
        r"|what happens )?(?:a )?secrets?\b",
        3,
        anchors=(" keep ", "secret", "got to|have to|made to|must|supposed to|told to"),
        matches=("i have to keep it a secret",),
        ignores=("we have to keep the surprise a secret from mum",),
    ),
    _rule(
        r"\b(?:cant|not allowed to|mustnt|dont dare|scared to|cannot|never allowed to) tell (?:anyone|anybody"
        r"|noone|no one|my social worker|my teacher|my carers?|the police|you|what)\b"
        r"|\bwhat happens (?:at home|at my dads|at my mums|in my house)\b",
        3,
        anchors=(" tell |what happens ",),
        matches=(
            "I can't tell you what he does but I don't want to go back there",
            "my boyfriend is 25 and he says i cant tell anyone because they wont understand",
        ),
        ignores=("I can tell my IRO",),
    ),
    _rule(
        r"\b(?:have to|got to|had to|we|i) hide (?:from (?:him|her|them|my)|when (?:he|she|they|my)"
        r"|in my room when|under)\b"
        r"|\b(?:scared|frightened|terrified) when (?:he|she|they|my \w+) (?:gets|get|is|comes home)\b",
        3,
        anchors=(" hide |frightened|scared|terrified",),
        matches=(
            "i have to hide in my room when my dad starts on my mum",
            "my daddy hits mummy when I stay over and I hide under the bed",
        ),
        ignores=("im scared of my exams",),
    ),
    _rule(
        r"\b(?:gets|get|got|getting|is|was|goes|go) (?:really |so |very )?(?:violent|aggressive|physical"
        r"|handsy)\b",
        2,
        anchors=("aggressive|handsy|physical|violent", "get|go|is|was"),
        matches=(
            "my mums new fella is violent to her",
            "my carers arguing is getting worse, he grabbed her really hard yesterday and I'm worried it'll "
            "get physical",
        ),
        ignores=(
            "when i was younger my stepdad was violent but he is in prison and we are safe",
            "drill lyrics sound violent but most of it is exaggeration, i just like the beats",
        ),
    ),
    _rule(
        r"\b(?:films?|filmed|filming|records?|recorded|recording|photographs?|photographed"
        r"|takes? (?:pictures|pics|photos|videos) of) (?:me|us)\b",
        3,
        negatable=True,
        unless=r"\b(?:prom|birthday|holiday|school photo|christmas|graduation"
        r"|for my (?:mum|dad|life story|memory box)|at my (?:match|show|concert|play))\b",
        anchors=("film|photograph|record|take", "me|us"),
        matches=(
            "someone filmed me getting changed in PE and is threatening to post it",
            'my "boyfriend" takes photos of me and shows his friends and says its normal',
        ),
        ignores=("that film was so sad it killed me",),
    ),
    _rule(
        r"\b(?:uncle|dad|step dad|man|staff|foster (?:brother|dad)|carer|grandad|cousin|boyfriend|he|they|lad"
        r"|mums boyfriend)\b(?: \w+){0,3} (?:gets|get|got|comes|come|came|coming|sneaks|climbs"
        r"|keeps coming)(?: \w+)? (?:in|into) (?:my|our) (?:bed|room|bedroom|bath"
        r"|shower)\b(?! (?:to|and) (?:play|say|wake|tell|ask|get|check))",
        3,
        anchors=("bath|bed|room|shower", "came|climbs|come|coming|get|got|sneaks", "in"),
        matches=(
            "one of the night staff keeps coming in my room and touching me",
            "my foster dad comes in my room at night and says don't tell mummy",
        ),
        ignores=("my nan died last year and I miss her but I've got her photo in my room",),
    ),
    _rule(
        r"\bwatch(?:es|ing|ed)? me (?:when|while|in|get|getting|through)\b(?: \w+){0,4} (?:shower\w*|bath\w*"
        r"|changed|changing|undress\w*|naked|sleep\w*|toilet)\b",
        3,
        anchors=("watch", "bath|changed|changing|naked|shower|sleep|toilet|undress", " me "),
        matches=("my foster carer's husband watches me get changed and says things",),
        ignores=("my carer watches me play football every saturday",),
    ),
    _rule(
        r"\bsit on (?:his|her) lap\b|\bkiss(?:es|ed|ing)? me\b|\bfeels me\b|\btr(?:ies|ied|y) to touch\b"
        r"|\bmakes? me touch\b|\bshow(?:s|ed)? me (?:his|her) (?:privates?|body|willy|thing|bits)\b"
        r"|\b(?:gets|got|get) naked\b",
        3,
        negatable=True,
        anchors=(" me touch| naked| to touch|feels me|kiss|show|sit on ",),
        matches=(
            "My stepdad tried to kiss me when I went home for the weekend",
            "my carer's boyfriend gives me sweets and money to sit on his lap",
        ),
        ignores=("she killed it at the talent show",),
    ),
    _rule(
        rf"\b{_FEAR}\b{IN_SENTENCE}\b(?:{_PERSON}|{_PLACE})\b"
        rf"|\b{_PERSON}\b(?: \w+){{0,4}} (?:is|are|gets|get|was|were|can be) (?:really |so |very |well "
        rf"|dead )?(?:scary|creepy|frightening|terrifying|intimidating)\b",
        2,
        negatable=True,
        unless=PHOBIA,
        anchors=(
            "afraid|creepy|frightened|frightening|intimidat|on edge|petrified|scared|scary|terrified|"
            "terrifying",
        ),
        matches=("scared of my carer", "scared of my partner"),
        ignores=("im scared of the dark", "i'm scared of the dark so my carer leaves the landing light on"),
    ),
    _rule(
        rf"\b(?:bruises?|black eyes?|marks|burns|blood|broken (?:arm|nose|wrist|ribs?|finger)|swollen"
        rf"|a lump)\b{IN_SENTENCE}\b(?:{_PERSON}|says (?:she|he|i) fell)\b"
        rf"|\b{_PERSON}\b{IN_SENTENCE}\b(?:bruises?|black eyes?|marks on)\b",
        2,
        anchors=("a lump|black eye|blood|broken |bruise|burns|marks|swollen",),
        matches=("i have bruises from my carer", "my mum has bruises again from her boyfriend"),
        ignores=("heating's broken again",),
    ),
    _rule(
        r"\bsays? (?:noone|no one|nobody) (?:loves|wants|cares about|will ever love) (?:me|us)\b"
        r"|\b(?:calls|called|calling) (?:me|us) (?:a |an )?(?:waste|mistake|slag|slut|whore|idiot|retard"
        r"|bitch|freak|worthless|useless|nothing)\b|\bignores? (?:me|us) for (?:days|weeks)\b"
        r"|\bnot allowed out of (?:my|the) room\b"
        r"|\bmakes? (?:me|us) (?:stand|sit|kneel|stay) (?:in|outside|on)\b(?: \w+){0,3} (?:hours|all night"
        r"|all day)\b",
        2,
        anchors=(
            "all day|all night|called|calling|calls|hours|ignore|no one|nobody|noone|not allowed out of ",
        ),
        matches=(
            "she calls me worthless and says she wishes i was never born",
            "My carer calls me a waste of space and a little rat every day",
        ),
        ignores=("no nobody told me",),
    ),
    _rule(
        r"\b(?:our|a) (?:little )?(?:game|secret)\b(?! of)|\bspecial (?:friend|cuddles|time)\b"
        r"|\bmakes? me (?:feel )?(?:uncomfortable|weird|funny|sick|dirty|unsafe|used|gross)\b"
        r"|\blooks? at me (?:weird|funny|in a weird way|strange)\b|\bmessages? me at night\b"
        r"|\b(?:im|i am) his (?:favourite|special)\b"
        r"|\bstay behind\b(?: \w+){0,6} (?:alone|on my own|just me|favourite|dont tell|not to tell)\b",
        3,
        anchors=(" at me | me at night|favourite|game|make|secret|special|stay behind",),
        matches=(
            "he touches me and says its our secret",
            "my step dads friend gives me money and says its our secret",
        ),
        ignores=(
            "my IRO came to my house and we played a game and I told her what I think",
            "NYAS helped me make a complaint",
        ),
    ),
    _rule(
        r"\bpull(?:s|ed|ing)? (?:my|her|his) hair\b|\bpin(?:s|ned|ning)? (?:me|us|her|him) (?:down|against)\b"
        r"|\bties? (?:me|us) up\b|\btwist(?:s|ed|ing)? my arm\b"
        r"|\b(?:shak(?:e|es|ing|en)|shook) (?:the baby|me|us)\b",
        3,
        anchors=(" hair| my arm|against|down|shak|shook|tie",),
        matches=(
            "My foster mum pulls my hair when she is angry",
            "A staff member pinned me against the wall by my throat",
        ),
        ignores=("my arm hurts after my jab",),
    ),
    _rule(
        r"\blocks? (?:me|us) (?:in|out)\b|\bwithout food\b",
        2,
        anchors=("lock|without food",),
        matches=(
            "my step mum locks me in my room without food",
            "My carers lock me in my room at night from the outside",
        ),
        ignores=("want a lock on my door",),
    ),
)

# The doubt tier: harm vocabulary near a person, a body, a place or a time, at a low weight.
BROAD = (
    _rule(
        rf"\b{HARM_BROAD} (?:\w+ ){{0,3}}(?:at |into |against |on |by |in |down )?{_VICTIM}\b",
        1,
        negatable=True,
        unless=SPORT_OR_PLAY + "|" + _HARMLESS_OBJECT,
        anchors=(HARM_BROAD_WORDS, _VICTIM_WORDS),
        matches=("carer hits me", "my bf hits me"),
        ignores=(
            "i hit the ball",
            "she kicked me in the match",
            "we had a pillow fight",
            "hit me up later",
            "can you grab me a drink",
            "my coach pushes me to do better",
            "i hit my head on the bunk bed",
            "he hurt his back at work",
        ),
    ),
    _rule(
        r"\b(?:chuck\w*|throw\w*|threw|lob(?:s|bed|bing)?|hurl\w*|fling\w*|flung|slam\w*|shov\w+|push\w*"
        r"|pin\w*) (?:\w+ ){0,4}(?:at|against|into|down|onto|on to|across|off) (?:\w+ ){0,2}(?:me|us|my head"
        r"|my face|him|her|the (?:wall|wardrobe|floor|door|stairs|fridge|radiator|bed|table|window))\b",
        1,
        negatable=True,
        unless=SPORT_OR_PLAY + "|\\bball",
        anchors=(
            "chuck|fling|flung|hurl|lob|pin|push|shov|slam|threw|throw",
            "across|against|at|down|into|off|on to|onto",
            "bed|door|floor|fridge|her|him|me|my face|my head|radiator|stairs|table|us|wall|wardrobe|window",
        ),
        matches=("my carer shoved me down the stairs", "foster dad threw a plate at my head 🤕"),
        ignores=("i hate it when people slam doors at the home, its so loud",),
    ),
    _rule(
        r"\b(?:fat lip|split lip|busted lip|black eye|bruis\w*|marks on|nose ?bleed|bleeding|bled|cuts on"
        r"|welts?|handprint\w*|finger ?marks)\b[^.]{0,50}\b(?:off|from|by|because|cos|gave|give|did|says?"
        r"|said|told|tell)\b",
        1,
        unless=SPORT_OR_PLAY,
        anchors=(
            "black eye|bled|bleed|bruis|busted lip|cuts on|fat lip|finger|handprint|marks on|split lip|welt",
            "because|by|cos|did|from|gave|give|off|said|say|tell|told",
        ),
        matches=("i have bruises from my carer", "my mum has bruises again from her boyfriend"),
        ignores=(
            "I've got bruises all down my legs from hockey",
            "I got hit by a cricket ball at practice, massive bruise but I'm fine",
        ),
    ),
    _rule(
        r"\b(?:say|said|tell|told|says|to say) (?:\w+ ){0,3}(?:i|she|he|we) (?:fell|tripped|walked into"
        r"|fell over|banged)\b"
        r"|\b(?:tell|told|say|said) (?:\w+ )?(?:school|teachers?|them|anyone|people) (?:that )?i fell\b",
        2,
        anchors=("banged|fell|tripped|walked into",),
        matches=(
            "bf broke my ribs 😔 told A&E i fell",
            "i got a fat lip off my carer's son and he said say i fell",
        ),
        ignores=("lmao im dead he fell off his chair",),
    ),
    # Sexual harm: a bed, a bath, the dark, "feels wrong", what someone does to a child
    _rule(
        r"\bwhat (?:\w+ ){0,3}(?:does|did|do|keeps doing|has done) to (?:me|us|her|him|my \w+)\b"
        r"|\b(?:does|did|do|doing) (?:stuff|things|bad things|weird things|that) to (?:me|us|her|him)\b",
        2,
        anchors=("stuff|that|things|what ",),
        matches=(
            "my uncle does things to me that i dont like",
            "i cant sleep at home cos of what my brother does to me at night",
        ),
        ignores=("that joke killed me",),
    ),
    _rule(
        r"\b(?:sleep|sleeps|slept|sleeping|get|lie|lay|lying|sit|sits|sitting) (?:\w+ ){0,2}in (?:his|her"
        r"|their) bed\b"
        r"|\b(?:in|into|to|at|near|outside) (?:my|her|his|our) (?:room|bed|bedroom"
        r"|door)\b[^.]{0,30}\b(?:at night|in the night|when everyone)\b"
        r"|\b(?:at night|in the night)\b[^.]{0,30}\b(?:my|our) (?:room|bed|bedroom|door)\b",
        1,
        # Someone else has to be in it: "i sneak snacks into my room at night" is no one's harm.
        needs=(
            r"\b(?:he|him|his|she|they|them|someone|somebody|man|men|uncle|dad|step dad|brother|cousin|carer"
            r"|staff|worker|lodger|boyfriend|grandad|neighbour|son|mums \w+)\b",
        ),
        anchors=(" bed|at night|in the night|when everyone",),
        matches=(
            "theres a man at my nans who makes me sleep in his bed",
            "my foster dad comes in my room at night and says don't tell mummy",
        ),
        ignores=(
            "i sneak snacks into my room at night",
            "I'm not allowed a phone in my room at night and it's so unfair",
        ),
    ),
    _rule(
        r"\b(?:feels?|felt|it is|its|was|that is|thats) (?:\w+ )?(?:wrong|not right|weird|creepy|dirty"
        r"|gross)\b(?=[^.]{0,60}\b(?:he|him|his|uncle|man|dad|step dad|cousin|brother|carer|touch\w*|bed|dark"
        r"|room|night|alone|bath|shower)\b)"
        r"|\b(?:he|him|uncle|man|dad|step dad|cousin|brother|carer)\b[^.]{0,60}\b(?:feels?|felt|it is"
        r"|its) (?:\w+ )?(?:wrong|not right|weird|creepy)\b"
        r"|\b(?:in the dark|with the lights off|lights off)\b",
        1,
        unless=r"\b(?:scared of|afraid of|film|game|power cut|cinema|torch|camping|sleepover|glow)\b",
        anchors=("creepy|dirty|gross|in the dark|lights off|not right|weird|wrong",),
        matches=(
            "my uncle keeps asking me to sit with him in the dark and it feels wrong",
            "I walk home on my own in the dark through the park because no one picks me up and I'm scared",
        ),
        ignores=(
            "i miss my old bedroom, i had glow in the dark stars",
            "I like my name but people say it wrong",
        ),
    ),
    _rule(
        r"\b(?:sit|sitting|sat) (?:on|with) (?:him|his lap|her lap|them) (?:in the dark|alone"
        r"|on (?:my|his|her) own|in (?:his|her) room)\b"
        r"|\b(?:makes?|made|making|wants?|wanted|asks?|asked) (?:me|us) (?:to )?(?:sleep|sit|lie|lay|get"
        r"|stay) (?:\w+ ){0,3}(?:with him|with her|in his|in her|on his|on her|in bed|alone)\b",
        2,
        anchors=(" own| room|alone|in bed|in her|in his|in the dark|on her|on his|with her|with him",),
        matches=(
            "a man i met on snap wants me to get in his car",
            "theres a man at my nans who makes me sleep in his bed",
        ),
        ignores=("got my own flat finally",),
    ),
    _rule(
        r"\b(?:touch\w*|rub\w*|feel\w*) (?:me|my|us) (?:up|under|there|down there|when|at night|in)\b"
        r"|\bdown there\b|\bnaked\b|\bundress\w*"
        r"|\bin the (?:bath"
        r"|shower)\b(?=[^.]{0,40}\b(?:he|him|man|guy|watch\w*|video|film\w*|pics|photos|camera|comes in)\b)",
        1,
        unless=r"\b(?:film|game|show|netflix)\b",
        anchors=("down there|feel|in the |naked|rub|touch|undress",),
        matches=(
            "my brother's friend touches me when he comes round to my foster house",
            "my football coach made me stay behind and touched me in the changing rooms",
        ),
        ignores=("feel safe now",),
    ),
    _rule(
        r"\b(?:calls?|called|calling|tells?|told|says?|said) (?:me|us) (?:im |i am |that im "
        r"|that i am )?(?:a |an )?(?:worthless|useless|stupid|fat|ugly|thick|pathetic|disgusting|a mistake"
        r"|waste of space|nothing|fat pig|dumb|retard\w*)\b",
        1,
        anchors=(
            "call|said|say|tell|told",
            "a mistake|disgusting|dumb|fat|nothing|pathetic|retard|stupid|thick|ugly|useless|waste of space|"
            "worthless",
            "me|us",
        ),
        matches=(
            "my carer calls me fat cow and stupid evry day",
            "she calls me worthless and says she wishes i was never born",
        ),
        ignores=("My social worker said she'd refer me to counselling in September. I've heard nothing.",),
    ),
    # More doubt: objects, bodies and situations that carry harm whatever the verb.
    _rule(
        r"\b(?:the|a|his|her|my dads"
        r"|a leather) belt\b(?=[^.]{0,40}\b(?:if|when|me|us|get|gets|got|hit|whack|for)\b)"
        r"|\b(?:with|by) (?:a|the|his|her) (?:belt|stick|slipper|shoe|hairbrush|wooden spoon|cable|wire|lead"
        r"|cane)\b"
        r"|\b(?:cant|couldnt|could not"
        r"|can not) breathe\b(?=[^.]{0,50}\b(?:he|she|they|him|her|neck|throat|holds?|held|sits?|sat|pins?"
        r"|squeez\w*|chok\w*)\b)"
        r"|\b(?:he|she|they|him|her|neck|throat|holds?|held|sits?|sat|pins?|squeez\w*"
        r"|chok\w*)\b[^.]{0,50}\b(?:cant|couldnt) breathe\b"
        r"|\bhands? (?:round|around|on) (?:my|her|his|our) (?:neck|throat)\b",
        2,
        unless=r"\b(?:asthma|inhaler|laughing|panic attack|cold|hay ?fever|crying)\b",
        anchors=(" breathe|belt|cable|cane|hairbrush|hand|lead|shoe|slipper|stick|wire|wooden spoon",),
        matches=("my nan hits me with a slipper", "they hit my little brother with a belt"),
        ignores=("I got my orange belt at judo",),
    ),
    _rule(
        r"\b(?:hide|hides|hiding|hid|cover|covers|covering|covered|so no one sees|no one (?:can )?sees?"
        r"|nobody sees)\b[^.]{0,40}\b(?:marks|bruises?|cuts|scars|burns)\b"
        r"|\b(?:marks|bruises?|cuts|scars|burns)\b[^.]{0,40}\b(?:hide|hidden|cover|covered|long sleeves"
        r"|no one sees|nobody sees|no one can see|make up)\b"
        r"|\blong sleeves\b(?=[^.]{0,40}\b(?:no one|nobody|hide|so they|summer|marks|arms)\b)",
        2,
        anchors=("bruise|burns|cuts|long sleeves|marks|scars",),
        matches=("i wear long sleeves so no one sees the marks",),
        ignores=("my carer's cooking is so spicy it burns lol",),
    ),
    _rule(
        r"\b(?:forced|forces|force|forcing|pressured|pressures|pressuring|pressure|made|make|makes"
        r"|making) (?:me|us|her|him) (?:to |into )?(?:do (?:stuff|things|it|sexual)|have sex|sleep with|touch"
        r"|kiss|send|watch (?:porn|videos|films|things|stuff)|get undressed|undress"
        r"|take (?:off|my clothes))\b"
        r"|\b(?:shower|bath|bed|toilet|changing room|room)\b (?:\w+ ){0,1}with (?:me"
        r"|us)\b(?=[^.]{0,30}\b(?:gets?|got|comes?|came|in|when|always|keeps?)\b|$)"
        r"|\b(?:gets?|got|comes?|came|climbs?|climbed|gets? in) (?:in|into) (?:the )?(?:shower|bath"
        r"|bed) with (?:me|us)\b|\bget (?:me|us) (?:on my own|alone|on our own|by my ?self)\b"
        r"|\b(?:on my own|alone) with (?:him|her|them"
        r"|my (?:uncle|step dad|dad|cousin|coach))\b(?=[^.]{0,40}\b(?:scared|makes|wants|tries|trying|keeps"
        r"|always|when)\b)"
        r"|\b(?:porn|porno|adult (?:videos|films|sites)|dirty (?:videos|films|pics|pictures|messages)"
        r"|rude (?:pics|pictures|videos|photos|messages)"
        r"|(?:videos|films|stuff|things|pics) that (?:arent|are not|isnt) for (?:kids|children|my age))\b"
        r"|\bmature for (?:my|her|his|your) age\b"
        r"|\bsleep(?:s|ing)? with (?:him|her|them|older|men|a man|guys|lads|people|someone|his mates)\b",
        2,
        unless=r"\b(?:my carers? (?:made|make|makes) (?:me|us) (?:do|tidy|clean|watch)|homework|chores|tidy"
        r"|washing up|strictly|bake off)\b",
        anchors=(
            " that |adult |alone|by my|dirty |force|forcing|made|make|making|mature for |on my own|"
            "on our own|porn|pressure|pressuring|rude |with ",
        ),
        matches=(
            "my partner forced me to have sex when I said no",
            "he made me do stuff i didnt want 😭 he said its normal",
        ),
        ignores=("need help wiv cv",),
    ),
    # Co-occurrence: a harm word and a person in one sentence, with someone harmed.
    # The widest net: no phrasing at all, only vocabulary. Low weight, and each still passes the
    # framing checks, so "dad took me to boxing and i punched the pads" stays quiet.
    _rule(
        rf"\b{_PHYS_WORD}\b",
        1,
        negatable=True,
        unless=SPORT_OR_PLAY
        + "|"
        + _HARMLESS_OBJECT
        + r"|\b(?:a bit|bit of|little bit|kicked off at (?:school|college)"
        r"|beat(?:s|en)? (?:me|us|him|her|them) at)\b",
        needs=(rf"\b{_ACTOR}\b", r"\b(?:me|us|i|im|ive|myself)\b"),
        anchors=(_PHYS_WORD_WORDS,),
        matches=("carer hits me", "my bf hits me"),
        ignores=("dad took me to boxing and i punched the pads", "he hurt his back at work"),
    ),
    _rule(
        rf"\b{_SEX_WORD}",
        1,
        unless=r"\b(?:in touch|keep in touch|touch base|touch wood|goodnight|good night|on the cheek"
        r"|on my head|on the forehead|hospital|doctor|nurse|sex ed\w*|sex education|rse|pshe|special needs"
        r"|special school|special educational|sen|send)\b",
        needs=(
            rf"\b{_MALE_ACTOR}\b",
            r"\b(?:me|us|i|im|my body|my sister|my brother|nieces?|nephews?|kids|children)\b",
        ),
        anchors=(_SEX_WORD_WORDS,),
        matches=("he touches me", "he touches me and says its our secret"),
        ignores=("my carer touched up the paint in my room", "Nice person, rubbish at replying."),
    ),
    _rule(
        rf"\b{_MALE_ACTOR}\b[^.]{{0,50}}?\b(?:comes?|came|coming|walks?|walked|gets?|got|climbs?|sneaks?"
        rf"|barges?|barged) (?:in|into)\b[^.]{{0,20}}\b{_PRIVATE_PLACE}\b"
        rf"|\b{_PRIVATE_PLACE}\b[^.]{{0,40}}\b(?:wont leave|watches|watching|stays in|comes in|came in"
        rf"|walks in|locks the door|opens the door)\b",
        2,
        unless=r"\b(?:knock\w* first|to wake me|for school|tidy|hoover|fix|fixing|plumber|leak)\b",
        needs=(r"\b(?:me|us|i|im|when i am|when im)\b",),
        anchors=(
            "bath|came in|changing room|comes in|locks the door|my bed|my room|opens the door|shower|"
            "stays in|toilet|walks in|watches|watching|wont leave",
        ),
        matches=(
            "one of the night staff keeps coming in my room and touching me",
            "my foster mum is ok but her son comes in my room at night and i hate it",
        ),
        ignores=("Drawing, watching anime.",),
    ),
    _rule(
        r"\bhands? (?:up|down|under|inside|in|into) (?:my|her|his) (?:top|skirt|shorts|pants|trousers|bra"
        r"|knickers|dress|shirt|clothes|pyjamas|joggers|jumper)\b"
        r"|\b(?:lies|lay|lays|laid|lying|sits|sat|sitting|gets|got|climbs|climbed) (?:down )?(?:on|in"
        r"|into) (?:my|our|her) (?:bed|bunk)\b|\bcom(?:es|ing|e) on to (?:me|her|us)\b"
        r"|\b(?:tries|tried|trying|try) it on with (?:me|her|us)\b",
        2,
        unless=r"\b(?:my (?:cat|dog|puppy|kitten)|the (?:cat|dog)|to read|reads? me a story|to wake me"
        r"|when im ill|when i was ill)\b",
        needs=(rf"\b(?:{_MALE_ACTOR}|worker|night worker|his|him|she|her|boyfriend|partner)\b",),
        anchors=(" it on with | on to |bed|bunk|hand",),
        matches=("he puts his hand up my top",),
        ignores=("my cat sleeps on my bed every night", "One-bed council flat, 2nd floor."),
    ),
    _rule(
        r"\b(?:a cut|cuts|a bruise|bruises|a lump|a gash|a black eye|a burn|burns|scratches|a mark|marks"
        r"|a bump) on (?:her|his|my) (?:head|face|arms?|neck|legs?|back|eye|cheek|body)\b"
        r"|\bbroke (?:her|my|his|their) (?:arm|nose|wrist|ribs?|leg|jaw|finger|hand|collarbone|tooth|teeth)\b"
        r"|\b(?:has|got|have|with) (?:a |such a |a bad |a nasty |a violent |a scary |a real )temper\b",
        1,
        negatable=True,
        unless=r"\b(?:fell|fall|falling|tripped|football|rugby|netball|pe|trampoline|bike|skateboard|scooter"
        r"|climbing|accident|brambles|cat|dog|kitten|hockey|boxing|match|game|playing)\b",
        anchors=(
            "a black eye|a bruise|a bump|a burn|a cut|a gash|a lump|a mark|broke |bruises|burns|cuts|marks|"
            "scratches|temper",
        ),
        matches=(
            "my foster sister has bruises on her arms from our carer grabbing her",
            "he broke my nose in December and I told the hospital I walked into a door",
        ),
        ignores=(
            "broke my wrist playing rugby, got a cast and everyone signed it",
            "i got a black eye playing rugby but we won",
        ),
    ),
    _rule(
        r"\b(?:a|proper|good|right|real|such a) (?:good |proper |right |real )?(?:hiding|leathering|battering"
        r"|kicking|beating|belting|thrashing|pasting|hammering|slap|smack|whack|clip round the ear"
        r"|back hander|backhander)\b|\bnails (?:in|into) (?:my|her|his|our)\b"
        r"|\bdig(?:s|ging)? (?:her|his|their) nails\b"
        r"|\bme (?:getting|being) (?:beaten|battered|hit|jumped|hurt|attacked|punched|kicked|bullied|touched"
        r"|strangled|slapped)\b",
        2,
        unless=SPORT_OR_PLAY
        + r"|\b(?:at (?:fifa|football|rugby|chess|cards)|in the (?:match|final|game)|manicure|nail salon"
        r"|nail varnish)\b",
        anchors=(
            " nails|back hander|backhander|battering|beating|being|belting|clip round the ear|getting|"
            "hammering|hiding|kicking|leathering|nails |pasting|slap|smack|thrashing|whack",
        ),
        matches=(
            "I get a smack on my bum with a slipper if I wet the bed",
            "someone threatened to post a video of me being beaten up unless i pay them",
        ),
        ignores=("i love being me 🌈",),
    ),
    # The last net: words that are rarely anything but harm, on their own.
    # Hidden by policy, fiction and past-and-safe framing like any topic word; otherwise flagged.
    _rule(
        r"\b(?:abus(?:e|ed|es|ing|ive|er)|rap(?:e|ed|es|ing|ist)|molest\w*|assault\w*|strangl\w*"
        r"|inappropriate\w*|pervert\w*|paedo\w*|pedo\w*|bruis(?:e|es|ed|ing)|welts?|black and blue"
        r"|violen(?:t|ce)|cruel|tortur(?:e|ed|ing))\b",
        1,
        kind="topic",
        negatable=True,
        unless=SPORT_OR_PLAY + r"|\b(?:fell|fall|falling|tripped|accident|banana|apple|fruit|peach"
        r"|verbal abuse from (?:fans|the crowd)|substance abuse|self abuse)\b",
        anchors=(
            "abus|assault|black and blue|bruis|cruel|inappropriate|molest|paedo|pedo|pervert|rap|strangl|"
            "tortur|violen|welt",
        ),
        matches=("i have bruises from my carer", "my mums bf strangled her last week",
                 "the staff there tortured me"),
        ignores=(
            "teachers should know the signs of abuse",
            "i write rap lyrics about where i grew up, some of it is dark but it's just art",
        ),
    ),
    _rule(
        r"\b(?:holds?|held|holding|grips?|gripped|gripping|squeezes?) (?:my|her|his) (?:face|neck|arm|arms"
        r"|wrists?|jaw|throat|head|chin"
        r"|cheeks)\b(?=[^.]{0,40}\b(?:hard|tight|hurt\w*|shout\w*|scream\w*|angry|till|until|marks"
        r"|bruis\w*)\b)",
        2,
        anchors=("grip|held|hold|squeeze", "arm|cheeks|chin|face|head|jaw|neck|throat|wrist", "her|his|my"),
        matches=("my foster dad squeezes my arm really hard and it goes purple",),
        ignores=("my mum held my face and said she was proud of me",),
    ),
    _rule(
        r"\b(?:not to|dont|never|mustnt|not allowed to) (?:say|tell) (?:anything|anyone|nothing|noone|no one"
        r"|mum|my mum|about the)\b",
        2,
        unless=r"\b(?:surprise|present|party for|birthday|christmas|spoilers?|the ending)\b",
        anchors=(
            "say|tell",
            "about the|anyone|anything|mum|no one|noone|nothing",
            "dont|mustnt|never|not allowed to|not to",
        ),
        matches=(
            'my "boyfriend" is 26 and i\'m 15 and he says not to tell nobody',
            "my foster dad comes in my room at night and says don't tell mummy",
        ),
        ignores=("i dont know how long im staying here nobody will tell me",),
    ),
    _rule(
        r"\blocks? (?:\w+ ){0,3}(?:with me|me in|us in|me inside|us inside)\b"
        r"|\b(?:wont|doesnt|dont|never) let (?:me|us) (?:out|leave)\b"
        r"|\bshare a bed with (?:my |his |her )?(?:mums boyfriend|mums partner|step dad|uncle|dad|him|a man"
        r"|grandad|cousin|brother|lodger|men)\b",
        2,
        unless=r"\b(?:lol|haha|of the house after|after dark|till i finish|until i finish|homework"
        r"|grounded)\b",
        anchors=(" let |me in|share a bed with |us in|with me",),
        matches=(
            "my step mum locks me in my room without food",
            "My carers lock me in my room at night from the outside",
        ),
        ignores=("carer wont let me get a dog smh",),
    ),
    _rule(
        r"\b(?:takes?|took|taking) (?:me|us|her|him) (?:to )?(?:places|out|somewhere|round"
        r"|away) (?:\w+ ){0,3}(?:mum|dad|my carers?|carers|nobody|no one|noone|they|staff"
        r"|social worker) (?:doesnt|dont|didnt|dont even|wont|wouldnt) know\b"
        r"|\b(?:hugs?|hugging|hugged|cuddles?|holds?) (?:me|us) (?:too long|too tight|for too long|weird"
        r"|in a weird way|when no one)\b|\bsmells? (?:my|her) (?:hair|neck|clothes|pants)\b",
        2,
        anchors=(" know|smell|too long|too tight|weird|when no one",),
        matches=("he hugs me too long and it feels weird",),
        ignores=("I know why but its sad",),
    ),
    _rule(
        r"\b(?:standing|stood|stands|sitting|sat|leaning|lying|kneeling) (?:over|by|next to|at the end of|on"
        r"|beside) (?:my|our) bed\b"
        r"|\b(?:video|vid|videos|pics?|photos?"
        r"|pictures?) of me\b(?=[^.]{0,50}\b(?:put|posted|posting|shared|sharing|sent|sending|tiktok|snap\w*"
        r"|insta|online|everyone|group chat|without)\b)",
        2,
        unless=r"\b(?:prom|birthday|proud|my carers? (?:took|sent)|my mum|to wake me|tuck me in"
        r"|read\w* (?:me )?a story|when i was ill)\b",
        needs=(
            r"\b(?:he|him|his|she|they|them|someone|man|uncle|dad|step \w+|brother|cousin|carer|staff|lodger"
            r"|boys|girls|lads|people)\b",
        ),
        anchors=(" bed| of me",),
        matches=("he stands over my bed at night",),
        ignores=("my carer stood by my bed to wake me up for school", "maths is the death of me"),
    ),
)
