"""Step 3 of the screen: how an answer's own sentence can show that a match is not a disclosure."""

from __future__ import annotations

import re

from participation.pure.safeguarding.disclosure.categories import MISSING, NEGLECT, THREATS

# A match is hidden only when its own sentence clearly frames it as idiom, policy talk, fiction, or
# past harm that is now safe. A first-person, present-tense match is never hidden by policy or
# fiction framing, and past-and-safe framing only ever hides matches that are past. Framing is
# judged per sentence, so sport or idiom in one sentence never hides the next.

NEGATORS = frozenset(
    "never noone nobody not dont doesnt didnt wont wouldnt hasnt havent hadnt isnt aint cant nothing".split()
)
# "he doesnt hit me any more" still says he used to: keep it flagged.
_STILL_HAPPENED = re.compile(r"^ (?:any more|no more|as much|as often)\b")
_NO_ONE = re.compile(r"\bno one\b")

POLICY = re.compile(
    r"\b(?:should|shouldnt|need to|needs to|need more|needs more|we need|more help|more support|training"
    r"|workshop|lesson|pshe|assembly|leaflet|posters?|awareness|campaign|council|councillors|charity"
    r"|what happens if|what would you do|what do you do|do you tell|how many|would stop"
    r"|stop (?:kids|children|young people)|to help|help (?:kids|young people|children|people|others)"
    r"|(?:kids|young people|children|people|someone|anyone) who|if you|if someone"
    r"|if a (?:kid|child|young person)|if anyone|learn(?:ed|t)? about|talks? about|big problem|a problem"
    r"|more likely|signs of|be told|nurse|session|keeping safe|keep safe|stay safe|social worker so|be a"
    r"|waiting lists?|what is|what does)\b"
)
FICTION = re.compile(
    r"\b(?:film|films|movie|movies|book|books|story|storyline|programme|program|show|episode|documentary"
    r"|series|(?<!tickling )(?<!secret )(?<!special )(?<!little )(?<!our )games?|fortnite|anime|cartoon|song"
    r"|songs|lyrics|play|drama|character|characters|eastenders|hollyoaks|corrie|coronation street|netflix"
    r"|youtube|video(?! call)|tiktok|essay|poem|novel|the news|reading|watched|watching)\b"
)
# History framing. Only matches with no present-tense word in them can be treated as past, and
# only when the answer also says things are safe now; anything recent never counts as history.
PAST = re.compile(
    r"\b(?:used to|when i was (?:little|younger|small|a baby|a kid|\d+|in year \d+|at primary|growing up)"
    r"|years ago|ages ago|a long time ago|long ago|before (?:i came into |i was in |i went into )?care"
    r"|as a baby|in year \d+|back then|at my old|in my old|my old|my first|once when|came into care because"
    r"|(?:thats|that is) why i am in care|why i am in care|was exploited|was groomed|was neglected|was hurt"
    r"|was bullied)\b"
)
RECENT = re.compile(
    r"\b(?:yesterday|today|tonight|last (?:night|week|weekend|month)|this (?:week|weekend|morning|month)"
    r"|(?:\d+|a few|two|three|couple of) (?:days|weeks) ago|days ago|still)\b"
)
SAFE_NOW = re.compile(
    r"(?<!not )(?<!never )(?<!dont )\b(?:safe now"
    r"|(?:im|i am|we are|were|i feel|i have been) (?:safe|settled)\b"
    r"|(?:happy|fine|ok|okay|settled|better|good|sound|grand|alright|all good) now|long done"
    r"|(?:thats|that is|its|it is) (?:all )?(?:over|done)(?: now)?\b"
    r"|now (?:i am|im|we are|were) (?:safe|happy|fine|ok|okay|settled|good)"
    r"|doing (?:loads |much |a lot |so much )?better|in a (?:good|better) place|(?:all|its|it is|was) sorted"
    r"|dealt with it|(?:it|that|the \w+|he|she|they) (?:has |have )?stopped|feels like home"
    r"|happy where i live|(?:we|i) got away from|(?:we|i) got away\b(?! with)|in prison"
    r"|(?<!no )(?<!never )had (?:loads of |lots of |a lot of )?(?:help|support)"
    r"|(?:camhs|my carers?|they|the police|my social worker|school|counselling|therapy"
    r"|my therapist) (?:really )?helped|now i have (?:proper|my own|a|loads|food|good)|i have got my own"
    r"|my new school is great|is great now"
    r"|(?:foster|carers|carer) (?:mum |dad )?(?:is|are) (?:amazing|great|lovely|kind|brilliant|the best)"
    r"|amazing cook|police sorted|looks? after (?:me|us) (?:so |really )?(?:well|now))"
)
_PRESENT = re.compile(
    r"\b(?:am|is|are|keeps?|still|now|again|hits|hurts|touches|makes|beats|kicks|gets?|dont|doesnt)\b"
)
# Joking about being told off ("my carer will kill me if im late lol") is not a threat.
_JOKING = re.compile(
    r"\b(?:lol|lmao|lmfao|haha\w*|jk|rofl|xd)\b|\bif (?:i am|im|i get|i was) (?:late|home late)\b"
)
_MISSING_TRIVIAL = re.compile(
    r"\b(?:for (?:\d+|a few|five|ten|two) (?:minutes|mins|seconds)|but we found|we found (?:him|her|it)"
    # "my phone went missing", not "i turn my phone off so no one can find me"
    r"|my (?:dog|cat|phone|keys|hamster|bag|wallet|purse|bus pass|rabbit|tortoise)\b(?: \w+){0,2} (?:missing"
    r"|went|goes|gone))\b"
)
# A night in the car on a camping trip is not sleeping rough.
_HOLIDAY = re.compile(r"\b(?:camping|festival|holiday|road trip|sleepover|on the way to)\b")

FIRST_PERSON = re.compile(r"\b(?:i|im|ive|me|my|myself|we|us|our)\b")
_REAL_SUBJECT = re.compile(r"\b(?:i|im|ive|me|my|we|us|our|he|she|hes|shes|his|her)\b")
# "i think county lines is a big problem": an opinion, not the subject of the harm.
_OPINION = re.compile(
    r"\b(?:i|we) (?:think|reckon|believe|guess|feel like|know|would say|learned|learnt|want|did|talked|heard"
    r"|watched)\b"
)
_I_BEFORE = re.compile(r"\b(?:i|im|ive|we)$")
# Young people often drop the "i": "been looking up how many tablets it takes", "keep thinking about it".
_IMPLIED_I = re.compile(
    r"(?:^|\. )(?:honestly |tbh |sometimes |just |still |really )?(?:been|keep|kept|started|tried|trying"
    r"|thinking|looking|looked|googled|googling|planning|planned|feel|feeling|felt|wish|hate|got|getting|cant"
    r"|wanna|want)\b"
)


def negated(before: str, matched: str, after: str) -> bool:
    """A negator among the three words before the harm word ("i dont self harm"), and no "any more" after."""
    words = (before + matched).split()[:-1]  # words inside the match count too
    if not (any(w in NEGATORS for w in words[-3:]) or _NO_ONE.search(" ".join(words[-5:]))):
        return False
    return not _STILL_HAPPENED.match(after)


def idiom(category: str, matched: str, sentence: str, rest: str) -> bool:
    """A harmless reading that belongs to one kind of harm: a joke, a lost phone, a camping trip."""
    if category == THREATS and "kill" in matched and _JOKING.search(rest):
        return True
    if category == MISSING and _MISSING_TRIVIAL.search(sentence):
        return True
    return category == NEGLECT and "slept" in matched and bool(_HOLIDAY.search(sentence))


def voice(kind: str, before: str, matched: str, sentence: str) -> tuple[bool, bool]:
    """(first person, about a real person): whether the young person, or someone real, is its subject."""
    first_person = bool(
        FIRST_PERSON.search(matched) or _I_BEFORE.search(before.rstrip()) or _IMPLIED_I.match(sentence)
    )
    subject = _OPINION.sub("", " ".join(before.split()[-3:]))
    real = (
        first_person
        or bool(_REAL_SUBJECT.search(subject))
        or (kind == "person" and bool(_REAL_SUBJECT.search(matched)))
    )
    return first_person, real


# Someone who looks after or works with children, or the home they do it in. Harm told of them is never hidden
# as past and safe: the adult may still be looking after children, so a concern about them goes to the LADO
# however long ago it was ("my old foster carer used to hit me, im safe now").
_LOOKS_AFTER = re.compile(
    r"\b(?:foster (?:carers?|mum|mom|dad|parents?|family|sister|brother)|carers?|staff|staff members?"
    r"|key ?workers?|social workers?|support workers?|care workers?|residential workers?|youth workers?"
    r"|teachers?|teaching assistants?|tutors?|coach|coaches|foster (?:home|placement)|childrens homes?"
    r"|care homes?|the home|the unit|placement|residential)\b"
)
# Anyone else who may have done it: a family member or another young person.
_OTHER_DOER = re.compile(
    r"\b(?:mum|mom|mam|dad|step ?dad|step ?mum|parents?|nan|nana|gran|grandad|grandma|uncle|aunty|auntie|aunt"
    r"|brothers?|sisters?|cousins?|boyfriend|girlfriend|ex|family|mates?|friends?|kids?|boys?|girls?|lads?|bull(?:y|ies)"
    r"|young (?:people|person)|residents?|(?:other|older) (?:young people|children))\b"
)
# Told and acted on: the adult's employer or the police already know, so it is history that is known. Telling
# someone is not enough ("i told my social worker but nothing happened"): something must have been done.
ACTED_ON = re.compile(
    r"\b(?:de ?registered|struck off|sacked|fired|dismissed|let go|lost (?:her|his|their) (?:job|licence)"
    r"|investigated|investigation|arrested|charged|convicted|went to court|prison|barred|banned from"
    r"|(?:not|isnt|is not|arent|are not) (?:a )?(?:foster )?carers? any ?more|not allowed to foster|stopped fostering"
    r"|(?:shut|closed) down|got (?:shut|closed)|apologi[sz]ed|(?:complaint|it) (?:was |got )?upheld"
    r"|(?:got|was|been) dealt with|(?:i|we) (?:was|were|got) moved|moved me|took me out|removed me"
    r"|police (?:know|found out|were told|sorted|(?:were |was |got )?involved))\b"
)
NOT_ACTED_ON = re.compile(
    r"\b(?:nothing (?:happened|was done|got done|changed)|(?:nobody|noone|no one) (?:did|believed|listened|dealt)"
    r"|did(?:nt| not) (?:believe|do anything|listen)|never did anything|did nothing|still (?:fosters?|works?|there))\b"
)


def looks_after_children(before: str, matched: str) -> int:
    """Where the nearest person named before or in this match (its doer) starts, in before + matched, when they
    look after or work with children; else -1."""
    text = before + matched
    last = max(_LOOKS_AFTER.finditer(text), key=lambda m: m.end(), default=None)
    other = max((m.end() for m in _OTHER_DOER.finditer(text)), default=-1)
    return last.start() if last is not None and last.end() >= other else -1


def told_as_past(matched: str, sentence: str) -> bool:
    """The sentence tells this match as history (past framing, no present or recent word)."""
    return bool(PAST.search(sentence)) and not _PRESENT.search(matched) and not RECENT.search(sentence)


# Whole answers these checks must hide, and ones they must leave flagged (tests run each through assess).
HIDES = (
    "my carer will kill me if im late lol",  # joking about being told off
    "i think county lines is a big problem",  # an opinion about a topic
    "there should be more help for kids who self harm",  # policy talk, no real person
    "in eastenders her husband hits her",  # fiction
    "my phone went missing",  # a lost thing, not a missing child
    "we slept in the car on the way to the festival",  # a trip, not sleeping rough
    "nobody hurts me here",  # negated
    "when i was little my dad used to lamp me but im safe now with my foster carers",  # past and safe
    "the kids at my old school used to bully me but im fine now",  # past and safe, another young person
    "my old foster carer used to smack me but she got deregistered and im somewhere good now",  # known, acted on
    "my stepdad used to hit me but im sound now",  # past and safe, in other words
)
KEEPS = (
    "he doesnt hit me any more",  # says he used to
    "my dad used to hit me and he still does",  # past framing, present harm
    "i turn my phone off so no one can find me",  # not a lost phone
    "been looking up how many tablets it takes",  # the dropped "i" is still the young person
    "my mate self harms and there should be more help",  # policy talk about a real person
    "i watched a film last night and then my stepdad hit me",  # first person beats fiction framing
    # Framing is per sentence: sport in one sentence does not hide the next.
    "i hit the ball so hard at rounders lol. my step dad gives me a good hiding when hes drunk",
    # Past and safe, but an adult who may still look after children: for the LADO, however long ago.
    "my old foster carer used to hit me when i was 10 but im safe now",
    "at my first placement the staff used to drag us to our rooms, im settled now",
    "my old foster carer used to hit me, i told my social worker but nothing happened, im safe now",  # told, not acted on
    "childrens home staff used to restrain us for no reason",
)
