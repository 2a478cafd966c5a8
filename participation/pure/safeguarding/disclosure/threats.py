"""Rules for threats, serious bullying, and feeling in danger now."""

from __future__ import annotations

from functools import partial

from participation.pure.safeguarding.disclosure.categories import THREATS
from participation.pure.safeguarding.disclosure.rule import rule
from participation.pure.safeguarding.disclosure.vocabulary import PHOBIA

_THREAT_SAY = (
    r"(?:going to|gonna|will|would|ll|wanna|want to|threaten\w*(?: to)?|keeps? saying|keep on saying|said"
    r"|says|get his \w+ to|get (?:their|her) \w+ to|saying|told me|tells me|messag\w*|text\w*|swear\w*)"
)

_rule = partial(rule, THREATS)

PRECISE = (
    _rule(
        r"\b(?:said|says|saying|say|told|tells|threaten\w*|messages?) (?:\w+ ){0,4}(?:will|would|going to"
        r"|gonna|is going to) (?:hurt|kill|stab|batter|beat|jump|get|do|burn|find|smash|shank|shoot|rape"
        r"|share|post|leak)\b",
        3,
        unless=r"\bkill for\b"
        r"|\b(?:smash|do|ace) (?:my|your|the|all my|all your) (?:gcses?|exams?|tests?|mocks?|a levels?"
        r"|interview|driving test)\b|\bsmash(?:ed)? it\b",
        anchors=(
            "going to|gonna|will|would",
            "message|said|say|tells|threaten|told",
            "batter|beat|burn|do|find|get|hurt|jump|kill|leak|post|rape|shank|share|shoot|smash|stab",
        ),
        matches=("he said he would hurt me if i tell", "they said if i grass theyll do me in"),
        ignores=(
            "my head teacher said i'm going to smash my gcses",
            "what would you do if someone told you they were being hurt",
        ),
    ),
    _rule(
        r"\b(?:they|he|she|theyll|someone|people|kids|lads|girls|boys)\b(?: \w+){0,3} (?:will|would|going to"
        r"|gonna) (?:hurt|kill|stab|batter|beat|jump|shank|shoot|do) (?:me|us|my|you)\b(?: in)?",
        3,
        anchors=(
            "going to|gonna|will|would",
            "me|my|us|you",
            "batter|beat|do|hurt|jump|kill|shank|shoot|stab",
        ),
        matches=("they'll stab me", "he said he would hurt me if i tell"),
        ignores=(
            "if my carer finds out I dyed my hair she's going to kill me lol",
            "my carer will kill me if i'm late again lol",
        ),
    ),
    _rule(
        r"\b(?:stab|shank|shoot|jump|batter|beat up|do) (?:me|us)(?: in| up)?\b(?! (?:a favour|proud|good))",
        2,
        negatable=True,
        anchors=("me|us", "batter|beat up|do|jump|shank|shoot|stab"),
        matches=("they'll stab me", "they said if i grass theyll do me in"),
        ignores=("do me a favour and pass the salt", "my friend showed me how to do eyeliner"),
    ),
    _rule(
        r"\bthreaten(?:s|ed|ing)? (?:me|us|to)\b|\b(?:coming|come) for (?:me|us)\b"
        r"|\bknow where (?:i|we) live\b|\bdo me in\b",
        3,
        unless=r"\bthreaten(?:s|ed|ing)? to (?:hide|take|confiscate|ban|turn off|switch off|cancel"
        r"|stop)(?: \w+){0,2} (?:xbox|phone|ps5|wifi|pocket money|tablet|switch|playstation|tv|telly|console"
        r"|ipad|laptop)\b",
        anchors=("come|coming|do me in|know where |threaten",),
        matches=("they know where i live", "they said if i grass theyll do me in"),
        ignores=(
            "my foster mum threatens to hide the xbox if i dont do my homework lol",
            "come round 33 bank terrace",
        ),
    ),
    _rule(
        r"\b(?:carry|carrying|carries|got|have) a (?:knife|blade|weapon|shank)\b"
        r"|\bwith a (?:knife|blade|gun|weapon)\b",
        3,
        anchors=("blade|knife|shank|weapon|with a ",),
        matches=("he's got a knife", "i carry a knife because im scared"),
        ignores=("A flat with a working door entry system.",),
    ),
    _rule(
        r"\b(?:i|we) (?:dont|do not|never|cant|dont ever) feel safe\b"
        r"|\b(?:i am|im|i feel|were|we are) (?:not|never) safe\b"
        r"|\bnot safe (?:where i|at home|in my|here|at my)\b|\b(?:i|we) feel unsafe\b",
        3,
        unless=PHOBIA,
        anchors=(" feel unsafe| safe",),
        matches=("i dont feel safe at home", "i'm not safe where i live"),
        ignores=("i dont feel safe because im scared of the dark", "feel safe now"),
    ),
    _rule(
        r"\b(?:scared|afraid|terrified|frightened) (?:to walk|to go out|to go to school|to leave"
        r"|to go outside"
        r"|of (?:someone|somebody|some \w+|them|the (?:lads|boys|girls|gang|group|men|people)|people))\b",
        3,
        unless=r"\b(?:cos|because) (?:i have|ive got|of) (?:a |my )?(?:test|exam|exams|mocks?|presentation"
        r"|speech|detention|homework)\b",
        anchors=(
            "afraid|frightened|scared|terrified",
            "boys|gang|girls|group|lads|men|people|some |somebody|someone|them|to go out|to go to school|"
            "to leave|to walk",
        ),
        matches=("im scared of someone in my house", "scared to leave my room 😭 they said theyre waiting"),
        ignores=("I walk to college when it is dark, some streets I am scared",),
    ),
    _rule(
        r"\b(?:following|follows|followed|follow) (?:me|us)\b"
        r"|\bwait(?:s|ing)? for (?:me|us) (?:after|outside|at)\b|\bthat wait for me\b",
        3,
        unless=r"\bfollow\w* (?:me|us) on (?:insta|instagram|tiktok|snap|snapchat|twitter|x|youtube|twitch"
        r"|spotify)\b",
        anchors=("follow|wait",),
        matches=("someone's following me", "someone keeps following me home from college"),
        ignores=("follow me on insta @lil_mo_2010", "the NHS dentist has a long wait"),
    ),
    _rule(
        r"\b(?:i|we) (?:get|got|am|was|been|keep getting|is|are|be|used to be|still get) (?:being "
        r"|getting )?bull(?:ied|yed)\b|\bbully(?:ing)? (?:me|us)\b|\bcall(?:s|ing)? (?:me|us) names\b",
        3,
        anchors=(" names|bull",),
        matches=(
            "carer calls me names every day",
            "i get bullied every day and they beat me up at the bus stop",
        ),
        ignores=(
            "i used to be bullied at my old school but my new school is great",
            "i've had that many sws i cant remember their names",
        ),
    ),
    _rule(
        r"\b(?:got|get|been|was|getting) (?:jumped|stabbed|mugged|robbed|attacked|beaten up"
        r"|battered)\b(?! (?:\d+|nil"
        r"|(?:at|in|on|playing) (?:fifa|football|rugby|a game|the game|chess|cards|uno|monopoly|pool|darts"
        r"|scrabble|mario kart|fortnite))\b)",
        3,
        anchors=("attacked|battered|beaten up|jumped|mugged|robbed|stabbed", "been|get|got|was"),
        matches=(
            "got jumped again 🤕 they said tomorrow too",
            "got jumped by the lads in my unit again n staff just locked my door",
        ),
        ignores=(
            "i got robbed at knife point in year 9 but i've had therapy and the guy got caught, i feel a "
            "lot better now",
            "we got battered 4 nil on saturday",
        ),
    ),
    _rule(
        r"\b(?:im|i am|i feel|i get|i feel so|im so|i am so) (?:so )?(?:scared|frightened|terrified"
        r"|afraid) (?:all the time|every day|every night|at home|at night|to sleep"
        r"|in my (?:house|room|placement|home)|when (?:he|she|they))\b",
        3,
        unless=PHOBIA,
        anchors=(
            "afraid|frightened|scared|terrified",
            "i am|i feel|i get|im",
            "all the time|at home|at night|every day|every night|in my |to sleep|when ",
        ),
        matches=(
            "i'm scared all the time walking home, a group always waits for me",
            "the man in my foster house shout and hit his wife, I am afraid every night",
        ),
        ignores=("I am scared of the dark at night",),
    ),
    _rule(
        r"\b(?:going to|gonna|will|would|wanna|want to|threaten\w* to|keep saying|saying"
        r"|said)\b(?: \w+){0,3} (?:put|post|share|leak|send|show|spread|expose)(?: \w+){0,2} (?:my"
        r"|me) ?(?:nudes|pics|photos|pictures|videos|vids)?\b",
        3,
        unless=r"\b(?:instagram|insta|tiktok|snap"
        r"|online)\b(?! \w+ (?:nudes|pics|photos))(?=.*\b(?:holiday|birthday|selfie)\b)",
        anchors=(
            "going to|gonna|said|saying|threaten|wanna|want to|will|would",
            "expose|leak|post|put|send|share|show|spread",
            "me|my",
        ),
        matches=(
            "they keep saying they're gonna put my nudes on insta",
            "a boy in my year keeps threatening to share nudes of me",
        ),
        ignores=("Worried. My staying put ends in two months and I don't know where I'll go.",),
    ),
    _rule(
        r"\b(?:going to|gonna|will|would|ll|coming to|want to|wanna) (?:get|sort|deal with|find|see to"
        r"|come for) (?:me|us"
        r"|my (?:little |big )?\w+)\b(?! (?:a|an|some|the|new|one|from|to|in|up|home|with|something|anything"
        r"|out with|back)\b)|\bwatch (?:my|your) back\b",
        3,
        anchors=("coming to|going to|gonna|ll|wanna|want to|watch |would",),
        matches=(
            "my ex has been saying he will find me and hurt me",
            "going somewhere nobody will find me and not coming back",
        ),
        ignores=("wanna do boxing",),
    ),
    _rule(
        r"\b(?:they|people|kids|girls|boys|lads|everyone|ppl)\b(?: \w+){0,4} (?:spit|spits|trip|trips|push"
        r"|pushes|punch|punches|kick|kicks|hit|hits|throw \w+ at|laugh at|film) (?:me"
        r"|us)\b(?: \w+){0,3} (?:every day|all the time|every week|at school|on the bus|after school"
        r"|in the corridor|on the way)\b"
        r"|\b(?:call|calls|calling) me (?:a |an )?\w+ (?:every day|all the time|at school)\b"
        r"|\bgroup chat (?:about|to) (?:me|hate|slag)\b"
        r"|\b(?:posting|post|posted|saying) (?:stuff|things|lies|rumours) about me\b",
        3,
        anchors=(
            " about me|after school|all the time|at school|every day|every week|group chat |in the corridor|"
            "on the bus|on the way",
        ),
        matches=(
            "carer calls me names every day",
            "boys in the college say bad words about my country and they hit me in the toilet, every day",
        ),
        ignores=("yh all the time",),
    ),
    _rule(
        r"\bunless i (?:pay|send|do|give|meet)\b"
        r"|\bor (?:else|theyll|they will|hell|he will|shell|she will) (?:send|post|share|show|tell|hurt"
        r"|get)\b",
        3,
        anchors=("else|he will|hell|they will|theyll|unless i ",),
        matches=(
            "someone threatened to post a video of me being beaten up unless i pay them",
            "they said if i get caught i have to say its mine or they will hurt my family",
        ),
        ignores=("nothing else thanks",),
    ),
    _rule(
        r"\bposted my (?:pics|photos|pictures|nudes|address)\b"
        r"|\b(?:share|post|leak)(?:ing)? (?:my )?(?:nudes|pics|photos) (?:of me)?\b|\bdo worse\b",
        3,
        anchors=("do worse|leak|post|share",),
        matches=(
            "they posted my address on a story with a knife emoji",
            "a boy in my year keeps threatening to share nudes of me",
        ),
        ignores=("post code DN1 3EQ",),
    ),
    _rule(
        r"\bor (?:they|he|she)(?: will| would)? (?:hit|hurt|beat|batter|kill|stab|jump) (?:me|us)\b",
        3,
        anchors=("or ", "batter|beat|hit|hurt|jump|kill|stab", "me|us"),
        matches=(
            "i have to pay them every week or they hit me",
            "i've been told i have to pay protection money to the older kids or they'll hurt me",
        ),
        ignores=("give me a lift or he will be late",),
    ),
)

# The doubt tier: harm vocabulary near a person, a body, a place or a time, at a low weight.
BROAD = (
    _rule(
        rf"\b{_THREAT_SAY}\b (?:\w+ ){{0,5}}(?:put|putting) (?:me|us|him|her|my \w+) in (?:hospital|a box|"
        rf"the ground|a wheelchair|intensive care|a coma)\b"
        rf"|\b{_THREAT_SAY}\b (?:\w+ ){{0,4}}(?:slash|cut|smash|stamp on|kick in|cave in|knock out|bash in|"
        rf"rip off|break|snap|burn|mess up|sort out|do in|end|merk|wet|shank|stab|batter|beat|jump|rush|bang|"
        rf"knock|kill|hurt|get|smack|punch|kick|slap|find) "
        r"(?:me|us|my (?:face|head|teeth|legs|arms?|neck|jaw|nose|house|car|mum|family|brother|sister|"
        r"little \w+|door|windows?)|him|her|you|your (?:face|head|teeth|legs|neck))\b",
        2,
        unless=r"\b(?:gcses?|exams?|test|mock|interview|homework|lol|haha|if (?:i am|im|i get|i was) late"
        r"|game|fifa|fortnite|xbox|tickle)\b",
        anchors=(
            "a box|a coma|a wheelchair|get |going to|gonna|hospital|intensive care|ll|messag|said|saying|"
            "says|swear|text|the ground|threaten|told me|wanna|want to|would",
        ),
        matches=("they'll stab me", "he said he would hurt me if i tell"),
        ignores=("my carer will kill me if im late lol", "my carer will kill me if i'm late again lol"),
    ),
    _rule(
        r"\bknow (?:my|our|where my|where our) (?:address|house|school|postcode|flat)\b"
        r"|\b(?:coming|come|came|turning up|turn up|turned up) (?:round|to my|to our|for me|for us"
        r"|to (?:the )?(?:house|flat|school))\b(?=[^.]{0,40}\b(?:know|threat\w*|sort|get|hurt|scared"
        r"|messag\w*|said|saying|they|he|lads|gang)\b)"
        r"|\b(?:waiting|wait|waits|hanging about|hang about|outside) (?:for me |outside )?(?:my|our) (?:house"
        r"|flat|school|placement|home"
        r"|door)\b(?=[^.]{0,40}\b(?:they|he|lads|gang|scared|every|again|keeps?|threat\w*)\b)",
        2,
        unless=r"\b(?:my mates? (?:are|is) coming|birthday|party|my social worker|taxi|delivery|pizza)\b",
        anchors=(
            "came|come|coming|hang about|hanging about|know |outside|turn up|turned up|turning up|wait",
        ),
        matches=(
            "my ex's family have said they'll come to my flat and hurt me",
            "someone keeps messaging me saying they know my address and theyre coming round",
        ),
        ignores=("I know why but its sad",),
    ),
    _rule(
        r"\b(?:pulled|pulls|pull|pulling|flashed|flashing|showed|shows|brought|brings|had|has|got|carries"
        r"|carrying|waving|held) (?:a |his |her |their |out a |out his |out their )?(?:knife|knives|blade"
        r"|shank|machete|gun|weapon|zombie knife|bat|baseball bat|hammer|screwdriver)\b"
        r"|\b(?:knife|knives|blade|shank|machete|gun|zombie knife)\b (?:\w+ ){0,3}(?:on me|at me|to me|to my"
        r"|at my|in my face|on us|at us)\b"
        r"|\b(?:stab|stabbed|stabbing|shank|shanked|shot|shoot|slash|slashed|glass"
        r"|glassed)\b (?:\w+ ){0,2}(?:me|us|him|her|my \w+)\b",
        2,
        unless=r"\b(?:game|fortnite|zombies?|film|netflix|cooking|kitchen|bread|vegetables|veg|carrots|dinner"
        r"|science|dt|design|flu jab|jab|photo|a shot at)\b",
        anchors=(
            "at me|at my|at us|bat|blade|glass|gun|hammer|in my face|knife|knives|machete|on me|on us|"
            "screwdriver|shank|shoot|shot|slash|stab|to me|to my|weapon",
        ),
        matches=("they'll stab me", "he's got a knife"),
        ignores=("my favourite game character has a knife and kills monsters", "I dont go to my meetings"),
    ),
    _rule(
        r"\b(?:shoved|pushed|stuck|held|put|dunked|flushed)\b (?:\w+ ){0,2}(?:head|face) (?:down|in|into"
        r"|under) (?:the )?(?:toilet|loo|bog|water|sink|bin)\b"
        r"|\b(?:film|films|filmed|filming|record\w*) (?:it|me|us"
        r"|them)\b(?=[^.]{0,60}\b(?:everyone|posted|post|sent|shared|group chat|snapchat|tiktok|insta"
        r"|laugh\w*|seen it|whole school)\b)"
        r"|\b(?:everyone|the whole school|whole year|loads of people) (?:has |have |)?(?:seen|watched|saw"
        r"|shared) it\b"
        r"|\b(?:jump|jumped|jumping|rush|rushed|rushing|mug|mugged|robbed|rob|corner|cornered"
        r"|ambush\w*) (?:me|us|him|her)\b",
        2,
        unless=r"\b(?:jump (?:me|us) (?:over|up)|trampoline|game|fortnite|surprise party|tiktok dance)\b",
        anchors=(
            "ambush|corner|everyone|face|film|head|jump|loads of people|mug|record|rob|rush|the whole school"
            "|whole year",
        ),
        matches=(
            "someone said they will jump me after school",
            "some girls in year 10 said they will jump me at the gates on friday",
        ),
        ignores=("i love fortnit and i kil evry1",),
    ),
    _rule(
        r"\b(?:wrote|written|write|writes|writing|said|says|told|tells|sent|sends|messaged|posted|shouts?"
        r"|shouted|keep saying|keeps saying)\b (?:\w+ ){0,3}(?:kill yourself|kill your self|kys|go die|die"
        r"|end yourself|neck yourself|hang yourself)\b"
        r"|\b(?:everyone|they|people|the whole \w+|all of them|kids|girls|boys|lads) (?:at|in|from) (?:school"
        r"|college|class|my class|the home|work|year \d+)\b (?:\w+ ){0,2}(?:hates?|hate|picks? on|pick on"
        r"|laughs? at|ignores?) me\b"
        r"|\b(?:scared|afraid|frightened|terrified|too scared|dont want) to (?:walk|go|get the bus"
        r"|come) (?:home|to school|to college|out|outside|past)\b",
        2,
        unless=r"\b(?:cos|because) (?:i have|ive got|of) (?:a |my )?(?:test|exam|exams|mocks?|presentation"
        r"|speech|detention|homework)\b",
        anchors=(
            "afraid|dont want|frightened|hate|ignore|keep saying|keeps saying|laugh|messaged|pick|posted|"
            "said|says|scared|sends|sent|shout|tells|terrified|told|write|writing|written|wrote",
        ),
        matches=(
            "im scared to go home cos of my dad",
            "im scared to walk home theres a group that wait for me",
        ),
        ignores=("in the song he says he wants to die but its a good song", "i hate school"),
    ),
    _rule(
        r"\bfake (?:account|profile|page|insta|snap|tiktok)\b"
        r"|\b(?:posting|posted|post|saying|spreading|spread|sending) (?:\w+ ){0,2}(?:stuff|things|lies"
        r"|rumours|pics|photos|videos|vids) (?:about|of) (?:me|us"
        r"|my (?:mum|sister|brother|family|mate|dad|nan))\b"
        r"|\b(?:followed|following|follows|follow) (?:me |us )?(?:home|to school|from school|everywhere|by)\b"
        r"|\bbeing followed\b"
        r"|\b(?:knife|knives|machete|shank|zombie knife"
        r"|blade)\b(?=[^.]{0,50}\b(?:scared|estate|lads|gang|protection|safe|he|they|carry|carries|carrying"
        r"|pulled|showed|me)\b)",
        2,
        unless=r"\b(?:knife crime|kitchen|cooking|cook|bread|butter|fork|dinner|food tech|dt|game|fortnite"
        r"|film|sharpen pencil|stanley knife for art)\b",
        anchors=("blade|fake |follow|knife|knives|machete|post|saying|sending|shank|spread",),
        matches=("help im being followed", "i carry a knife because im scared"),
        ignores=("at my youth club we have a session on knife crime, it made me think", "post code DN1 3EQ"),
    ),
    _rule(
        r"\b(?:im|i am|you are|youre|your|ur|hes|shes|he is|she is) next\b"
        r"|\bmy (?:nudes|nude pics|nude photos|nude pictures)\b"
        r"|\bnudes\b(?=[^.]{0,40}\b(?:round|around|everyone|school|spread\w*|shar\w*|post\w*|leak\w*|send\w*"
        r"|sent)\b)"
        r"|\b(?:spreading|spread|sharing|shared|sending|sent|passing|passed) (?:my|her|his|our) (?:pics"
        r"|photos|pictures|videos|vids)\b",
        2,
        anchors=(" next|nudes|photos|pics|pictures|videos|vids",),
        matches=(
            "the people who jumped my mate said i'm next",
            "they keep saying they're gonna put my nudes on insta",
        ),
        ignores=("i have no baby photos",),
    ),
    _rule(
        r"\bnext time (?:its|it is|it will be|itll be|ill|i will|he will|hell) (?:her|you|me|him|your|us)\b"
        r"|\b(?:getting|get|got|received|had|keep getting|sent me|sending me|sends me) (?:\w+ )?threats?\b"
        r"|\bthreatening (?:messages|texts|calls|notes|voice notes|dms)\b"
        r"|\b(?:get|getting|got|gonna get|going to get|will get|ll get) (?:merked|wet|wet up|shanked|stabbed"
        r"|jumped|done in|battered|sliced|cut up|shot|rushed|bodied|murdered|killed)\b"
        r"|\bsmash(?:ed|es|ing)? up (?:the|our|my|her|his) (?:kitchen|house|flat|room|car|stuff|things|phone"
        r"|tv|place)\b",
        2,
        unless=r"\b(?:lol|haha|if (?:i am|im) late|fifa|fortnite|game|at football|nil|goals?|points|match"
        r"|team|final|we lost|chess|cards|uno|monopoly|scrabble|mario kart|pool|darts|quiz)\b",
        anchors=(
            "battered|bodied|cut up|done in|jumped|killed|merked|murdered|next time |rushed|shanked|shot|"
            "sliced|smash|stabbed|threat|wet",
        ),
        matches=("got jumped again 🤕 they said tomorrow too", "dey sed ima get merked if i go 2 skl 2moro"),
        ignores=("we got battered 4 nil on saturday", "that joke killed me"),
    ),
    # The last net: words that are rarely anything but harm, on their own (see abuse.py).
    _rule(
        r"\b(?:threat(?:s|en|ens|ened|ening)?|terrified|petrified|unsafe|in danger|weapons?|knives"
        r"|stab(?:s|bed|bing)?|gang members?|shank\w*|machete\w*|acid)\b",
        1,
        kind="topic",
        negatable=True,
        unless=r"\bthreaten(?:s|ed|ing)? to (?:hide|take|confiscate|ban|turn off|switch off|cancel"
        r"|stop)(?: \w+){0,2} (?:xbox|phone|ps5|wifi|pocket money|tablet|switch|playstation|tv|telly|console"
        r"|ipad|laptop)\b"
        r"|\b(?:knife crime|gang show|gangster|film|fortnite|game|acid house|citric acid|acid test|science"
        r"|chemistry|biology|lemon|stomach acid|endangered|spiders?|heights|clowns|rollercoaster|exams?|test"
        r"|interview|driving test|dentist|injections?|needles?|jabs?|flying|horror|snakes?|dogs?)\b",
        anchors=(
            "acid|gang member|in danger|knives|machete|petrified|shank|stab|terrified|threat|unsafe|weapon",
        ),
        matches=("they'll stab me", "they threatened to burn my house down"),
        ignores=(
            "in my game you can stab zombies and its class",
            "i learned to ride my bike without stabilisers",
        ),
    ),
    _rule(
        r"\b(?:theyre|they are|hes|he is|someone is|someones|shes|she is|they keep|they have been"
        r"|keep) watching (?:me|us|my \w+|where i)\b"
        r"|\b(?:private number|no caller id|withheld number|unknown number)\b"
        r"|\b(?:get|gets|got|getting|being) picked on\b",
        2,
        unless=r"\b(?:ppi|scam|sales|insurance|delivery)\b",
        anchors=(" picked on| watching |no caller id|private number|unknown number|withheld number",),
        matches=(
            "i feel like someone is watching me near my house every night",
            "my phone keeps getting calls from no caller id saying i'm dead",
        ),
        ignores=("Drawing, watching anime.",),
    ),
    _rule(
        r"\bhow (?:ugly|fat|disgusting|stupid|gross|minging|worthless|pathetic|weird) (?:i am|im)\b"
        r"|\b(?:set fire to|torch|torched|burn down|burn|petrol bomb|smash in|kick in) (?:my|our|the"
        r"|your) (?:door|house|flat|car|home"
        r"|windows?)\b(?=[^.]{0,50}\b(?:said|says|will|ll|gonna|going to|threat\w*|if)\b)"
        r"|\b(?:said|says|will|ll|gonna|going to|threat\w*)\b[^.]{0,40}\b(?:set fire to|torch|burn down"
        r"|petrol bomb) (?:my|our|the|your) (?:door|house|flat|car|home)\b",
        2,
        anchors=("burn|how |kick in|petrol bomb|set fire to|smash in|torch",),
        matches=("sum lads said theyll burn my car if i dont pay them back",),
        ignores=("i dont know how to do bills",),
    ),
)
