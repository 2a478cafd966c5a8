"""Rules for neglect: no food, warmth, care or supervision at home."""

from __future__ import annotations

from functools import partial

from participation.pure.safeguarding.disclosure.categories import NEGLECT
from participation.pure.safeguarding.disclosure.rule import rule
from participation.pure.safeguarding.disclosure.vocabulary import FAMILY, IN_SENTENCE, NOONE

_rule = partial(rule, NEGLECT)

PRECISE = (
    _rule(
        r"\b(?:no|never any|never|not enough|never enough|hardly any|nothing for|no money for) (?:food|dinner"
        r"|tea|breakfast|meals?|money for food)\b(?! (?:fight|bank|shop))",
        3,
        kind="topic",
        anchors=("breakfast|dinner|food|meal|tea", "hardly any|never|no"),
        matches=("no food here", "no food in the house"),
        ignores=(
            "before care there was never food in the house but my foster mum is an amazing cook",
            "no phones at dinner rule 🙄🙄",
        ),
    ),
    _rule(
        r"\bnothing (?:to eat|in the (?:fridge|cupboards?))\b|\bno food\b",
        3,
        kind="topic",
        # The need was met at once.
        unless=r"\bso (?:we|my carers?|carers?|they|she|he) (?:went|took|got|ordered)\b|\bbig shop\b"
        r"|\bno food i like\b|\bschool dinners\b|\bcanteen\b",
        anchors=("no food|nothing ",),
        matches=("no food here", "no food in the house"),
        ignores=("no food in the house so my carer took us for a big shop", "nothing really"),
    ),
    _rule(
        r"\b(?:always|go to bed|go to school|go school|all the time|most days|starving and|get|still"
        r"|constantly) hungry\b|\bhungry (?:all the time|at home|every day|most days|most nights)\b"
        r"|\bgo hungry\b|\bgo to bed hungry\b",
        3,
        kind="topic",
        unless=r"\b(?:lunch is|period \d|before lunch|after (?:school|football|training|pe|swimming))\b"
        r"|\beats (?:everything|loads|so much|all the)\b|\b(?:dog|cat|puppy|kitten|hamster|rabbit|fish)\b",
        anchors=(" hungry|hungry ",),
        matches=("im always hungry at home", "i go school hungry most days"),
        ignores=(
            "i get hungry in period 4 because lunch is so late",
            "I'm so hungry I could eat a horse, tea better be soon",
        ),
    ),
    _rule(
        r"\b(?:havent|not|didnt|never|hardly) (?:eaten|ate|eat"
        r"|had (?:a |any )?(?:proper )?(?:meal|food|dinner|anything to eat|tea))\b(?: (?:in|since|for|all))",
        3,
        anchors=("ate|dinner|eat|food|meal|tea", "didnt|hardly|havent|never|not", "all|for|in"),
        matches=("i havent eaten in 2 days", "i havent had a proper meal since friday"),
        ignores=("the food in hostel is not good for me, I want rice",),
    ),
    _rule(
        r"\bforgets? to feed\b|\b(?:doesnt|dont|never|wont) (?:feed|fed) (?:us|me)\b"
        r"|\b(?:dont|never) get fed\b",
        3,
        anchors=("fed|feed",),
        matches=(
            "my dad is always drunk and forgets to feed us",
            "my foster carer drinks and forgets to feed us",
        ),
        ignores=("i feed the cat before school", "I'm fed up of moving schools, this is my fourth"),
    ),
    _rule(
        r"\bleaves? (?:me|us)\b(?: \w+){0,2} (?:on (?:my|our) own|alone|home alone|with the baby"
        r"|by (?:my|our) ?sel(?:f|ves))\b"
        r"|\b(?:left|leave) (?:at home )?(?:on (?:my|our) own|alone|home alone)\b|\bhome alone\b",
        3,
        anchors=("home alone|leave|left",),
        matches=("left home alone again", "my mum leaves us on our own for days"),
        ignores=(
            "when i was 10 i was left on my own a lot but my foster carers look after me so well now",
            "i left my coat at school",
        ),
    ),
    _rule(
        r"\b(?:sleep|sleeps|sleeping|slept|stay"
        r"|staying) (?:in (?:the|a|my|her|his) (?:car|park|tent|van|shed|stairwell)"
        r"|on the (?:floor|streets?|sofa at|bus)|rough|outside|on the street)\b|\bsofa surf\w*"
        r"|\bnowhere to (?:sleep|stay|go|live)\b",
        3,
        anchors=("nowhere to |sleep|slept|sofa surf|stay",),
        matches=("i sleep in the car", "sleeping rough since friday"),
        ignores=(
            "we slept in the car on the way to the festival",
            "we went camping and slept in the car cos it rained lol",
        ),
    ),
    _rule(
        r"\b(?:dont|do not|havent|no|aint) (?:got |have )?(?:a )?(?:bed|mattress)\b(?! (?:time|sheets))",
        2,
        anchors=("bed|mattress", "aint|dont|havent|no"),
        matches=(
            "i dont have a bed i sleep on the floor",
            "I don't have a bed at my new house, I sleep on the sofa",
        ),
        ignores=("no furniture in my flat for the first month just a mattress",),
    ),
    _rule(
        r"\bno (?:electric|electricity|gas|heating|hot water"
        r"|money for (?:the )?(?:gas|electric|heating|food))\b"
        r"|\bcant (?:pay|afford) (?:for )?(?:the )?(?:heating|electric|gas|food)\b"
        r"|\b(?:sleep|sleeps|sleeping) in (?:our|my) coats\b",
        3,
        anchors=(" coats|cant |electric|gas|heating|hot water|money for ",),
        matches=(
            "we have no electric and no gas at my dads",
            "freezing in my room 🥶 no heating for me only downstairs",
        ),
        ignores=("i cant sleep at night",),
    ),
    _rule(
        rf"\b(?:{FAMILY}|parents) (?:is|are|gets|get|always) (?:always |constantly |usually )?(?:drunk|wasted"
        rf"|high|off (?:her|his|their) (?:head|face)s?|passed out)\b"
        rf"|\boff (?:her|his|their) (?:head|face) on\b",
        3,
        anchors=("drunk|high|off |passed out|wasted",),
        matches=("my dad hits my mum when hes drunk", "my stepdad hits me when hes drunk"),
        ignores=("i go to holy trinity high",),
    ),
    _rule(
        r"\bhave to (?:look after|care for|feed|mind) (?:my|the|our) (?:little |baby |younger )?(?:brothers?"
        r"|sisters?|siblings?|baby|mum|dad)\b|\b(?:i|we) (?:have to )?look after (?:my|our) ?sel(?:f|ves)\b",
        2,
        anchors=("have to |look after ",),
        matches=(
            "i have to look after my little brothers and there's no food",
            "my mum is off her head on drugs all the time and i look after myself",
        ),
        ignores=("I have to wear glasses now",),
    ),
    _rule(
        rf"\b{NOONE} (?:is there|is home|at home|looks after|takes me|takes us|washes|feeds|cooks|cares for"
        rf"|picks me up)\b",
        3,
        unless=r"\bfeeds the (?:ducks|birds|fish|cat|dog|rabbits?)\b(?! or (?:us|me))"
        r"|\b(?:cos|because) (?:everyone|were|we are|theyre|they are) (?:is |are )?(?:at|out)\b"
        r"|\bon (?:saturday|sunday) mornings?\b",
        anchors=(
            "no one|noone",
            "at home|cares for|cooks|feeds|is home|is there|looks after|picks me up|takes me|takes us|washes",
        ),
        matches=("nobody feeds me", "my teeth really hurt and nobody takes me to the dentist"),
        ignores=(
            "No one prepared me for how unstable it would feel. I moved more in care than I ever did at "
            "home.",
        ),
    ),
    _rule(
        r"\b(?:sent home for smelling|dirty clothes|same clothes (?:every|all)|full of rubbish|dog mess"
        r"|mess everywhere|no clean clothes)\b",
        2,
        anchors=(
            "dirty clothes|dog mess|full of rubbish|mess everywhere|no clean clothes|same clothes |"
            "sent home for smelling",
        ),
        matches=(
            "the house is full of rubbish and dog mess everywhere",
            "nobody washes my school uniform and i get sent home for smelling",
        ),
        ignores=("my clothes get dirty at football",),
    ),
    _rule(
        r"\b(?:give|gives|feed|feeds) their own (?:kids|children) \w+ but not (?:me|us)\b",
        3,
        anchors=(" their own ", " but not ", "children|kids"),
        matches=("my carers give their own kids food but not me",),
        ignores=("my carers treat me the same as their own kids",),
    ),
    _rule(
        r"\b(?:never|doesnt|dont|wont|never ever) (?:buy|buys|get|gets|make|makes|cook|cooks|give"
        r"|gives) (?:us |me )?(?:any )?(?:food|dinner|tea|meals?|breakfast)\b",
        3,
        anchors=("breakfast|dinner|food|meal|tea", "doesnt|dont|never|wont", "buy|cook|get|give|make"),
        matches=(
            "my carer won't give me dinner and she hits me with a slipper",
            "my carer doesn't give me any food when I'm in trouble, I went to bed with no tea three nights "
            "this week",
        ),
        ignores=("the dinner ladies at school are a mafia, they never give extra chips",),
    ),
    _rule(
        r"\bnot allowed (?:to eat|any food|food|to have (?:food|dinner|tea)|dinner|tea)\b"
        r"|\blocks? the (?:fridge|food|cupboards?|kitchen)\b|\b(?:fridge|food|kitchen) is locked\b",
        3,
        anchors=("lock|not allowed ",),
        matches=(
            "I'm hungry a lot because my foster mum locks the fridge and only feeds her own kids",
            "I'm not allowed to eat until everyone else has finished and there's never anything left",
        ),
        ignores=("want a lock on my door",),
    ),
    _rule(
        r"\bhomeless\w*|\bon the streets\b",
        2,
        kind="topic",
        unless=r"\b(?:hate to|worried|worry|scared of being|afraid of being|dont want to|might|could|end up"
        r"|when i leave care|after care|when i turn 18)\b",
        anchors=("homeless|on the streets",),
        matches=("im gona run away and live on the streets, no body wil miss me anyway",),
        ignores=("more care leavers end up homeless, the council needs to build more flats",),
    ),
    _rule(
        r"\b(?:aint|havent|not|didnt|never|hardly) (?:eaten|ate"
        r"|had (?:any |a )?(?:food|tea|dinner|breakfast|meal|anything))\b",
        3,
        unless=r"\b(?:overslept|running late|not hungry|diet|fasting|ramadan|lent|yet)\b",
        anchors=("anything|ate|breakfast|dinner|food|meal|tea", "aint|didnt|hardly|havent|never|not"),
        matches=("i havent eaten in 2 days", "aint eaten since yday no food in the house n carer is away"),
        ignores=("the food at my placement is not nice",),
    ),
    _rule(
        r"\b(?:make|makes|sort|sorts|get|gets|find|cook|cooks|feed) (?:my|our) own (?:food|tea|dinner|meals?"
        r"|breakfast)\b|\b(?:is|in|stays in|stay in|sleeps in) bed all day\b|\bsleeps all day\b"
        r"|\bwont get up\b",
        2,
        anchors=(" bed all day| own |sleeps all day|wont get up",),
        matches=(
            "i'm always left to sort my own food and my little brothers",
            "I have to make my own dinner every day and there's usually only bread",
        ),
        ignores=("got my own flat finally",),
    ),
    _rule(
        r"\bno (?:coat|shoes|uniform|clean clothes|clothes that fit|shoes that fit)\b"
        r"|\b(?:dont|do not|havent|aint) (?:got |have )?(?:any )?(?:shoes|a coat|clothes|uniform) (?:that fit"
        r"|for)\b|\bshoes (?:with holes|that dont fit)\b",
        2,
        anchors=("clothes|coat|shoes|that dont fit|uniform|with holes",),
        matches=("i have no coat and its freezing walking to school",),
        ignores=("i left my coat at school",),
    ),
    _rule(
        rf"\b(?:house|home|flat|room|bedroom)\b{IN_SENTENCE}\b(?:freezing|mouldy|mould|damp|filthy|disgusting"
        rf"|no heating)\b|\bmould everywhere\b|\bnothing in the fridge\b|\bempty fridge\b",
        2,
        anchors=("empty fridge|flat|home|house|mould everywhere|nothing in the fridge|room",),
        matches=(
            "freezing in my room 🥶 no heating for me only downstairs",
            "My room at the hostel has no lock and no heating and I'm 17, staff only come in the day",
        ),
        ignores=("home is long 😒",),
    ),
    _rule(
        r"\b(?:noone|no one|nobody) (?:came|comes|was there|was home|is home|turned up|picked me up"
        r"|picks me up|collected me)\b"
        r"|\b(?:noone|no one|nobody) (?:home|in)\b(?: \w+){0,2} (?:for|again|all)\b"
        r"|\bforgets? (?:about )?(?:us|me|to (?:pick|feed|get|buy|wash))\b",
        3,
        anchors=("forget|no one|nobody|noone",),
        matches=(
            "my dad is always drunk and forgets to feed us",
            "my foster carer drinks and forgets to feed us",
        ),
        ignores=("no nobody told me",),
    ),
    _rule(
        r"\b(?:crisps|cereal|toast|sweets|noodles|biscuits|nothing) for (?:tea|dinner|breakfast"
        r"|lunch) (?:every|most|all|again)\b"
        r"|\b(?:only|just) (?:eat|ate|have|had) (?:crisps|cereal|toast|sweets|biscuits)\b",
        3,
        anchors=("biscuits|cereal|crisps|noodles|nothing|sweets|toast",),
        matches=("mum forgets about us a lot, we eat crisps for tea most nights",),
        ignores=("nothing really",),
    ),
    _rule(
        r"\bneglect\w*",
        2,
        kind="topic",
        anchors=("neglect",),
        matches=("my mum neglects us and nobody does anything",),
        ignores=("i was neglected as a baby thats why im in care, i'm fine now",),
    ),
)

# The doubt tier: harm vocabulary near a person, a body, a place or a time, at a low weight.
BROAD = (
    _rule(
        r"\b(?:no|not got|not had|havent got|havent had|aint got|aint had|hasnt been any|there is no"
        r"|theres no|without|ran out of|run out of|cut off)\b (?:any )?(?:electric|electricity|gas|heating"
        r"|hot water|power|credit on the meter|meter money|gas or electric|electric or gas)\b"
        r"|\b(?:electric|electricity|gas|heating|power) (?:has |got |is |was )?(?:been )?(?:cut off|run out"
        r"|ran out|off for|gone off for)\b",
        2,
        unless=r"\b(?:power cut|for a day|fixed|landlord fixed|came back on|got sorted|sorted it)\b",
        anchors=(
            "credit on the meter|cut off|electric|gas|heating|hot water|meter money|off for|power|ran out|"
            "run out",
        ),
        matches=(
            "we have no electric and no gas at my dads",
            "freezing in my room 🥶 no heating for me only downstairs",
        ),
        ignores=("electric bill is too much",),
    ),
    _rule(
        r"\b(?:little ones|the baby|my (?:little |baby |younger )?(?:brothers?|sisters?|siblings)|the kids|we"
        r"|us|i)\b[^.]{0,25}\b(?:freezing|starving|hungry|cold|filthy|dirty|smelly"
        r"|stinking)\b(?=[^.]{0,40}\b(?:for a week|for days|all the time|every night|every day|at home"
        r"|in the house|in the flat|no food|no heating|no electric|no gas|nothing|again|always|never)\b)"
        r"|\b(?:little ones|the baby|my (?:little |baby |younger )?(?:brothers?|sisters?|siblings))\b (?:are"
        r"|is|were|was|get|gets|go|always) (?:always |so |really )?(?:freezing|starving|hungry|cold|filthy"
        r"|dirty|smelly)\b",
        2,
        unless=r"\b(?:lunch is|period \d|after (?:school|training|football|the trip)|chippy|football|training"
        r"|outside|snow|beach|swim\w*|pool)\b",
        anchors=(
            "brother|cold|dirty|filthy|freezing|hungry|little ones|siblings|sister|smelly|starving|stinking|"
            "the baby",
        ),
        matches=(
            "im always hungry at home",
            "we've had no lecky for a week and the little ones are freezing",
        ),
        ignores=("i want to see my bro more",),
    ),
    _rule(
        r"\b(?:mum|dad|mums|dads|step dad|step mum|parents|nan|she|he|they|carers?)\b(?: \w+){0,3} (?:is "
        r"|are |was |were |gets |get |always )?(?:always |usually |often |constantly |too )?(?:out of it"
        r"|off (?:her|his|their) (?:face|head|tits|nut|trolley)|wasted|drunk|pissed|hammered|stoned"
        r"|passed out|mashed|on the drink|on drugs|on the gear|using again|using|high)\b",
        2,
        unless=r"\b(?:high up|high school|high five|get high marks|at the wedding|christmas|new year"
        r"|birthday party)\b",
        anchors=(
            "drunk|hammered|high|mashed|off |on drugs|on the drink|on the gear|out of it|passed out|pissed|"
            "stoned|using|wasted",
            "carer|dad|he|mum|nan|parents",
        ),
        matches=("my dad hits my mum when hes drunk", "my stepdad hits me when hes drunk"),
        ignores=("nan came to my prom send off 😭❤️",),
    ),
    _rule(
        r"\b(?:goes|go|went|gone|out|is out|are out) (?:out )?(?:drinking|on the drink|on a bender|partying"
        r"|clubbing|raving|getting drunk|on the piss)\b"
        r"|\b(?:drinking|drinks|drunk) (?:\w+ )?(?:all day|every day|every night|all night|till|until|again"
        r"|from the morning|in the morning|from breakfast)\b"
        r"|\b(?:drinks?|drinking|smokes?|smoking|uses?|using)\b (?:\w+ ){0,2}(?:every day|all day"
        r"|all the time|in front of (?:us|me)|when (?:we|i) (?:are|am) there)\b",
        2,
        unless=r"\b(?:tea|coffee|water|juice|milk|pop|squash|vape|vapes|i drink|i smoke)\b",
        anchors=(
            " there|all day|all the time|clubbing|drinking|drinks|drunk|every day|in front of |on a bender|"
            "on the drink|on the piss|partying|raving",
        ),
        matches=(
            "mum leaves me to mind the baby when she goes out drinking till the next day",
            "I look after my baby foster brother on my own all night when my carer goes out drinking",
        ),
        ignores=("yh all the time",),
    ),
    _rule(
        r"\b(?:look after|looking after|looks after|looked after|mind|minding|watch|watching|babysit\w*|feed"
        r"|feeding|take care of|taking care of|get ready|getting ready|do the school run for|sort out|change"
        r"|changing|bath|bathing|put to bed|putting) (?:the baby|the babies|the little ones|the kids"
        r"|my (?:little |baby |younger )?(?:brothers?|sisters?|siblings|baby \w+))\b",
        1,
        unless=r"\b(?:like|love|enjoy|enjoyed|favourite|fun|help (?:my )?(?:carers?|foster)|my carers"
        r"|foster (?:mum|dad|carer))\b",
        anchors=(
            "baby |brother|siblings|sister|the babies|the baby|the kids|the little ones",
            "babysit|bath|change|changing|do the school run for|feed|get ready|getting ready|look after|"
            "looked after|looking after|looks after|mind|put to bed|putting|sort out|take care of|"
            "taking care of|watch",
        ),
        matches=(
            "i have to look after my little brothers and there's no food",
            "mum's always out of it on the sofa so i do the school run for my sisters",
        ),
        ignores=(
            "my birth mum didn't look after me properly when I was a baby, but my foster family are amazing",
        ),
    ),
    _rule(
        r"\b(?:do|does|doing|did) the school run\b"
        r"|\b(?:i|we) (?:have to|got to|gotta) (?:cook|do (?:all )?the (?:cooking|washing|shopping))\b"
        r"|\b(?:look after|looking after|care for|caring for) (?:my|our) (?:mum|dad)\b|\byoung carer\b",
        1,
        anchors=(
            " the school run|care for|caring for|got to|gotta|have to|look after|looking after|young carer",
        ),
        matches=("mum's always out of it on the sofa so i do the school run for my sisters",),
        ignores=("I have to wear glasses now",),
    ),
    _rule(
        r"\b(?:tea|dinner|breakfast|lunch|tea time)\b (?:is |was )?(?:usually |always |often |just |normally "
        r"|most days )?(?:a |just )?(?:packet of |bag of |bowl of |slice of )?(?:crisps|cereal|dry cereal"
        r"|toast|nothing|sweets|biscuits|noodles|bread)\b"
        r"|\bif (?:i am|im|we are|were) lucky\b(?=[^.]{0,40}\b(?:eat|food|tea|dinner|meal)\b)"
        r"|\b(?:food|tea|dinner|meal)\b[^.]{0,30}\bif (?:i am|im|we are|were) lucky\b"
        r"|\b(?:steal|stealing|nick|nicking|take|taking) (?:food|bread|sandwiches)\b"
        r"|\bfood ?bank\b(?! voucher)|\bbins? for food\b",
        2,
        unless=r"\b(?:when i move out|when i leave|money was late|its ok now|sorted)\b",
        anchors=(" lucky|biscuits|bread|cereal|crisps|food|noodles|nothing|sandwiches|sweets|toast",),
        matches=(
            "my tea is usually a packet of crisps if i'm lucky",
            "I have to steal food from school because there's none for me at home",
        ),
        ignores=("doing shifts at the food bank as a volunteer, it feels good to help", "nothing really"),
    ),
    _rule(
        r"\b(?:stinks|stinky|smells|reeks|stench|poo|poop|wee|piss|dog mess|cat mess|rubbish everywhere"
        r"|bin bags|cockroach\w*|mice|rats|bed ?bugs|maggots|fleas|mould|mouldy"
        r"|damp)\b(?=[^.]{0,60}\b(?:floor|flat|house|home|room|bedroom|kitchen|bed|sleep|everywhere|carpet"
        r"|sheets|mattress)\b)"
        r"|\b(?:floor|flat|house|home|room|bedroom|kitchen|bed|carpet|sheets|mattress)\b[^.]{0,50}\b(?:stinks"
        r"|smells|reeks|poo|wee|dog mess|cockroach\w*|mice|rats|bed ?bugs|maggots|fleas|filthy|minging"
        r"|manky)\b|\bsleep\w* (?:in|with) (?:my|our|me) (?:coats?|jackets?|clothes|uniform)\b",
        2,
        unless=r"\b(?:lol|haha|brother farted|my socks|gym bag|teenage|bleach|clean\w*|air freshener|candles?"
        r"|cooking|baking|dinner|lovely|nice|new paint)\b",
        anchors=(
            "bed|bin bags|bugs|carpet|cat mess|cockroach|damp|dog mess|flat|fleas|floor|home|house|kitchen|"
            "maggots|mattress|mice|mould|piss|poo|rats|reeks|room|rubbish everywhere|sheets|sleep|smells|"
            "stench|stinks|stinky|wee",
        ),
        matches=(
            "the house is full of rubbish and dog mess everywhere",
            "my mattress is wet and mouldy and I've been sleeping on the floor",
        ),
        ignores=("gaming n sleep",),
    ),
    _rule(
        r"\b(?:same|dirty|smelly|ripped|wet) (?:clothes|socks|uniform|pants|knickers|top|school shirt"
        r"|trousers)\b(?: \w+){0,4} (?:all week|every day|for days|for weeks|again|all the time)\b"
        r"|\bnever (?:any |got |have )?(?:clean|washed) (?:clothes|socks|uniform|pants)\b"
        r"|\bno (?:clean|washed) \w+\b|\b(?:kids|people|they) (?:say|said|tell) i (?:smell|stink)\b"
        r"|\bi (?:smell|stink) (?:at school|because|cos)\b",
        2,
        anchors=("again|all the time|all week|clean|every day|for days|for weeks|never |smell|stink|washed",),
        matches=(
            "theres never clean clothes and i wear the same socks all week",
            "I've been wearing the same pants all week because my carer won't buy me new ones",
        ),
        ignores=("new sw AGAIN 🙄",),
    ),
    _rule(
        r"\b(?:locked|lock|locks|shut|kept) (?:me "
        r"|us )?out\b(?! of (?:my )?(?:account|phone|game|xbox|ps5|app))"
        r"|\b(?:sleep|sleeps|sleeping|slept|kip|kipping|kipped|dossing|doss)\b (?:\w+ ){0,2}(?:on the floor"
        r"|in the car|in a car|in a tent|on the street|on the streets|in the park|in a stairwell|on a bench"
        r"|in a doorway|in the garden|on the stairs|on a sofa|on sofas|on someones sofa|on mates sofas)\b"
        r"|\b(?:left|leave|leaves|leaving) (?:me |us |them |the baby |my (?:little |baby )?\w+ )?(?:alone"
        r"|on (?:my|our|their|his|her) own|by (?:my|our) ?sel\w+|in the house"
        r"|in the flat)\b(?: \w+){0,3} (?:all|for|overnight|over|till|until|while|when|at night|every)\b",
        2,
        negatable=True,
        unless=r"\b(?:camping|festival|holiday|sleepover|road trip|when i was little but"
        r"|my carers? (?:let|trust))\b",
        anchors=(
            "in a car|in a doorway|in a stairwell|in a tent|in the car|in the garden|in the park|kept|leave|"
            "leaving|left|lock|on a bench|on a sofa|on mates sofas|on sofas|on someones sofa|on the floor|"
            "on the stairs|on the street|shut",
        ),
        matches=("i sleep in the car", "my mum leaves us on our own for days"),
        ignores=("we went camping and slept in the car cos it rained lol", "joe my pa is leaving"),
    ),
    _rule(
        r"\b(?:havent|hasnt|not|never|aint|hardly|didnt|dont|cant remember the last time (?:i|we)) (?:had"
        r"|eaten|ate|get|got|have) (?:a |any |one )?(?:hot |proper |decent |real |cooked |warm )?(?:meal"
        r"|meals|food|dinner|tea|breakfast"
        r"|lunch)\b(?=[^.]{0,30}\b(?:in|for|since|at home|weeks|days|ages|all)\b)"
        r"|\bno (?:beds?|mattress|bedding|sheets|duvet|pillows?)\b"
        r"|\b(?:all|both|three of us|four of us) (?:\w+ )?(?:sleep|share) (?:on|in) (?:one|a) (?:mattress"
        r"|bed)\b"
        r"|\b(?:leaves?|left|leaving) (?:me|us|them|the baby"
        r"|my (?:little |baby )?\w+) (?:\w+ ){0,2}(?:for days|overnight|for the weekend|all weekend|all night"
        r"|for hours)\b|\bnapp(?:y|ies)\b(?=[^.]{0,40}\b(?:doesnt|dont|never|not|all day|dirty|changed)\b)"
        r"|\b(?:doesnt|dont|never|not|dont ever) (?:get|gets|got) (?:changed|fed|washed|bathed|cleaned"
        r"|looked after)\b"
        r"|\b(?:nobody|noone|no one|mum never|dad never|they never) (?:\w+ )?(?:takes?|took|brings?) (?:me|us"
        r"|her|him) to (?:the )?(?:dentist|doctors?|gp|hospital|school|opticians)\b"
        r"|\b(?:nits|rotten teeth|head lice|toothache for (?:weeks|months)|teeth are rotten"
        r"|shoes are falling apart)\b",
        2,
        unless=r"\b(?:when i was little but|fasting|ramadan|diet|lent|so full|had a big lunch|not hungry)\b",
        anchors=(
            "all night|all weekend|bathed|bed|breakfast|changed|cleaned|dad never|dinner|duvet|fed|food|"
            "for days|for hours|for the weekend|head lice|looked after|lunch|mattress|meal|mum never|napp|"
            "nits|no one|nobody|noone|overnight|pillow|rotten teeth|share|sheets|shoes are falling apart|"
            "sleep|tea|teeth are rotten|they never|toothache for |washed",
        ),
        matches=(
            "i havent had a proper meal since friday",
            "my teeth really hurt and nobody takes me to the dentist",
        ),
        ignores=("gaming n sleep",),
    ),
    # More doubt: what the probes written after tuning still missed.
    _rule(
        r"\bleaves? (?:me|us) (?:\w+ )?(?:with|to (?:look after|mind|watch|feed)) (?:my|the|our) (?:little "
        r"|baby |younger )?(?:brothers?|sisters?|siblings|baby|babies|twins)\b"
        r"|\b(?:goes|go|went|gone|off) (?:off )?(?:to )?(?:the )?(?:pub|bookies|casino|club|clubs|raves?"
        r"|parties)\b(?=[^.]{0,50}\b(?:leaves?|left|on (?:my|our) own|alone|with my|all night|till"
        r"|doesnt come|didnt come|us|me)\b)"
        r"|\b(?:droppings|mouse|mice|rats?|cockroach\w*"
        r"|bed ?bugs)\b(?=[^.]{0,40}\b(?:bed|room|kitchen|food|flat|house|home|dads|mums)\b)"
        r"|\b(?:spends?|spent|spending) (?:all )?(?:the |our |her |his |my )?(?:money|benefits"
        r"|universal credit|child benefit)\b (?:\w+ ){0,2}on (?:drink|drugs|booze|weed|gambling|the bookies"
        r"|fags|cigs|bingo)\b",
        2,
        unless=r"\b(?:i|we) (?:go|went|going)\b(?! (?:\w+ )?(?:with|and) (?:mum|dad))",
        anchors=(
            "bookies|bugs|casino|club|cockroach|droppings|leave|mice|mouse|parties|pub|rat|rave|spend|spent",
        ),
        matches=(
            "mum goes out and leaves me with the baby all night",
            "mum leaves me to mind the baby when she goes out drinking till the next day",
        ),
        ignores=("running club thursdays",),
    ),
    _rule(
        r"\b(?:no|never any|never|not any|not got|havent got|aint got|never got|run out of"
        r"|ran out of) (?:\w+ )?(?:bog roll|toilet roll|loo roll|toilet paper|soap|toothpaste|toothbrush"
        r"|shampoo|sanitary|pads|tampons|clean towels|towels|washing powder|nappies)\b"
        r"|\b(?:fridge|cupboards?|kitchen)\b (?:\w+ ){0,2}(?:only|just) (?:has|had|got|have) (?:\w+ )?(?:beer"
        r"|cans|alcohol|vodka|booze|wine|nothing|ketchup|sauce)\b"
        r"|\b(?:only|just) (?:beer|cans|booze|alcohol|vodka) in (?:the|our) (?:fridge|cupboards?|house)\b"
        r"|\b(?:wont|wouldnt|doesnt|dont|never|cant) (?:get|gets|got) (?:up|out of bed)\b"
        r"|\b(?:stays?|stayed|lies|lying) in bed all (?:day|week)\b"
        r"|\bget (?:my|the|our) (?:little |baby |younger )?(?:brothers?|sisters?|siblings|kids|twins) (?:up"
        r"|dressed|fed|ready|washed|to school)\b"
        r"|\b(?:heater|heating|boiler|radiators?|electric|cooker|fridge|hot water)\b (?:\w+ )?(?:doesnt|dont"
        r"|isnt|wont|not|never|hasnt|has not|aint) (?:work|working|worked|on|come on|been fixed"
        r"|be fixed)\b(?=[^.]{0,60}\b(?:baby|cough|ill|sick|cold|freezing|weeks|months|since|ages|nobody"
        r"|no one|noone|still)\b)",
        2,
        unless=r"\b(?:fixed|got sorted|came round|the next day|for a day|in the summer)\b",
        anchors=(
            " in bed all |bog roll|boiler|brother|cooker|electric|fridge|heater|heating|hot water|house|kids"
            "|kitchen|loo roll|nappies|out of bed|pads|radiator|sanitary|shampoo|siblings|sister|soap|"
            "tampons|toilet paper|toilet roll|toothbrush|toothpaste|towels|twins|up|washing powder",
        ),
        matches=("we never have toothpaste or soap at home",),
        ignores=("we ran out of toilet roll but mum got some the next day", "rent went up again 😩💸"),
    ),
    _rule(
        r"\b(?:live|lives|living|lived|survive|surviving|get by) (?:off|on) (?:cereal|crisps|toast|noodles"
        r"|pot noodles|sweets|biscuits|bread|nothing|chips|school dinners|free school meals|energy drinks)\b"
        r"|\bleaves? (?:me|us|them) to (?:sort|fend for|look after|feed|get on with it"
        r"|get (?:my|our) ?sel\w+)\b"
        r"|\bbrings? (?:\w+ )?(?:men|blokes|lads|guys|people|strangers|dealers|druggies) (?:back|home|round"
        r"|to the house|to the flat)\b",
        2,
        unless=r"\b(?:for a week|on holiday|while camping|during exams)\b",
        anchors=(
            "biscuits|bread|bring|cereal|chips|crisps|energy drinks|free school meals|leave|noodles|nothing|"
            "school dinners|sweets|toast",
        ),
        matches=("we live off cereal at home cos there is never any money",),
        ignores=("nothing really",),
    ),
    _rule(
        r"\b(?:go|going|went|goes) to school (?:smelly|dirty|hungry|in dirty"
        r"|without (?:breakfast|food|a coat|shoes|socks))\b"
        r"|\b(?:picked on|bullied|laughed at|teased) (?:cos|because|for being|for) (?:i am |im "
        r"|we are )?(?:smelly|dirty|poor|i smell|we smell|my clothes)\b"
        r"|\bnever (?:anything|nothing|any food|food) (?:to eat )?(?:at mine|at home|at my mums|at my dads"
        r"|in the house|in the fridge|at ours)\b",
        2,
        anchors=(
            " to school |at home|at mine|at my dads|at my mums|at ours|bullied|in the fridge|in the house|"
            "laughed at|picked on|teased",
        ),
        matches=(
            "theres never any food at my mums so i go to bed hungry",
            "My carer does not provide adequate meals and I regularly go to school without breakfast or "
            "lunch money",
        ),
        ignores=(
            "before care there was never food in the house but my foster mum is an amazing cook",
            "I go to school on a taxi",
        ),
    ),
    _rule(
        r"\b(?:wont|doesnt|dont|never) let (?:me|us) (?:eat|have (?:tea|dinner|food)|sit) (?:with|at)\b"
        r"|\beat (?:\w+ ){0,2}(?:in my room|on my own|separately|after everyone"
        r"|by my ?self)\b(?=[^.]{0,30}\b(?:alone|not allowed|wont let|make me|makes me|always)\b)"
        r"|\b(?:clothes|shoes|trainers|uniform|coat|school shoes)\b (?:\w+ ){0,2}(?:too small|full of holes"
        r"|falling apart|let (?:the )?water in|ripped|dont fit|hanging off)\b"
        r"|\b(?:no ones|noone|no one|nobody|nobodys) (?:has |had |have |even )?(?:changed|fed|washed|bathed"
        r"|checked on|picked up|looked at) (?:him|her|the baby|them|me|us)\b"
        r"|\b(?:baby|little brother|little sister|baby brother|baby sister)\b[^.]{0,30}\bcrying for (?:hours"
        r"|ages|ever)\b",
        2,
        unless=r"\b(?:buying|buy|getting|get|got) (?:me )?(?:new|some new)\b|\bteething\b|\bnew ones?\b",
        anchors=(
            " let |after everyone|by my|crying for |dont fit|falling apart|full of holes|hanging off|"
            "in my room|no one|nobody|noone|on my own|ripped|separately|too small|water in",
        ),
        matches=("my foster mum wont let me eat with the family, i eat in my room on my own",),
        ignores=("no nobody told me",),
    ),
    _rule(
        r"\b(?:doesnt|dont|wouldnt|never|wont) (?:even )?(?:notice|care|know) (?:if|whether|when) (?:i"
        r"|we) (?:come home|come back|am home|go out|dont come home|eat|sleep|am gone|go missing)\b",
        2,
        anchors=(
            "care|know|notice",
            "am gone|am home|come back|come home|eat|go missing|go out|sleep",
            "doesnt|dont|never|wont|wouldnt",
        ),
        matches=(
            "the staff at my home dont notice when i come back at 5am with cash, its from running for people",
        ),
        ignores=("i feel on edge all the time and dont sleep cos of what happened before i came into care",),
    ),
    _rule(
        r"\b(?:fridge|cupboards?) (?:is|are|always|was) (?:always )?(?:empty|bare)\b"
        r"|\bbaby needs (?:milk|nappies|formula|food)\b",
        2,
        unless=r"\b(?:going shopping|shopping tomorrow|big shop|before the shop|delivery comes|"
        r"tesco order)\b",
        anchors=("baby needs |cupboard|fridge",),
        matches=("the fridge is always empty at my dads",),
        ignores=(
            "the fridge is empty so we are going shopping tomorrow",
            "my bedroom in the new place is tiny, like a cupboard",
        ),
    ),
)
