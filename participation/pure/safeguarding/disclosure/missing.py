"""Rules for missing: running away, staying out, no one knowing where a young person is."""

from __future__ import annotations

from functools import partial

from participation.pure.safeguarding.disclosure.categories import MISSING
from participation.pure.safeguarding.disclosure.rule import rule
from participation.pure.safeguarding.disclosure.vocabulary import NOONE

_rule = partial(rule, MISSING)

PRECISE = (
    _rule(
        r"\b(?:ran|run|runs|running|going to run|gonna run) (?:away|off)\b|\b(?:do|did|doing) a runner\b"
        r"|\bleg(?:ged)? it\b|\bawol\b",
        3,
        kind="topic",
        unless=r"\b(?:(?:ran|run|runs|running) (?:away|off)"
        r"|legged it) (?:to (?:get|catch) (?:the|my|a) (?:bus|train)"
        r"|from (?:a|the) (?:wasp|bee|spider|dog|goose|swan))\b",
        anchors=(" a runner|away|awol|leg|off",),
        matches=("ran away again", "i ran away last night"),
        ignores=("what happens if someone runs away", "i'd die for a day off school"),
    ),
    _rule(
        r"\b(?:go|goes|went|gone|going|been|is|was|keep going"
        r"|keeps going) missing\b(?! (?:school|lessons?|class|college|out|my|the|work|appointments|golf"
        r"|crazy golf|his|her|their|them|him|you|our|home|mum|dad)\b)",
        3,
        kind="topic",
        unless=r"\bmissing (?:from )?(?:maths|english|science|lessons?|class|pe|registration"
        r"|school photos?)\b|\bto go to the toilet\b",
        anchors=(" missing", "been|go|is|was|went"),
        matches=("sister's been missing days", "my mate from the home has gone missing again"),
        ignores=("my phone went missing", "my dog went missing but we found him"),
    ),
    _rule(
        r"\b(?:has|have|had) been missing\b(?! (?:school|lessons?|class|college|out|my|the|work))",
        3,
        kind="topic",
        anchors=(" been missing", "had|has|have"),
        matches=(
            "my little sister has been missing since saturday",
            "my frend from the home has bin missing since saterday and i think shes with sum older men",
        ),
        ignores=("i've been missing school because of appointments",),
    ),
    _rule(
        rf"\b(?:{NOONE}|nobody|dont|doesnt|no one) (?:knows|know|knew) where (?:i am|im|i was|he is|he was"
        rf"|she is|she was|they are|they were|my)\b|\bdont know where (?:he|she|they) (?:is|are|went)\b",
        3,
        anchors=(" where ",),
        matches=("dont know where i am", "my brother ran off and we dont know where he is"),
        ignores=("im happy where i live now",),
    ),
    _rule(
        r"\b(?:not|never|aint|wont be) (?:going|coming|go|come) (?:back"
        r"|home)\b(?! to (?:school|college|uni|work|class|that (?!placement|home|house|flat|foster)\w+"
        r"|(?:the )?(?:chippy|shop|gym|cinema|dentist|barbers?|hairdressers?|nandos|mcdonalds|cafe"
        r"|restaurant)\b))"
        r"|\b(?:havent|didnt|dont|never|not) (?:been |gone |go |come |came )?(?:back"
        r"|home)\b(?: (?:to(?! (?:see|visit|my old|school|college)\b)|last|since|for|till|until))"
        r"|\b(?:dont|didnt|doesnt|never) (?:come|go|came|went|comes|goes) home\b"
        r"|\b(?:noone|no one|nobody) (?:looks|looked|comes looking|came looking) for (?:me|us|him|her)\b",
        3,
        unless=r"\bevery other (?:week|weekend)\b|\bcontact\b",
        anchors=("back|home|no one|nobody|noone",),
        matches=("im not coming back", "not going back tonight"),
        ignores=("home is long 😒",),
    ),
    _rule(
        r"\b(?:stay|stayed|staying|stays|out) (?:out )?all night\b"
        r"|\bslept at (?:a )?(?:random|strangers|some)\b"
        r"|\bstayed with (?:people|some \w+|lads|men) (?:i|we) (?:met|dont know)\b"
        r"|\bsn(?:u|ea)ck(?:ed)? out\b",
        3,
        anchors=(" out|all night|slept at |stayed with ",),
        matches=(
            "i stay out all night and staff dont know where i am",
            "on tuesday i didnt come back and slept at a stranger's flat",
        ),
        ignores=("more trips out",),
    ),
    _rule(
        r"\b(?:been )?away from (?:my|the) (?:foster home|placement|home|carers|house) (?:\d+|two|three|a few"
        r"|for) ?(?:nights?|days?)?\b|\bpicked up by (?:the )?police\b",
        3,
        anchors=("away from |picked up by ",),
        matches=(
            "i been away from my foster home 2 nights",
            "i got picked up by police in another city after i ran off",
        ),
        ignores=("dont move me away from my brother marcel",),
    ),
    _rule(
        r"\bcant go (?:back )?home\b|\bnot allowed (?:to go )?(?:back )?home\b"
        r"|\b(?:kicked|chucked|threw|thrown) (?:me|us) out\b"
        r"|\b(?:got|been|was|get|getting) (?:kicked|chucked"
        r"|thrown) out\b(?! of (?:the |a |my )?(?:club|class|lessons?|school|college|game|shop|party|team"
        r"|group|chat|cinema))"
        r"|\b(?:sleep|sleeping|slept|stay|staying|stayed) at (?:different|random|strangers|other) (?:peoples"
        r"|people|houses|places)\b",
        3,
        anchors=("cant go |chucked|houses|kicked|not allowed |people|places|threw|thrown",),
        matches=(
            "i get chucked out at night when mums boyfriend comes round",
            "got kicked out of the hostel so i've been walking around all night",
        ),
        ignores=("there should be somewhere to go if you get kicked out", "more ppl to talk to pls"),
    ),
    _rule(
        r"\b(?:aint|havent|hasnt|has not|have not|not|never) (?:been |come |came |gone )?(?:back"
        r"|home)\b(?! to (?:school|college|uni|work|class|see|visit|my old)\b)"
        r"|\b(?:been|be) gone (?:for|since|all|over)\b|\bgone since\b"
        r"|\b(?:hasnt|havent|aint|not|never|didnt) (?:come|came) back\b"
        r"|\b(?:noone|no one|nobody|no ones|no one has|nobody has)(?: \w+)? seen (?:her|him|them|my|me)\b"
        r"|\b(?:take|took|taking|takes) off\b(?! (?:my|his|her|the|your|their|a)\b)|\bwent off with\b"
        r"|\bsleep (?:wherever|anywhere|where ever)\b",
        3,
        anchors=(" gone | off| seen |anywhere|back|gone since|home|where ever|wherever",),
        matches=("brother hasnt come home", "i wanna disappear forever and never come back"),
        ignores=("home is long 😒",),
    ),
    _rule(
        r"\b(?:aint|havent|hasnt|not|never) been (?:at|to|in|back to) (?:my|the|her|his) (?:placement|home"
        r"|house|foster home|hostel)\b(?: \w+){0,2} (?:all|for|since|in)\b",
        3,
        anchors=(" been ", "home|hostel|house|placement", "aint|hasnt|havent|never|not"),
        matches=(
            "i havent been back to my placement since friday",
            "my friend hasn't been back to her placement since monday, she messaged me she's with some "
            "older guys",
        ),
        ignores=("i havent been to my mates house in ages",),
    ),
    _rule(
        r"\b(?:stay|stayed|staying|stays|out) (?:out )?(?:till|until|to) (?:\d+|late|the morning|morning"
        r"|midnight|\w+ in the morning)\b"
        r"|\b(?:with|at) (?:people|men|lads|someone) (?:i|we) (?:dont|didnt|do not) know\b"
        r"|\bdont know where i (?:go|am going|went|stay)\b",
        3,
        unless=r"\bwith permission\b|\b(?:my )?carers? (?:knew|know|said|let)\b|\ballowed\b|\bcurfew is\b",
        anchors=(" know|out|stay",),
        matches=(
            "i'm staying in a squat with people i don't know",
            "been staying out till 3am with people i dont know",
        ),
        ignores=("curfew is 9pm and all my friends can stay out till 11", "more trips out"),
    ),
    _rule(
        r"\bpolice (?:bring|brought|bringing|find|found) (?:me|us|him|her) (?:back|home)\b",
        3,
        anchors=("police ", "back|home", "bring|brought|find|found"),
        matches=("i keep going missing and the police bring me back",),
        ignores=("the police found my stolen bike and brought it back",),
    ),
)

# The doubt tier: harm vocabulary near a person, a body, a place or a time, at a low weight.
BROAD = (
    _rule(
        r"\b(?:bailed|bolted|bounced|legged it|did one|done one|do one|walked out|climbed out|snuck out"
        r"|sneak out|sneaks out|sneaking out|took off|run off|ran off|runs off"
        r"|escaped)\b(?: (?:from|of|out of|outta))? (?:the |my |me )?(?:placement|home|carers|foster \w+"
        r"|house|unit|window|resi|childrens home|care home|hostel|there)\b"
        r"|\b(?:bailed|bolted|legged it|did a runner|done a runner|escaped)\b",
        2,
        unless=r"\b(?:to get the bus|to the shop|for the bus|to catch|fire drill|lesson|class|detention"
        r"|meeting|from the wasp|from a wasp|from the dog)\b",
        anchors=(
            "bailed|bolted|bounced|climbed out|did a runner|did one|do one|done a runner|done one|escaped|"
            "legged it|ran off|run off|runs off|sneak out|sneaking out|sneaks out|snuck out|took off|"
            "walked out",
        ),
        matches=(
            "i bailed from placement on friday and been dossing at a mates since",
            "i sneak out of the window at night and meet older people in the park",
        ),
        ignores=(
            "my favourite character in stranger things is the girl who escaped from the lab",
            "i ran off to get the bus when the meeting finished",
        ),
    ),
    _rule(
        r"\b(?:doss\w*|sofa surf\w*|kipping at|kip at|crashing at|crash at|stopping at|staying at|sleeping at"
        r"|slept at|stayed at) (?:\w+ ){0,2}(?:mates|friends|someones|some \w+|peoples|a mates|random"
        r"|strangers|his|hers|their"
        r"|different)\b(?=[^.]{0,60}\b(?:since|for|days|nights|weeks|instead|cant go|wont go|not going"
        r"|didnt go|because|cos|bailed|ran|left)\b)|\bdoss\w*\b",
        2,
        unless=r"\b(?:sleepover|birthday|allowed|my carers said|carers let|with permission|"
        r"for a sleepover)\b",
        anchors=(
            "crash at|crashing at|doss|kip at|kipping at|sleeping at|slept at|sofa surf|stayed at|staying at"
            "|stopping at",
        ),
        matches=(
            "i bailed from placement on friday and been dossing at a mates since",
            "i stayed at a stranger's house for a week because he let me have free weed",
        ),
        ignores=(
            "i stayed at my friend's house for a sleepover and my carers spoke to her mum first",
            "i stayed at my friends house last night and my carers said it was ok",
        ),
    ),
    _rule(
        r"\b(?:disappear\w*|vanish\w*|go off|goes off|went off|gone off|take off|takes off|took off|go awol"
        r"|gone awol)\b (?:\w+ ){0,3}(?:for (?:days|hours|the night|nights|the weekend|weekends|weeks"
        r"|a few days|two days|a week|ages)|at weekends|every weekend|all night|overnight|at night|and no one"
        r"|and nobody|and noone)\b"
        r"|\b(?:dont|doesnt|didnt|dont even|no one|noone|nobody|never) (?:have |has |had |got )?(?:a "
        r"|any )?(?:clue|idea) where (?:i|she|he|they|we) (?:go|goes|went|am|is|are|was|sleep|stay|be)\b",
        2,
        unless=r"\b(?:my (?:cat|dog|phone|keys|hamster|tortoise)|the cat|the dog|magic|trick)\b",
        anchors=(
            " where |disappear|go awol|go off|goes off|gone awol|gone off|take off|takes off|took off|vanish"
            "|went off",
        ),
        matches=(
            "my mate keeps disappearing for days and comes back with loads of money",
            "i keep disappearing at weekends and my carers dont have a clue where i go",
        ),
        ignores=("im happy where i live now",),
    ),
    _rule(
        r"\b(?:stay|stayed|staying|stays|out|outside|was out|were out) (?:out )?(?:till|until|to"
        r"|past) (?:\d+ ?(?:am|in the morning)|\d+am|the early hours|sunrise|dawn|3|4|5|6)\b"
        r"|\b(?:noone|no one|nobody|no ones|noones) (?:is |has |even |)?(?:looking|looked|come looking"
        r"|reported|bothered looking|searching)\b"
        r"|\b(?:nobody|noone|no one) (?:even )?(?:noticed|notices|realised|rang|reported) (?:i|she|he"
        r"|we) (?:was|were|am|is|had) (?:gone|missing|out|not)\b"
        r"|\bpolice (?:were )?(?:looking for|searching for|out looking)\b"
        r"|\breport(?:s|ed|ing)? (?:me |her |him |us |them )?(?:as )?missing\b"
        r"|\b(?:leaving|leave|left|leaves|sneak\w* out of|climb\w* out of) (?:my|the|our) (?:placement|home"
        r"|unit|carers|foster home|care home|childrens home|house|window)\b(?: \w+){0,2} (?:at night"
        r"|every night|in the night|without telling|and not coming back|for days|overnight|when everyone)\b",
        2,
        anchors=(
            "and not coming back|at night|every night|for days|in the night|looked|looking|missing|no one|"
            "nobody|noone|out|overnight|reported|searching|stay|when everyone",
        ),
        matches=(
            "my foster carer hurts me when nobody is looking",
            "been staying out till 3am with people i dont know",
        ),
        ignores=("missing my bus",),
    ),
    _rule(
        r"\bclimb\w* out (?:of )?(?:the|my|her|his|a) (?:window|back door|fence)\b"
        r"|\b(?:comes?|came|get|gets|got|getting) (?:back|home|in) (?:at |around |about )?(?:[1-6]|[1-6] ?am"
        r"|\d+am|the next day|next day|the morning|in the morning|next morning|the next morning|at dawn"
        r"|days later)\b",
        2,
        unless=r"\b(?:work|shift|night shift|holiday|flight|airport|school trip|residential|festival|prom"
        r"|with my carers?|from uni)\b",
        anchors=("came|climb|come|get|got",),
        matches=(
            "the staff at my home dont notice when i come back at 5am with cash, its from running for people",
            "they took me somewhere in a car for hours and i didnt know where we were, i got home the next "
            "day",
        ),
        ignores=("got into uni",),
    ),
    _rule(
        r"\b(?:so|so that) (?:i|we) (?:dont|do not|wont|dont have to|wont have to|can avoid|avoid"
        r"|never) (?:have to )?(?:go|going) (?:home|back)\b"
        r"|\bwalk(?:s|ed|ing)? (?:the|round the|around the|about the) streets\b"
        r"|\bavoid (?:going )?(?:home|back)\b"
        r"|\b(?:roam|roaming|wander\w*) (?:about|around|the streets)\b(?=[^.]{0,40}\b(?:night|late|all)\b)",
        2,
        unless=r"\b(?:dog|for exercise|with my carers?|christmas lights|on holiday|charity)\b",
        anchors=(" streets|about|around|avoid |back|home",),
        matches=("sometimes i hide in the woods after school till its dark so i dont have to go back",),
        ignores=("home is long 😒",),
    ),
    _rule(
        r"\bsneak(?:s|ing)? out\b"
        r"|\b(?:houses|flats|places|people|parties) (?:i|we) (?:dont|do not|didnt) know\b"
        r"|\b(?:been|be) gone (?:\d+|a few|two|three|four|five|six|a couple of) (?:days|nights|weeks)\b"
        r"|\b(?:hasnt|havent|didnt|not|never) (?:even )?(?:told|rung|called|rang|phoned) the police\b",
        2,
        unless=r"\b(?:snacks?|sweets|food|school trip|holiday|residential|to surprise|for a smoke behind)\b",
        anchors=(" gone | know| the police|sneak",),
        matches=("i keep waking up in places i dont know", "i'm staying in a squat with people i don't know"),
        ignores=("I know why but its sad",),
    ),
    _rule(
        r"\b(?:phone|phones) (?:is |has been |been |are |was |keeps )?(?:off|dead|switched off"
        r"|going to voicemail)\b(?=[^.]{0,40}\b(?:days|week|since|missing|gone|not been|hasnt|no one"
        r"|nobody)\b)"
        r"|\b(?:days|week|since|missing|gone|not been|hasnt been)\b[^.]{0,60}\bphone (?:is |has been |been "
        r"|was )?(?:off|dead|switched off)\b"
        r"|\b(?:hasnt|havent|not|aint) been (?:home|back"
        r"|(?:at|to|in) (?:her|his|my|the|their) (?:home|placement|house|flat|mums|dads|unit"
        r"|carers)) (?:\w+ ){0,4}(?:for (?:a|two|three|\d+) (?:days|weeks?|nights)"
        r"|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last))\b",
        2,
        unless=r"\b(?:flu|ill|illness|sick|poorly|covid|virus|bug|tonsillitis|chickenpox|temperature|doctor"
        r"|hospital|holiday|excluded|suspended|broken phone|phone broke)\b",
        anchors=(" been |phone",),
        matches=(
            "i havent been back to my placement since friday",
            "my cousin's been gone since tuesday and her phone is off",
        ),
        ignores=("phone died lol",),
    ),
    _rule(
        r"\b(?:so )?(?:no one|noone|nobody) (?:can|could|will|would) find (?:me|us|her|him)\b"
        r"|\bturn(?:ed|s)? (?:my|her|his) (?:phone|location|snap map"
        r"|tracking) off\b(?=[^.]{0,40}\b(?:so|no one|nobody|cant find|cant track|days)\b)",
        2,
        anchors=(" find |location|phone|snap map|tracking",),
        matches=(
            "i turn my phone off so no one can find me",
            "going somewhere nobody will find me and not coming back",
        ),
        ignores=("phone died lol",),
    ),
    _rule(
        r"\bstays? out (?:for days|all weekend|for nights|overnight|for a week|till the morning)\b"
        r"|\bcomes? back with (?:\w+ ){0,2}(?:injuries|bruises|cuts|black eyes?|marks|a black eye)\b",
        2,
        anchors=(" back with |all weekend|for a week|for days|for nights|overnight|till the morning",),
        matches=("my friend in the same home is doing runs for olders and he comes back with bruises",),
        ignores=("gta all weekend",),
    ),
)
