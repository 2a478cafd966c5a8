"""Rules for self-harm and suicide: a young person hurting, or wanting to end, themselves."""

from __future__ import annotations

from functools import partial

from participation.pure.safeguarding.disclosure.categories import SELF_HARM
from participation.pure.safeguarding.disclosure.rule import rule
from participation.pure.safeguarding.disclosure.vocabulary import NOONE

_rule = partial(rule, SELF_HARM)

PRECISE = (
    _rule(
        r"\b(?:kms|kmsl|unalive\w*|un alive\w*|kill(?:ing)? (?:my ?self|myself)|killed myself)\b",
        3,
        anchors=("kill|kms|un alive|unalive",),
        matches=("i wana kill my self", "thinkin bout kms ngl"),
        ignores=(
            "i tried to kill myself two years ago but i've had loads of support and i'm in a good place now",
            "i love fortnit and i kil evry1",
        ),
    ),
    _rule(
        r"\b(?:end(?:ing)? (?:it all|my life|my self|myself|things)|take my (?:own )?life)\b",
        3,
        anchors=("it all|my life|my self|myself|take my |things",),
        matches=("i have a plan to end my life", "i get really bad thoughts about ending my life"),
        ignores=("i push myself hard at the gym",),
    ),
    _rule(
        r"\b(?:end(?:ing)?|ended) it\b(?! with)",
        2,
        anchors=("end", " it"),
        matches=("im gonna end it soon", "ngl i been thinking bout ending it"),
        ignores=("Don't make 18 the end of everything. Make it the start of something.",),
    ),
    _rule(
        r"\b(?:i|she|he|they|mate|sister|brother)\b(?: [a-z]+){0,3} self harm\w*",
        3,
        negatable=True,
        anchors=(" self harm", "he|i|mate"),
        matches=("i self harm when things get bad at home", "ive started self harming again since i moved"),
        ignores=(
            "i dont self harm i just get sad sometimes",
            "i want to be a nurse to help kids who self harm",
        ),
    ),
    _rule(
        r"(?:(?<=\bi )|(?<=\bdo )|(?<=been )|(?<=my )|(?<=\bto ))sh\b",
        3,
        negatable=True,
        anchors=("sh",),
        matches=("i sh when it gets bad",),
        ignores=("i dont sh", "ssh im revising"),
    ),
    _rule(
        r"\b(?:started|been|keep|still|again|into) (?:self harm\w*|cutting"
        r"|sh)\b(?! (?:down|back|out|up|my hair|hair|class|lessons?|school|corners))",
        3,
        anchors=("again|been|into|keep|started|still", "cutting|self harm|sh"),
        matches=("i been cutting again my carers dont know", "i keep cuting my self and the staff dont no"),
        ignores=("I've been cutting back on sugar for my football fitness",),
    ),
    _rule(
        r"\bself harm\w*\b",
        2,
        kind="topic",
        negatable=True,
        anchors=("self harm",),
        matches=("self harm is my best friend rn", "i self harm when things get bad at home"),
        ignores=("there should be more help for self-harm",),
    ),
    _rule(
        r"\bsuicid\w*",
        2,
        kind="topic",
        negatable=True,
        anchors=("suicid",),
        matches=(
            "college is going well, tbh i think about suicide a lot tho",
            "i have been thinking about suicide every day since they moved me into the hostel",
        ),
        ignores=("my english essay is about suicide in Romeo and Juliet, got an A",),
    ),
    _rule(
        r"\b(?:cut|cutting|cuts|burn|burning|burns|scratch|scratching|hurt|hurting|harm|harming|starve"
        r"|starving) (?:my ?self|myself|herself|himself|themselves)\b"
        r"|\b(?:cut|cutting|cuts|burn|burning|burns|scratch|scratching|harm|harming) (?:my|her|his) (?:arms?"
        r"|legs?|wrists?|skin|body"
        r"|thighs?)\b(?! (?:on (?:a|the)|playing|at (?:football|rugby|pe|work)|when i fell|falling|cooking))",
        3,
        negatable=True,
        unless=r"\b(?:eczema|itchy|itch|rash|mosquito|bites|chickenpox|allergy|allergic)\b",
        anchors=("arm|body|leg|self|skin|themselves|thigh|wrist",),
        matches=("i scratch my arms till they bleed", "i starve myself so i feel in control"),
        ignores=("my arm hurts after my jab",),
    ),
    _rule(
        r"\b(?:been|is|keeps?|started"
        r"|stop) cutting\b(?! (?:down|back|out|up|my hair|hair|class|lessons?|school|corners|it fine|paper"
        r"|cardboard))|\bcutting again\b|\btill (?:they|it) bleeds?\b",
        3,
        anchors=(" bleed| cutting|cutting again",),
        matches=("cutting again", "i scratch my arms till they bleed"),
        ignores=("I'm cutting down my screen time, trying to read more",),
    ),
    _rule(
        r"\b(?:want(?:s|ed)? to|wanna|wish i could|ready to|deserve to|going to) (?:die|be dead|not be alive"
        r"|not exist|disappear forever)\b(?! (?:of|for|laughing|when|if))",
        3,
        negatable=True,
        anchors=(
            "deserve to|going to|ready to|wanna|want|wish i could",
            "be dead|die|disappear forever|not be alive|not exist",
        ),
        matches=("i want to die", "want to be dead"),
        ignores=(
            "in the song he says he wants to die but its a good song",
            "im gonna die of boredom in these meetings",
        ),
    ),
    _rule(
        r"\bwish (?:i|she|he) (?:was|were|wasnt|werent) (?:dead|here|alive|born|gone)\b",
        3,
        anchors=("wish ", "alive|born|dead|gone|here", "was|were"),
        matches=("wish i was dead tbh",),
        ignores=("i wish i was taller",),
    ),
    _rule(
        r"\bbetter off (?:dead|without me|in the ground|in a box|not here|not existing|never born"
        r"|if i (?:was|were)n?t)\b|\bbetter off gone\b",
        3,
        anchors=("better off ",),
        matches=(
            "everyone would be better off without me",
            "my carers are ok but honestly i'd be better off dead",
        ),
        ignores=("i'm better off in care",),
    ),
    _rule(
        r"\b(?:dont|do not|didnt) want to (?:be here|be alive|live|exist|wake up|be around|carry on|go on)\b",
        3,
        # A place and a time, not a life.
        unless=r"\bbe here (?:at|in|on) (?:college|school|work|class|this meeting|this lesson|maths|english"
        r"|a (?:monday|tuesday|wednesday|thursday|friday))\b",
        anchors=(" want to ", "be around|be here|carry on|exist|go on|live|wake up", "didnt|do not|dont"),
        matches=("dont wanna be here no more", "i dont want to be here anymore"),
        ignores=("i dont wanna be here at college on a friday",),
    ),
    _rule(
        r"\b(?:not|never) wake up\b|\bsleep forever\b|\bdisappear forever\b",
        3,
        unless=r"\b(?:so tired|knackered|exhausted) i could sleep forever\b",
        anchors=(" wake up|disappear forever|sleep forever",),
        matches=("wanna sleep and never wake up 😴⚰️", "wanna sleep forever n not wake up"),
        ignores=("new house ok, but far from school, I wake up 6 o clock",),
    ),
    _rule(
        r"\bno (?:point|reason) (?:in |of |to )?(?:living|being here|being alive|going on|carrying on"
        r"|me being here|anything)\b"
        r"|\bwhats the point (?:in |of )?(?:living|me|life|anything|being here|going on|any more)\b",
        3,
        anchors=("anything|being alive|being here|carrying on|going on|living|whats the point ",),
        matches=("whats the point in living",),
        ignores=("cant think of anything",),
    ),
    _rule(
        r"\bcant (?:go on|carry on|keep going(?! to)|keep doing this|cope|take it|do this"
        r"|take this)(?: any more| no more| like this)?\b",
        2,
        anchors=("cant ", "carry on|cope|do this|go on|keep doing this|keep going|take it|take this"),
        matches=("kms fr i cant do this anymore", "i cant go on like this no more"),
        ignores=("i cant wait to go on the trip on friday",),
    ),
    _rule(
        rf"\b(?:{NOONE}|nobody|no one) (?:would|will|wud|is going to) (?:notice|care|miss me|even notice"
        rf"|be sad)\b(?! if i (?:didnt|dont|wasnt at|missed|left early))",
        3,
        anchors=("no one|nobody|noone", "be sad|care|miss me|notice", "is going to|will|would|wud"),
        matches=(
            "nobody would notice if i was gone",
            "Nobody would care if I died, they'd just get a new kid in my room",
        ),
        ignores=("no one would notice if i didnt go to the meeting lol",),
    ),
    _rule(
        r"\b(?:not|wont be|wont) (?:going to be )?(?:around|here) (?:much )?(?:longer|for long|much longer"
        r"|next year|any more)\b",
        3,
        anchors=("any more|for long|longer|next year", "around|here", "not|wont"),
        matches=("im not gonna be around much longer so it doesnt matter",),
        ignores=("i wont be around after 5 cos of football",),
    ),
    _rule(
        r"\b(?:took|take|taking|taken) (?:loads of|too many|a load of|all my|a bunch of|lots of"
        r"|a lot of) (?:tablets|pills|paracetamol)\b|\boverdos\w*|\b(?:hang|hanging) my ?self\b",
        3,
        anchors=("a bunch of|a load of|a lot of|all my|loads of|lots of|overdos|self|too many",),
        matches=(
            "researched overdoses on my phone last night till 3am",
            "i took loads of tablets last week and didnt tell no one",
        ),
        ignores=(
            "I'm studying pharmacology and we learned about paracetamol overdose treatment today",
            "lost all my friends cos of moving",
        ),
    ),
    _rule(
        r"\b(?:jump|jumping) (?:off|in front of) (?:a |the |that )?(?:bridge|building|roof|train|car|bus"
        r"|cliff)\b",
        3,
        anchors=("jump", "in front of|off", "bridge|building|bus|car|cliff|roof|train"),
        matches=("sumtimes i wanna jump off the bridge by my house",),
        ignores=("we jumped off the harbour wall into the sea",),
    ),
    _rule(
        r"\b(?:kill|hurt) (?:her|him|them) ?self\b"
        r"|\b(?:kills|killing|hurting|hurts) (?:herself|himself|themselves)\b",
        3,
        anchors=("self|themselves",),
        matches=("my best mate says she wants to kill herself and shes been cutting",),
        ignores=("there should be more help for self-harm",),
    ),
    _rule(
        r"\bdont see (?:a|any) future\b|\bno future for me\b",
        2,
        anchors=("dont see |no future for me",),
        matches=("no future for me", "i dont see a future for me i just want to go to sleep and not wake up"),
        ignores=("i can see a future for me now", "dont see them enuff"),
    ),
    _rule(
        r"\bif i (?:die|died|was dead|were dead|was gone|were gone|wasnt here|werent here|wasnt around"
        r"|was not here|disappeared|killed myself|wasnt alive)\b",
        3,
        anchors=(
            "if i ",
            "die|disappeared|killed myself|was dead|was gone|was not here|wasnt alive|wasnt around|"
            "wasnt here|were dead|were gone|werent here",
        ),
        matches=(
            "nobody would notice if i was gone",
            "Nobody would care if I died, they'd just get a new kid in my room",
        ),
        ignores=("if i dont die of boredom first lol",),
    ),
    _rule(
        r"\b(?:i am|im|i feel like|i feel) (?:a|such a|just a) burden\b"
        r"|\b(?:everyone|they|people|everybody|my family) (?:would|will) be (?:happier|better"
        r"|better off) (?:if i|without me)\b",
        3,
        anchors=(" burden|better|happier",),
        matches=(
            "everyone would be better off without me",
            "everyone would be better off without me here honestly",
        ),
        ignores=("better wifi pls",),
    ),
    _rule(
        r"\bwant (?:it all|everything|it|this|the pain|life) to (?:stop|end)\b",
        2,
        anchors=("want ", "end|stop", " to "),
        matches=(
            "I just want everything to stop. Permanently maybe",
            "honestly i dont see the point in anything i just want it to end",
        ),
        ignores=("School's ok. I just want people to stop asking where my parents are on parents' evening.",),
    ),
    _rule(
        r"\b(?:wish i could|want to|i could) (?:just )?(?:disappear|vanish)\b",
        2,
        anchors=("i could|want to", "disappear|vanish"),
        matches=(
            "i wanna disappear forever and never come back",
            "sometimes I wish I could just disappear and never come back",
        ),
        ignores=("i wish my acne would disappear",),
    ),
    _rule(
        r"\bmy life is (?:pointless|worthless|not worth (?:it|living)|over|hell)\b"
        r"|\bnothing (?:left )?to live for\b|\bno reason to live\b"
        r"|\bdone with (?:life|living|everything|it all)\b|\b(?:tired|sick) of (?:living|life|being alive)\b"
        r"|\b(?:life|it) (?:is not|isnt|aint) worth (?:living|it any more)\b"
        r"|\bhate (?:my life|being alive|myself)\b",
        2,
        anchors=(" worth |being alive|done with |my life|myself|no reason to live|sick|tired|to live for",),
        matches=("tired of living", "done with everything 🔪😔 not doing this much longer"),
        ignores=("dead tired lol",),
    ),
    _rule(
        r"\b(?:going to|want to|wanna|gonna|might"
        r"|about to) jump\b(?! (?:on|in|into|the queue|rope|higher|about|around|up|over|at))",
        2,
        anchors=(" jump", "about to|going to|gonna|might|wanna|want to"),
        matches=("sumtimes i wanna jump off the bridge by my house",),
        ignores=("i want to jump on the trampoline",),
    ),
    _rule(
        r"\b(?:no|whats the|dont see the|theres no|there is no"
        r"|what is the) point\b(?! (?:in |of )?(?:asking|telling|going|doing|coming|complaining|ringing"
        r"|having|moving|saying|it if|them|him|her|arguing|trying to|explaining|revising|waiting|buying"
        r"|learning)\b)",
        2,
        anchors=(" point", "dont see the|no|what is the|whats the"),
        matches=("whats the point in living", "i feel like there's no point any more"),
        ignores=("I said I didn't want to move and they moved me anyway. So what's the point in asking.",),
    ),
    _rule(
        r"\bwant (?:\w+ ){0,2}(?:to be over|to end|to stop|to all stop|to all end)\b(?! with| so| and then"
        r"| (?!hurting|feeling|living|existing|breathing)\w+ing\b)",
        2,
        anchors=("to all end|to all stop|to be over|to end|to stop", "want "),
        matches=(
            "I just want everything to stop. Permanently maybe",
            "honestly i dont see the point in anything i just want it to end",
        ),
        ignores=("School's ok. I just want people to stop asking where my parents are on parents' evening.",),
    ),
    _rule(
        r"\b(?:razors?|blades?|sharpener blades?)\b"
        r"|\b(?:hid|hide|hiding|hidden|saving|saved|keeping) (?:\w+ )?(?:pills|tablets|paracetamol)\b",
        2,
        unless=r"\bshav\w*|\bfilm|\bgame",
        anchors=("blade|paracetamol|pills|razor|tablets",),
        matches=("blades again", "brock a razor again last nite"),
        ignores=("my head is killing me i need a paracetamol",),
    ),
    _rule(
        r"\bdeserve (?:to be hurt|to die|to suffer|to be dead|it when|pain|to be punished)\b"
        r"|\b(?:stopped|stop|not|starv\w*) eating\b(?: \w+){0,4} (?:disappear|die|thin|punish|fat|deserve)"
        r"|\bmake my ?self (?:sick|throw up|bleed)\b",
        3,
        anchors=(" eating|deserve |make my",),
        matches=(
            "i hate my body so much i make myself sick after tea",
            "I make myself sick after tea every day and I've been cutting too",
        ),
        ignores=("i struggle with eating",),
    ),
    _rule(
        r"\b(?:punch|punching|punched|bang|banging|banged|hit|hitting) (?:walls?|the wall)\b"
        r"|\b(?:bang|banging|banged|hit|hitting|punch|punching) (?:my head|my ?self)\b(?: \w+){0,2} (?:walls?"
        r"|on purpose|when (?:i am|i get) (?:angry|upset|sad|stressed))\b"
        r"|\btill (?:\w+ ){0,2}(?:bleeds?|bled|bleeding)\b|\buntil (?:\w+ ){0,2}(?:bleeds?|bled|bleeding)\b",
        3,
        anchors=("my head|self|till |until |wall",),
        matches=("i scratch my arms till they bleed", "I punch walls till my knuckles crack on purpose"),
        ignores=("skint till friday",),
    ),
    _rule(
        r"\b(?:when|after|once) (?:i am|im|ive) gone\b"
        r"|\b(?:i will|ill|i am going to|im going to|i wont) (?:be gone|not be here|not be around)\b"
        r"|\bwont be (?:here|around|alive) (?:by|for|at|next|much)\b"
        r"|\b(?:be|still be) here (?:by|for|at|next) (?:christmas|my birthday|next year|summer|the end)\b"
        r"|\b(?:goodbye|suicide) (?:letters?|notes?)\b"
        r"|\b(?:wrote|write|writing|written) (?:\w+ )?(?:letters?|notes?) (?:to|for) (?:everyone|my family"
        r"|my mum|my sister|my brother|people)\b|\bgiv(?:e|ing|en) away (?:all )?my (?:stuff|things)\b",
        3,
        anchors=(
            " away | gone| here |everyone|goodbye|my brother|my family|my mum|my sister|not be around|"
            "not be here|people|suicide|wont be ",
        ),
        matches=(
            "i dont think i'll be here by christmas tbh",
            "I've been writing my goodbye letters, they're in my drawer",
        ),
        ignores=("all good here",),
    ),
    _rule(
        r"\b(?:bad|dark|horrible|scary) thoughts\b"
        r"|\bthoughts (?:about|of) (?:dying|death|ending|killing|hurting|not being here|suicide)\b"
        r"|\bthink(?:ing)? (?:about|of) (?:dying|death|not being here|not existing|hurting my ?self"
        r"|ending (?:it|my life|things))\b",
        2,
        anchors=(" thoughts|think|thoughts ",),
        matches=("ngl i been thinking bout ending it", "i get really bad thoughts about ending my life"),
        ignores=(
            "I used to have really dark thoughts when I was 13 but I'm doing loads better now with my "
            "counsellor",
            "cant think of anything",
        ),
    ),
    _rule(
        r"\bmy (?:sh )?scars\b|\bkys\b",
        2,
        anchors=("kys|scars",),
        matches=("my sh scars are itchy", "someone wrote kys on my post"),
        ignores=(
            "i have a scar on my knee from football",
            "I've got scars on my knees from when I fell off my bike last summer",
        ),
    ),
    # Hurting themselves to reach a service's threshold ("not ill enough for CAMHS"), said without a harm word
    # (session_fresh17, 2026-12-07: the screen's first miss on a session batch; that batch is not a measure of this).
    _rule(
        r"\b(?:made|make|making|makes) (?:my ?self|myself) (?:bad|ill|sick|worse|unwell|poorly) enough\b",
        3,
        anchors=("myself|my self", "enough"),
        matches=("camhs said i wasnt ill enough for them so i made myself ill enough",),
        ignores=("i made myself a big enough dinner to last two days", "my carer makes my tea and its good enough"),
    ),
)

# The doubt tier: harm vocabulary near a person, a body, a place or a time, at a low weight.
BROAD = (
    _rule(
        r"\b(?:cut|cuts|cutting|scratch\w*|burn\w*|pick\w*|carv\w*|dig\w*|bash\w*|bang\w*|slash\w*) (?:at "
        r"|into )?(?:my|her|his) (?:arms?|wrists?|legs?|skin|thighs?|hips?|stomach|tummy|body)\b"
        r"|\b(?:compass|sharpener|blade|razor|scissors|glass"
        r"|lighter)\b[^.]{0,40}\b(?:my (?:arms?|wrists?|legs?|skin|thighs?)|on my ?self|when it gets"
        r"|to feel)\b"
        r"|\b(?:my (?:arms?|wrists?|legs?|skin|thighs?))\b[^.]{0,40}\b(?:compass|sharpener|blade|razor"
        r"|scissors)\b",
        2,
        negatable=True,
        unless=r"\b(?:fell|accident|cooking|gardening|brambles?|nettles?|cat|dog|kitten|hamster|football"
        r"|rugby|eczema|itchy|mosquito|sunburn\w*|sun)\b",
        anchors=(
            "arm|blade|body|compass|glass|hip|leg|lighter|razor|scissors|sharpener|skin|stomach|thigh|tummy|"
            "wrist",
        ),
        matches=("i scratch my arms till they bleed", "I cut my stomach so no one sees it in PE"),
        ignores=("my arm hurts after my jab",),
    ),
    _rule(
        r"\b(?:dont|do not|stopped|stop|never|no longer|not) (?:even |really )?(?:care|caring|bothered) (?:if"
        r"|whether|about) (?:i|im|me) (?:wake|live|die|living|dying|am alive|survive|get hurt"
        r"|get killed)\w*\b"
        r"|\b(?:wouldnt|would not|dont|do not) (?:care|mind) if i (?:died|was dead|didnt wake|got hit by"
        r"|never woke|wasnt here)\b",
        3,
        anchors=(" if i |bothered|care|caring",),
        matches=(
            "I've stopped caring if I live or die",
            "honestly i've stopped caring if i wake up tomorrow",
        ),
        ignores=("why am I in care",),
    ),
    _rule(
        r"\b(?:paracetamol|tablets|pills|meds|medication|painkillers|sleeping pills|anti ?depressants)\b",
        1,
        kind="topic",
        unless=r"\b(?:(?:need|needed|take|took|have|had|get|got) (?:a|one|two|some) (?:paracetamol|tablet"
        r"|pill|painkiller)s?|headache"
        r"|for (?:my|a|the|his|her) (?:asthma|adhd|epilepsy|hay ?fever|headaches?|migraines?|period|periods"
        r"|allergies|skin|acne|cold|flu|teeth|tooth|back|pain)|doctor|doctors|prescri\w*|gp|chemist|pharmacy"
        r"|contraceptive|the pill|dentist|nurse|hospital gave|vitamins?|forget to take|forgot to take"
        r"|remember to take|reminds? me to take|help me sleep better|waiting list)\b"
        r"|\b(?:take|takes|taking|took|on) my (?:meds|medication|tablets"
        r"|pills)\b(?! (?:all|at once|in one go))",
        anchors=("depressants|medication|meds|painkillers|paracetamol|pills|tablets",),
        matches=("meds not collected", "my meds ran out wks ago n no1 cares"),
        ignores=("my head is killing me i need a paracetamol",),
    ),
    _rule(
        r"\b(?:how (?:many|much)|all (?:of )?(?:my|her|his|the|their|mums?|dads?)|swallow\w*"
        r"|down(?:ed|ing)? (?:a|the|all)|more \w+ than (?:i|she|he) should|a whole (?:packet|box|pack)"
        r"|stockpil\w*|sav(?:e|ed|ing) up|hoard\w*|collect\w*|overdo\w*)\b[^.]{0,30}\b(?:paracetamol|tablets"
        r"|pills|meds|medication|painkillers)\b"
        r"|\b(?:paracetamol|tablets|pills|meds|medication|painkillers)\b[^.]{0,30}\b(?:it takes|to die|enough"
        r"|all of them|the lot|dont feel anything|not feel|numb)\b",
        3,
        anchors=("medication|meds|painkillers|paracetamol|pills|tablets",),
        matches=(
            "been looking up how many tablets it takes",
            "been looking up how many paracetamol it takes",
        ),
        ignores=("my head is killing me i need a paracetamol",),
    ),
    _rule(
        r"\b(?:bridge|roof|rooftop|ledge|edge|cliff|tracks|railway|train line|motorway|multi ?storey"
        r"|car park roof|top floor)\b[^.]{0,50}\b(?:thinking|thought|for ages|jump\w*|end|ending|alone"
        r"|on my own|stand\w*|stood|looking down|over the edge|at night|last night|again)\b"
        r"|\b(?:stood|stand|standing|sat|sit|sitting|climbed|go|went|goes|walk\w*) (?:\w+ ){0,2}(?:on|up|to"
        r"|at|by) (?:the |a |that |this )?(?:\w+ )?(?:bridge|roof|ledge|edge|cliff|tracks|railway)\b",
        2,
        unless=r"\b(?:ducks?|photos?|pictures|selfies?|view|trip|holiday|school trip|walk the dog|fireworks"
        r"|lol|haha)\b",
        anchors=("bridge|cliff|edge|motorway|railway|roof|storey|top floor|tracks|train line",),
        matches=(
            "i did the thing with the ruler edge again till it bled",
            "I'm on the ledge again, metaphorically and a bit literally",
        ),
        ignores=("the cliff edge at 18 is real",),
    ),
    _rule(
        r"\bkill (?:yourself|your self)\b|\bgo (?:and )?die\b|\b(?:hang|end) (?:yourself|your self)\b"
        r"|\bno one would (?:care|miss you)\b",
        2,
        anchors=("go |no one would |your self|yourself",),
        matches=("everyone at college hates me and someone wrote kill yourself on my locker",),
        ignores=("I dont go to my meetings",),
    ),
    _rule(
        r"\bplan(?:s|ning|ned)? (?:how|when|where|what) (?:to|i will|im going to|ill)\b"
        r"|\bplan(?:s|ning|ned)? to (?:do it|end|go through|not be)\b"
        r"|\b(?:the|this|my) pain (?:gone|to go|to stop|to end|go away|away)\b"
        r"|\bnot (?:feel|feeling) anything\b|\bdont feel anything\b"
        r"|\bhow to (?:do it|end it|die|not wake|disappear)\b|\bdo it (?:properly|this time|soon|tonight)\b"
        r"|\b(?:goodbye|last) (?:message|messages|letter|letters|note|notes|video|text|post)\b"
        r"|\b(?:step|stepping|stepped|walk|walking|walked|jump|jumping|run|running|throw my ?self|lie"
        r"|lying) (?:out )?in front of (?:a|the|some) (?:bus|train|car|lorry|truck|van|traffic)\b"
        r"|\b(?:cant|couldnt) (?:see|find) (?:a|any) (?:way out|point|reason)\b",
        2,
        unless=r"\b(?:holiday|party|birthday|trip|revision|homework|exam|essay|project)\b",
        anchors=(" anything| pain |do it |goodbye|how to |in front of |last|plan|point|reason|way out",),
        matches=("i have a plan to end my life", "this is my last message on here probs"),
        ignores=("cant think of anything",),
    ),
    _rule(
        r"\b(?:i am|im|i feel|feel|feeling|felt) (?:so |really |just |completely |totally )?(?:worthless"
        r"|hopeless|empty inside|a waste of space|numb|like a burden|like nothing|like giving up"
        r"|done with everything|suicidal|broken inside)\b"
        r"|\b(?:want|wanted|wanna|going) to (?:give up on (?:life|everything)|stop existing|not be here"
        r"|sleep forever|fade away|vanish)\b|\b(?:hate|hating|hated) (?:my ?self|who i am|me)\b"
        r"|\bwant to die\b|\b(?:die|dead) inside\b",
        2,
        negatable=True,
        anchors=(
            " inside|a waste of space|done with everything|fade away|give up on |hate|hating|hopeless|"
            "like a burden|like giving up|like nothing|not be here|numb|sleep forever|stop existing|suicidal"
            "|vanish|want to die|worthless",
        ),
        matches=("i want to die", "wanna sleep forever n not wake up"),
        ignores=("i hate school",),
    ),
    _rule(
        r"\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|end|ending) (?:my ?self|myself"
        r"|it)\b(?=[^.]{0,40}\b(?:think|thought|thinking|want|wanna|feel like|again|every|sometimes|urge)\b)"
        r"|\b(?:think|thought|thinking|want|wanna|urge)\b[^.]{0,30}\b(?:kill|hurt|harm|cut|end) (?:my ?self"
        r"|myself)\b",
        2,
        anchors=("cut|end|harm|hurt|kill|self",),
        matches=("i wana kill my self", "I want to kill myself"),
        ignores=("no one has ever hurt me",),
    ),
    _rule(
        r"\bmy (?:wrists?|arms?|thighs?|legs?|stomach|skin) (?:are|is|were|was) (?:a mess|all cut|cut"
        r"|covered in (?:cuts|scars|marks)|scarred|bleeding|sore from)\b"
        r"|\b(?:blank|block|numb) (?:it|everything) (?:all )?out\b"
        r"|\b(?:extra|more|loads of|a load of|too many|lots of) (?:pills|tablets|paracetamol|meds)\b"
        r"|\b(?:rope|noose|ligature)\b(?=[^.]{0,40}\b(?:my ?self|neck|hang|tried|snapped|tie|room)\b)",
        2,
        unless=r"\b(?:climbing|pe|gym|rope swing|skipping|tug of war|boat|sailing)\b",
        anchors=(
            "arm|blank|block|leg|ligature|meds|noose|numb|paracetamol|pills|rope|skin|stomach|tablets|thigh|"
            "wrist",
        ),
        matches=(
            "my arms are a mess but it's fine I deal with it",
            "i took loads of tablets last week and didnt tell no one",
        ),
        ignores=("my arm hurts after my jab",),
    ),
    _rule(
        r"\b(?:hide|hides|hiding|hid|cover|covers|covering|covered) (?:up )?(?:my|her|his) (?:arms|wrists"
        r"|legs|thighs|scars|cuts|marks|skin)\b|\b(?:stop|stopped|stopping|quit) existing\b"
        r"|\bnot exist(?:ing)? any more\b"
        r"|\b(?:everyone|they|people|everybody|my family|the world|my mum|my carers"
        r"|my mates) (?:\w+ )?(?:would|will|d) be (?:\w+ )?(?:fine|ok|okay|happy|happier|better|better off"
        r"|relieved) (?:if i|without me)\b"
        r"|\b(?:i|ive|i have|i was) (?:cut|cutted|burned|burnt|scratched|hurt) (?:\w+ )?(?:again|last night"
        r"|deep|deeper|too deep|this morning|at school|in the toilets)\b"
        r"|\b(?:was|went|go|gone|cut) (?:too )?deep(?:er)? this time\b|\bcut(?:ting)? again\b",
        2,
        negatable=True,
        unless=r"\b(?:fell|football|rugby|pe|accident|cooking|hair|haircut|fringe|grass|lawn|my knee"
        r"|my finger)\b",
        anchors=(
            " existing| this time|again|arms|at school|cuts|deep|if i|in the toilets|last night|legs|marks|"
            "not exist|scars|skin|thighs|this morning|without me|wrists",
        ),
        matches=("cutting again", "everyone would be better off without me"),
        ignores=("new sw AGAIN 🙄",),
    ),
    _rule(
        r"\bways to (?:die|kill|end|do it|hurt)\b"
        r"|\b(?:google|googl\w*|search\w*|look\w* up) (?:\w+ ){0,3}(?:how to die|ways to die|suicide|overdose"
        r"|painless|how many|hanging)\b"
        r"|\b(?:dont|do not|didnt|no longer) care (?:what happens to me|about my ?self|about me any more"
        r"|if i live|if im alive|about living|whether i live)\b",
        2,
        anchors=(
            "about living|about me any more|about my|hanging|how many|how to die|if i live|if im alive|"
            "overdose|painless|suicide|ways to |what happens to me|whether i live",
        ),
        matches=(
            "been looking up how many paracetamol it takes",
            "I looked up how many paracetamol it takes. just so you know",
        ),
        ignores=("why cant i know about my past",),
    ),
    _rule(
        r"\b(?:might|may|wont|will not|probably wont|prob wont|dont think i will"
        r"|dont think ill) (?:not )?be (?:here|around|alive) (?:by then|much longer|for long|next year"
        r"|by christmas|by the time|long enough)\b|\bnot (?:have to|need to|ever) wake up\b"
        r"|\b(?:hit|hitting|hits|punch\w*|slap\w*|bang\w*|bit|bite|biting|bites|starv\w*) my ?self\b",
        2,
        negatable=True,
        anchors=(
            " wake up|by christmas|by the time|by then|for long|long enough|much longer|next year|self",
        ),
        matches=("i starve myself so i feel in control", "i dont think i'll be here by christmas tbh"),
        ignores=("im going to university next year",),
    ),
    _rule(
        r"\b(?:got|have|made|making|ive got) a plan\b(?=[^.]{0,50}\b(?:do it|end|how|going to|when)\b)"
        r"|\bwhen (?:i am|im) going to do it\b|\b(?:never|not) wake\b"
        r"|\bmedicine (?:cabinet|cupboard|box|drawer)\b"
        r"|\b(?:swallow\w*|taking|took) (?:stuff|things|whatever|anything) (?:from|i can find)\b",
        2,
        unless=r"\b(?:college|uni|revision|holiday|birthday|party|homework|career|job|for the summer"
        r"|for my life)\b",
        anchors=(" a plan| going to do it| wake|anything|medicine |stuff|things|whatever",),
        matches=("i have a plan to end my life", "wanna sleep and never wake up 😴⚰️"),
        ignores=("cant think of anything",),
    ),
    _rule(
        r"\b(?:wrote|written|writing|made|make|making|done) (?:my|a) will\b"
        r"|\bgiv(?:e|en|ing) (?:\w+ ){0,2}my (?:stuff|things|games"
        r"|clothes)\b(?=[^.]{0,40}\b(?:away|mates|friends|sister|brother)\b)"
        r"|\bno (?:reason|point)\b[^.]{0,20}\b(?:alive|living|to live|here|existing|exist)\b"
        r"|\b(?:drink|drank|drinking|swallow\w*) (?:some )?(?:bleach|cleaning stuff|washing liquid|antifreeze"
        r"|chemicals|poison|washing up liquid)\b|\bpoison (?:my ?self)\b"
        r"|\b(?:crash|crashing|hurt|hurting|fall|falling|cut|cutting|burn|burning|walk into|step into|jump"
        r"|jumping|drown\w*|overdose\w*)\b[^.]{0,30}\bon purpose\b"
        r"|\b(?:tell|tells|told|telling|keep telling|keeps telling) (?:me|her|him) to (?:die|go die"
        r"|kill (?:my|her|him) ?self|hang|end it)\b",
        2,
        unless=r"\b(?:tripped|accident|football|rugby|pe|by mistake|lol|haha)\b",
        anchors=(
            " will|antifreeze|bleach|chemicals|clothes|games|on purpose|point|poison|reason|stuff|tell|"
            "things|told|washing liquid|washing up liquid",
        ),
        matches=("I wrote a will in my notes app", "I hurt myself on purpose with my compass at school"),
        ignores=("I can tell my IRO",),
    ),
    _rule(
        r"\bno way out\b"
        r"|\b(?:drowning|suffocating"
        r"|trapped)\b(?=[^.]{0,40}\b(?:no way|cant|nothing|every day|inside|alone)\b)",
        2,
        unless=r"\b(?:escape room|coursework|homework|revision|exams?|work)\b",
        anchors=("drowning|no way out|suffocating|trapped",),
        matches=("i feel trapped every day and theres no way out",),
        ignores=("i was trapped in the escape room for an hour", "i'm drowning in revision notes"),
    ),
    _rule(
        r"\btonight (?:is|might be|could be|will be|s) the night\b"
        r"|\b(?:goodbye|die|dead|hate me|worthless|sorry|fat|ugly|useless)\b[^.]{0,10} on my (?:arm|arms"
        r"|wrist|wrists|skin|leg|legs|thigh|thighs)\b",
        2,
        anchors=(" on my | the night",),
        matches=("tonight is the night",),
        ignores=("i wrote my name on my arm in pen", "want a lock on my door"),
    ),
)
