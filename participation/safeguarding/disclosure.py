"""Flags answers that may disclose harm to a young person, with the words that triggered the flag."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .types import Verdict

try:  # the standard library's own regex parser, used only to derive fast pre-checks for the rules
    from re import _constants as _C
    from re import _parser
except ImportError:  # pragma: no cover - older or future Pythons: run every rule, just slower
    _parser = None
    _C = None

# How it works, in three steps, so a safeguarding lead can follow a flag back to its reason:
# 1. Normalise: lower-case, fold text-speak and common misspellings into one spelling
#    ("dont wanna" -> "dont want to", "bf" -> "boyfriend"), while remembering where every
#    normalised word came from, so cues are always exact substrings of what the young person typed.
# 2. Match transparent rules per category. Rules are deliberately broad: a false alarm costs an
#    officer a minute, a miss can cost a child.
# 3. Suppress a match only when its own sentence clearly frames it as idiom, policy talk, fiction,
#    or past harm that is now safe. A first-person, present-tense match is never suppressed by
#    policy or fiction framing, and past-and-safe framing only ever hides matches that are past.
# A small linear model was tried as an extra signal and left out: trained on this labelled set it
# raised recall on held-out sentences but flagged about a quarter of ordinary answers.

SELF_HARM = "self-harm-suicide"
ABUSE = "abuse"
NEGLECT = "neglect"
EXPLOITATION = "exploitation"
DOMESTIC = "domestic-abuse"
MISSING = "missing"
THREATS = "bullying-threats"

# ---------------------------------------------------------------------------------------------
# 1. Normalisation
# ---------------------------------------------------------------------------------------------

# Words and sentence breaks; everything else (commas, emoji, hyphens) only separates words.
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*|[.!?;\n]+")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_DOUBLE_RARE = re.compile(r"([aiuyhwkjqvx])\1")

# Contractions whose apostrophe-free form is another word ("he'll" vs "hell").
_APOSTROPHE_FORMS = {
    "he'll": "he will",
    "she'll": "she will",
    "i'll": "i will",
    "we'll": "we will",
    "we're": "we are",
    "she'd": "she would",
    "he'd": "he would",
    "i'd": "i would",
    "it's": "it is",
}

# Text-speak and misspellings -> one canonical spelling (apostrophes dropped).
_SLANG = {
    # pronouns and people
    "u": "you",
    "ya": "you",
    "ur": "your",
    "yr": "your",
    "mi": "me",
    "mee": "me",
    "i": "i",
    "im": "i am",
    "ive": "i have",
    "hes": "he is",
    "shes": "she is",
    "theyre": "they are",
    "theyll": "they will",
    "youre": "you are",
    "theyd": "they would",
    "youll": "you will",
    "nobody": "noone",
    "no1": "noone",
    "nobdy": "noone",
    "noby": "noone",
    "sum1": "someone",
    "some1": "someone",
    "sumone": "someone",
    "sumbody": "somebody",
    "any1": "anyone",
    "every1": "everyone",
    "evry1": "everyone",
    "ppl": "people",
    "peeps": "people",
    "dey": "they",
    "dem": "them",
    "ma": "my",
    "bf": "boyfriend",
    "bfs": "boyfriends",
    "gf": "girlfriend",
    "bae": "boyfriend",
    "stepdad": "step dad",
    "stepdads": "step dads",
    "stepmum": "step mum",
    "stepmom": "step mum",
    "stepmums": "step mums",
    "stepfather": "step dad",
    "stepmother": "step mum",
    "mam": "mum",
    "mom": "mum",
    "mummy": "mum",
    "mumma": "mum",
    "mother": "mum",
    "moms": "mums",
    "mams": "mums",
    "daddy": "dad",
    "father": "dad",
    "fella": "boyfriend",
    "fellas": "boyfriends",
    "m8": "mate",
    "m8s": "mates",
    "bestie": "mate",
    "bezzie": "mate",
    "bff": "mate",
    "friend": "mate",
    "friends": "mates",
    "bro": "brother",
    "sis": "sister",
    "lil": "little",
    "bruv": "brother",
    "foster": "foster",
    "carer": "carer",
    "careres": "carers",
    "cares": "cares",
    # verbs and auxiliaries
    "wanna": "want to",
    "wana": "want to",
    "wonna": "want to",
    "wants": "wants",
    "gonna": "going to",
    "gunna": "going to",
    "gna": "going to",
    "goin": "going",
    "gotta": "got to",
    "tryna": "trying to",
    "dunno": "dont know",
    "finna": "going to",
    "dnt": "dont",
    "dont": "dont",
    "doesnt": "doesnt",
    "dosnt": "doesnt",
    "dosent": "doesnt",
    "doesent": "doesnt",
    "didnt": "didnt",
    "didint": "didnt",
    "cnt": "cant",
    "carnt": "cant",
    "cannot": "cant",
    "wont": "wont",
    "wudnt": "wouldnt",
    "wouldnt": "wouldnt",
    "aint": "aint",
    "isnt": "isnt",
    "wasnt": "wasnt",
    "havent": "havent",
    "hav": "have",
    "av": "have",
    "bin": "been",
    "b": "be",
    "r": "are",
    "wer": "were",
    "wud": "would",
    "cud": "could",
    "shud": "should",
    "fink": "think",
    "finking": "thinking",
    "thinkin": "thinking",
    "feelin": "feeling",
    "hittin": "hitting",
    "hurtin": "hurting",
    "beatin": "beating",
    "touchin": "touching",
    "killin": "killing",
    "cuttin": "cutting",
    "cuting": "cutting",
    "starvin": "starving",
    "runnin": "running",
    "doin": "doing",
    "sellin": "selling",
    "carryin": "carrying",
    "shoutin": "shouting",
    "screamin": "screaming",
    "followin": "following",
    "bullyin": "bullying",
    "threatenin": "threatening",
    "sleepin": "sleeping",
    "livin": "living",
    "dyin": "dying",
    "endin": "ending",
    "dealin": "dealing",
    "cryin": "crying",
    "hidin": "hiding",
    "stayin": "staying",
    "stabbin": "stabbing",
    "chokin": "choking",
    "punchin": "punching",
    "kickin": "kicking",
    "slappin": "slapping",
    "smackin": "smacking",
    "batterin": "battering",
    "lockin": "locking",
    "grabbin": "grabbing",
    "pushin": "pushing",
    "burnin": "burning",
    "scratchin": "scratching",
    "harmin": "harming",
    "takin": "taking",
    "jumpin": "jumping",
    "hangin": "hanging",
    "tellin": "telling",
    "messagin": "messaging",
    "sendin": "sending",
    "shottin": "shotting",
    "trappin": "trapping",
    "missin": "missing",
    "leavin": "leaving",
    "groomin": "grooming",
    "bleedin": "bleeding",
    "ourselfs": "ourselves",
    "ourself": "ourselves",
    "myslef": "myself",
    "meself": "myself",
    "maself": "myself",
    "miself": "myself",
    "myselfe": "myself",
    "hits": "hits",
    "hitz": "hits",
    "hurtz": "hurts",
    "hert": "hurt",
    "herts": "hurts",
    "hurted": "hurt",
    "hitted": "hit",
    "beated": "beat",
    "tuches": "touches",
    "touchs": "touches",
    "tuched": "touched",
    "kil": "kill",
    "kiled": "killed",
    "kils": "kills",
    "rans": "runs",
    # other words
    "n": "and",
    "nd": "and",
    "wiv": "with",
    "wid": "with",
    "wit": "with",
    "w": "with",
    "coz": "because",
    "cuz": "because",
    "cos": "because",
    "bc": "because",
    "bcos": "because",
    "becoz": "because",
    "bcoz": "because",
    "becuase": "because",
    "becos": "because",
    "wen": "when",
    "wn": "when",
    "wat": "what",
    "wot": "what",
    "wut": "what",
    "wats": "whats",
    "tht": "that",
    "dat": "that",
    "da": "the",
    "tha": "the",
    "teh": "the",
    "nuffin": "nothing",
    "nothin": "nothing",
    "nuthin": "nothing",
    "nuttin": "nothing",
    "nthn": "nothing",
    "nowt": "nothing",
    "sumthin": "something",
    "summat": "something",
    "sumfin": "something",
    "somefing": "something",
    "somethin": "something",
    "bout": "about",
    "abt": "about",
    "tho": "though",
    "thru": "through",
    "rly": "really",
    "anymore": "any more",
    "nomore": "no more",
    "enymore": "any more",
    "ne1": "anyone",
    "sucide": "suicide",
    "suicde": "suicide",
    "suiside": "suicide",
    "sucidal": "suicidal",
    "suicidle": "suicidal",
    "selfharm": "self harm",
    "selfharming": "self harming",
    "selfharms": "self harms",
    "skared": "scared",
    "scard": "scared",
    "scaired": "scared",
    "scarred": "scared",
    "skard": "scared",
    "frightend": "frightened",
    "hungy": "hungry",
    "hungrey": "hungry",
    "bruses": "bruises",
    "brusies": "bruises",
    "nife": "knife",
    "placment": "placement",
    "plasement": "placement",
    "tonite": "tonight",
    "2nite": "tonight",
    "2day": "today",
    "2moro": "tomorrow",
    "2": "2",
    "4": "4",
    "gud": "good",
    "safe": "safe",
    "saef": "safe",
    "secert": "secret",
    "secrit": "secret",
    "secrits": "secrets",
    "alchohol": "alcohol",
    "alcohal": "alcohol",
    "runaway": "run away",
    "misssing": "missing",
    "pics": "pics",
    "pix": "pics",
    "piccies": "pics",
    "nudez": "nudes",
}

_SENTENCE_BREAK = "."


@dataclass(frozen=True)
class _Normalised:
    text: str  # canonical words joined by single spaces; "." marks a sentence break
    starts: list[int]  # start of each normalised piece in `text`
    spans: list[tuple[int, int]]  # matching [start, end) in the original text


_CANON_CACHE: dict[str, str] = {}


def _canonical(token: str) -> str:
    cached = _CANON_CACHE.get(token)
    if cached is not None:
        return cached
    canon = _canonical_uncached(token)
    if len(_CANON_CACHE) < 50_000:  # bounded: free text must not grow memory forever
        _CANON_CACHE[token] = canon
    return canon


def _canonical_uncached(token: str) -> str:
    if token in _APOSTROPHE_FORMS:
        return _APOSTROPHE_FORMS[token]
    key = token.replace("'", "")
    if len(key) > 2:
        # "sooo", "hiiits", "meee": stretched words still have to match.
        key = _DOUBLE_RARE.sub(r"\1", _REPEATS.sub(r"\1\1", key))
    return _SLANG.get(key, key)


def _normalise(text: str) -> _Normalised:
    lowered = text.lower()
    if len(lowered) != len(text):
        # A few characters change length when lower-cased; keep positions aligned with the input.
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    lowered = lowered.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    pieces: list[str] = []
    starts: list[int] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _TOKEN.finditer(lowered):
        tok = m.group()
        canon = _SENTENCE_BREAK if tok[0] in ".!?;\n" else _canonical(tok)
        starts.append(pos)
        spans.append((m.start(), m.end()))
        pieces.append(canon)
        pos += len(canon) + 1
    return _Normalised(" ".join(pieces), starts, spans)


def _original_span(norm: _Normalised, start: int, end: int) -> tuple[int, int]:
    first = bisect_right(norm.starts, start) - 1
    last = bisect_right(norm.starts, max(start, end - 1)) - 1
    return norm.spans[max(first, 0)][0], norm.spans[max(last, 0)][1]


# ---------------------------------------------------------------------------------------------
# 2. Rules
# ---------------------------------------------------------------------------------------------

# Reusable pieces of the rule language (all over canonical text).
_GAP = r"(?:[a-z0-9]+ ){0,3}"  # up to three words in between, within a sentence
_GAP5 = r"(?:[a-z0-9]+ ){0,5}"
_NOONE = r"(?:noone|no one)"
_FAMILY = (
    r"(?:mum|dad|step dad|step mum|parents?|nan|nana|gran|grandad|grandma|uncle|aunty|auntie|aunt"
    r"|brother|sister|cousin|carers?|foster (?:carers?|mum|dad|parents?)|boyfriend|girlfriend"
    r"|partner|husband|wife|ex|baby dad|baby father|staff|staff member|key worker|teacher|coach"
    r"|social worker|support worker|man|men|lads?|boys?|guy|someone|somebody|he|she|they)"
)
_HARM_VERB = (
    r"(?:hits?|hitting|hit|hurts?|hurting|beats?|beating|beaten|punch(?:es|ed|ing)?"
    r"|kick(?:s|ed|ing)?|slap(?:s|ped|ping)?|smack(?:s|ed|ing)?|batter(?:s|ed|ing)?"
    r"|strangl(?:e|es|ed|ing)|chok(?:e|es|ed|ing)|burn(?:s|ed|t|ing)?|thump(?:s|ed|ing)?"
    r"|shov(?:e|es|ed|ing)|push(?:es|ed|ing)?|grab(?:s|bed|bing)?|whip(?:s|ped)?|belt(?:s|ed)?"
    r"|lock(?:s|ed|ing)?|touch(?:es|ed|ing)?|abus(?:e|es|ed|ing)|rap(?:e|es|ed|ing)|molest\w*"
    r"|throw(?:s|ing)? (?:stuff|things|\w+) at|threw (?:stuff|things|\w+) at"
    r"|drag(?:s|ged|ging)?|pinch(?:es|ed|ing)?|whack(?:s|ed|ing)?|wallop(?:s|ed)?|leather(?:s|ed)?"
    r"|spit(?:s|ting)? (?:at|on)|spat (?:at|on)|squeez(?:e|es|ed|ing)|slam(?:s|med|ming)?|throw(?:s|ing)?|threw"
    r"|starv(?:e|es|ed|ing))"
)
# "she beat me at fifa", "i got hurt playing rugby": games and sport, not harm.
_NOT_SPORT = (
    r"(?! (?:at|in|on|during|playing|doing) (?:\w+ )?(?:fifa|mario\w*|kart|chess|cards|football|rugby|netball"
    r"|rounders|pool|darts|tennis|games?|uno|monopoly|fortnite|race|racing|running|swimming|maths|quiz|ping pong"
    r"|basketball|badminton|xbox|playstation|switch|scrabble|pe|training|match|hockey|boxing|judo|karate"
    r"|dodgeball|arm wrestling|wrestling)\b)"
)
_BODY = r"(?:arm|arms|neck|throat|hair|wrist|wrists|face|head|leg|legs|private\w*|bum|chest)"
_SIBLING = r"(?:(?:my|her|his|our) (?:little |big |baby |older |younger )?(?:brothers?|sisters?|siblings?))"
_MUM = r"(?:(?:my|her|his|our) )?(?:mum|nan|aunty|auntie|aunt)"
_PARTNER = r"(?:boyfriend|girlfriend|partner|husband|wife|ex|baby dad|baby father|man)"
_OLDER = (
    r"(?:older (?:lads?|boys?|men|man|guys?|girls?|people|kids|mates)|grown (?:men|man|ups?)"
    r"|(?:a|some|these|this|the) (?:men|man|guy|guys|lads)|someone older|somebody older"
    r"|(?:a|this|some) (?:guy|man|lad) (?:i met |from )?online)"
)


def _selectivity(literals: frozenset[str]) -> tuple[int, int]:
    # Long literals, and few of them, are the least likely to occur in an ordinary answer.
    return min(map(len, literals)), -len(literals)


def _literals_of_sequence(items) -> frozenset[str] | None:  # noqa: ANN001 (parser internals)
    """Literal strings one of which any match of this parsed sequence must contain, or None."""
    candidates = _required_sets(items)
    return max(candidates, key=_selectivity) if candidates else None


def _required_sets(items) -> list[frozenset[str]]:  # noqa: ANN001 (parser internals)
    """Every set of literals that a match of this parsed sequence must contain one of."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in list(items) + [(None, None)]:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset(["".join(run)]))
            run = []
        found = None
        if op is _C.SUBPATTERN:
            found = _literals_of_sequence(av[-1])
        elif op is _C.BRANCH:
            found = frozenset()
            for alternative in av[1]:
                sub = _literals_of_sequence(alternative)
                if sub is None:
                    found = None
                    break
                found |= sub
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
            found = _literals_of_sequence(av[2])
        if found:
            candidates.append(found)
    return candidates


def _required_literals(pattern: str) -> tuple[tuple[str, ...], ...]:
    """Up to three literal sets, each of which must be represented in any text the pattern matches."""
    if _parser is None:
        return ()
    sets = sorted(_required_sets(_parser.parse(pattern)), key=_selectivity, reverse=True)
    return tuple(_minimal(literals) for literals in sets[:3])


def _minimal(literals: frozenset[str]) -> tuple[str, ...]:
    # "beaten" can only be in a text that also holds "beat": checking "beat" alone is enough.
    return tuple(sorted(a for a in literals if not any(b != a and b in a for b in literals)))


# Broader co-occurrence rules use these: who, where, and a gap that never crosses a sentence.
_IN_SENTENCE = r"[^.]{0,60}?"
_PERSON = (
    r"(?:mum|dad|step dad|step mum|uncle|aunty|auntie|nan|grandad|grandma|cousin|brother|sister|carers?"
    r"|foster (?:carers?|mum|dad|brother|sister|parents?)|boyfriend|girlfriend|partner|husband|ex|staff|night staff"
    r"|key worker|social worker|teacher|man|men|lads?|boys?|girls?|guy|guys|gang|dealer|him|her|them|his mates"
    r"|her mates|their mates|people|someone|somebody|one of (?:the|them)|kids|olders|neighbour)"
)
_PLACE = r"(?:home|house|my dads|my mums|my nans|placement|the home|hostel|flat|my room|bedroom|estate|area|street)"
_FEAR = r"(?:scared|frightened|afraid|terrified|petrified|scary|creepy|intimidat\w*|on edge)"


@dataclass(frozen=True)
class _Rule:
    category: str
    pattern: re.Pattern[str]
    weight: int = 2
    # "person": says who is harmed (first or third person) and is never hidden by policy/fiction
    # framing when first person; "topic": a harm word that can be general talk, hidden by policy,
    # fiction or past-and-safe framing unless a real person is its subject.
    kind: str = "person"
    negatable: bool = False  # "nobody hurts me": only where a negator right before is clear
    # Literal strings one of which every match must contain, worked out from the pattern itself
    # (see _required_literals). The rule only runs when one is in the text: most answers hold no
    # harm words, so this keeps the screen fast without ever hiding a match. () means always run.
    anchors: tuple[tuple[str, ...], ...] = ()
    anchor_ids: tuple[int, ...] = ()  # positions of `anchors` in _LITERAL_SETS, filled in below
    # A narrow, rule-specific reading that makes this one match harmless ("scared of the dark").
    unless: re.Pattern[str] | None = None


def _r(
    category: str,
    pattern: str,
    weight: int = 2,
    kind: str = "person",
    negatable: bool = False,
    unless: str = "",
) -> _Rule:
    compiled = re.compile(pattern)
    return _Rule(
        category,
        compiled,
        weight,
        kind,
        negatable,
        _required_literals(pattern),
        re.compile(unless) if unless else None,
    )


# Fears that are not about a person or a place: "i dont feel safe when the lights are off".
_PHOBIA = (
    r"\b(?:scared|afraid|frightened|terrified) of (?:the dark|spiders?|heights|clowns|thunder|lightning|needles"
    r"|wasps?|bees|the sea|deep water|flying|dogs|horror films?|scary films?)\b"
    r"|\b(?:scared|afraid|frightened|terrified|nervous|worried) (?:of|about) (?:my |the )?(?:new school|exams?|results"
    r"|review|moving|leaving care|the future|college|uni|tests?|interview|driving test)\b"
    r"|\b(?:film|movie|game|ride|rollercoaster|story|book|mood)\b"
)


_RULES: tuple[_Rule, ...] = (
    # --- self-harm and suicide -------------------------------------------------------------
    _r(
        SELF_HARM,
        r"\b(?:kms|kmsl|unalive\w*|un alive\w*|kill(?:ing)? (?:my ?self|myself)|killed myself)\b",
        3,
    ),
    _r(SELF_HARM, r"\b(?:end(?:ing)? (?:it all|my life|my self|myself|things)|take my (?:own )?life)\b", 3),
    _r(SELF_HARM, r"\b(?:end(?:ing)?|ended) it\b(?! with)", 2),
    _r(
        SELF_HARM,
        r"\b(?:i|she|he|they|mate|sister|brother)\b(?: [a-z]+){0,3} self harm\w*",
        3,
        negatable=True,
    ),
    _r(SELF_HARM, r"(?:(?<=\bi )|(?<=\bdo )|(?<=been )|(?<=my )|(?<=\bto ))sh\b", 3, negatable=True),
    _r(SELF_HARM, r"\b(?:started|been|keep|still|again|into) (?:self harm\w*|cutting|sh)\b", 3),
    _r(SELF_HARM, r"\bself harm\w*\b", 2, kind="topic", negatable=True),
    _r(SELF_HARM, r"\bsuicid\w*", 2, kind="topic", negatable=True),
    _r(
        SELF_HARM,
        r"\b(?:cut|cutting|cuts|burn|burning|burns|scratch|scratching|hurt|hurting|harm|harming|starve|starving) (?:my ?self|myself|herself|himself|themselves)\b|\b(?:cut|cutting|cuts|burn|burning|burns|scratch|scratching|harm|harming) (?:my|her|his) (?:arms?|legs?|wrists?|skin|body|thighs?)\b(?! (?:on (?:a|the)|playing|at (?:football|rugby|pe|work)|when i fell|falling|cooking))",
        3,
        negatable=True,
    ),
    _r(
        SELF_HARM,
        r"\b(?:been|is|keeps?|started|stop) cutting\b|\bcutting again\b|\btill (?:they|it) bleeds?\b",
        3,
    ),
    _r(
        SELF_HARM,
        r"\b(?:want(?:s|ed)? to|wanna|wish i could|ready to|deserve to|going to) (?:die|be dead|not be alive|not exist|disappear forever)\b(?! (?:of|for|laughing|when|if))",
        3,
        negatable=True,
    ),
    _r(SELF_HARM, r"\bwish (?:i|she|he) (?:was|were|wasnt|werent) (?:dead|here|alive|born|gone)\b", 3),
    _r(SELF_HARM, r"\bbetter off (?:dead|without me|if i (?:was|were)n?t)\b|\bbetter off gone\b", 3),
    _r(
        SELF_HARM,
        r"\b(?:dont|do not|didnt) want to (?:be here|be alive|live|exist|wake up|be around|carry on|go on)\b",
        3,
    ),
    _r(SELF_HARM, r"\b(?:not|never) wake up\b|\bsleep forever\b|\bdisappear forever\b", 3),
    _r(
        SELF_HARM,
        r"\bno (?:point|reason) (?:in |of |to )?(?:living|being here|being alive|going on|carrying on|me being here|anything)\b|\bwhats the point (?:in |of )?(?:living|me|life|anything|being here|going on|any more)\b",
        3,
    ),
    _r(
        SELF_HARM,
        r"\bcant (?:go on|carry on|cope|take it|do this|take this)(?: any more| no more| like this)?\b",
        2,
    ),
    _r(
        SELF_HARM,
        rf"\b(?:{_NOONE}|nobody|no one) (?:would|will|wud|is going to) (?:notice|care|miss me|even notice|be sad)\b(?! if i (?:didnt|dont|wasnt at|missed|left early))",
        3,
    ),
    _r(
        SELF_HARM,
        r"\b(?:not|wont be|wont) (?:going to be )?(?:around|here) (?:much )?(?:longer|for long|much longer|next year|any more)\b",
        3,
    ),
    _r(
        SELF_HARM,
        r"\b(?:took|take|taking|taken) (?:loads of|too many|a load of|all my|a bunch of|lots of|a lot of) (?:tablets|pills|paracetamol)\b|\boverdos\w*|\b(?:hang|hanging) my ?self\b",
        3,
    ),
    _r(
        SELF_HARM,
        r"\b(?:jump|jumping) (?:off|in front of) (?:a |the |that )?(?:bridge|building|roof|train|car|bus|cliff)\b",
        3,
    ),
    _r(
        SELF_HARM,
        r"\b(?:kill|hurt) (?:her|him|them) ?self\b|\b(?:kills|killing|hurting|hurts) (?:herself|himself|themselves)\b",
        3,
    ),
    _r(SELF_HARM, r"\bdont see (?:a|any) future\b|\bno future for me\b", 2),
    _r(
        SELF_HARM,
        r"\bif i (?:die|died|was dead|were dead|was gone|were gone|wasnt here|werent here|wasnt around|was not here|disappeared|killed myself|wasnt alive)\b",
        3,
    ),
    _r(
        SELF_HARM,
        r"\b(?:i am|im|i feel like|i feel) (?:a|such a|just a) burden\b|\b(?:everyone|they|people|everybody|my family) (?:would|will) be (?:happier|better|better off) (?:if i|without me)\b",
        3,
    ),
    _r(SELF_HARM, r"\bwant (?:it all|everything|it|this|the pain|life) to (?:stop|end)\b", 2),
    _r(SELF_HARM, r"\b(?:wish i could|want to|i could) (?:just )?(?:disappear|vanish)\b", 2),
    _r(
        SELF_HARM,
        r"\bmy life is (?:pointless|worthless|not worth (?:it|living)|over|hell)\b|\bnothing (?:left )?to live for\b|\bno reason to live\b|\bdone with (?:life|living|everything|it all)\b|\b(?:tired|sick) of (?:living|life|being alive)\b|\b(?:life|it) (?:is not|isnt|aint) worth (?:living|it any more)\b|\bhate (?:my life|being alive|myself)\b",
        2,
    ),
    _r(
        SELF_HARM,
        r"\b(?:going to|want to|wanna|gonna|might|about to) jump\b(?! (?:on|in|into|the queue|rope|higher|about|around|up|over|at))",
        2,
    ),
    _r(
        SELF_HARM,
        r"\b(?:no|whats the|dont see the|theres no|there is no|what is the) point\b(?! (?:in |of )?(?:asking|telling|going|doing|coming|complaining|ringing|having|moving|saying|it if|them|him|her)\b)",
        2,
    ),
    _r(
        SELF_HARM,
        r"\bwant (?:\w+ ){0,2}(?:to be over|to end|to stop|to all stop|to all end)\b(?! with| so| and then)",
        2,
    ),
    _r(
        SELF_HARM,
        r"\b(?:razors?|blades?|sharpener blades?)\b|\b(?:hid|hide|hiding|hidden|saving|saved|keeping) (?:\w+ )?(?:pills|tablets|paracetamol)\b",
        2,
        unless=r"\bshav\w*|\bfilm|\bgame",
    ),
    _r(
        SELF_HARM,
        r"\bdeserve (?:to be hurt|to die|to suffer|to be dead|it when|pain|to be punished)\b|\b(?:stopped|stop|not|starv\w*) eating\b(?: \w+){0,4} (?:disappear|die|thin|punish|fat|deserve)|\bmake my ?self (?:sick|throw up|bleed)\b",
        3,
    ),
    _r(
        SELF_HARM,
        r"\b(?:punch|punching|punched|bang|banging|banged|hit|hitting) (?:walls?|the wall)\b|\b(?:bang|banging|banged|hit|hitting|punch|punching) (?:my head|my ?self)\b(?: \w+){0,2} (?:walls?|on purpose|when (?:i am|i get) (?:angry|upset|sad|stressed))\b|\btill (?:\w+ ){0,2}(?:bleeds?|bled|bleeding)\b|\buntil (?:\w+ ){0,2}(?:bleeds?|bled|bleeding)\b",
        3,
    ),
    _r(
        SELF_HARM,
        r"\b(?:when|after|once) (?:i am|im|ive) gone\b|\b(?:i will|ill|i am going to|im going to|i wont) (?:be gone|not be here|not be around)\b|\bwont be (?:here|around|alive) (?:by|for|at|next|much)\b|\b(?:be|still be) here (?:by|for|at|next) (?:christmas|my birthday|next year|summer|the end)\b|\b(?:goodbye|suicide) (?:letters?|notes?)\b|\b(?:wrote|write|writing|written) (?:\w+ )?(?:letters?|notes?) (?:to|for) (?:everyone|my family|my mum|my sister|my brother|people)\b|\bgiv(?:e|ing|en) away (?:all )?my (?:stuff|things)\b",
        3,
    ),
    _r(
        SELF_HARM,
        r"\b(?:bad|dark|horrible|scary) thoughts\b|\bthoughts (?:about|of) (?:dying|death|ending|killing|hurting|not being here|suicide)\b|\bthink(?:ing)? (?:about|of) (?:dying|death|not being here|not existing|hurting my ?self|ending (?:it|my life|things))\b",
        2,
    ),
    _r(SELF_HARM, r"\bmy (?:sh )?scars\b|\bkys\b", 2),
    # --- abuse (physical, sexual, emotional) ------------------------------------------------
    _r(
        ABUSE,
        rf"\b{_HARM_VERB}(?: (?:and \w+ )?)?(?: \w+)? (?:me|us)\b(?! (?:to|on the (?:shoulder|back)|with (?:my|homework))){_NOT_SPORT}",
        3,
        negatable=True,
    ),
    _r(
        ABUSE,
        rf"\b(?:{_FAMILY}|carers|parents)\b {_GAP}{_HARM_VERB} (?:{_SIBLING}|her|him|them|my {_BODY})\b",
        3,
        negatable=True,
    ),
    _r(ABUSE, rf"\b{_HARM_VERB} (?:{_SIBLING})\b{_NOT_SPORT}", 3, negatable=True),
    _r(
        ABUSE,
        r"\b(?:i|we|she|he|they|brother|sister|mate|it) (?:get|got|gets|was|were|been|am|is|are|keep getting|keeps getting|still get|still gets|getting|have been|has been) (?:getting |being )?(?:\w+ly )?(?:beaten|battered|hit|hurt|abused|touched|raped|smacked|slapped|punched|kicked|locked in|locked out|starved|molested)\b(?! (?:out|by (?:a|the) (?:ball|car|bus|door|bike)|\d|nil|(?:at|in|on|during|playing|doing) (?:\w+ )?(?:fifa|football|rugby|rounders|netball|pe|training|match|hockey|boxing|a game|the game|the match|the final)\b))",
        3,
    ),
    _r(
        ABUSE,
        r"\btouch(?:es|ed|ing)? (?:me|us|her|him|my (?:body|privates?|private parts|bum|chest))\b|\btouched \w+ where\b|\bwhere (?:he|she|they) shouldnt\b",
        3,
    ),
    _r(
        ABUSE,
        r"\b(?:does|did|do|doing|make|makes|made|making) (?:things|stuff|sexual things) (?:to|with) (?:me|us|her|him)\b|\bmakes? (?:me|us) (?:do|doing) (?:stuff|things|sexual)\b",
        3,
    ),
    _r(
        ABUSE,
        r"\b(?:make|makes|made|tells?|told|wants?|making) (?:me|us|her|him) (?:to )?keep (?:a |it |the |our )?(?:secrets?|quiet)\b|\b(?:its|it is|our|a) (?:our )?(?:little )?secret\b(?! santa)|\bnot to tell (?:anyone|anybody|noone|no one|my|the)\b",
        3,
    ),
    _r(ABUSE, r"\b(?:if|when) (?:i|we) (?:tell|told|say anything|grass|snitch)\b", 3),
    _r(
        ABUSE,
        r"\bcalls? (?:me|us) (?:worthless|useless|stupid|fat|ugly|a mistake|a waste|thick|a slag|a slut)\b|\bsays? (?:i am|im|i was) (?:worthless|useless|stupid|a mistake|a waste|nothing)\b",
        2,
    ),
    _r(
        ABUSE,
        r"\bwish(?:es|ed)? (?:i|we) (?:was|were) never born\b|\bwish(?:es|ed)? (?:i|we) (?:wasnt|werent) born\b",
        3,
    ),
    _r(
        ABUSE,
        rf"\b(?:bruises|bruise|marks|black eye|cuts) (?:\w+ )?(?:from|off|because of|cos of) (?:my |her |his |the )?{_FAMILY}\b|\bleaves? (?:me |us )?(?:with )?(?:marks|bruises)\b",
        3,
    ),
    _r(
        ABUSE,
        rf"\b(?:scared|afraid|terrified|frightened) (?:to go|of going|to be|of being) (?:home|back|alone with)\b|\b(?:scared|afraid|terrified|frightened) of (?:my |her |his |the )(?:{_FAMILY}|house)\b|\bscared to go home\b",
        3,
    ),
    _r(
        ABUSE,
        r"\b(?:have to|got to|must|told to|supposed to|made to) keep (?:it |this |that |everything |what happens )?(?:a )?secrets?\b",
        3,
    ),
    _r(
        ABUSE,
        r"\b(?:cant|not allowed to|mustnt|dont dare|scared to|cannot|never allowed to) tell (?:anyone|anybody|noone|no one|my social worker|my teacher|my carers?|the police|you|what)\b|\bwhat happens (?:at home|at my dads|at my mums|in my house)\b",
        3,
    ),
    _r(
        ABUSE,
        r"\b(?:have to|got to|had to|we|i) hide (?:from (?:him|her|them|my)|when (?:he|she|they|my)|in my room when|under)\b|\b(?:scared|frightened|terrified) when (?:he|she|they|my \w+) (?:gets|get|is|comes home)\b",
        3,
    ),
    _r(
        ABUSE,
        r"\b(?:gets|get|got|getting|is|was|goes|go) (?:really |so |very )?(?:violent|aggressive|physical|handsy)\b",
        2,
    ),
    _r(
        ABUSE,
        r"\b(?:films?|filmed|filming|records?|recorded|recording|photographs?|photographed|takes? (?:pictures|pics|photos|videos) of) (?:me|us)\b",
        3,
        negatable=True,
    ),
    _r(
        ABUSE,
        r"\b(?:uncle|dad|step dad|man|staff|foster (?:brother|dad)|carer|grandad|cousin|boyfriend|he|they|lad|mums boyfriend)\b(?: \w+){0,3} (?:gets|get|got|comes|come|came|coming|sneaks|climbs|keeps coming)(?: \w+)? (?:in|into) (?:my|our) (?:bed|room|bedroom|bath|shower)\b(?! (?:to|and) (?:play|say|wake|tell|ask|get|check))",
        3,
    ),
    _r(
        ABUSE,
        r"\bwatch(?:es|ing|ed)? me (?:when|while|in|get|getting|through)\b(?: \w+){0,4} (?:shower\w*|bath\w*|changed|changing|undress\w*|naked|sleep\w*|toilet)\b",
        3,
    ),
    _r(
        ABUSE,
        r"\bsit on (?:his|her) lap\b|\bkiss(?:es|ed|ing)? me\b|\bfeels me\b|\btr(?:ies|ied|y) to touch\b|\bmakes? me touch\b|\bshow(?:s|ed)? me (?:his|her) (?:privates?|body|willy|thing|bits)\b|\b(?:gets|got|get) naked\b",
        3,
        negatable=True,
    ),
    _r(
        ABUSE,
        rf"\b{_FEAR}\b{_IN_SENTENCE}\b(?:{_PERSON}|{_PLACE})\b|\b{_PERSON}\b(?: \w+){{0,4}} (?:is|are|gets|get|was|were|can be) (?:really |so |very |well |dead )?(?:scary|creepy|frightening|terrifying|intimidating)\b",
        2,
        negatable=True,
        unless=_PHOBIA,
    ),
    _r(
        ABUSE,
        rf"\b(?:bruises?|black eyes?|marks|burns|blood|broken (?:arm|nose|wrist|ribs?|finger)|swollen|a lump)\b{_IN_SENTENCE}\b(?:{_PERSON}|says (?:she|he|i) fell)\b|\b{_PERSON}\b{_IN_SENTENCE}\b(?:bruises?|black eyes?|marks on)\b",
        2,
    ),
    _r(
        ABUSE,
        r"\bsays? (?:noone|no one|nobody) (?:loves|wants|cares about|will ever love) (?:me|us)\b|\b(?:calls|called|calling) (?:me|us) (?:a |an )?(?:waste|mistake|slag|slut|whore|idiot|retard|bitch|freak|worthless|useless|nothing)\b|\bignores? (?:me|us) for (?:days|weeks)\b|\bnot allowed out of (?:my|the) room\b|\bmakes? (?:me|us) (?:stand|sit|kneel|stay) (?:in|outside|on)\b(?: \w+){0,3} (?:hours|all night|all day)\b",
        2,
    ),
    _r(
        ABUSE,
        r"\b(?:our|a) (?:little )?(?:game|secret)\b(?! of)|\bspecial (?:friend|cuddles|time)\b|\bmakes? me (?:feel )?(?:uncomfortable|weird|funny)\b|\blooks? at me (?:weird|funny|in a weird way|strange)\b|\bmessages? me at night\b|\b(?:im|i am) his (?:favourite|special)\b|\bstay behind\b(?: \w+){0,6} (?:alone|on my own|just me|favourite|dont tell|not to tell)\b",
        3,
    ),
    _r(
        ABUSE,
        r"\bpull(?:s|ed|ing)? (?:my|her|his) hair\b|\bpin(?:s|ned|ning)? (?:me|us|her|him) (?:down|against)\b|\bties? (?:me|us) up\b|\btwist(?:s|ed|ing)? my arm\b|\b(?:shak(?:e|es|ing|en)|shook) (?:the baby|me|us)\b",
        3,
    ),
    _r(ABUSE, r"\blocks? (?:me|us) (?:in|out)\b|\bwithout food\b", 2),
    # --- neglect ------------------------------------------------------------------------------
    _r(
        NEGLECT,
        r"\b(?:no|never any|never|not enough|never enough|hardly any|nothing for|no money for) (?:food|dinner|tea|breakfast|meals?|money for food)\b(?! (?:fight|bank|shop))",
        3,
        kind="topic",
    ),
    _r(NEGLECT, r"\bnothing (?:to eat|in the (?:fridge|cupboards?))\b|\bno food\b", 3, kind="topic"),
    _r(
        NEGLECT,
        r"\b(?:always|go to bed|go to school|go school|all the time|most days|starving and|get|still|constantly) hungry\b|\bhungry (?:all the time|at home|every day|most days|most nights)\b|\bgo hungry\b|\bgo to bed hungry\b",
        3,
        kind="topic",
        unless=r"\beats (?:everything|loads|so much|all the)\b|\b(?:dog|cat|puppy|kitten|hamster|rabbit|fish)\b",
    ),
    _r(
        NEGLECT,
        r"\b(?:havent|not|didnt|never|hardly) (?:eaten|ate|eat|had (?:a |any )?(?:proper )?(?:meal|food|dinner|anything to eat|tea))\b(?: (?:in|since|for|all))",
        3,
    ),
    _r(
        NEGLECT,
        r"\bforgets? to feed\b|\b(?:doesnt|dont|never|wont) (?:feed|fed) (?:us|me)\b|\b(?:dont|never) get fed\b",
        3,
    ),
    _r(
        NEGLECT,
        r"\bleaves? (?:me|us)\b(?: \w+){0,2} (?:on (?:my|our) own|alone|home alone|with the baby|by (?:my|our) ?sel(?:f|ves))\b|\b(?:left|leave) (?:at home )?(?:on (?:my|our) own|alone|home alone)\b|\bhome alone\b",
        3,
    ),
    _r(
        NEGLECT,
        r"\b(?:sleep|sleeps|sleeping|slept|stay|staying) (?:in (?:the|a|my|her|his) (?:car|park|tent|van|shed|stairwell)|on the (?:floor|streets?|sofa at|bus)|rough|outside|on the street)\b|\bsofa surf\w*|\bnowhere to (?:sleep|stay|go|live)\b",
        3,
    ),
    _r(
        NEGLECT,
        r"\b(?:dont|do not|havent|no|aint) (?:got |have )?(?:a )?(?:bed|mattress)\b(?! (?:time|sheets))",
        2,
    ),
    _r(
        NEGLECT,
        r"\bno (?:electric|electricity|gas|heating|hot water|money for (?:the )?(?:gas|electric|heating|food))\b|\bcant (?:pay|afford) (?:for )?(?:the )?(?:heating|electric|gas|food)\b|\b(?:sleep|sleeps|sleeping) in (?:our|my) coats\b",
        3,
    ),
    _r(
        NEGLECT,
        rf"\b(?:{_FAMILY}|parents) (?:is|are|gets|get|always) (?:always |constantly |usually )?(?:drunk|wasted|high|off (?:her|his|their) (?:head|face)s?|passed out)\b|\boff (?:her|his|their) (?:head|face) on\b",
        3,
    ),
    _r(
        NEGLECT,
        r"\bhave to (?:look after|care for|feed|mind) (?:my|the|our) (?:little |baby |younger )?(?:brothers?|sisters?|siblings?|baby|mum|dad)\b|\b(?:i|we) (?:have to )?look after (?:my|our) ?sel(?:f|ves)\b",
        2,
    ),
    _r(
        NEGLECT,
        rf"\b{_NOONE} (?:is there|is home|at home|looks after|takes me|takes us|washes|feeds|cooks|cares for|picks me up)\b",
        3,
    ),
    _r(
        NEGLECT,
        r"\b(?:sent home for smelling|dirty clothes|same clothes (?:every|all)|full of rubbish|dog mess|mess everywhere|no clean clothes)\b",
        2,
    ),
    _r(NEGLECT, r"\b(?:give|gives|feed|feeds) their own (?:kids|children) \w+ but not (?:me|us)\b", 3),
    _r(
        NEGLECT,
        r"\b(?:never|doesnt|dont|wont|never ever) (?:buy|buys|get|gets|make|makes|cook|cooks|give|gives) (?:us |me )?(?:any )?(?:food|dinner|tea|meals?|breakfast)\b",
        3,
    ),
    _r(
        NEGLECT,
        r"\bnot allowed (?:to eat|any food|food|to have (?:food|dinner|tea)|dinner|tea)\b|\blocks? the (?:fridge|food|cupboards?|kitchen)\b|\b(?:fridge|food|kitchen) is locked\b",
        3,
    ),
    _r(
        NEGLECT,
        r"\bhomeless\w*|\bon the streets\b",
        2,
        kind="topic",
        unless=r"\b(?:hate to|worried|worry|scared of being|afraid of being|dont want to|might|could|end up|when i leave care|after care|when i turn 18)\b",
    ),
    _r(
        NEGLECT,
        r"\b(?:aint|havent|not|didnt|never|hardly) (?:eaten|ate|had (?:any |a )?(?:food|tea|dinner|breakfast|meal|anything))\b",
        3,
    ),
    _r(
        NEGLECT,
        r"\b(?:make|makes|sort|sorts|get|gets|find|cook|cooks|feed) (?:my|our) own (?:food|tea|dinner|meals?|breakfast)\b|\b(?:is|in|stays in|stay in|sleeps in) bed all day\b|\bsleeps all day\b|\bwont get up\b",
        2,
    ),
    _r(
        NEGLECT,
        r"\bno (?:coat|shoes|uniform|clean clothes|clothes that fit|shoes that fit)\b|\b(?:dont|do not|havent|aint) (?:got |have )?(?:any )?(?:shoes|a coat|clothes|uniform) (?:that fit|for)\b|\bshoes (?:with holes|that dont fit)\b",
        2,
    ),
    _r(
        NEGLECT,
        rf"\b(?:house|home|flat|room|bedroom)\b{_IN_SENTENCE}\b(?:freezing|mouldy|mould|damp|filthy|disgusting|no heating)\b|\bmould everywhere\b|\bnothing in the fridge\b|\bempty fridge\b",
        2,
    ),
    _r(
        NEGLECT,
        r"\b(?:noone|no one|nobody) (?:came|comes|was there|was home|is home|turned up|picked me up|picks me up|collected me)\b|\b(?:noone|no one|nobody) (?:home|in)\b(?: \w+){0,2} (?:for|again|all)\b|\bforgets? (?:about )?(?:us|me|to (?:pick|feed|get|buy|wash))\b",
        3,
    ),
    _r(
        NEGLECT,
        r"\b(?:crisps|cereal|toast|sweets|noodles|biscuits|nothing) for (?:tea|dinner|breakfast|lunch) (?:every|most|all|again)\b|\b(?:only|just) (?:eat|ate|have|had) (?:crisps|cereal|toast|sweets|biscuits)\b",
        3,
    ),
    _r(NEGLECT, r"\bneglect\w*", 2, kind="topic"),
    # --- exploitation ------------------------------------------------------------------------
    _r(
        EXPLOITATION,
        r"\bcounty lines?\b|\btrap ?house\b|\bgoing (?:out )?country\b|\bcuckoo\w*",
        3,
        kind="topic",
    ),
    _r(
        EXPLOITATION,
        r"\b(?:shotting|shot for|do(?:ing)? runs|did runs|running for them|drop(?:s|ping)? (?:off )?(?:packages|parcels|bags|stuff)|burner(?: phone)?|stash(?:ing)? (?:stuff|things|it|drugs))\b|\bdo the drop\b",
        3,
    ),
    _r(
        EXPLOITATION,
        r"\b(?:carry|carrying|carries|hold|holding|deliver\w*|move|moving|sell|selling) (?:stuff|packages|parcels|bags|things|drugs|weed|gear|food)? ?(?:for (?:them|him|some|older)|to other towns|on the train|in my bag)\b|\b(?:carry|carrying) (?:packages|parcels|drugs|gear)\b",
        3,
    ),
    _r(
        EXPLOITATION,
        r"\b(?:make|makes|made|making|get|gets|got|paid|pays|pay) (?:me|us) (?:to )?(?:carry|hold|sell|deliver|drop|stash|do runs|go to other|move)\b",
        3,
    ),
    _r(
        EXPLOITATION,
        r"\b(?:work off|pay off) (?:the|a|my|their) debt\b|\bowe (?:them|him|people|some \w+) (?:money|\w+ quid)\b|\bhave to pay (?:them|him) (?:every|or)\b",
        3,
    ),
    _r(
        EXPLOITATION,
        rf"\b{_OLDER} {_GAP}(?:make|makes|made|give|gives|gave|buy|buys|bought|pay|pays|paid|get|gets|let|lets|ask|asks|want|wants|message|messages|messaging|messaged|text|texts|texting|snap|snaps|snapping|add|adds|added|dm|dms)(?: (?:me|us|my mate|me and my mate))?\b",
        3,
    ),
    _r(
        EXPLOITATION,
        r"\b(?:gives?|gave|buys?|bought) (?:me|us|me and my mate) (?:weed|alcohol|vapes?|drugs|fags|cigs|cigarettes|pills|coke)\b|\b(?:gives?|gave|pays?|paid) (?:me|us) (?:money|cash|\w+ quid) for (?:doing|carrying|dropping|holding|pics|photos|taking)\b",
        2,
    ),
    _r(
        EXPLOITATION,
        r"\b(?:send|sent|sending|share|sharing) (?:him |her |them )?(?:pics|pictures|photos|nudes|videos|vids)\b|\bask(?:s|ed|ing)? (?:me|us) for (?:pics|pictures|photos|nudes)\b|\bmoney for (?:pics|photos|pictures)\b|\bnudes of me\b|\bsends? (?:me|us) (?:pics|pictures|photos|nudes|videos|vids)\b|\btells? (?:me|us) to delete\b",
        3,
    ),
    _r(
        EXPLOITATION,
        r"\bmet (?:him|her|them|someone|a guy|a man|this guy) online\b|\bwants? to meet (?:up|me)\b|\bmeet up\b(?: \w+){0,4} not to tell\b",
        3,
    ),
    _r(
        EXPLOITATION,
        r"\b(?:i am|im|i was|i think i am|being|been|getting|get|got) (?:being )?groom(?:ed|ing)\b|\bgroom(?:s|ed|ing) (?:me|us|her|him)\b",
        3,
    ),
    _r(EXPLOITATION, r"\bgroom\w*|\bexploit\w*", 2, kind="topic"),
    _r(EXPLOITATION, r"\b(?:boyfriend|girlfriend|partner) is (?:1[89]|[2-9][0-9])\b", 3),
    _r(
        EXPLOITATION,
        r"\b(?:buying|buys|bought) me (?:stuff|things|presents|clothes)\b(?: \w+){0,4} (?:wants|do things)\b|\bcomes? back with (?:new )?(?:phones?|trainers|money|clothes)\b",
        3,
    ),
    _r(
        EXPLOITATION,
        r"\bwork(?:s|ing)? for (?:some|these|older|the|them|a) ?(?:lads|boys|men|guys|gang|man|dealer|dealers)?\b(?: \w+){0,3} (?:sell\w*|deal\w*|run\w*|carry\w*)\b|\b(?:have to|made to|make me|makes me|being made to|got to) (?:sell|deal|carry|move)\b|\b(?:sell|selling|sells|sold|deal|dealing) (?:drugs|weed|gear|coke|crack|pills)\b",
        3,
    ),
    _r(
        EXPLOITATION,
        r"\b(?:money|cash|paid|weed|stuff) (?:from|off|by) (?:some |these |the )?(?:older|lads|men|boys|guys|a man|a guy)\b|\b(?:take|taking|takes|took|hold|holding) (?:a |the )?(?:bags?|packages?|parcels?) (?:to|for)\b|\b(?:offered|offer|offers|offering) (?:me|us) (?:money|cash|\w+ quid|weed|drugs|a phone) (?:to|for)\b|\bhold (?:a|the) (?:package|parcel|bag)\b",
        3,
    ),
    _r(
        EXPLOITATION,
        r"\b(?:girlfriend|boyfriend)(?: \w+){0,6} (?:he is|hes|she is|shes|is|he is like|hes like) (?:1[89]|[2-9]\d)\b|\b(?:party|parties|drink|drinking|car|cars|house|flat|hotel|staying|stay|sleep|slept|chill|chilling) with (?:older|grown) (?:men|man|guys)\b",
        3,
    ),
    _r(
        EXPLOITATION,
        r"\b(?:make|makes|made|get|gets|got) (?:me|us) (?:to )?(?:hide|keep|look after|store|stash) (?:stuff|things|drugs|it|bags|packages|weed|money)\b|\b(?:in|join|joined|joining) a gang\b|\bgang (?:members?|stuff)\b|\bpimp\w*",
        3,
    ),
    _r(
        EXPLOITATION,
        r"\b(?:do|did|doing|does) (?:stuff|things|favours|sexual \w+) (?:with|for) (?:older|grown|men|a man|some men|some \w+ men)\b|\bwith (?:older|grown) (?:men|man)\b",
        3,
    ),
    _r(
        EXPLOITATION,
        r"\b(?:olders|going ot|go ot|went ot|been going ot|running lines|run(?:ning)? (?:a |the )?lines?|on the lines?|the plug|my dealer|a dealer|sugar (?:daddy|daddies|dad|dads|mummy|mum)|shifting|shift(?:ing)? (?:food|work|stuff)|mov(?:e|ing) (?:food|work)|trapping|trap phone|cuckooed)\b",
        3,
    ),
    _r(
        EXPLOITATION,
        r"\bif i (?:do|did) (?:stuff|things|favours|bits|what (?:he|they) (?:want|wants|say|says))\b|\blets? me stay\b[^.]{0,30}\bif i\b",
        3,
    ),
    _r(
        EXPLOITATION,
        rf"\b(?:a|some|this|an older|older) (?:man|men|guy|guys|lad|lads|woman|adult)\b{_IN_SENTENCE}\b(?:gives?|gave|buys?|bought|offers?|offered) (?:me|us|my mate|my friend|my mates|my friends|her|him|them) (?:\w+ )?(?:vapes?|lifts?|drink|alcohol|money|weed|phones?|presents|gifts|food|a place)\b|\b(?:picks?|picked) (?:me|us|her|him|them) up (?:from school|from college|in his car|in a car|at night)\b",
        3,
    ),
    _r(
        EXPLOITATION,
        r"\b(?:helping|help|helped) (?:them|him|the (?:older|lads|boys|men)) (?:sell|deal|move|carry|hold|with the drugs)\b|\bwhere (?:older|the) (?:boys|lads|men) (?:sell|deal)\b|\b(?:sell|selling|deal|dealing) (?:stuff|it|bits) (?:for|with) (?:them|older|the lads)\b",
        3,
    ),
    _r(EXPLOITATION, r"\bblackmail\w*|\bsextort\w*", 3),
    _r(
        EXPLOITATION,
        r"\bmet (?:\w+ ){0,2}online\b|\bfrom online\b|\bstay(?:ed|ing|s)? at (?:a|some|this|an older) (?:mans|mens|guys|lads|older mans) (?:house|flat|place)\b",
        3,
    ),
    _r(EXPLOITATION, r"\bgroup chat where\b(?: \w+){0,3} (?:men|adults|older)\b", 3),
    # --- domestic abuse ----------------------------------------------------------------------
    _r(DOMESTIC, rf"\b{_HARM_VERB}(?: \w+)? {_MUM}\b", 3, negatable=True),
    _r(
        DOMESTIC,
        rf"\b(?:mums|her|his|nans|aunties) (?:new )?{_PARTNER}\b {_GAP5}(?:{_HARM_VERB}|violent|scary|strangled|screams at|threw) ?(?:her|at her|to her|her up)?",
        3,
    ),
    _r(
        DOMESTIC,
        rf"\b(?:dad|step dad|boyfriend|partner|husband|he) (?:was |is |keeps |starts )?(?:{_HARM_VERB}|starts on|starting on|screams at|violent to) (?:{_MUM}|her)\b(?: up)?",
        3,
        negatable=True,
    ),
    _r(
        DOMESTIC,
        rf"\bmy (?:{_PARTNER}) (?:\w+ ){{0,2}}(?:{_HARM_VERB}|slapped|controls|threaten\w*|checks my phone|wont let me)\b",
        3,
        negatable=True,
    ),
    _r(DOMESTIC, r"\b(?:bruises|black eye)\b(?: \w+){0,2} from (?:her|my mums|mums) \w+\b", 3),
    _r(
        DOMESTIC,
        r"\b(?:fighting|fights|arguing|rows|violence|violent|smashing stuff|smashing things) (?:at home|all the time|again|every night)\b|\b(?:mum|she) ends up (?:hurt|crying|in hospital)\b|\bviolent to (?:her|my mum|mum)\b",
        3,
    ),
    _r(
        DOMESTIC,
        r"\bcontrols (?:her|my) (?:phone|money|life)\b|\btakes all (?:my|her) money\b|\bwont let (?:me|her) see (?:my|her) (?:mates|family)\b|\bchecks (?:my|her) phone\b",
        2,
    ),
    _r(
        DOMESTIC,
        r"\b(?:mum|mums|nan|aunty|auntie|aunt|sister) (?:\w+ ){0,2}(?:has|had|got|gets|with|always has) (?:\w+ ){0,3}(?:bruises?|black eyes?|marks|cuts)\b|\b(?:throws?|threw|drags?|dragged|pins?|pinned|chucks?|chucked|shoves?|shoved) (?:my |her )?(?:mum|nan|aunty|her) (?:around|about|down|against|into|out)\b|\bsays? she fell\b",
        3,
    ),
    _r(
        DOMESTIC,
        r"\b(?:smash|smashed|smashes) (?:my|her) (?:phone|stuff|things|door|keys)\b|\b(?:took|takes) (?:my|her) (?:bank card|money|keys)\b|\b(?:tracks|tracking|goes through|reads) (?:my|her) (?:phone|location|messages|texts)\b|\b(?:boyfriend|girlfriend|partner|husband|ex)\b(?: \w+){0,2} wont let (?:me|her) (?:talk to|see|go out|leave)\b",
        2,
    ),
    _r(DOMESTIC, r"\bdomestic (?:abuse|violence)\b", 2, kind="topic"),
    # --- missing -----------------------------------------------------------------------------
    _r(
        MISSING,
        r"\b(?:ran|run|runs|running|going to run|gonna run) (?:away|off)\b|\b(?:do|did|doing) a runner\b|\bleg(?:ged)? it\b|\bawol\b",
        3,
        kind="topic",
    ),
    _r(
        MISSING,
        r"\b(?:go|goes|went|gone|going|been|is|was|keep going|keeps going) missing\b(?! (?:school|lessons?|class|college|out|my|the|work|appointments))",
        3,
        kind="topic",
    ),
    _r(
        MISSING,
        r"\b(?:has|have|had) been missing\b(?! (?:school|lessons?|class|college|out|my|the|work))",
        3,
        kind="topic",
    ),
    _r(
        MISSING,
        rf"\b(?:{_NOONE}|nobody|dont|doesnt|no one) (?:knows|know|knew) where (?:i am|im|i was|he is|he was|she is|she was|they are|they were|my)\b|\bdont know where (?:he|she|they) (?:is|are|went)\b",
        3,
    ),
    _r(
        MISSING,
        r"\b(?:not|never|aint|wont be) (?:going|coming|go|come) (?:back|home)\b(?! to (?:school|college|uni|work|class))|\b(?:havent|didnt|dont|never|not) (?:been |gone |go |come |came )?(?:back|home)\b(?: (?:to|last|since|for|till|until))|\b(?:dont|didnt|doesnt|never) (?:come|go|came|went|comes|goes) home\b|\b(?:noone|no one|nobody) (?:looks|looked|comes looking|came looking) for (?:me|us|him|her)\b",
        3,
    ),
    _r(
        MISSING,
        r"\b(?:stay|stayed|staying|stays|out) (?:out )?all night\b|\bslept at (?:a )?(?:random|strangers|some)\b|\bstayed with (?:people|some \w+|lads|men) (?:i|we) (?:met|dont know)\b|\bsn(?:u|ea)ck(?:ed)? out\b",
        3,
    ),
    _r(
        MISSING,
        r"\b(?:been )?away from (?:my|the) (?:foster home|placement|home|carers|house) (?:\d+|two|three|a few|for) ?(?:nights?|days?)?\b|\bpicked up by (?:the )?police\b",
        3,
    ),
    _r(
        MISSING,
        r"\bcant go (?:back )?home\b|\bnot allowed (?:to go )?(?:back )?home\b|\b(?:kicked|chucked|threw|thrown) (?:me|us) out\b|\b(?:got|been|was|get|getting) (?:kicked|chucked|thrown) out\b(?! of (?:the |a |my )?(?:club|class|lessons?|school|college|game|shop|party|team|group|chat|cinema))|\b(?:sleep|sleeping|slept|stay|staying|stayed) at (?:different|random|strangers|other) (?:peoples|people|houses|places)\b",
        3,
    ),
    _r(
        MISSING,
        r"\b(?:aint|havent|hasnt|has not|have not|not|never) (?:been |come |came |gone )?(?:back|home)\b(?! to (?:school|college|uni|work|class))|\b(?:been|be) gone (?:for|since|all|over)\b|\bgone since\b|\b(?:hasnt|havent|aint|not|never|didnt) (?:come|came) back\b|\b(?:noone|no one|nobody|no ones|no one has|nobody has)(?: \w+)? seen (?:her|him|them|my|me)\b|\b(?:take|took|taking|takes) off\b(?! (?:my|his|her|the|your|their|a)\b)|\bwent off with\b|\bsleep (?:wherever|anywhere|where ever)\b",
        3,
    ),
    _r(
        MISSING,
        r"\b(?:aint|havent|hasnt|not|never) been (?:at|to|in|back to) (?:my|the|her|his) (?:placement|home|house|foster home|hostel)\b(?: \w+){0,2} (?:all|for|since|in)\b",
        3,
    ),
    _r(
        MISSING,
        r"\b(?:stay|stayed|staying|stays|out) (?:out )?(?:till|until|to) (?:\d+|late|the morning|morning|midnight|\w+ in the morning)\b|\b(?:with|at) (?:people|men|lads|someone) (?:i|we) (?:dont|didnt|do not) know\b|\bdont know where i (?:go|am going|went|stay)\b",
        3,
    ),
    _r(MISSING, r"\bpolice (?:bring|brought|bringing|find|found) (?:me|us|him|her) (?:back|home)\b", 3),
    # --- threats, serious bullying, feeling in danger now ----------------------------------------
    _r(
        THREATS,
        r"\b(?:said|says|saying|say|told|tells|threaten\w*|messages?) (?:\w+ ){0,4}(?:will|would|going to|gonna|is going to) (?:hurt|kill|stab|batter|beat|jump|get|do|burn|find|smash|shank|shoot|rape|share|post|leak)\b",
        3,
    ),
    _r(
        THREATS,
        r"\b(?:they|he|she|theyll|someone|people|kids|lads|girls|boys)\b(?: \w+){0,3} (?:will|would|going to|gonna) (?:hurt|kill|stab|batter|beat|jump|shank|shoot|do) (?:me|us|my|you)\b(?: in)?",
        3,
    ),
    _r(
        THREATS,
        r"\b(?:stab|shank|shoot|jump|batter|beat up|do) (?:me|us)(?: in| up)?\b(?! (?:a favour|proud|good))",
        2,
        negatable=True,
    ),
    _r(
        THREATS,
        r"\bthreaten(?:s|ed|ing)? (?:me|us|to)\b|\b(?:coming|come) for (?:me|us)\b|\bknow where (?:i|we) live\b|\bdo me in\b",
        3,
    ),
    _r(
        THREATS,
        r"\b(?:carry|carrying|carries|got|have) a (?:knife|blade|weapon|shank)\b|\bwith a (?:knife|blade|gun|weapon)\b",
        3,
    ),
    _r(
        THREATS,
        r"\b(?:i|we) (?:dont|do not|never|cant|dont ever) feel safe\b|\b(?:i am|im|i feel|were|we are) (?:not|never) safe\b|\bnot safe (?:where i|at home|in my|here|at my)\b|\b(?:i|we) feel unsafe\b",
        3,
        unless=_PHOBIA,
    ),
    _r(
        THREATS,
        r"\b(?:scared|afraid|terrified|frightened) (?:to walk|to go out|to go to school|to leave|to go outside|of (?:someone|somebody|some \w+|them|the (?:lads|boys|girls|gang|group|men|people)|people))\b",
        3,
    ),
    _r(
        THREATS,
        r"\b(?:following|follows|followed|follow) (?:me|us)\b|\bwait(?:s|ing)? for (?:me|us) (?:after|outside|at)\b|\bthat wait for me\b",
        3,
    ),
    _r(
        THREATS,
        r"\b(?:i|we) (?:get|got|am|was|been|keep getting|is|are|be|used to be|still get) (?:being |getting )?bull(?:ied|yed)\b|\bbully(?:ing)? (?:me|us)\b|\bcall(?:s|ing)? (?:me|us) names\b",
        3,
    ),
    _r(
        THREATS,
        r"\b(?:got|get|been|was|getting) (?:jumped|stabbed|mugged|robbed|attacked|beaten up|battered)\b(?! (?:\d+|nil|(?:at|in|on|playing) (?:fifa|football|rugby|a game|the game))\b)",
        3,
    ),
    _r(
        THREATS,
        r"\b(?:im|i am|i feel|i get|i feel so|im so|i am so) (?:so )?(?:scared|frightened|terrified|afraid) (?:all the time|every day|every night|at home|at night|to sleep|in my (?:house|room|placement|home)|when (?:he|she|they))\b",
        3,
        unless=_PHOBIA,
    ),
    _r(
        THREATS,
        r"\b(?:going to|gonna|will|would|wanna|want to|threaten\w* to|keep saying|saying|said)\b(?: \w+){0,3} (?:put|post|share|leak|send|show|spread|expose)(?: \w+){0,2} (?:my|me) ?(?:nudes|pics|photos|pictures|videos|vids)?\b",
        3,
        unless=r"\b(?:instagram|insta|tiktok|snap|online)\b(?! \w+ (?:nudes|pics|photos))(?=.*\b(?:holiday|birthday|selfie)\b)",
    ),
    _r(
        THREATS,
        r"\b(?:going to|gonna|will|would|ll|coming to|want to|wanna) (?:get|sort|deal with|find|see to|come for) (?:me|us|my (?:little |big )?\w+)\b(?! (?:a|an|some|the|new|one|from|to|in|up|home|with|something|anything|out with|back)\b)|\bwatch (?:my|your) back\b",
        3,
    ),
    _r(
        THREATS,
        r"\b(?:they|people|kids|girls|boys|lads|everyone|ppl)\b(?: \w+){0,4} (?:spit|spits|trip|trips|push|pushes|punch|punches|kick|kicks|hit|hits|throw \w+ at|laugh at|film) (?:me|us)\b(?: \w+){0,3} (?:every day|all the time|every week|at school|on the bus|after school|in the corridor|on the way)\b|\b(?:call|calls|calling) me (?:a |an )?\w+ (?:every day|all the time|at school)\b|\bgroup chat (?:about|to) (?:me|hate|slag)\b|\b(?:posting|post|posted|saying) (?:stuff|things|lies|rumours) about me\b",
        3,
    ),
    _r(
        THREATS,
        r"\bunless i (?:pay|send|do|give|meet)\b|\bor (?:else|theyll|they will|hell|he will|shell|she will) (?:send|post|share|show|tell|hurt|get)\b",
        3,
    ),
    _r(
        THREATS,
        r"\bposted my (?:pics|photos|pictures|nudes|address)\b|\b(?:share|post|leak)(?:ing)? (?:my )?(?:nudes|pics|photos) (?:of me)?\b|\bdo worse\b",
        3,
    ),
    _r(
        THREATS,
        r"\bor (?:they|he|she)(?: will| would)? (?:hit|hurt|beat|batter|kill|stab|jump) (?:me|us)\b",
        3,
    ),
)

# Number each distinct literal set once, so an answer checks each set at most once.
_LITERAL_SETS: list[tuple[str, ...]] = []
_SET_IDS: dict[tuple[str, ...], int] = {}
for _rule in _RULES:
    for _literals in _rule.anchors:
        _SET_IDS.setdefault(_literals, len(_SET_IDS))
        if len(_LITERAL_SETS) < len(_SET_IDS):
            _LITERAL_SETS.append(_literals)
    object.__setattr__(_rule, "anchor_ids", tuple(_SET_IDS[lits] for lits in _rule.anchors))
del _rule, _literals
# A literal of three or more characters can only be in a text that holds each of its
# three-character pieces; comparing a set of the rarest such piece per literal with the text's
# pieces is far cheaper than searching the text for every literal.
_COMMON_FIRST = " etaoinshrdlcumwfgypbvkjxqz"


def _rarest_trigram(literal: str) -> str:
    pieces = [literal[i : i + 3] for i in range(len(literal) - 2)]
    return max(pieces, key=lambda p: sum(_COMMON_FIRST.find(c) % 27 for c in p))


_SET_TRIGRAMS: list[frozenset[str]] = [
    frozenset(_rarest_trigram(a) for a in s if len(a) >= 3) for s in _LITERAL_SETS
]
_SET_SHORT: list[tuple[str, ...]] = [tuple(a for a in s if len(a) < 3) for s in _LITERAL_SETS]
# Rules grouped by their most selective literal set, so one failed check skips the whole group.
_GROUPS: dict[int, list[_Rule]] = {}
for _rule in _RULES:
    _GROUPS.setdefault(_rule.anchor_ids[0] if _rule.anchor_ids else -1, []).append(_rule)
_RULES_BY_FIRST_SET: list[tuple[int, list[_Rule]]] = list(_GROUPS.items())
del _rule, _GROUPS

# ---------------------------------------------------------------------------------------------
# 3. Framing that can hide a match (sentence-level, conservative)
# ---------------------------------------------------------------------------------------------

_NEGATORS = frozenset(
    "never noone nobody not dont doesnt didnt wont wouldnt hasnt havent hadnt isnt aint cant nothing".split()
)
# "he doesnt hit me any more" still says he used to: keep it flagged.
_STILL_HAPPENED = re.compile(r"^ (?:any more|no more|as much|as often)\b")

_POLICY = re.compile(
    r"\b(?:should|shouldnt|need to|needs to|need more|needs more|we need|more help|more support|training"
    r"|workshop|lesson|pshe|assembly|leaflet|posters?|awareness|campaign|council|councillors|charity"
    r"|what happens if|what would you do|what do you do|do you tell|how many|would stop|stop (?:kids|children|young people)"
    r"|to help|help (?:kids|young people|children|people|others)|(?:kids|young people|children|people|someone|anyone) who"
    r"|if you|if someone|if a (?:kid|child|young person)|if anyone|learn(?:ed|t)? about|talks? about|big problem|a problem"
    r"|more likely|signs of|be told|nurse|social worker so|be a|waiting lists?|what is|what does)\b"
)
_FICTION = re.compile(
    r"\b(?:film|films|movie|movies|book|books|story|storyline|programme|program|show|episode|documentary"
    r"|series|game|games|fortnite|anime|cartoon|song|songs|lyrics|play|drama|character|characters|eastenders"
    r"|hollyoaks|corrie|coronation street|netflix|youtube|video|tiktok|essay|poem|novel|the news|reading|watched|watching)\b"
)
# History framing. Only matches with no present-tense word in them can be treated as past, and
# only when the answer also says things are safe now; anything recent never counts as history.
_PAST = re.compile(
    r"\b(?:used to|when i was (?:little|younger|small|a baby|a kid|\d+|in year \d+|at primary|growing up)"
    r"|years ago|ages ago|a long time ago|long ago|before (?:i came into |i was in |i went into )?care|as a baby"
    r"|in year \d+|back then|at my old|in my old|my old|my first|once when|came into care because"
    r"|(?:thats|that is) why i am in care|why i am in care|was exploited|was groomed|was neglected|was hurt|was bullied)\b"
)
_RECENT = re.compile(
    r"\b(?:yesterday|today|tonight|last (?:night|week|weekend|month)|this (?:week|weekend|morning|month)"
    r"|(?:\d+|a few|two|three|couple of) (?:days|weeks) ago|days ago|still)\b"
)
_SAFE_NOW = re.compile(
    r"(?<!not )(?<!never )(?<!dont )\b(?:safe now|(?:im|i am|we are|were|i feel|i have been) (?:safe|settled)\b"
    r"|(?:happy|fine|ok|okay|settled|better|good) now|now (?:i am|im|we are|were) (?:safe|happy|fine|ok|okay|settled|good)"
    r"|doing (?:loads |much |a lot |so much )?better|in a (?:good|better) place|(?:all|its|it is|was) sorted|dealt with it"
    r"|(?:it|that|the \w+|he|she|they) (?:has |have )?stopped|feels like home|happy where i live|(?:we|i) got away from"
    r"|(?:we|i) got away\b(?! with)|in prison|(?<!no )(?<!never )had (?:loads of |lots of |a lot of )?(?:help|support)"
    r"|(?:camhs|my carers?|they|the police|my social worker|school|counselling|therapy|my therapist) (?:really )?helped"
    r"|now i have (?:proper|my own|a|loads|food|good)|i have got my own|my new school is great|is great now"
    r"|(?:foster|carers|carer) (?:mum |dad )?(?:is|are) (?:amazing|great|lovely|kind|brilliant|the best)"
    r"|amazing cook|police sorted)"
)
# Joking about being told off ("my carer will kill me if im late lol") is not a threat.
_JOKING = re.compile(
    r"\b(?:lol|lmao|lmfao|haha\w*|jk|rofl|xd)\b|\bif (?:i am|im|i get|i was) (?:late|home late)\b"
)
_FIRST_PERSON = re.compile(r"\b(?:i|im|ive|me|my|myself|we|us|our)\b")
_REAL_SUBJECT = re.compile(r"\b(?:i|im|ive|me|my|we|us|our|he|she|hes|shes|his|her)\b")
# "i think county lines is a big problem": an opinion, not the subject of the harm.
_OPINION = re.compile(
    r"\b(?:i|we) (?:think|reckon|believe|guess|feel like|know|would say|learned|learnt|want|did|talked|heard|watched)\b"
)
_PRESENT = re.compile(
    r"\b(?:am|is|are|keeps?|still|now|again|hits|hurts|touches|makes|beats|kicks|gets?|dont|doesnt)\b"
)
_MISSING_TRIVIAL = re.compile(
    r"\b(?:for (?:\d+|a few|five|ten|two) (?:minutes|mins|seconds)|but we found|we found (?:him|her|it)|my (?:dog|cat|phone|keys|hamster))\b"
)


@dataclass
class _Hit:
    category: str
    weight: int
    start: int  # in normalised text
    end: int


_NO_ONE = re.compile(r"\bno one\b")
_I_BEFORE = re.compile(r"\b(?:i|im|ive|we)$")
# A night in the car on a camping trip is not sleeping rough.
_HOLIDAY = re.compile(r"\b(?:camping|festival|holiday|road trip|sleepover|on the way to)\b")


def _negated(before: str, matched: str, after: str) -> bool:
    # The three words before the harm word, counting words inside the match ("i dont self harm").
    words = (before + matched).split()[:-1]
    if not (any(w in _NEGATORS for w in words[-3:]) or _NO_ONE.search(" ".join(words[-5:]))):
        return False
    return not _STILL_HAPPENED.match(after)


def _hits(norm: str) -> list[_Hit]:
    """Every rule match in the normalised text that its framing does not explain away."""
    found: list[_Hit] = []
    safe_now = None  # computed lazily: most answers never need it
    contains = norm.__contains__
    trigrams = {norm[i : i + 3] for i in range(len(norm) - 2)}
    present: list[bool | None] = [None] * len(_LITERAL_SETS)

    def has(i: int) -> bool:
        ok = present[i]
        if ok is None:
            short = _SET_SHORT[i]
            ok = present[i] = bool(short and any(map(contains, short))) or (
                not trigrams.isdisjoint(_SET_TRIGRAMS[i]) and any(map(contains, _LITERAL_SETS[i]))
            )
        return ok

    runnable: list[_Rule] = []
    for first, rules in _RULES_BY_FIRST_SET:
        if first < 0:
            runnable.extend(rules)
            continue
        short = _SET_SHORT[first]
        if (short and any(map(contains, short))) or (
            not trigrams.isdisjoint(_SET_TRIGRAMS[first]) and any(map(contains, _LITERAL_SETS[first]))
        ):
            present[first] = True
            runnable.extend(rules)
    for rule in runnable:
        if len(rule.anchor_ids) > 1 and not all(has(i) for i in rule.anchor_ids[1:]):
            continue
        for m in rule.pattern.finditer(norm):
            start, end = m.span()
            left = norm.rfind(" . ", 0, start)
            s0 = 0 if left < 0 else left + 3
            right = norm.find(" . ", end)
            s1 = len(norm) if right < 0 else right
            matched = m.group()
            before = norm[s0:start]
            if rule.negatable and _negated(before, matched, norm[end : end + 14]):
                continue
            sentence = norm[s0:s1]
            if rule.unless is not None and rule.unless.search(sentence):
                continue
            category = rule.category
            if category == THREATS and "kill" in matched and _JOKING.search(norm[end:s1]):
                continue
            if category == MISSING and _MISSING_TRIVIAL.search(sentence):
                continue
            if category == NEGLECT and "slept" in matched and _HOLIDAY.search(sentence):
                continue
            first_person = bool(_FIRST_PERSON.search(matched) or _I_BEFORE.search(before.rstrip()))
            subject = _OPINION.sub("", " ".join(before.split()[-3:]))
            real = (
                first_person
                or bool(_REAL_SUBJECT.search(subject))
                or (rule.kind == "person" and bool(_REAL_SUBJECT.search(matched)))
            )
            # Fiction can hide anything but the young person's own words; policy talk can hide
            # only what is not about a real person ("kids who self harm", not "my mate self harms").
            if not first_person and _FICTION.search(sentence):
                continue
            if not real and _POLICY.search(sentence):
                continue
            if _PAST.search(sentence) and not _PRESENT.search(matched) and not _RECENT.search(sentence):
                if safe_now is None:
                    safe_now = bool(_SAFE_NOW.search(norm))
                if safe_now:
                    continue
            found.append(_Hit(category, rule.weight, start, end))
    return found


def assess(text: str) -> Verdict:
    """Say whether one answer may disclose harm, which kinds (most likely first) and which words show it."""
    if not text or not text.strip():
        return Verdict(False, (), ())
    norm = _normalise(text)
    if not norm.starts:
        return Verdict(False, (), ())
    hits = _hits(norm.text)
    if not hits:
        return Verdict(False, (), ())
    score: dict[str, int] = {}
    first_seen: dict[str, int] = {}
    for h in hits:
        score[h.category] = score.get(h.category, 0) + h.weight
        first_seen[h.category] = min(h.start, first_seen.get(h.category, h.start))
    categories = tuple(sorted(score, key=lambda c: (-score[c], first_seen[c])))
    cues: list[str] = []
    covered: list[tuple[int, int]] = []
    for h in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        a, b = _original_span(norm, h.start, h.end)
        if any(a >= x and b <= y for x, y in covered):
            continue  # already shown inside a longer cue
        covered.append((a, b))
        cues.append(text[a:b])
    return Verdict(True, categories, tuple(cues))
