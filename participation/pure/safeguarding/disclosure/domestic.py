"""Rules for domestic abuse: violence and control between the adults a young person lives with."""

from __future__ import annotations

from functools import partial

from participation.pure.safeguarding.disclosure.categories import DOMESTIC
from participation.pure.safeguarding.disclosure.rule import rule
from participation.pure.safeguarding.disclosure.vocabulary import (
    GAP5,
    HARM_BROAD,
    HARM_BROAD_WORDS,
    HARM_VERB,
    HARM_VERB_WORDS,
    SPORT_OR_PLAY,
)

_MUM = r"(?:(?:my|her|his|our) )?(?:mum|nan|aunty|auntie|aunt)"
_PARTNER = r"(?:boyfriend|girlfriend|partner|husband|wife|ex|baby dad|baby father|man)"
_PARTNER_WORDS = "baby dad|baby father|boyfriend|ex|girlfriend|husband|man|partner|wife"

_rule = partial(rule, DOMESTIC)

PRECISE = (
    _rule(
        rf"\b{HARM_VERB}(?: \w+)? {_MUM}\b",
        3,
        negatable=True,
        unless=r"\bthrew (?:her|mum|my mum) an? \w+ party\b|\bsurprise\b",
        anchors=("aunt|mum|nan", HARM_VERB_WORDS),
        matches=("my step dad beats my mum up", "my dad hits my mum when hes drunk"),
        ignores=(
            "my birth dad hurt my mum when i was small, we got away and were safe",
            "my mum used to hit me but that was years ago and i'm happy now with my carers",
        ),
    ),
    _rule(
        rf"\b(?:mums|her|his|nans|aunties) (?:new )?{_PARTNER}\b {GAP5}(?:{HARM_VERB}|violent|scary|strangled"
        rf"|screams at|threw) ?(?:her|at her|to her|her up)?",
        3,
        unless=r"\blocks? the (?:car|door|house|shed|garage|gate)\b"
        r"|\bgrab(?:bed|s)? (?:her|me|us|him) (?:a|an|some)\b",
        anchors=(
            "abus|batter|beat|belt|burn|chok|drag|grab|hit|hurt|kick|leather|lock|molest|pinch|punch|push|"
            "rap|scary|screams at|shov|slam|slap|smack|spat |spit|squeez|starv|strangl|threw|throw|thump|"
            "touch|violent|wallop|whack|whip",
            _PARTNER_WORDS,
            "aunties|her|his|mums|nans",
        ),
        matches=("my mum's boyfriend hits her", "my mums bf strangled her last week"),
        ignores=(
            "in eastenders her husband hits her",
            "the film we watched had a man who hurt his wife and it was sad",
        ),
    ),
    _rule(
        rf"\b(?:dad|step dad|boyfriend|partner|husband|he) (?:was |is |keeps |starts )?(?:{HARM_VERB}"
        rf"|starts on|starting on|screams at|violent to) (?:{_MUM}|her)\b(?: up)?",
        3,
        negatable=True,
        anchors=(
            "abus|batter|beat|belt|burn|chok|drag|grab|hit|hurt|kick|leather|lock|molest|pinch|punch|push|"
            "rap|screams at|shov|slam|slap|smack|spat |spit|squeez|starting on|starts on|starv|strangl|threw"
            "|throw|thump|touch|violent to|wallop|whack|whip",
            "aunt|her|mum|nan",
            "boyfriend|dad|he|husband|partner",
        ),
        matches=("my mum's boyfriend hits her", "my step dad beats my mum up"),
        ignores=("in eastenders her husband hits her",),
    ),
    _rule(
        rf"\bmy (?:{_PARTNER}) (?:\w+ ){{0,2}}(?:{HARM_VERB}|slapped|controls|threaten\w*|checks my phone"
        rf"|wont let me)\b",
        3,
        negatable=True,
        anchors=(
            "abus|batter|beat|belt|burn|checks my phone|chok|controls|drag|grab|hit|hurt|kick|leather|lock|"
            "molest|pinch|punch|push|rap|shov|slam|slap|smack|spat |spit|squeez|starv|strangl|threaten|threw"
            "|throw|thump|touch|wallop|whack|whip|wont let me",
            _PARTNER_WORDS,
            "my ",
        ),
        matches=("my bf hits me", "my baby dad hits me"),
        ignores=("my boyfriend is really kind to me",),
    ),
    _rule(
        r"\b(?:bruises|black eye)\b(?: \w+){0,2} from (?:her|my mums|mums) \w+\b",
        3,
        anchors=("black eye|bruises", " from ", "her|mums"),
        matches=(
            "my mum has bruises again from her boyfriend",
            "my aunty has a black eye from her husband and we're not allowed to say",
        ),
        ignores=("i got a black eye from rugby",),
    ),
    _rule(
        r"\b(?:fighting|fights|arguing|rows|violence|violent|smashing stuff|smashing things) (?:at home"
        r"|all the time|again|every night)\b|\b(?:mum|she) ends up (?:hurt|crying|in hospital)\b"
        r"|\bviolent to (?:her|my mum|mum)\b",
        3,
        anchors=(" ends up |again|all the time|at home|every night|violent to ",),
        matches=("my mums new fella is violent to her", "my carers fighting again 😨 he pushed her over"),
        ignores=(
            "i came into care because of domestic violence at home but its all sorted now",
            "new sw AGAIN 🙄",
        ),
    ),
    _rule(
        r"\bcontrols (?:her|my) (?:phone|money|life)\b|\btakes all (?:my|her) money\b"
        r"|\bwont let (?:me|her) see (?:my|her) (?:mates|family)\b|\bchecks (?:my|her) phone\b",
        2,
        anchors=("checks |controls |takes all |wont let ",),
        matches=(
            "my sister's boyfriend controls her phone and hits her",
            "my partner wont let me see my mates and takes all my money",
        ),
        ignores=("carer wont let me get a dog smh",),
    ),
    _rule(
        r"\b(?:mum|mums|nan|aunty|auntie|aunt|sister) (?:\w+ ){0,2}(?:has|had|got|gets|with"
        r"|always has) (?:\w+ ){0,3}(?:bruises?|black eyes?|marks|cuts)\b"
        r"|\b(?:throws?|threw|drags?|dragged|pins?|pinned|chucks?|chucked|shoves?|shoved) (?:my |her )?(?:mum"
        r"|nan|aunty|her) (?:around|about|down|against|into|out)\b|\bsays? she fell\b",
        3,
        anchors=(" she fell|against|around|black eye|bruise|cuts|down|into|marks|out",),
        matches=(
            "my mum has bruises again from her boyfriend",
            "my mates mum has bruises all over and her dad is scary",
        ),
        ignores=("got into uni",),
    ),
    _rule(
        r"\b(?:smash|smashed|smashes) (?:my|her) (?:phone|stuff|things|door|keys)\b"
        r"|\b(?:took|takes) (?:my|her) (?:bank card|money|keys)\b"
        r"|\b(?:tracks|tracking|goes through|reads) (?:my|her) (?:phone|location|messages|texts)\b"
        r"|\b(?:boyfriend|girlfriend|partner|husband|ex)\b(?: \w+){0,2} wont let (?:me|her) (?:talk to|see"
        r"|go out|leave)\b",
        2,
        unless=r"\bdropp\w*|\bby accident\b|\baccidentally\b|\bscreen\b",
        anchors=(" wont let |goes through|reads|smash|takes|took|tracking|tracks",),
        matches=(
            "my partener kiks me and takes my money i am scard",
            "my partner smashed my phone so i cant talk to anyone",
        ),
        ignores=("Hope someone reads this",),
    ),
    _rule(
        r"\bdomestic (?:abuse|violence)\b",
        2,
        kind="topic",
        anchors=("domestic ", "abuse|violence"),
        matches=("there is domestic abuse at home and i am scared",),
        ignores=("what does the council do about domestic violence",),
    ),
)

# The doubt tier: harm vocabulary near a person, a body, a place or a time, at a low weight.
BROAD = (
    _rule(
        rf"\b(?:dad|step dad|he|boyfriend|partner|husband|ex|mums \w+|her \w+"
        rf"|man)\b (?:\w+ ){{0,3}}{HARM_BROAD} (?:\w+ ){{0,2}}(?:my mum|mum|her|my nan|my step mum"
        rf"|my aunty)\b",
        1,
        negatable=True,
        unless=SPORT_OR_PLAY,
        anchors=(
            HARM_BROAD_WORDS,
            "her|mum|my aunty|my nan",
            "boyfriend|dad|ex|he|husband|man|mums |partner",
        ),
        matches=("my mum's boyfriend hits her", "my step dad beats my mum up"),
        ignores=(
            "in eastenders her husband hits her",
            "i used to get hit at my mums but i live with my aunty now and she's lovely and i'm safe",
        ),
    ),
    _rule(
        r"\b(?:screams?|screaming|screamed|shouts?|shouting|shouted|yells?|yelling|yelled|swears?|swearing"
        r"|kicks? off|kicking off) (?:at|on) (?:her|my mum|mum|my nan|each other|my step mum)\b"
        r"|\b(?:mum and dad|mum and \w+|dad and \w+|my parents|they|parents)\b (?:\w+ ){0,2}(?:fight|fights"
        r"|fighting|hit each other|scream at each other|screaming at each other|shouting at each other"
        r"|go at each other|throwing stuff)\b",
        2,
        anchors=("fight|go at each other|hit each other|kick|scream|shout|swear|throwing stuff|yell",),
        matches=(
            "my parents fight all the time and my mum ends up hurt",
            "my mum and her boyfriend fight with knives sometimes when I go home",
        ),
        ignores=("teachers shout and i cant concentrate",),
    ),
    _rule(
        r"\b(?:smash|smashing|smashed|smashes|kick|kicking|kicked|kicks|break|breaking|broke|punch\w*"
        r"|put (?:his|her) fist through)\b (?:in )?(?:the |our |my |her |their |his )?(?:windows?|doors?"
        r"|door in|door down|house up|place up|plates|tv|telly|walls?|phone)\b",
        1,
        unless=r"\b(?:by accident|accidentally|ball|football|game|fifa|slam\w*|my phone screen|dropped)\b",
        anchors=(
            " fist through|break|broke|kick|punch|smash",
            "door|house up|phone|place up|plates|telly|tv|wall|window",
        ),
        matches=(
            "I punch walls till my knuckles crack on purpose",
            "my partner smashed my phone so i cant talk to anyone",
        ),
        ignores=(
            "broke my toe kicking the door frame by accident 🤦 its taped up now",
            "i got a new phone from my social worker because my old one smashed",
        ),
    ),
    _rule(
        r"\b(?:when|every time|whenever|before|as soon as|once) (?:he|she|they|dad|step dad|mums boyfriend"
        r"|his car|her boyfriend|he is|hes)\b[^.]{0,40}\b(?:upstairs|hide|hiding|quiet|shaking|terrified"
        r"|scared|frightened|lock (?:the|my) door|be good|tiptoe|walk on eggshells)\b"
        r"|\b(?:go|stay|hide|wait|sent) (?:upstairs|in (?:my|our) rooms?|in the bathroom"
        r"|under the bed)\b(?: \w+){0,3} (?:and be quiet|quiet|till he|until he|when he|when she|till she)\b"
        r"|\bwalk(?:ing)? on eggshells\b",
        2,
        unless=r"\b(?:hide and seek|surprise|present|birthday)\b",
        anchors=(
            " on eggshells| room|be good|frightened|hide|hiding|in the bathroom|lock |quiet|scared|shaking|"
            "terrified|tiptoe|under the bed|upstairs",
        ),
        matches=(
            "when dad drinks he starts on mum and we all hide upstairs",
            "every time his car pulls up mum tells us to go upstairs and be quiet",
        ),
        ignores=("im scared of my exams",),
    ),
    _rule(
        r"\bpolice (?:came|come|comes|were called|was called|got called|get called|turn(?:ed)? up|keep coming"
        r"|at (?:our|the|my) (?:house|flat|door))\b"
        r"|\b(?:rang|called|ring|call|phoned|phone) (?:999|the police|the feds)\b"
        r"|\b(?:restraining order|non molestation|refuge)\b",
        2,
        unless=r"\b(?:school trip|visit|visited|talk|assembly|careers)\b",
        anchors=("call|non molestation|phone|police |rang|refuge|restraining order|ring",),
        matches=(
            "the police came again because dad was hurting mum",
            "my mam's fella battered her last night and the police came",
        ),
        ignores=("police came into school to talk about knife crime and showed us a video", "phone died lol"),
    ),
    _rule(
        r"\bmums (?:new )?(?:boyfriend|partner|fella|husband)\b[^.]{0,50}\b(?:angry|kicks off|kicking off"
        r"|drunk|shouts|screams|scares|scary|hurts|hits|controls|wont let|tells her|calls her|pushes|throws"
        r"|grabs|locks (?:her|us|me)|takes her|checks her|threatens|jealous|punch\w*|slap\w*)\b"
        r"|\b(?:calls?|calling|tells?|told|called) (?:her|my mum|mum) (?:shes |she is |that shes "
        r"|that she is )?(?:a |an )?(?:useless|stupid|worthless|fat|ugly|nothing|thick|slag|slut|whore|bitch"
        r"|pathetic|mental|crazy)\b"
        r"|\bwont let (?:her|mum|my mum) (?:out|go out|leave|see|have|talk|use|work|go)\b"
        r"|\b(?:comes|come|came|gets|get|got|coming) (?:home|back|in) (?:drunk|wasted|angry|off his face"
        r"|off her face|steaming|smashed|pissed|high)\b"
        r"|\b(?:keeps?|kept) (?:turning|showing"
        r"|coming) up\b(?=[^.]{0,40}\b(?:ex|he|him|dad|screaming|shouting|smash\w*|drunk|banging"
        r"|threat\w*)\b)",
        2,
        anchors=(
            "angry|call|coming|drunk|high|mums |off her face|off his face|pissed|showing|smashed|steaming|"
            "tell|told|turning|wasted|wont let ",
        ),
        matches=("my mum's boyfriend hits her", "my ex keeps turning up at my flat and threatening me"),
        ignores=("I can tell my IRO",),
    ),
    _rule(
        r"\b(?:takes?|took|taking) (?:my|her) (?:phone|money|bank card|keys|card) (?:off|from|away)\b"
        r"|\b(?:jealous|controlling"
        r"|possessive)\b(?=[^.]{0,50}\b(?:hits|hit|takes|checks|wont let|shouts|grabs|slaps|pushes|phone"
        r"|tracks)\b)"
        r"|\b(?:boyfriend|girlfriend|partner|husband|wife|ex)\b[^.]{0,30}\b(?:hits|slaps|pushes|grabs|chokes"
        r"|punches|kicks|strangles|controls|tracks|wont let|threatens|hurts)\b",
        2,
        anchors=(
            "chokes|controlling|controls|grabs|hits|hurts|jealous|kicks|possessive|punches|pushes|slaps|"
            "strangles|take|taking|threatens|took|tracks|wont let",
        ),
        matches=("my bf hits me", "partner controls me"),
        ignores=("in eastenders her husband hits her", "complaints take 4eva"),
    ),
    _rule(
        r"\b(?:shouting|screaming|smashing|fighting|arguing|yelling|banging|crashing"
        r"|slamming)\b[^.]{0,30}\b(?:at home|at night|in the house|downstairs|every night|all night"
        r"|all the time|when (?:he|she|dad)|between them)\b"
        r"|\b(?:goes|went|go|going|came|comes|run|ran) for (?:her|my mum|mum|my nan)\b"
        r"|\bput (?:my )?headphones on\b(?=[^.]{0,40}\b(?:shout\w*|scream\w*|fight\w*|argu\w*|noise"
        r"|so i cant hear|block)\b)"
        r"|\b(?:shout\w*|scream\w*|fight\w*|argu\w*)\b[^.]{0,40}\bput (?:my )?headphones on\b",
        1,
        unless=r"\b(?:football|match|on the telly|on tv|film|game|fifa|my carer shouts up|tea is ready"
        r"|my sister and me|siblings?|brother and (?:i|me))\b",
        anchors=(
            " for |arguing|banging|crashing|fighting|headphones on|screaming|shouting|slamming|smashing|"
            "yelling",
        ),
        matches=(
            "theres always fighting at home and he throws things at my mum",
            "I put my headphones on really loud so I can't hear him hurting her",
        ),
        ignores=("no money for activities",),
    ),
    _rule(
        r"\b(?:hides?|hid|hiding"
        r"|locks? (?:her|him|her ?self|him ?self|my ?self|us)(?: in)?)\b[^.]{0,40}\b(?:when|till|until|cos"
        r"|because|from)\b[^.]{0,30}\b(?:boyfriend|partner|husband|dad|step dad|he|fella)\b"
        r"|\b(?:boyfriend|partner|husband|dad|step dad|he|fella|she)\b (?:\w+ ){0,2}(?:gets|goes|is|starts"
        r"|comes home) (?:\w+ )?(?:angry|mad|nasty|violent|off it|raging|psycho"
        r"|scary)\b(?=[^.]{0,50}\b(?:if|when|at (?:her|mum|me)|hides?|scared|i|we|us|mum|her)\b)"
        r"|\b(?:checks?|checking|tracks?|tracking|track|monitors?|goes through|reads) (?:my|her) (?:location"
        r"|snap ?map|messages|dms|texts|whatsapp|phone)\b"
        r"|\b(?:goes|went|go) (?:mad|mental|psycho|crazy|nuts|off on one) (?:if|when|at) (?:i|me|she|her"
        r"|mum)\b",
        2,
        unless=r"\b(?:hide and seek|surprise|present|football|fifa|xbox|ps5|game|lose at|loses at)\b",
        anchors=(
            "angry|check|crazy|goes through|hid|lock|mad|mental|monitor|nasty|nuts|off it|off on one|psycho|"
            "raging|reads|scary|track|violent",
        ),
        matches=(
            "my mums new fella is violent to her",
            "i have to hide in my room when my dad starts on my mum",
        ),
        ignores=("turning 18 is scary",),
    ),
    _rule(
        r"\b(?:has|having|had|have|has been having) a go at (?:her|mum|my mum|my nan|my step mum)\b"
        r"|\b(?:breaks|smashes|throws|smashing|breaking) (?:things|stuff|everything|plates)\b"
        r"|\bcontroll(?:ing|s her)\b"
        r"|\b(?:mum|mums|she|her|my mum)\b (?:is )?not allowed to (?:see|go|have|talk|leave|work|use)\b",
        2,
        unless=r"\b(?:lol|game|football|my little brother|toddler|baby)\b",
        anchors=(" a go at |breaking|breaks|controll|not allowed to |smashes|smashing|throws",),
        matches=(
            "step dad throws stuff at mum and she cries every night",
            "my bf throws things at me wen hes angry n says im the prob",
        ),
        ignores=(
            "PSHE should teach more about healthy relationships and controlling behaviour",
            "I am not allowed to see my step dad",
        ),
    ),
    _rule(
        r"\b(?:run|running|ran|get away|getting away|escape|escaping|flee|fleeing|leave"
        r"|leaving) (?:away )?from (?:him|dad|my dad|step dad|my step dad|her boyfriend|mums boyfriend"
        r"|her partner|mums partner)\b"
        r"|\b(?:fingers?|hands?|arms?) (?:round|around|on) (?:my|her|his|our) (?:neck|throat)\b"
        r"|\bpack(?:ed)? (?:a |our "
        r"|my )bags?\b(?=[^.]{0,50}\b(?:him|run|tonight|refuge|escape|before he|get away)\b)",
        2,
        anchors=("from |neck|pack|throat",),
        matches=("my boyfriend put his hands round my neck during an argument and then said sorry",),
        ignores=("my knee hurts from PE",),
    ),
)
