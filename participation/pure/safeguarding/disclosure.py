"""Flags answers that may disclose harm to a young person, with the words that triggered the flag."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from participation.pure.safeguarding.types import Verdict

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
#    Framing is judged per sentence, so sport or idiom in one sentence never hides the next.
# The precise rules (2) were tuned on phrasings already seen and caught only about half of the
# sentences written afterwards. So a doubt tier (2b) flags on harm vocabulary itself (a harm word
# near a person, body, bed, night, money or car), and when nothing matched at all, concern signals
# (4) flag a sentence in the young person's own words that shows three different kinds of signal.
# Both are low weight, so the precise rules still decide which category comes first.
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
    "urself": "yourself",
    "yaself": "yourself",
    "yourselfe": "yourself",
    "lecky": "electric",
    "leccy": "electric",
    "bloke": "man",
    "blokes": "men",
    "geezer": "man",
    "paracetomol": "paracetamol",
    "paracetemol": "paracetamol",
    "parracetamol": "paracetamol",
    "tablettes": "tablets",
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


# Words in almost every answer: a literal set holding one of them makes a poor pre-check.
_EVERYDAY = frozenset(
    "i me my us we he she her him his they them it to the a and of in on at for is was are be do did does not"
    " dont get got had have has what when if so all no what to".split()
)


def _selectivity(literals: frozenset[str]) -> tuple[int, int]:
    # Long literals, and few of them, are the least likely to occur in an ordinary answer.
    # A bare space is in every answer: never let it stand for a whole alternative.
    return min(len(a) - 3 * (a.strip() in _EVERYDAY) - 9 * (not a.strip()) for a in literals), -len(literals)


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
    # For the broad co-occurrence rules: the match only counts if its sentence also holds each of
    # these ("slap" needs someone who does it and someone harmed: "dad", "me").
    needs: tuple[re.Pattern[str], ...] = ()


def _r(
    category: str,
    pattern: str,
    weight: int = 2,
    kind: str = "person",
    negatable: bool = False,
    unless: str = "",
    needs: tuple[str, ...] = (),
) -> _Rule:
    compiled = re.compile(pattern)
    return _Rule(
        category,
        compiled,
        weight,
        kind,
        negatable,
        _required_literals(pattern),
        unless=re.compile(unless) if unless else None,
        needs=tuple(map(re.compile, needs)),
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
    _r(
        SELF_HARM,
        r"\b(?:started|been|keep|still|again|into) (?:self harm\w*|cutting|sh)\b(?! (?:down|back|out|up|my hair|hair|class|lessons?|school|corners))",
        3,
    ),
    _r(SELF_HARM, r"\bself harm\w*\b", 2, kind="topic", negatable=True),
    _r(SELF_HARM, r"\bsuicid\w*", 2, kind="topic", negatable=True),
    _r(
        SELF_HARM,
        r"\b(?:cut|cutting|cuts|burn|burning|burns|scratch|scratching|hurt|hurting|harm|harming|starve|starving) (?:my ?self|myself|herself|himself|themselves)\b|\b(?:cut|cutting|cuts|burn|burning|burns|scratch|scratching|harm|harming) (?:my|her|his) (?:arms?|legs?|wrists?|skin|body|thighs?)\b(?! (?:on (?:a|the)|playing|at (?:football|rugby|pe|work)|when i fell|falling|cooking))",
        3,
        negatable=True,
        unless=r"\b(?:eczema|itchy|itch|rash|mosquito|bites|chickenpox|allergy|allergic)\b",
    ),
    _r(
        SELF_HARM,
        r"\b(?:been|is|keeps?|started|stop) cutting\b(?! (?:down|back|out|up|my hair|hair|class|lessons?|school|corners|it fine|paper|cardboard))|\bcutting again\b|\btill (?:they|it) bleeds?\b",
        3,
    ),
    _r(
        SELF_HARM,
        r"\b(?:want(?:s|ed)? to|wanna|wish i could|ready to|deserve to|going to) (?:die|be dead|not be alive|not exist|disappear forever)\b(?! (?:of|for|laughing|when|if))",
        3,
        negatable=True,
    ),
    _r(SELF_HARM, r"\bwish (?:i|she|he) (?:was|were|wasnt|werent) (?:dead|here|alive|born|gone)\b", 3),
    _r(
        SELF_HARM,
        r"\bbetter off (?:dead|without me|in the ground|in a box|not here|not existing|never born|if i (?:was|were)n?t)\b|\bbetter off gone\b",
        3,
    ),
    _r(
        SELF_HARM,
        r"\b(?:dont|do not|didnt) want to (?:be here|be alive|live|exist|wake up|be around|carry on|go on)\b",
        3,
        # "i dont wanna be here at college on a friday": a place and a time, not a life.
        unless=r"\bbe here (?:at|in|on) (?:college|school|work|class|this meeting|this lesson|maths|english|a (?:monday|tuesday|wednesday|thursday|friday))\b",
    ),
    _r(
        SELF_HARM,
        r"\b(?:not|never) wake up\b|\bsleep forever\b|\bdisappear forever\b",
        3,
        unless=r"\b(?:so tired|knackered|exhausted) i could sleep forever\b",
    ),
    _r(
        SELF_HARM,
        r"\bno (?:point|reason) (?:in |of |to )?(?:living|being here|being alive|going on|carrying on|me being here|anything)\b|\bwhats the point (?:in |of )?(?:living|me|life|anything|being here|going on|any more)\b",
        3,
    ),
    _r(
        SELF_HARM,
        r"\bcant (?:go on|carry on|keep going(?! to)|keep doing this|cope|take it|do this|take this)(?: any more| no more| like this)?\b",
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
        r"\b(?:no|whats the|dont see the|theres no|there is no|what is the) point\b(?! (?:in |of )?(?:asking|telling|going|doing|coming|complaining|ringing|having|moving|saying|it if|them|him|her|arguing|trying to|explaining|revising|waiting|buying|learning)\b)",
        2,
    ),
    _r(
        SELF_HARM,
        r"\bwant (?:\w+ ){0,2}(?:to be over|to end|to stop|to all stop|to all end)\b(?! with| so| and then| (?!hurting|feeling|living|existing|breathing)\w+ing\b)",
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
        r"\b(?:i|we|she|he|they|brother|sister|mate|it) (?:get|got|gets|was|were|been|am|is|are|keep getting|keeps getting|still get|still gets|getting|have been|has been) (?:getting |being )?(?:\w+ly )?(?:beaten|battered|hit|hurt|abused|touched|raped|smacked|slapped|punched|kicked|locked in|locked out|starved|molested)\b(?! (?:out|by (?:a|the) (?:ball|car|bus|door|bike)|\d|nil|(?:at|in|on|during|playing|doing) (?:\w+ )?(?:fifa|football|rugby|rounders|netball|pe|training|match|hockey|boxing|a game|the game|the match|the final|chess|cards|uno|monopoly|pool|darts|scrabble|mario kart|fortnite|cricket|tennis)\b))",
        3,
        unless=r"\bwith (?:a|the) (?:\w+ )?(?:ball|netball|football|rugby ball|hockey stick|racket|frisbee|shuttlecock)\b|\bat (?:practice|training)\b",
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
    _r(
        ABUSE,
        r"\b(?:if|when) (?:i|we) (?:tell|told|say anything|grass|snitch)\b",
        3,
        # "when i told my dad i was gay he gave me a hug": telling that went well.
        unless=r"\b(?:gave me a hug|hugged me|(?:was|were) (?:proud|happy|fine|ok|okay|cool|supportive|lovely|great))\b",
    ),
    _r(
        ABUSE,
        r"\bcalls? (?:me|us) (?:(?:little|fat|stupid|dirty|fucking|effing) )?(?:worthless|useless|stupid|fat|ugly|a mistake|a waste|thick|a slag|a slut)\b|\bsays? (?:i am|im|i was) (?:worthless|useless|stupid|a mistake|a waste|nothing)\b(?! magnet| maker| of time)",
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
        unless=r"\b(?:prom|birthday|holiday|school photo|christmas|graduation|for my (?:mum|dad|life story|memory box)|at my (?:match|show|concert|play))\b",
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
        r"\b(?:our|a) (?:little )?(?:game|secret)\b(?! of)|\bspecial (?:friend|cuddles|time)\b|\bmakes? me (?:feel )?(?:uncomfortable|weird|funny|sick|dirty|unsafe|used|gross)\b|\blooks? at me (?:weird|funny|in a weird way|strange)\b|\bmessages? me at night\b|\b(?:im|i am) his (?:favourite|special)\b|\bstay behind\b(?: \w+){0,6} (?:alone|on my own|just me|favourite|dont tell|not to tell)\b",
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
    _r(
        NEGLECT,
        r"\bnothing (?:to eat|in the (?:fridge|cupboards?))\b|\bno food\b",
        3,
        kind="topic",
        # "no food in the house so my carer took us for a big shop": the need was met at once.
        unless=r"\bso (?:we|my carers?|carers?|they|she|he) (?:went|took|got|ordered)\b|\bbig shop\b|\bno food i like\b|\bschool dinners\b|\bcanteen\b",
    ),
    _r(
        NEGLECT,
        r"\b(?:always|go to bed|go to school|go school|all the time|most days|starving and|get|still|constantly) hungry\b|\bhungry (?:all the time|at home|every day|most days|most nights)\b|\bgo hungry\b|\bgo to bed hungry\b",
        3,
        kind="topic",
        unless=r"\b(?:lunch is|period \d|before lunch|after (?:school|football|training|pe|swimming))\b|\beats (?:everything|loads|so much|all the)\b|\b(?:dog|cat|puppy|kitten|hamster|rabbit|fish)\b",
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
        unless=r"\bfeeds the (?:ducks|birds|fish|cat|dog|rabbits?)\b(?! or (?:us|me))|\b(?:cos|because) (?:everyone|were|we are|theyre|they are) (?:is |are )?(?:at|out)\b|\bon (?:saturday|sunday) mornings?\b",
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
        unless=r"\b(?:overslept|running late|not hungry|diet|fasting|ramadan|lent|yet)\b",
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
        unless=r"\b(?:shopping|school bag|shopping bags|his bag when|the bags in)\b",
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
        unless=r"\b(?:birthday|christmas|card|have a go|a go on|borrow|lend me|football|youth club|in my class|to college|to school|his mums car)\b",
    ),
    _r(
        EXPLOITATION,
        r"\b(?:gives?|gave|buys?|bought) (?:me|us|me and my mate|me and my mates) (?:\w+ and )?(?:weed|alcohol|vapes?|drugs|fags|cigs|cigarettes|pills|coke)\b|\b(?:gives?|gave|pays?|paid) (?:me|us) (?:money|cash|\w+ quid) for (?:doing|carrying|dropping|holding|pics|photos|taking)\b",
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
        unless=r"\b(?:youth club|football team|(?:run|runs|ran) (?:a|the) (?:\w+ )?(?:team|club|session|stall|shop))\b",
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
        unless=r"\b(?:ice cream|on fridays|for a treat)\b|\bmy (?:uncle|nan|grandad|aunty|auntie|dad|mum|carers?|brother|sister|foster \w+) (?:comes|came|will come) to pick\b",
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
    _r(
        DOMESTIC,
        rf"\b{_HARM_VERB}(?: \w+)? {_MUM}\b",
        3,
        negatable=True,
        unless=r"\bthrew (?:her|mum|my mum) an? \w+ party\b|\bsurprise\b",
    ),
    _r(
        DOMESTIC,
        rf"\b(?:mums|her|his|nans|aunties) (?:new )?{_PARTNER}\b {_GAP5}(?:{_HARM_VERB}|violent|scary|strangled|screams at|threw) ?(?:her|at her|to her|her up)?",
        3,
        unless=r"\blocks? the (?:car|door|house|shed|garage|gate)\b|\bgrab(?:bed|s)? (?:her|me|us|him) (?:a|an|some)\b",
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
        unless=r"\bdropp\w*|\bby accident\b|\baccidentally\b|\bscreen\b",
    ),
    _r(DOMESTIC, r"\bdomestic (?:abuse|violence)\b", 2, kind="topic"),
    # --- missing -----------------------------------------------------------------------------
    _r(
        MISSING,
        r"\b(?:ran|run|runs|running|going to run|gonna run) (?:away|off)\b|\b(?:do|did|doing) a runner\b|\bleg(?:ged)? it\b|\bawol\b",
        3,
        kind="topic",
        unless=r"\b(?:(?:ran|run|runs|running) (?:away|off)|legged it) (?:to (?:get|catch) (?:the|my|a) (?:bus|train)|from (?:a|the) (?:wasp|bee|spider|dog|goose|swan))\b",
    ),
    _r(
        MISSING,
        r"\b(?:go|goes|went|gone|going|been|is|was|keep going|keeps going) missing\b(?! (?:school|lessons?|class|college|out|my|the|work|appointments|golf|crazy golf|his|her|their|them|him|you|our|home|mum|dad)\b)",
        3,
        kind="topic",
        unless=r"\bmissing (?:from )?(?:maths|english|science|lessons?|class|pe|registration|school photos?)\b|\bto go to the toilet\b",
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
        r"\b(?:not|never|aint|wont be) (?:going|coming|go|come) (?:back|home)\b(?! to (?:school|college|uni|work|class|that (?!placement|home|house|flat|foster)\w+|(?:the )?(?:chippy|shop|gym|cinema|dentist|barbers?|hairdressers?|nandos|mcdonalds|cafe|restaurant)\b))|\b(?:havent|didnt|dont|never|not) (?:been |gone |go |come |came )?(?:back|home)\b(?: (?:to(?! (?:see|visit|my old|school|college)\b)|last|since|for|till|until))|\b(?:dont|didnt|doesnt|never) (?:come|go|came|went|comes|goes) home\b|\b(?:noone|no one|nobody) (?:looks|looked|comes looking|came looking) for (?:me|us|him|her)\b",
        3,
        unless=r"\bevery other (?:week|weekend)\b|\bcontact\b",
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
        r"\b(?:aint|havent|hasnt|has not|have not|not|never) (?:been |come |came |gone )?(?:back|home)\b(?! to (?:school|college|uni|work|class|see|visit|my old)\b)|\b(?:been|be) gone (?:for|since|all|over)\b|\bgone since\b|\b(?:hasnt|havent|aint|not|never|didnt) (?:come|came) back\b|\b(?:noone|no one|nobody|no ones|no one has|nobody has)(?: \w+)? seen (?:her|him|them|my|me)\b|\b(?:take|took|taking|takes) off\b(?! (?:my|his|her|the|your|their|a)\b)|\bwent off with\b|\bsleep (?:wherever|anywhere|where ever)\b",
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
        unless=r"\bwith permission\b|\b(?:my )?carers? (?:knew|know|said|let)\b|\ballowed\b|\bcurfew is\b",
    ),
    _r(MISSING, r"\bpolice (?:bring|brought|bringing|find|found) (?:me|us|him|her) (?:back|home)\b", 3),
    # --- threats, serious bullying, feeling in danger now ----------------------------------------
    _r(
        THREATS,
        r"\b(?:said|says|saying|say|told|tells|threaten\w*|messages?) (?:\w+ ){0,4}(?:will|would|going to|gonna|is going to) (?:hurt|kill|stab|batter|beat|jump|get|do|burn|find|smash|shank|shoot|rape|share|post|leak)\b",
        3,
        unless=r"\bkill for\b|\b(?:smash|do|ace) (?:my|your|the|all my|all your) (?:gcses?|exams?|tests?|mocks?|a levels?|interview|driving test)\b|\bsmash(?:ed)? it\b",
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
        unless=r"\bthreaten(?:s|ed|ing)? to (?:hide|take|confiscate|ban|turn off|switch off|cancel|stop)(?: \w+){0,2} (?:xbox|phone|ps5|wifi|pocket money|tablet|switch|playstation|tv|telly|console|ipad|laptop)\b",
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
        unless=r"\b(?:cos|because) (?:i have|ive got|of) (?:a |my )?(?:test|exam|exams|mocks?|presentation|speech|detention|homework)\b",
    ),
    _r(
        THREATS,
        r"\b(?:following|follows|followed|follow) (?:me|us)\b|\bwait(?:s|ing)? for (?:me|us) (?:after|outside|at)\b|\bthat wait for me\b",
        3,
        unless=r"\bfollow\w* (?:me|us) on (?:insta|instagram|tiktok|snap|snapchat|twitter|x|youtube|twitch|spotify)\b",
    ),
    _r(
        THREATS,
        r"\b(?:i|we) (?:get|got|am|was|been|keep getting|is|are|be|used to be|still get) (?:being |getting )?bull(?:ied|yed)\b|\bbully(?:ing)? (?:me|us)\b|\bcall(?:s|ing)? (?:me|us) names\b",
        3,
    ),
    _r(
        THREATS,
        r"\b(?:got|get|been|was|getting) (?:jumped|stabbed|mugged|robbed|attacked|beaten up|battered)\b(?! (?:\d+|nil|(?:at|in|on|playing) (?:fifa|football|rugby|a game|the game|chess|cards|uno|monopoly|pool|darts|scrabble|mario kart|fortnite))\b)",
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

# ---------------------------------------------------------------------------------------------
# 2b. The doubt tier
# ---------------------------------------------------------------------------------------------
# The rules above were tuned on phrasings already seen and missed about half of sentences written
# later. These rules flag on harm vocabulary itself (a harm word near a person, a body, a place or
# a time) rather than on exact phrasings, at a low weight so the precise rules still decide which
# category comes first. They go through the same framing checks (negation, idiom, sport, policy,
# fiction, past-and-safe), so each one can be broad.

# Physical harm verbs, slang and misspellings included; "nut", "deck", "lamp" are UK slang for hit.
_HARM_BROAD = (
    r"(?:hit|hits|hitting|punch\w*|kick\w*|slap\w*|smack\w*|whack\w*|batter\w*|beat|beats|beating|beaten"
    r"|belt(?:s|ed|ing)?|thump\w*|lamp(?:s|ed|ing)|deck(?:s|ed|ing)|boot(?:s|ed|ing)|twat(?:s|ted|ting)"
    r"|leather(?:s|ed|ing)|wallop\w*|shov\w+|push(?:es|ed|ing)?|grab\w*|drag\w*|strangl\w*|chok(?:e|es|ed|ing)"
    r"|throttl\w*|burn(?:s|t|ed|ing)?|bit|bites|biting|scratch(?:es|ed|ing)?|pin(?:s|ned|ning)?|chuck\w*"
    r"|throw\w*|threw|lob(?:s|bed|bing)?|hurl\w*|fling\w*|flung|slam\w*|headbutt\w*|nut(?:s|ted|ting)"
    r"|stamp(?:s|ed|ing)? on|spit(?:s|ting)? (?:at|on)|spat (?:at|on)|hurt(?:s|ing)?|shak(?:e|es|ing)|shook"
    r"|squeez\w*|twist\w*|pull(?:s|ed|ing)? (?:my|her|his) hair|tie(?:s|d)? (?:me|us) up|yank\w*|hold(?:s|ing)? (?:\w+ )?down|pull(?:s|ed|ing)? (?:me|us|her|him) (?:about|around|by)"
    r"|held (?:\w+ )?down|sits? on|sat on|laid into|lays? into|goes for|went for|go for|floor(?:s|ed)|knock(?:s|ed)"
    r"|clip(?:s|ped)? (?:me |us )?round|nip(?:s|ped)|bully|bullies|bullied|terroris\w*|attack\w*|assault\w*)"
)
_BODY_BROAD = (
    r"(?:head|face|neck|throat|arms?|wrists?|back|legs?|hair|ribs|stomach|belly|tummy|eye|nose|mouth|lip"
    r"|ear|ears|chest|body|skin|fingers?|hands?|bum|privates?|private parts)"
)
_VICTIM = (
    rf"(?:me|us|him|her|them|my (?:{_BODY_BROAD}|mum|nan|sister|brother|little \w+|baby \w+|big \w+)"
    rf"|(?:her|his|their) {_BODY_BROAD}|the baby|the little ones|my (?:mum|dads?|nan)s? \w+)"
)
# Sport, games and play: "i hit the ball", "she kicked me in the match", "pillow fight".
_SPORT_OR_PLAY = (
    r"\b(?:ball|balls|pads|penalty|goal|goals|football|footy|rugby|boxing|box|kickboxing|karate|judo|mma"
    r"|training|match|matches|game|games|fifa|fortnite|xbox|ps5|playstation|netball|hockey|cricket|rounders"
    r"|tag|pillow fight|snowball\w*|water fight|trampoline|bouncy castle|play fight\w*|play fighting"
    r"|wrestl\w*|dodgeball|pe|sports day|chess|cards|uno|monopoly|scrabble|mario kart|pool|darts|quiz|board games?|tickl\w*|hugs?|hugged|cuddl\w*|high five|wasp|bee|dog|cat|puppy"
    r"|door|bike|scooter|fell off|tripped|dogs|cats|horse)\b"
)
# Things that "throw/grab/push/pull me" harmlessly: "hit me up", "grab me a drink", "push me to do better".
_HARMLESS_OBJECT = (
    r"\b(?:hit|hits) (?:me|us) (?:up|with|that)\b|\b(?:it|that|reality|the news|the realisation) (?:\w+ )?hit me\b"
    r"|\bgrab\w* (?:me|us) (?:a|an|some|one)\b|\bpush\w* (?:me|us) (?:to|into doing)\b|\bthrow\w* (?:me|us) (?:a|an)\b"
    r"|\bchuck\w* (?:me|us) (?:a|an|the)\b|\b(?:beat|beats|beaten) (?:me|us|him|her|them) (?:at|in|to)\b"
    r"|\bhit (?:the (?:roof|ceiling|sack|hay|gym|shops|road|nail|jackpot|books)|it off)\b|\bhit and miss\b"
    r"|\bpinch(?:es|ed|ing)? (?:my|me|the|our) (?:chips|food|sweets|stuff|clothes|hoodies?|phone|charger|seat|spot|chocolate)\b|\bburnt? (?:my|the) (?:toast|tea|dinner|food|tongue)\b"
    r"|\b(?:were|was|are|when we|when i) playing\b|\bplay(?:ing)? (?:fight\w*|wrestl\w*|tig|tag)\b|\bknock(?:s|ed)? (?:me|us) (?:up|out of the|off the)\b"
    r"|\bsits? on (?:me|us) (?:in|at|next)\b"
    # One's own accident: "i hit my head on the bunk bed", "he hurt his back at work".
    r"|\b(?:i|he|she|brother|sister|mate) (?:accidentally |just |nearly |always |sometimes )?(?:hit|hurt|bumped|banged|twisted"
    r"|pulled|burnt|burned|bit|cut|scratch|scratches|scratched|broke|sprained) (?:my|his|her) (?:head|back|arm|leg|knee|ankle|wrist|finger|hand|toe|lip|tongue"
    r"|face|nose|shoulder|neck)\b"
)
_STRANGER = (
    r"(?:man|men|guy|guys|lads?|boys|olders|older \w+|people|strangers?|someone|somebody|some \w+|these \w+)"
)
_THREAT_SAY = (
    r"(?:going to|gonna|will|would|ll|wanna|want to|threaten\w*(?: to)?|keeps? saying|keep on saying|said|says|get his \w+ to|get (?:their|her) \w+ to"
    r"|saying|told me|tells me|messag\w*|text\w*|swear\w*)"
)

# Who might harm a young person, and the words of harm itself, for the co-occurrence rules.
_ACTOR = (
    r"(?:mum|dad|step (?:dad|mum|brother|sister)|carers?|foster (?:carers?|mum|dad|brother|sister|parents?)"
    r"|brother|sister|uncle|aunty|auntie|aunt|nan|grandad|grandma|cousin|boyfriend|girlfriend|partner|teacher"
    r"|staff|key worker|he|she|they|lads|boys|girls|man|men|someone|somebody|lodger|neighbour|his mate|her mate)"
)
_PHYS_WORD = (
    r"(?:slap\w*|smack\w*|hit|hits|hitting|punch\w*|kick(?:s|ed|ing)?|twist(?:s|ed|ing)?|drag(?:s|ged|ging)?|squeez\w*"
    r"|strangl\w*|chok(?:e|es|ed|ing)|shov\w*|threw|throws?|throwing|chuck(?:s|ed|ing)?|lob(?:s|bed)|burn(?:s|t|ed)"
    r"|belt(?:s|ed)?|whack\w*|beat(?:s|en|ing)?|batter\w*|bruis\w*|bleed\w*|bled|black eye|pinch\w*|bites|biting"
    r"|scratch(?:es|ed|ing)?|yank\w*|grab\w*|pinned|headlock|thump\w*|wallop\w*|lamp(?:s|ed)|slam(?:s|med)|stamp(?:s|ed)"
    r"|clout\w*|spank\w*|red marks?|welts?|purple|hurt|hurts|hurting)"
)
_MALE_ACTOR = (
    r"(?:uncle|step dad|dad|grandad|man|men|teacher|coach|brother|cousin|lodger|carer|foster dad|foster brother"
    r"|neighbour|he|his mate|his mates|guy|lad|lads|staff|night staff|mums boyfriend|mums friend|mums mate|tutor|son|sons)"
)
_SEX_WORD = (
    r"(?:naked|undress\w*|kiss(?:es|ed|ing)? me|on the lips|touch(?:es|ed|ing)?|privates|private parts|sex\w*|nudes?"
    r"|our secret|normal for|massag\w*|in bed with|his bed|on his lap|his lap|rub(?:s|bed|bing)? (?:my|me|against))"
)
_PRIVATE_PLACE = r"(?:bathroom|bath|shower|toilet|changing rooms?|my room|my bedroom|my bed)"

_DOUBT_RULES: tuple[_Rule, ...] = (
    # --- abuse: a harm verb near a person or a body --------------------------------------------
    _r(
        ABUSE,
        rf"\b{_HARM_BROAD} (?:\w+ ){{0,3}}(?:at |into |against |on |by |in |down )?{_VICTIM}\b",
        1,
        negatable=True,
        unless=_SPORT_OR_PLAY + "|" + _HARMLESS_OBJECT,
    ),
    _r(
        ABUSE,
        r"\b(?:chuck\w*|throw\w*|threw|lob(?:s|bed|bing)?|hurl\w*|fling\w*|flung|slam\w*|shov\w+|push\w*|pin\w*)"
        r" (?:\w+ ){0,4}(?:at|against|into|down|onto|on to|across|off) (?:\w+ ){0,2}"
        r"(?:me|us|my head|my face|him|her|the (?:wall|wardrobe|floor|door|stairs|fridge|radiator|bed|table|window))\b",
        1,
        negatable=True,
        unless=_SPORT_OR_PLAY + "|\\bball",
    ),
    _r(
        ABUSE,
        r"\b(?:fat lip|split lip|busted lip|black eye|bruis\w*|marks on|nose ?bleed|bleeding|bled|cuts on"
        r"|welts?|handprint\w*|finger ?marks)\b"
        r"[^.]{0,50}\b(?:off|from|by|because|cos|gave|give|did|says?|said|told|tell)\b",
        1,
        unless=_SPORT_OR_PLAY,
    ),
    _r(
        ABUSE,
        r"\b(?:say|said|tell|told|says|to say) (?:\w+ ){0,3}(?:i|she|he|we) (?:fell|tripped|walked into|fell over"
        r"|banged)\b|\b(?:tell|told|say|said) (?:\w+ )?(?:school|teachers?|them|anyone|people) (?:that )?i fell\b",
        2,
    ),
    # sexual harm: a bed, a bath, the dark, "feels wrong", what someone does to a child
    _r(
        ABUSE,
        r"\bwhat (?:\w+ ){0,3}(?:does|did|do|keeps doing|has done) to (?:me|us|her|him|my \w+)\b"
        r"|\b(?:does|did|do|doing) (?:stuff|things|bad things|weird things|that) to (?:me|us|her|him)\b",
        2,
    ),
    _r(
        ABUSE,
        r"\b(?:sleep|sleeps|slept|sleeping|get|lie|lay|lying|sit|sits|sitting) (?:\w+ ){0,2}in (?:his|her|their) bed\b"
        r"|\b(?:in|into|to|at|near|outside) (?:my|her|his|our) (?:room|bed|bedroom|door)\b[^.]{0,30}\b(?:at night|in the night|when everyone)\b"
        r"|\b(?:at night|in the night)\b[^.]{0,30}\b(?:my|our) (?:room|bed|bedroom|door)\b",
        1,
        # Someone else has to be in it: "i sneak snacks into my room at night" is no one's harm.
        needs=(
            r"\b(?:he|him|his|she|they|them|someone|somebody|man|men|uncle|dad|step dad|brother|cousin|carer|staff"
            r"|worker|lodger|boyfriend|grandad|neighbour|son|mums \w+)\b",
        ),
    ),
    _r(
        ABUSE,
        r"\b(?:feels?|felt|it is|its|was|that is|thats) (?:\w+ )?(?:wrong|not right|weird|creepy|dirty|gross)\b"
        r"(?=[^.]{0,60}\b(?:he|him|his|uncle|man|dad|step dad|cousin|brother|carer|touch\w*|bed|dark|room|night|alone|bath|shower)\b)"
        r"|\b(?:he|him|uncle|man|dad|step dad|cousin|brother|carer)\b[^.]{0,60}\b(?:feels?|felt|it is|its) (?:\w+ )?(?:wrong|not right|weird|creepy)\b"
        r"|\b(?:in the dark|with the lights off|lights off)\b",
        1,
        unless=r"\b(?:scared of|afraid of|film|game|power cut|cinema|torch|camping|sleepover|glow)\b",
    ),
    _r(
        ABUSE,
        r"\b(?:sit|sitting|sat) (?:on|with) (?:him|his lap|her lap|them) (?:in the dark|alone|on (?:my|his|her) own|in (?:his|her) room)\b"
        r"|\b(?:makes?|made|making|wants?|wanted|asks?|asked) (?:me|us) (?:to )?(?:sleep|sit|lie|lay|get|stay) (?:\w+ ){0,3}(?:with him|with her|in his|in her|on his|on her|in bed|alone)\b",
        2,
    ),
    _r(
        ABUSE,
        r"\b(?:touch\w*|rub\w*|feel\w*) (?:me|my|us) (?:up|under|there|down there|when|at night|in)\b|\bdown there\b"
        r"|\bnaked\b|\bundress\w*|\bin the (?:bath|shower)\b(?=[^.]{0,40}\b(?:he|him|man|guy|watch\w*|video|film\w*|pics|photos|camera|comes in)\b)",
        1,
        unless=r"\b(?:film|game|show|netflix)\b",
    ),
    _r(
        ABUSE,
        r"\b(?:calls?|called|calling|tells?|told|says?|said) (?:me|us) (?:im |i am |that im |that i am )?(?:a |an )?"
        r"(?:worthless|useless|stupid|fat|ugly|thick|pathetic|disgusting|a mistake|waste of space|nothing|fat pig|dumb|retard\w*)\b",
        1,
    ),
    # --- self-harm and suicide ----------------------------------------------------------------
    _r(
        SELF_HARM,
        r"\b(?:cut|cuts|cutting|scratch\w*|burn\w*|pick\w*|carv\w*|dig\w*|bash\w*|bang\w*|slash\w*) (?:at |into )?(?:my|her|his) (?:arms?|wrists?|legs?|skin|thighs?|hips?|stomach|tummy|body)\b"
        r"|\b(?:compass|sharpener|blade|razor|scissors|glass|lighter)\b[^.]{0,40}\b(?:my (?:arms?|wrists?|legs?|skin|thighs?)|on my ?self|when it gets|to feel)\b"
        r"|\b(?:my (?:arms?|wrists?|legs?|skin|thighs?))\b[^.]{0,40}\b(?:compass|sharpener|blade|razor|scissors)\b",
        2,
        negatable=True,
        unless=r"\b(?:fell|accident|cooking|gardening|brambles?|nettles?|cat|dog|kitten|hamster|football|rugby|eczema|itchy|mosquito|sunburn\w*|sun)\b",
    ),
    _r(
        SELF_HARM,
        r"\b(?:dont|do not|stopped|stop|never|no longer|not) (?:even |really )?(?:care|caring|bothered) (?:if|whether|about) (?:i|im|me) (?:wake|live|die|living|dying|am alive|survive|get hurt|get killed)\w*\b"
        r"|\b(?:wouldnt|would not|dont|do not) (?:care|mind) if i (?:died|was dead|didnt wake|got hit by|never woke|wasnt here)\b",
        3,
    ),
    _r(
        SELF_HARM,
        r"\b(?:paracetamol|tablets|pills|meds|medication|painkillers|sleeping pills|anti ?depressants)\b",
        1,
        kind="topic",
        unless=r"\b(?:(?:need|needed|take|took|have|had|get|got) (?:a|one|two|some) (?:paracetamol|tablet|pill|painkiller)s?|headache|for (?:my|a|the|his|her) (?:asthma|adhd|epilepsy|hay ?fever|headaches?|migraines?|period|periods|allergies|skin|acne|cold|flu|teeth|tooth|back|pain)"
        r"|doctor|doctors|prescri\w*|gp|chemist|pharmacy|contraceptive|the pill|dentist|nurse|hospital gave|vitamins?"
        r"|forget to take|forgot to take|remember to take|reminds? me to take|help me sleep better|waiting list)\b"
        r"|\b(?:take|takes|taking|took|on) my (?:meds|medication|tablets|pills)\b(?! (?:all|at once|in one go))",
    ),
    _r(
        SELF_HARM,
        r"\b(?:how (?:many|much)|all (?:of )?(?:my|her|his|the|their|mums?|dads?)|swallow\w*|down(?:ed|ing)? (?:a|the|all)|more \w+ than (?:i|she|he) should|a whole (?:packet|box|pack)|stockpil\w*|sav(?:e|ed|ing) up|hoard\w*|collect\w*|overdo\w*)\b"
        r"[^.]{0,30}\b(?:paracetamol|tablets|pills|meds|medication|painkillers)\b"
        r"|\b(?:paracetamol|tablets|pills|meds|medication|painkillers)\b[^.]{0,30}\b(?:it takes|to die|enough|all of them|the lot|dont feel anything|not feel|numb)\b",
        3,
    ),
    _r(
        SELF_HARM,
        r"\b(?:bridge|roof|rooftop|ledge|edge|cliff|tracks|railway|train line|motorway|multi ?storey|car park roof|top floor)\b"
        r"[^.]{0,50}\b(?:thinking|thought|for ages|jump\w*|end|ending|alone|on my own|stand\w*|stood|looking down|over the edge|at night|last night|again)\b"
        r"|\b(?:stood|stand|standing|sat|sit|sitting|climbed|go|went|goes|walk\w*) (?:\w+ ){0,2}(?:on|up|to|at|by) (?:the |a |that |this )?(?:\w+ )?(?:bridge|roof|ledge|edge|cliff|tracks|railway)\b",
        2,
        unless=r"\b(?:ducks?|photos?|pictures|selfies?|view|trip|holiday|school trip|walk the dog|fireworks|lol|haha)\b",
    ),
    _r(
        SELF_HARM,
        r"\bkill (?:yourself|your self)\b|\bgo (?:and )?die\b|\b(?:hang|end) (?:yourself|your self)\b|\bno one would (?:care|miss you)\b",
        2,
    ),
    _r(
        SELF_HARM,
        r"\bplan(?:s|ning|ned)? (?:how|when|where|what) (?:to|i will|im going to|ill)\b|\bplan(?:s|ning|ned)? to (?:do it|end|go through|not be)\b"
        r"|\b(?:the|this|my) pain (?:gone|to go|to stop|to end|go away|away)\b|\bnot (?:feel|feeling) anything\b|\bdont feel anything\b"
        r"|\bhow to (?:do it|end it|die|not wake|disappear)\b|\bdo it (?:properly|this time|soon|tonight)\b"
        r"|\b(?:goodbye|last) (?:message|messages|letter|letters|note|notes|video|text|post)\b"
        r"|\b(?:step|stepping|stepped|walk|walking|walked|jump|jumping|run|running|throw my ?self|lie|lying) (?:out )?in front of (?:a|the|some) (?:bus|train|car|lorry|truck|van|traffic)\b"
        r"|\b(?:cant|couldnt) (?:see|find) (?:a|any) (?:way out|point|reason)\b",
        2,
        unless=r"\b(?:holiday|party|birthday|trip|revision|homework|exam|essay|project)\b",
    ),
    _r(
        SELF_HARM,
        r"\b(?:i am|im|i feel|feel|feeling|felt) (?:so |really |just |completely |totally )?(?:worthless|hopeless|empty inside|a waste of space|numb|like a burden|like nothing|like giving up|done with everything|suicidal|broken inside)\b"
        r"|\b(?:want|wanted|wanna|going) to (?:give up on (?:life|everything)|stop existing|not be here|sleep forever|fade away|vanish)\b"
        r"|\b(?:hate|hating|hated) (?:my ?self|who i am|me)\b|\bwant to die\b|\b(?:die|dead) inside\b",
        2,
        negatable=True,
    ),
    _r(
        SELF_HARM,
        r"\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|end|ending) (?:my ?self|myself|it)\b(?=[^.]{0,40}\b(?:think|thought|thinking|want|wanna|feel like|again|every|sometimes|urge)\b)"
        r"|\b(?:think|thought|thinking|want|wanna|urge)\b[^.]{0,30}\b(?:kill|hurt|harm|cut|end) (?:my ?self|myself)\b",
        2,
    ),
    # --- neglect ------------------------------------------------------------------------------
    _r(
        NEGLECT,
        r"\b(?:no|not got|not had|havent got|havent had|aint got|aint had|hasnt been any|there is no|theres no|without|ran out of|run out of|cut off)\b (?:any )?(?:electric|electricity|gas|heating|hot water|power|credit on the meter|meter money|gas or electric|electric or gas)\b"
        r"|\b(?:electric|electricity|gas|heating|power) (?:has |got |is |was )?(?:been )?(?:cut off|run out|ran out|off for|gone off for)\b",
        2,
        unless=r"\b(?:power cut|for a day|fixed|landlord fixed|came back on|got sorted|sorted it)\b",
    ),
    _r(
        NEGLECT,
        r"\b(?:little ones|the baby|my (?:little |baby |younger )?(?:brothers?|sisters?|siblings)|the kids|we|us|i)\b[^.]{0,25}\b(?:freezing|starving|hungry|cold|filthy|dirty|smelly|stinking)\b"
        r"(?=[^.]{0,40}\b(?:for a week|for days|all the time|every night|every day|at home|in the house|in the flat|no food|no heating|no electric|no gas|nothing|again|always|never)\b)"
        r"|\b(?:little ones|the baby|my (?:little |baby |younger )?(?:brothers?|sisters?|siblings))\b (?:are|is|were|was|get|gets|go|always) (?:always |so |really )?(?:freezing|starving|hungry|cold|filthy|dirty|smelly)\b",
        2,
        unless=r"\b(?:lunch is|period \d|after (?:school|training|football|the trip)|chippy|football|training|outside|snow|beach|swim\w*|pool)\b",
    ),
    _r(
        NEGLECT,
        r"\b(?:mum|dad|mums|dads|step dad|step mum|parents|nan|she|he|they|carers?)\b(?: \w+){0,3} (?:is |are |was |were |gets |get |always )?(?:always |usually |often |constantly |too )?"
        r"(?:out of it|off (?:her|his|their) (?:face|head|tits|nut|trolley)|wasted|drunk|pissed|hammered|stoned|passed out|mashed|on the drink|on drugs|on the gear|using again|using|high)\b",
        2,
        unless=r"\b(?:high up|high school|high five|get high marks|at the wedding|christmas|new year|birthday party)\b",
    ),
    _r(
        NEGLECT,
        r"\b(?:goes|go|went|gone|out|is out|are out) (?:out )?(?:drinking|on the drink|on a bender|partying|clubbing|raving|getting drunk|on the piss)\b"
        r"|\b(?:drinking|drinks|drunk) (?:\w+ )?(?:all day|every day|every night|all night|till|until|again|from the morning|in the morning|from breakfast)\b"
        r"|\b(?:drinks?|drinking|smokes?|smoking|uses?|using)\b (?:\w+ ){0,2}(?:every day|all day|all the time|in front of (?:us|me)|when (?:we|i) (?:are|am) there)\b",
        2,
        unless=r"\b(?:tea|coffee|water|juice|milk|pop|squash|vape|vapes|i drink|i smoke)\b",
    ),
    _r(
        NEGLECT,
        r"\b(?:look after|looking after|looks after|looked after|mind|minding|watch|watching|babysit\w*|feed|feeding|take care of|taking care of|get ready|getting ready|do the school run for|sort out|change|changing|bath|bathing|put to bed|putting)"
        r" (?:the baby|the babies|the little ones|the kids|my (?:little |baby |younger )?(?:brothers?|sisters?|siblings|baby \w+))\b",
        1,
        unless=r"\b(?:like|love|enjoy|enjoyed|favourite|fun|help (?:my )?(?:carers?|foster)|my carers|foster (?:mum|dad|carer))\b",
    ),
    _r(
        NEGLECT,
        r"\b(?:do|does|doing|did) the school run\b|\b(?:i|we) (?:have to|got to|gotta) (?:cook|do (?:all )?the (?:cooking|washing|shopping))\b"
        r"|\b(?:look after|looking after|care for|caring for) (?:my|our) (?:mum|dad)\b|\byoung carer\b",
        1,
    ),
    _r(
        NEGLECT,
        r"\b(?:tea|dinner|breakfast|lunch|tea time)\b (?:is |was )?(?:usually |always |often |just |normally |most days )?(?:a |just )?(?:packet of |bag of |bowl of |slice of )?(?:crisps|cereal|dry cereal|toast|nothing|sweets|biscuits|noodles|bread)\b"
        r"|\bif (?:i am|im|we are|were) lucky\b(?=[^.]{0,40}\b(?:eat|food|tea|dinner|meal)\b)|\b(?:food|tea|dinner|meal)\b[^.]{0,30}\bif (?:i am|im|we are|were) lucky\b"
        r"|\b(?:steal|stealing|nick|nicking|take|taking) (?:food|bread|sandwiches)\b|\bfood ?bank\b(?! voucher)|\bbins? for food\b",
        2,
        unless=r"\b(?:when i move out|when i leave|money was late|its ok now|sorted)\b",
    ),
    _r(
        NEGLECT,
        r"\b(?:stinks|stinky|smells|reeks|stench|poo|poop|wee|piss|dog mess|cat mess|rubbish everywhere|bin bags|cockroach\w*|mice|rats|bed ?bugs|maggots|fleas|mould|mouldy|damp)\b"
        r"(?=[^.]{0,60}\b(?:floor|flat|house|home|room|bedroom|kitchen|bed|sleep|everywhere|carpet|sheets|mattress)\b)"
        r"|\b(?:floor|flat|house|home|room|bedroom|kitchen|bed|carpet|sheets|mattress)\b[^.]{0,50}\b(?:stinks|smells|reeks|poo|wee|dog mess|cockroach\w*|mice|rats|bed ?bugs|maggots|fleas|filthy|minging|manky)\b"
        r"|\bsleep\w* (?:in|with) (?:my|our|me) (?:coats?|jackets?|clothes|uniform)\b",
        2,
        unless=r"\b(?:lol|haha|brother farted|my socks|gym bag|teenage|bleach|clean\w*|air freshener|candles?|cooking|baking|dinner|lovely|nice|new paint)\b",
    ),
    _r(
        NEGLECT,
        r"\b(?:same|dirty|smelly|ripped|wet) (?:clothes|socks|uniform|pants|knickers|top|school shirt|trousers)\b(?: \w+){0,4} (?:all week|every day|for days|for weeks|again|all the time)\b"
        r"|\bnever (?:any |got |have )?(?:clean|washed) (?:clothes|socks|uniform|pants)\b|\bno (?:clean|washed) \w+\b"
        r"|\b(?:kids|people|they) (?:say|said|tell) i (?:smell|stink)\b|\bi (?:smell|stink) (?:at school|because|cos)\b",
        2,
    ),
    _r(
        NEGLECT,
        r"\b(?:locked|lock|locks|shut|kept) (?:me |us )?out\b(?! of (?:my )?(?:account|phone|game|xbox|ps5|app))"
        r"|\b(?:sleep|sleeps|sleeping|slept|kip|kipping|kipped|dossing|doss)\b (?:\w+ ){0,2}(?:on the floor|in the car|in a car|in a tent|on the street|on the streets|in the park|in a stairwell|on a bench|in a doorway|in the garden|on the stairs|on a sofa|on sofas|on someones sofa|on mates sofas)\b"
        r"|\b(?:left|leave|leaves|leaving) (?:me |us |them |the baby |my (?:little |baby )?\w+ )?(?:alone|on (?:my|our|their|his|her) own|by (?:my|our) ?sel\w+|in the house|in the flat)\b(?: \w+){0,3} (?:all|for|overnight|over|till|until|while|when|at night|every)\b",
        2,
        negatable=True,
        unless=r"\b(?:camping|festival|holiday|sleepover|road trip|when i was little but|my carers? (?:let|trust))\b",
    ),
    # --- exploitation -------------------------------------------------------------------------
    _r(
        EXPLOITATION,
        rf"\b{_STRANGER}\b[^.]{{0,40}}\b(?:give|gives|gave|giving|buy|buys|bought|buying|offer\w*|get|gets|got)\b (?:me|us|my mate|my mates|her|him|them) (?:\w+ ){{0,2}}"
        r"(?:free stuff|stuff|things|weed|money|cash|phones?|trainers|clothes|vapes?|vodka|alcohol|drink|drinks|booze|beer|cider|cigs|fags|lifts?|food|takeaways?|nandos|mcdonalds|presents|gifts|designer \w+)\b",
        1,
        unless=r"\b(?:birthday|christmas|carers?|foster|my social worker|my pa|school|college|youth club|charity|the council)\b",
    ),
    _r(
        EXPLOITATION,
        r"\b(?:free stuff|free weed|free vapes?|free food|for free)\b(?=[^.]{0,60}\b(?:now|owe|want|wants|wanted|ask|asks|asked|make|makes|tell|tells|said|says)\b)"
        r"|\b(?:buys?|bought|buying|give|gives|gave) (?:me|us|my mate|her|him) (?:vodka|alcohol|drink|drinks|booze|weed|vapes?|cigs|fags|beer|cider|drugs|pills|coke|balloons|nos)\b",
        2,
        unless=r"\b(?:my carers?|foster|birthday)\b",
    ),
    _r(
        EXPLOITATION,
        r"\b(?:want|wants|wanted|get|gets|got|getting|make|makes|made|ask|asks|asked|tell|tells|told|need|needs|needed|pay|pays|paid)"
        r" (?:me|us|my mate|her|him) to (?:take|carry|hold|drop|deliver|run|move|sell|keep|stash|look after|mind|bring|pick up|collect|go to|go up to|go down to|meet|rob|steal|nick|shoplift|break into)\b"
        r"(?:[^.]{0,40}\b(?:bags?|packages?|parcels?|stuff|things|phone|money|drugs|weed|it|birmingham|london|manchester|liverpool|leeds|bristol|town|city|train|car|them|him|people|someone|for them|for him))",
        2,
        unless=r"\b(?:my carers?|foster|my social worker|my pa|teacher|shopping|dishwasher|washing|homework|recycling|the dog|school trip)\b",
    ),
    _r(
        EXPLOITATION,
        r"\b(?:hold|holding|holds|held|answer|answering|look after|looking after|mind|minding|carry|carrying|keep|keeping) (?:his|their|the|a|this|that|some) (?:phone|line|burner|work|package|parcel|bag|bags)\b"
        r"(?=[^.]{0,60}\b(?:ringing|rings|calls|people|for (?:him|them)|food|work|stuff|money|owe|older|lads|cousin|brother|man|guy)\b)"
        r"|\bringing (?:for|about) (?:food|work|stuff|bits|the stuff)\b",
        2,
    ),
    _r(
        EXPLOITATION,
        r"\b(?:owe|owes|owed|owing) (?:them|him|these|those|the (?:lads|men|boys|olders|guys)|some \w+|people|money|a debt|\w+ quid|hundreds)\b"
        r"|\bpay (?:them|him) back\b|\bin debt (?:to|with)\b|\bwork it off\b|\bpay it off\b(?=[^.]{0,30}\b(?:them|him|lads|men|owe)\b)",
        2,
        unless=r"\b(?:phone bill|contract|council tax|student loan|overdraft|rent arrears|universal credit|bank|klarna|catalogue|my mate a|a fiver|a tenner)\b",
    ),
    _r(
        EXPLOITATION,
        r"\b(?:men|man|lads|guys|guy|olders|older \w+|strangers?|people)\b (?:\w+ ){0,2}in (?:cars|a car|his car|their cars?|vans?|a van|a taxi)\b"
        r"|\b(?:get|gets|got|getting|goes|go|went|going|jump|jumps) (?:off )?(?:in|into) (?:cars|a car|his car|their cars?|vans?|a van) (?:with|of) (?:men|lads|people|older|strangers|guys|a man|someone)\b"
        r"|\bgoes off with (?:men|lads|older|guys|a man|people|strangers)\b|\bpicks? (?:me|us|her|him|them) up (?:late|at night|at \d+|in the night|after dark)\b"
        r"|\bpicked up (?:late|at night|at \d+|in the night|after dark)\b",
        2,
        unless=r"\b(?:directions|the way to|taxi|driving instructor|my carers?)\b",
    ),
    _r(
        EXPLOITATION,
        r"\b(?:lifts?|rides?) (?:off|from|with|in) (?:a|some|this|an older|older|these|the) (?:man|guy|lad|lads|men|older \w+)\b"
        r"|\b(?:a|this|some|the) (?:man|guy|lad|men) (?:\w+ ){0,3}(?:in (?:his|her) (?:20s|30s|40s|50s|twenties|thirties|forties|fifties|late \w+)|who (?:is|s) (?:1[89]|[2-9]\d)|(?:is|s|says hes|says he is|said hes|said he was) (?:1[5-9]|[2-9]\d))\b"
        r"|\bin (?:his|her) (?:20s|30s|40s|50s|twenties|thirties|forties|fifties)\b",
        2,
    ),
    _r(
        EXPLOITATION,
        r"\b(?:guy|man|men|someone|somebody|person|people|lad|lads|girl|boy|account|stranger)\b (?:\w+ ){0,2}(?:on|off|from|through|i met on|we met on) (?:snapchat|snap|insta|instagram|tiktok|discord|online|facebook|roblox|the internet|an app|whatsapp|omegle|telegram|kik)\b"
        r"|\b(?:met|meet|meeting|chatting|talking|speaking) (?:\w+ ){0,3}(?:on|off|from|through) (?:snapchat|snap|insta|instagram|tiktok|discord|online|facebook|roblox|the internet|an app|omegle|kik)\b"
        r"|\bvideo call\w*\b(?=[^.]{0,40}\b(?:bath|shower|bed|naked|alone|at night|in my room|camera on|pyjamas|underwear|delete)\b)"
        r"|\b(?:add|adds|added|message|messages|messaged|dm|dms|snap|snaps) (?:me|us)\b[^.]{0,40}\b(?:older|man|guy|men|meet|secret|delete|dont tell|pics|bath|bed)\b",
        2,
        unless=r"\b(?:my mates? from school|my cousin|my carers?|safety lesson|e ?safety|assembly|follow (?:me|us) on|followers|dance videos?|likes|views)\b",
    ),
    _r(
        EXPLOITATION,
        r"\b(?:party|parties|partying|chill\w*|hang\w* out|hang\w* about|drink\w*|smok\w*|go round|goes round|went round|stay\w*) (?:at |with |round )(?:\w+ ){0,2}(?:older|grown|men|mans|mens|lads|guys)\b"
        r"|\bcomes? back with (?:\w+ ){0,3}(?:phones?|trainers|money|cash|clothes|stuff|weed|designer|bags|presents|gifts|nails|hair done)\b"
        r"|\b(?:take|takes|taking|took|bring|brings|drop|drops|run|runs) (?:a |the |some |this )?(?:bag|bags|package|packages|parcel|parcels|box) (?:to|down to|up to|for)\b",
        2,
    ),
    # --- domestic abuse -----------------------------------------------------------------------
    _r(
        DOMESTIC,
        rf"\b(?:dad|step dad|he|boyfriend|partner|husband|ex|mums \w+|her \w+|man)\b (?:\w+ ){{0,3}}{_HARM_BROAD} (?:\w+ ){{0,2}}(?:my mum|mum|her|my nan|my step mum|my aunty)\b",
        1,
        negatable=True,
        unless=_SPORT_OR_PLAY,
    ),
    _r(
        DOMESTIC,
        r"\b(?:screams?|screaming|screamed|shouts?|shouting|shouted|yells?|yelling|yelled|swears?|swearing|kicks? off|kicking off) (?:at|on) (?:her|my mum|mum|my nan|each other|my step mum)\b"
        r"|\b(?:mum and dad|mum and \w+|dad and \w+|my parents|they|parents)\b (?:\w+ ){0,2}(?:fight|fights|fighting|hit each other|scream at each other|screaming at each other|shouting at each other|go at each other|throwing stuff)\b",
        2,
    ),
    _r(
        DOMESTIC,
        r"\b(?:smash|smashing|smashed|smashes|kick|kicking|kicked|kicks|break|breaking|broke|punch\w*|put (?:his|her) fist through)\b (?:in )?(?:the |our |my |her |their |his )?(?:windows?|doors?|door in|door down|house up|place up|plates|tv|telly|walls?|phone)\b",
        1,
        unless=r"\b(?:by accident|accidentally|ball|football|game|fifa|slam\w*|my phone screen|dropped)\b",
    ),
    _r(
        DOMESTIC,
        r"\b(?:when|every time|whenever|before|as soon as|once) (?:he|she|they|dad|step dad|mums boyfriend|his car|her boyfriend|he is|hes)\b[^.]{0,40}\b(?:upstairs|hide|hiding|quiet|shaking|terrified|scared|frightened|lock (?:the|my) door|be good|tiptoe|walk on eggshells)\b"
        r"|\b(?:go|stay|hide|wait|sent) (?:upstairs|in (?:my|our) rooms?|in the bathroom|under the bed)\b(?: \w+){0,3} (?:and be quiet|quiet|till he|until he|when he|when she|till she)\b"
        r"|\bwalk(?:ing)? on eggshells\b",
        2,
        unless=r"\b(?:hide and seek|surprise|present|birthday)\b",
    ),
    _r(
        DOMESTIC,
        r"\bpolice (?:came|come|comes|were called|was called|got called|get called|turn(?:ed)? up|keep coming|at (?:our|the|my) (?:house|flat|door))\b"
        r"|\b(?:rang|called|ring|call|phoned|phone) (?:999|the police|the feds)\b|\b(?:restraining order|non molestation|refuge)\b",
        2,
        unless=r"\b(?:school trip|visit|visited|talk|assembly|careers)\b",
    ),
    _r(
        DOMESTIC,
        r"\bmums (?:new )?(?:boyfriend|partner|fella|husband)\b[^.]{0,50}\b(?:angry|kicks off|kicking off|drunk|shouts|screams|scares|scary|hurts|hits|controls|wont let|tells her|calls her|pushes|throws|grabs|locks (?:her|us|me)|takes her|checks her|threatens|jealous|punch\w*|slap\w*)\b"
        r"|\b(?:calls?|calling|tells?|told|called) (?:her|my mum|mum) (?:shes |she is |that shes |that she is )?(?:a |an )?(?:useless|stupid|worthless|fat|ugly|nothing|thick|slag|slut|whore|bitch|pathetic|mental|crazy)\b"
        r"|\bwont let (?:her|mum|my mum) (?:out|go out|leave|see|have|talk|use|work|go)\b"
        r"|\b(?:comes|come|came|gets|get|got|coming) (?:home|back|in) (?:drunk|wasted|angry|off his face|off her face|steaming|smashed|pissed|high)\b"
        r"|\b(?:keeps?|kept) (?:turning|showing|coming) up\b(?=[^.]{0,40}\b(?:ex|he|him|dad|screaming|shouting|smash\w*|drunk|banging|threat\w*)\b)",
        2,
    ),
    _r(
        DOMESTIC,
        r"\b(?:takes?|took|taking) (?:my|her) (?:phone|money|bank card|keys|card) (?:off|from|away)\b|\b(?:jealous|controlling|possessive)\b(?=[^.]{0,50}\b(?:hits|hit|takes|checks|wont let|shouts|grabs|slaps|pushes|phone|tracks)\b)"
        r"|\b(?:boyfriend|girlfriend|partner|husband|wife|ex)\b[^.]{0,30}\b(?:hits|slaps|pushes|grabs|chokes|punches|kicks|strangles|controls|tracks|wont let|threatens|hurts)\b",
        2,
    ),
    # --- missing ------------------------------------------------------------------------------
    _r(
        MISSING,
        r"\b(?:bailed|bolted|bounced|legged it|did one|done one|do one|walked out|climbed out|snuck out|sneak out|sneaks out|sneaking out|took off|run off|ran off|runs off|escaped)\b"
        r"(?: (?:from|of|out of|outta))? (?:the |my |me )?(?:placement|home|carers|foster \w+|house|unit|window|resi|childrens home|care home|hostel|there)\b"
        r"|\b(?:bailed|bolted|legged it|did a runner|done a runner|escaped)\b",
        2,
        unless=r"\b(?:to get the bus|to the shop|for the bus|to catch|fire drill|lesson|class|detention|meeting|from the wasp|from a wasp|from the dog)\b",
    ),
    _r(
        MISSING,
        r"\b(?:doss\w*|sofa surf\w*|kipping at|kip at|crashing at|crash at|stopping at|staying at|sleeping at|slept at|stayed at) (?:\w+ ){0,2}(?:mates|friends|someones|some \w+|peoples|a mates|random|strangers|his|hers|their|different)\b"
        r"(?=[^.]{0,60}\b(?:since|for|days|nights|weeks|instead|cant go|wont go|not going|didnt go|because|cos|bailed|ran|left)\b)|\bdoss\w*\b",
        2,
        unless=r"\b(?:sleepover|birthday|allowed|my carers said|carers let|with permission|for a sleepover)\b",
    ),
    _r(
        MISSING,
        r"\b(?:disappear\w*|vanish\w*|go off|goes off|went off|gone off|take off|takes off|took off|go awol|gone awol)\b (?:\w+ ){0,3}(?:for (?:days|hours|the night|nights|the weekend|weekends|weeks|a few days|two days|a week|ages)|at weekends|every weekend|all night|overnight|at night|and no one|and nobody|and noone)\b"
        r"|\b(?:dont|doesnt|didnt|dont even|no one|noone|nobody|never) (?:have |has |had |got )?(?:a |any )?(?:clue|idea) where (?:i|she|he|they|we) (?:go|goes|went|am|is|are|was|sleep|stay|be)\b",
        2,
        unless=r"\b(?:my (?:cat|dog|phone|keys|hamster|tortoise)|the cat|the dog|magic|trick)\b",
    ),
    _r(
        MISSING,
        r"\b(?:stay|stayed|staying|stays|out|outside|was out|were out) (?:out )?(?:till|until|to|past) (?:\d+ ?(?:am|in the morning)|\d+am|the early hours|sunrise|dawn|3|4|5|6)\b"
        r"|\b(?:noone|no one|nobody|no ones|noones) (?:is |has |even |)?(?:looking|looked|come looking|reported|bothered looking|searching)\b"
        r"|\b(?:nobody|noone|no one) (?:even )?(?:noticed|notices|realised|rang|reported) (?:i|she|he|we) (?:was|were|am|is|had) (?:gone|missing|out|not)\b"
        r"|\bpolice (?:were )?(?:looking for|searching for|out looking)\b|\breport(?:s|ed|ing)? (?:me |her |him |us |them )?(?:as )?missing\b"
        r"|\b(?:leaving|leave|left|leaves|sneak\w* out of|climb\w* out of) (?:my|the|our) (?:placement|home|unit|carers|foster home|care home|childrens home|house|window)\b"
        r"(?: \w+){0,2} (?:at night|every night|in the night|without telling|and not coming back|for days|overnight|when everyone)\b",
        2,
    ),
    # --- threats, serious bullying, feeling in danger now ---------------------------------------
    _r(
        THREATS,
        rf"\b{_THREAT_SAY}\b (?:\w+ ){{0,5}}(?:put|putting) (?:me|us|him|her|my \w+) in (?:hospital|a box|the ground|a wheelchair|intensive care|a coma)\b"
        rf"|\b{_THREAT_SAY}\b (?:\w+ ){{0,4}}(?:slash|cut|smash|stamp on|kick in|cave in|knock out|bash in|rip off|break|snap|burn|mess up|sort out|do in|end|merk|wet|shank|stab|batter|beat|jump|rush|bang|knock|kill|hurt|get|smack|punch|kick|slap|find) "
        r"(?:me|us|my (?:face|head|teeth|legs|arms?|neck|jaw|nose|house|car|mum|family|brother|sister|little \w+|door|windows?)|him|her|you|your (?:face|head|teeth|legs|neck))\b",
        2,
        unless=r"\b(?:gcses?|exams?|test|mock|interview|homework|lol|haha|if (?:i am|im|i get|i was) late|game|fifa|fortnite|xbox|tickle)\b",
    ),
    _r(
        THREATS,
        r"\bknow (?:my|our|where my|where our) (?:address|house|school|postcode|flat)\b|\b(?:coming|come|came|turning up|turn up|turned up) (?:round|to my|to our|for me|for us|to (?:the )?(?:house|flat|school))\b"
        r"(?=[^.]{0,40}\b(?:know|threat\w*|sort|get|hurt|scared|messag\w*|said|saying|they|he|lads|gang)\b)"
        r"|\b(?:waiting|wait|waits|hanging about|hang about|outside) (?:for me |outside )?(?:my|our) (?:house|flat|school|placement|home|door)\b(?=[^.]{0,40}\b(?:they|he|lads|gang|scared|every|again|keeps?|threat\w*)\b)",
        2,
        unless=r"\b(?:my mates? (?:are|is) coming|birthday|party|my social worker|taxi|delivery|pizza)\b",
    ),
    _r(
        THREATS,
        r"\b(?:pulled|pulls|pull|pulling|flashed|flashing|showed|shows|brought|brings|had|has|got|carries|carrying|waving|held) (?:a |his |her |their |out a |out his |out their )?(?:knife|knives|blade|shank|machete|gun|weapon|zombie knife|bat|baseball bat|hammer|screwdriver)\b"
        r"|\b(?:knife|knives|blade|shank|machete|gun|zombie knife)\b (?:\w+ ){0,3}(?:on me|at me|to me|to my|at my|in my face|on us|at us)\b"
        r"|\b(?:stab|stabbed|stabbing|shank|shanked|shot|shoot|slash|slashed|glass|glassed)\b (?:\w+ ){0,2}(?:me|us|him|her|my \w+)\b",
        2,
        unless=r"\b(?:game|fortnite|zombies?|film|netflix|cooking|kitchen|bread|vegetables|veg|carrots|dinner|science|dt|design|flu jab|jab|photo|a shot at)\b",
    ),
    _r(
        THREATS,
        r"\b(?:shoved|pushed|stuck|held|put|dunked|flushed)\b (?:\w+ ){0,2}(?:head|face) (?:down|in|into|under) (?:the )?(?:toilet|loo|bog|water|sink|bin)\b"
        r"|\b(?:film|films|filmed|filming|record\w*) (?:it|me|us|them)\b(?=[^.]{0,60}\b(?:everyone|posted|post|sent|shared|group chat|snapchat|tiktok|insta|laugh\w*|seen it|whole school)\b)"
        r"|\b(?:everyone|the whole school|whole year|loads of people) (?:has |have |)?(?:seen|watched|saw|shared) it\b"
        r"|\b(?:jump|jumped|jumping|rush|rushed|rushing|mug|mugged|robbed|rob|corner|cornered|ambush\w*) (?:me|us|him|her)\b",
        2,
        unless=r"\b(?:jump (?:me|us) (?:over|up)|trampoline|game|fortnite|surprise party|tiktok dance)\b",
    ),
    _r(
        THREATS,
        r"\b(?:wrote|written|write|writes|writing|said|says|told|tells|sent|sends|messaged|posted|shouts?|shouted|keep saying|keeps saying)\b (?:\w+ ){0,3}(?:kill yourself|kill your self|kys|go die|die|end yourself|neck yourself|hang yourself)\b"
        r"|\b(?:everyone|they|people|the whole \w+|all of them|kids|girls|boys|lads) (?:at|in|from) (?:school|college|class|my class|the home|work|year \d+)\b (?:\w+ ){0,2}(?:hates?|hate|picks? on|pick on|laughs? at|ignores?) me\b"
        r"|\b(?:scared|afraid|frightened|terrified|too scared|dont want) to (?:walk|go|get the bus|come) (?:home|to school|to college|out|outside|past)\b",
        2,
        unless=r"\b(?:cos|because) (?:i have|ive got|of) (?:a |my )?(?:test|exam|exams|mocks?|presentation|speech|detention|homework)\b",
    ),
    # --- more doubt: objects, bodies and situations that carry harm whatever the verb -------------
    _r(
        ABUSE,
        r"\b(?:the|a|his|her|my dads|a leather) belt\b(?=[^.]{0,40}\b(?:if|when|me|us|get|gets|got|hit|whack|for)\b)"
        r"|\b(?:with|by) (?:a|the|his|her) (?:belt|stick|slipper|shoe|hairbrush|wooden spoon|cable|wire|lead|cane)\b"
        r"|\b(?:cant|couldnt|could not|can not) breathe\b(?=[^.]{0,50}\b(?:he|she|they|him|her|neck|throat|holds?|held|sits?|sat|pins?|squeez\w*|chok\w*)\b)"
        r"|\b(?:he|she|they|him|her|neck|throat|holds?|held|sits?|sat|pins?|squeez\w*|chok\w*)\b[^.]{0,50}\b(?:cant|couldnt) breathe\b"
        r"|\bhands? (?:round|around|on) (?:my|her|his|our) (?:neck|throat)\b",
        2,
        unless=r"\b(?:asthma|inhaler|laughing|panic attack|cold|hay ?fever|crying)\b",
    ),
    _r(
        ABUSE,
        r"\b(?:hide|hides|hiding|hid|cover|covers|covering|covered|so no one sees|no one (?:can )?sees?|nobody sees)\b[^.]{0,40}\b(?:marks|bruises?|cuts|scars|burns)\b"
        r"|\b(?:marks|bruises?|cuts|scars|burns)\b[^.]{0,40}\b(?:hide|hidden|cover|covered|long sleeves|no one sees|nobody sees|no one can see|make up)\b"
        r"|\blong sleeves\b(?=[^.]{0,40}\b(?:no one|nobody|hide|so they|summer|marks|arms)\b)",
        2,
    ),
    _r(
        ABUSE,
        r"\b(?:forced|forces|force|forcing|pressured|pressures|pressuring|pressure|made|make|makes|making) (?:me|us|her|him) (?:to |into )?"
        r"(?:do (?:stuff|things|it|sexual)|have sex|sleep with|touch|kiss|send|watch (?:porn|videos|films|things|stuff)|get undressed|undress|take (?:off|my clothes))\b"
        r"|\b(?:shower|bath|bed|toilet|changing room|room)\b (?:\w+ ){0,1}with (?:me|us)\b(?=[^.]{0,30}\b(?:gets?|got|comes?|came|in|when|always|keeps?)\b|$)"
        r"|\b(?:gets?|got|comes?|came|climbs?|climbed|gets? in) (?:in|into) (?:the )?(?:shower|bath|bed) with (?:me|us)\b"
        r"|\bget (?:me|us) (?:on my own|alone|on our own|by my ?self)\b|\b(?:on my own|alone) with (?:him|her|them|my (?:uncle|step dad|dad|cousin|coach))\b(?=[^.]{0,40}\b(?:scared|makes|wants|tries|trying|keeps|always|when)\b)"
        r"|\b(?:porn|porno|adult (?:videos|films|sites)|dirty (?:videos|films|pics|pictures|messages)|rude (?:pics|pictures|videos|photos|messages)|(?:videos|films|stuff|things|pics) that (?:arent|are not|isnt) for (?:kids|children|my age))\b"
        r"|\bmature for (?:my|her|his|your) age\b|\bsleep(?:s|ing)? with (?:him|her|them|older|men|a man|guys|lads|people|someone|his mates)\b",
        2,
        unless=r"\b(?:my carers? (?:made|make|makes) (?:me|us) (?:do|tidy|clean|watch)|homework|chores|tidy|washing up|strictly|bake off)\b",
    ),
    _r(
        EXPLOITATION,
        r"\b(?:send|sends|sent|sending|want\w* (?:a|me to send)|ask\w* for) (?:him|her|them|me)? ?(?:a |some )?(?:photo|photos|pic|pics|picture|pictures|video|videos|snap|snaps|selfie|selfies)\b"
        r"(?=[^.]{0,40}\b(?:no top|no clothes|naked|underwear|pants|bra|topless|nothing on|in the bath|in bed|of my body|of me|delete|if i love|secret|dont tell|older|man|guy)\b)"
        r"|\b(?:no top|no clothes|naked|in my underwear|in my pants|no bra|topless|nothing on)\b"
        r"|\b\d+ year old (?:man|guy|lad|bloke|woman)?\b(?=[^.]{0,40}\b(?:messag\w*|snap\w*|texts?|wants|keeps|boyfriend|girlfriend|meet|dating|seeing|picks|gives|buys|me)\b)",
        2,
        unless=r"\b(?:swimming|beach|changing for pe|sunbathing|my mates? sent me a (?:photo|pic) of (?:her|his) (?:dog|cat|puppy))\b",
    ),
    _r(
        EXPLOITATION,
        r"\b(?:sent|taken|driven|drove|take|takes|send|sends) (?:me |us |her |him )?(?:to|out to|up to|down to) (?:other|different|another|random) (?:cities|city|towns?|places|areas|flats|houses|counties)\b"
        r"|\b(?:stay|stayed|staying|kept|keep) (?:\w+ ){0,2}in (?:flats|a flat|houses|a house|a hotel|hotels|trap houses|airbnbs?) (?:for days|for a week|for weeks|in \\w+|with (?:men|lads|older|people i dont know))\b"
        r"|\bpicked up by (?:men|older|lads|a man|guys|strangers|different|someone|people)\b|\bdifferent cars\b"
        r"|\brun(?:s|ning)? for (?:them|him|the olders|some \w+|older \w+)\b|\b(?:food|work|bits|the stuff|parcels)\b (?:for|to) (?:the )?(?:olders|lads|them)\b",
        2,
        unless=r"\b(?:uni|university|open days?|holiday|school trip|football tournament|competition|my carers? (?:took|take))\b",
    ),
    _r(
        NEGLECT,
        r"\b(?:havent|hasnt|not|never|aint|hardly|didnt|dont|cant remember the last time (?:i|we)) (?:had|eaten|ate|get|got|have) (?:a |any |one )?(?:hot |proper |decent |real |cooked |warm )?(?:meal|meals|food|dinner|tea|breakfast|lunch)\b"
        r"(?=[^.]{0,30}\b(?:in|for|since|at home|weeks|days|ages|all)\b)"
        r"|\bno (?:beds?|mattress|bedding|sheets|duvet|pillows?)\b|\b(?:all|both|three of us|four of us) (?:\w+ )?(?:sleep|share) (?:on|in) (?:one|a) (?:mattress|bed)\b"
        r"|\b(?:leaves?|left|leaving) (?:me|us|them|the baby|my (?:little |baby )?\w+) (?:\w+ ){0,2}(?:for days|overnight|for the weekend|all weekend|all night|for hours)\b"
        r"|\bnapp(?:y|ies)\b(?=[^.]{0,40}\b(?:doesnt|dont|never|not|all day|dirty|changed)\b)"
        r"|\b(?:doesnt|dont|never|not|dont ever) (?:get|gets|got) (?:changed|fed|washed|bathed|cleaned|looked after)\b"
        r"|\b(?:nobody|noone|no one|mum never|dad never|they never) (?:\w+ )?(?:takes?|took|brings?) (?:me|us|her|him) to (?:the )?(?:dentist|doctors?|gp|hospital|school|opticians)\b"
        r"|\b(?:nits|rotten teeth|head lice|toothache for (?:weeks|months)|teeth are rotten|shoes are falling apart)\b",
        2,
        unless=r"\b(?:when i was little but|fasting|ramadan|diet|lent|so full|had a big lunch|not hungry)\b",
    ),
    _r(
        DOMESTIC,
        r"\b(?:shouting|screaming|smashing|fighting|arguing|yelling|banging|crashing|slamming)\b[^.]{0,30}\b(?:at home|at night|in the house|downstairs|every night|all night|all the time|when (?:he|she|dad)|between them)\b"
        r"|\b(?:goes|went|go|going|came|comes|run|ran) for (?:her|my mum|mum|my nan)\b"
        r"|\bput (?:my )?headphones on\b(?=[^.]{0,40}\b(?:shout\w*|scream\w*|fight\w*|argu\w*|noise|so i cant hear|block)\b)"
        r"|\b(?:shout\w*|scream\w*|fight\w*|argu\w*)\b[^.]{0,40}\bput (?:my )?headphones on\b",
        1,
        unless=r"\b(?:football|match|on the telly|on tv|film|game|fifa|my carer shouts up|tea is ready|my sister and me|siblings?|brother and (?:i|me))\b",
    ),
    _r(
        THREATS,
        r"\bfake (?:account|profile|page|insta|snap|tiktok)\b|\b(?:posting|posted|post|saying|spreading|spread|sending) (?:\w+ ){0,2}(?:stuff|things|lies|rumours|pics|photos|videos|vids) (?:about|of) (?:me|us|my (?:mum|sister|brother|family|mate|dad|nan))\b"
        r"|\b(?:followed|following|follows|follow) (?:me |us )?(?:home|to school|from school|everywhere|by)\b|\bbeing followed\b"
        r"|\b(?:knife|knives|machete|shank|zombie knife|blade)\b(?=[^.]{0,50}\b(?:scared|estate|lads|gang|protection|safe|he|they|carry|carries|carrying|pulled|showed|me)\b)",
        2,
        unless=r"\b(?:knife crime|kitchen|cooking|cook|bread|butter|fork|dinner|food tech|dt|game|fortnite|film|sharpen pencil|stanley knife for art)\b",
    ),
    # --- co-occurrence: a harm word and a person in one sentence, with someone harmed -------------
    # The widest net: no phrasing at all, only vocabulary. Low weight, and each still passes the
    # framing checks, so "dad took me to boxing and i punched the pads" stays quiet.
    _r(
        ABUSE,
        rf"\b{_PHYS_WORD}\b",
        1,
        negatable=True,
        needs=(rf"\b{_ACTOR}\b", r"\b(?:me|us|i|im|ive|myself)\b"),
        unless=_SPORT_OR_PLAY
        + "|"
        + _HARMLESS_OBJECT
        + r"|\b(?:a bit|bit of|little bit|kicked off at (?:school|college)|beat(?:s|en)? (?:me|us|him|her|them) at)\b",
    ),
    _r(
        ABUSE,
        rf"\b{_SEX_WORD}",
        1,
        needs=(
            rf"\b{_MALE_ACTOR}\b",
            r"\b(?:me|us|i|im|my body|my sister|my brother|nieces?|nephews?|kids|children)\b",
        ),
        unless=r"\b(?:in touch|keep in touch|touch base|touch wood|goodnight|good night|on the cheek|on my head|on the forehead"
        r"|hospital|doctor|nurse|sex ed\w*|sex education|rse|pshe|special needs|special school|special educational|sen|send)\b",
    ),
    _r(
        ABUSE,
        rf"\b{_MALE_ACTOR}\b[^.]{{0,50}}?\b(?:comes?|came|coming|walks?|walked|gets?|got|climbs?|sneaks?|barges?|barged) (?:in|into)\b[^.]{{0,20}}\b{_PRIVATE_PLACE}\b"
        rf"|\b{_PRIVATE_PLACE}\b[^.]{{0,40}}\b(?:wont leave|watches|watching|stays in|comes in|came in|walks in|locks the door|opens the door)\b",
        2,
        needs=(r"\b(?:me|us|i|im|when i am|when im)\b",),
        unless=r"\b(?:knock\w* first|to wake me|for school|tidy|hoover|fix|fixing|plumber|leak)\b",
    ),
    _r(
        EXPLOITATION,
        r"\b(?:teacher|coach|staff|worker|carer|man|guy|older \w+|someone older|adult|tutor|instructor|youth worker|driver)\b[^.]{0,40}?"
        r"\b(?:messag\w*|texts?|texting|snap\w*|dms?|dming|add(?:s|ed)?|follow(?:s|ed)?|calls?|rings?) (?:me|us)\b",
        1,
        unless=r"\b(?:social worker|my pa|personal adviser|about (?:homework|my review|my pep|college|school|the meeting|appointments?)|to check in|check on me|class group|group chat for)\b",
        needs=(
            r"\b(?:insta|instagram|snap\w*|tiktok|whatsapp|at night|late|special|secret|dont tell|delete|private|personal"
            r"|pretty|fit|gorgeous|mature|love|miss me|kisses|x+)\b",
        ),
    ),
    # --- more doubt: what the probes written after tuning still missed ---------------------------
    _r(
        NEGLECT,
        r"\bleaves? (?:me|us) (?:\w+ )?(?:with|to (?:look after|mind|watch|feed)) (?:my|the|our) (?:little |baby |younger )?(?:brothers?|sisters?|siblings|baby|babies|twins)\b"
        r"|\b(?:goes|go|went|gone|off) (?:off )?(?:to )?(?:the )?(?:pub|bookies|casino|club|clubs|raves?|parties)\b(?=[^.]{0,50}\b(?:leaves?|left|on (?:my|our) own|alone|with my|all night|till|doesnt come|didnt come|us|me)\b)"
        r"|\b(?:droppings|mouse|mice|rats?|cockroach\w*|bed ?bugs)\b(?=[^.]{0,40}\b(?:bed|room|kitchen|food|flat|house|home|dads|mums)\b)"
        r"|\b(?:spends?|spent|spending) (?:all )?(?:the |our |her |his |my )?(?:money|benefits|universal credit|child benefit)\b (?:\w+ ){0,2}on (?:drink|drugs|booze|weed|gambling|the bookies|fags|cigs|bingo)\b",
        2,
        unless=r"\b(?:i|we) (?:go|went|going)\b(?! (?:\w+ )?(?:with|and) (?:mum|dad))",
    ),
    _r(
        EXPLOITATION,
        r"\b(?:have|has|had|got|get|gets|getting) (?:me|us|her|him|my mate|my brother|my sister) (?:running|doing|selling|holding|carrying|dropping|moving|delivering|shotting|nicking|stealing|robbing)\b"
        r"|\b(?:next|other|different|another) towns?\b|\b(?:running|run|runs|drop(?:ping)?|deliver\w*|sell\w*|moving|hold\w*) bits\b"
        r"|\b(?:pays?|paying|paid|buys?|buying|bought) for (?:my|me)\b(?=[^.]{0,60}\b(?:now|wants|wanted|meet|owe|favour|back|in return)\b)"
        r"|\bwants? (?:me|us|her|him) to meet (?:her|his|their|some) (?:friends|mates|mate|friend|cousin|brother|boss|people)\b"
        r"|\b(?:gave|give|gives|given|giving) (?:me|us|her|him) a (?:phone|burner|sim|new phone|second phone)\b(?=[^.]{0,60}\b(?:keep|said|answer|on at all times|for (?:work|them|him))\b)"
        r"|\bkeep (?:it|the phone|my phone) on (?:at all times|all the time|all night)\b",
        2,
        unless=r"\b(?:my carers?|foster|social worker|my pa|christmas|birthday|buses|train station|the bus|travel)\b",
    ),
    _r(
        DOMESTIC,
        r"\b(?:hides?|hid|hiding|locks? (?:her|him|her ?self|him ?self|my ?self|us)(?: in)?)\b[^.]{0,40}\b(?:when|till|until|cos|because|from)\b[^.]{0,30}\b(?:boyfriend|partner|husband|dad|step dad|he|fella)\b"
        r"|\b(?:boyfriend|partner|husband|dad|step dad|he|fella|she)\b (?:\w+ ){0,2}(?:gets|goes|is|starts|comes home) (?:\w+ )?(?:angry|mad|nasty|violent|off it|raging|psycho|scary)\b(?=[^.]{0,50}\b(?:if|when|at (?:her|mum|me)|hides?|scared|i|we|us|mum|her)\b)"
        r"|\b(?:checks?|checking|tracks?|tracking|track|monitors?|goes through|reads) (?:my|her) (?:location|snap ?map|messages|dms|texts|whatsapp|phone)\b"
        r"|\b(?:goes|went|go) (?:mad|mental|psycho|crazy|nuts|off on one) (?:if|when|at) (?:i|me|she|her|mum)\b",
        2,
        unless=r"\b(?:hide and seek|surprise|present|football|fifa|xbox|ps5|game|lose at|loses at)\b",
    ),
    _r(
        MISSING,
        r"\bclimb\w* out (?:of )?(?:the|my|her|his|a) (?:window|back door|fence)\b"
        r"|\b(?:comes?|came|get|gets|got|getting) (?:back|home|in) (?:at |around |about )?(?:[1-6]|[1-6] ?am|\d+am|the next day|next day|the morning|in the morning|next morning|the next morning|at dawn|days later)\b",
        2,
        unless=r"\b(?:work|shift|night shift|holiday|flight|airport|school trip|residential|festival|prom|with my carers?|from uni)\b",
    ),
    _r(
        THREATS,
        r"\b(?:im|i am|you are|youre|your|ur|hes|shes|he is|she is) next\b|\bmy (?:nudes|nude pics|nude photos|nude pictures)\b"
        r"|\bnudes\b(?=[^.]{0,40}\b(?:round|around|everyone|school|spread\w*|shar\w*|post\w*|leak\w*|send\w*|sent)\b)"
        r"|\b(?:spreading|spread|sharing|shared|sending|sent|passing|passed) (?:my|her|his|our) (?:pics|photos|pictures|videos|vids)\b",
        2,
    ),
    _r(
        SELF_HARM,
        r"\bmy (?:wrists?|arms?|thighs?|legs?|stomach|skin) (?:are|is|were|was) (?:a mess|all cut|cut|covered in (?:cuts|scars|marks)|scarred|bleeding|sore from)\b"
        r"|\b(?:blank|block|numb) (?:it|everything) (?:all )?out\b|\b(?:extra|more|loads of|a load of|too many|lots of) (?:pills|tablets|paracetamol|meds)\b"
        r"|\b(?:rope|noose|ligature)\b(?=[^.]{0,40}\b(?:my ?self|neck|hang|tried|snapped|tie|room)\b)",
        2,
        unless=r"\b(?:climbing|pe|gym|rope swing|skipping|tug of war|boat|sailing)\b",
    ),
    _r(
        ABUSE,
        r"\bhands? (?:up|down|under|inside|in|into) (?:my|her|his) (?:top|skirt|shorts|pants|trousers|bra|knickers|dress|shirt|clothes|pyjamas|joggers|jumper)\b"
        r"|\b(?:lies|lay|lays|laid|lying|sits|sat|sitting|gets|got|climbs|climbed) (?:down )?(?:on|in|into) (?:my|our|her) (?:bed|bunk)\b"
        r"|\bcom(?:es|ing|e) on to (?:me|her|us)\b|\b(?:tries|tried|trying|try) it on with (?:me|her|us)\b",
        2,
        needs=(rf"\b(?:{_MALE_ACTOR}|worker|night worker|his|him|she|her|boyfriend|partner)\b",),
        unless=r"\b(?:my (?:cat|dog|puppy|kitten)|the (?:cat|dog)|to read|reads? me a story|to wake me|when im ill|when i was ill)\b",
    ),
    _r(
        ABUSE,
        r"\b(?:a cut|cuts|a bruise|bruises|a lump|a gash|a black eye|a burn|burns|scratches|a mark|marks|a bump) on (?:her|his|my) (?:head|face|arms?|neck|legs?|back|eye|cheek|body)\b"
        r"|\bbroke (?:her|my|his|their) (?:arm|nose|wrist|ribs?|leg|jaw|finger|hand|collarbone|tooth|teeth)\b"
        r"|\b(?:has|got|have|with) (?:a |such a |a bad |a nasty |a violent |a scary |a real )temper\b",
        1,
        negatable=True,
        unless=r"\b(?:fell|fall|falling|tripped|football|rugby|netball|pe|trampoline|bike|skateboard|scooter|climbing|accident|brambles|cat|dog|kitten|hockey|boxing|match|game|playing)\b",
    ),
    _r(
        SELF_HARM,
        r"\b(?:hide|hides|hiding|hid|cover|covers|covering|covered) (?:up )?(?:my|her|his) (?:arms|wrists|legs|thighs|scars|cuts|marks|skin)\b"
        r"|\b(?:stop|stopped|stopping|quit) existing\b|\bnot exist(?:ing)? any more\b"
        r"|\b(?:everyone|they|people|everybody|my family|the world|my mum|my carers|my mates) (?:\w+ )?(?:would|will|d) be (?:\w+ )?(?:fine|ok|okay|happy|happier|better|better off|relieved) (?:if i|without me)\b"
        r"|\b(?:i|ive|i have|i was) (?:cut|cutted|burned|burnt|scratched|hurt) (?:\w+ )?(?:again|last night|deep|deeper|too deep|this morning|at school|in the toilets)\b"
        r"|\b(?:was|went|go|gone|cut) (?:too )?deep(?:er)? this time\b|\bcut(?:ting)? again\b",
        2,
        negatable=True,
        unless=r"\b(?:fell|football|rugby|pe|accident|cooking|hair|haircut|fringe|grass|lawn|my knee|my finger)\b",
    ),
    _r(
        NEGLECT,
        r"\b(?:no|never any|never|not any|not got|havent got|aint got|never got|run out of|ran out of) (?:\w+ )?(?:bog roll|toilet roll|loo roll|toilet paper|soap|toothpaste|toothbrush|shampoo|sanitary|pads|tampons|clean towels|towels|washing powder|nappies)\b"
        r"|\b(?:fridge|cupboards?|kitchen)\b (?:\w+ ){0,2}(?:only|just) (?:has|had|got|have) (?:\w+ )?(?:beer|cans|alcohol|vodka|booze|wine|nothing|ketchup|sauce)\b"
        r"|\b(?:only|just) (?:beer|cans|booze|alcohol|vodka) in (?:the|our) (?:fridge|cupboards?|house)\b"
        r"|\b(?:wont|wouldnt|doesnt|dont|never|cant) (?:get|gets|got) (?:up|out of bed)\b|\b(?:stays?|stayed|lies|lying) in bed all (?:day|week)\b"
        r"|\bget (?:my|the|our) (?:little |baby |younger )?(?:brothers?|sisters?|siblings|kids|twins) (?:up|dressed|fed|ready|washed|to school)\b"
        r"|\b(?:heater|heating|boiler|radiators?|electric|cooker|fridge|hot water)\b (?:\w+ )?(?:doesnt|dont|isnt|wont|not|never|hasnt|has not|aint) (?:work|working|worked|on|come on|been fixed|be fixed)\b"
        r"(?=[^.]{0,60}\b(?:baby|cough|ill|sick|cold|freezing|weeks|months|since|ages|nobody|no one|noone|still)\b)",
        2,
        unless=r"\b(?:fixed|got sorted|came round|the next day|for a day|in the summer)\b",
    ),
    _r(
        EXPLOITATION,
        r"\b(?:hotels?|airbnbs?|house parties|parties|party|flats?) (?:\w+ ){0,2}with (?:older|grown|men|some men|lads|guys|blokes)\b"
        r"|\bwith (?:older|grown up|grown) (?:guys|men|lads|boys|man|blokes|people)\b"
        r"|\b(?:look after|looking after|hold|holding|hide|hiding|keep|keeping|store|storing|mind|minding|stash\w*) (?:\w+ ){0,2}(?:drugs|gear|weed|coke|crack|pills|packages?|parcels?|a bag|bags|his bag|their bag|a phone|knife|knives|money for)\b",
        2,
        unless=r"\b(?:my carers?|foster|youth club|football|my brothers? mates|in a group|school trip|police took|handed in)\b",
    ),
    _r(
        MISSING,
        r"\b(?:so|so that) (?:i|we) (?:dont|do not|wont|dont have to|wont have to|can avoid|avoid|never) (?:have to )?(?:go|going) (?:home|back)\b"
        r"|\bwalk(?:s|ed|ing)? (?:the|round the|around the|about the) streets\b|\bavoid (?:going )?(?:home|back)\b|\b(?:roam|roaming|wander\w*) (?:about|around|the streets)\b(?=[^.]{0,40}\b(?:night|late|all)\b)",
        2,
        unless=r"\b(?:dog|for exercise|with my carers?|christmas lights|on holiday|charity)\b",
    ),
    _r(
        ABUSE,
        r"\b(?:a|proper|good|right|real|such a) (?:good |proper |right |real )?(?:hiding|leathering|battering|kicking|beating|belting|thrashing|pasting|hammering|slap|smack|whack|clip round the ear|back hander|backhander)\b"
        r"|\bnails (?:in|into) (?:my|her|his|our)\b|\bdig(?:s|ging)? (?:her|his|their) nails\b"
        r"|\bme (?:getting|being) (?:beaten|battered|hit|jumped|hurt|attacked|punched|kicked|bullied|touched|strangled|slapped)\b",
        2,
        unless=_SPORT_OR_PLAY
        + r"|\b(?:at (?:fifa|football|rugby|chess|cards)|in the (?:match|final|game)|manicure|nail salon|nail varnish)\b",
    ),
    _r(
        NEGLECT,
        r"\b(?:live|lives|living|lived|survive|surviving|get by) (?:off|on) (?:cereal|crisps|toast|noodles|pot noodles|sweets|biscuits|bread|nothing|chips|school dinners|free school meals|energy drinks)\b"
        r"|\bleaves? (?:me|us|them) to (?:sort|fend for|look after|feed|get on with it|get (?:my|our) ?sel\w+)\b"
        r"|\bbrings? (?:\w+ )?(?:men|blokes|lads|guys|people|strangers|dealers|druggies) (?:back|home|round|to the house|to the flat)\b",
        2,
        unless=r"\b(?:for a week|on holiday|while camping|during exams)\b",
    ),
    _r(
        EXPLOITATION,
        r"\b(?:owe|owes|owed|owing) (?:\w+ ){0,2}(?:money|\w+ quid|a debt|hundreds|a favour|big)\b(?=[^.]{0,60}\b(?:now|so|has to|have to|got to|make|makes|made|or|else|houses?|flats?|them|him|lads|guy|man|men)\b)"
        r"|\b(?:has|have|had|got|made|make|makes) to go (?:to|round|over to) (?:his|their|some|these|the) (?:mates|friends|houses|flats|cars|parties|party)\b"
        r"|\b(?:ask\w*|tell\w*|told|tr(?:y|ies|ied|ying) to get) (?:me|us|her|him) to get in\b|\bget in (?:the|his|their|a) (?:car|van)\b"
        r"|\b(?:men|lads|lad|man|guys|guy|blokes|people|someone) in (?:a|the|his|their) (?:\w+ )?(?:car|cars|van|vans)\b",
        2,
        unless=r"\b(?:my carers?|foster|my mate a|a tenner|a fiver|lift to (?:school|college)|taxi|my social worker|driving lesson|instructor|in my class|his mums car|directions|the way to)\b",
    ),
    _r(
        MISSING,
        r"\bsneak(?:s|ing)? out\b|\b(?:houses|flats|places|people|parties) (?:i|we) (?:dont|do not|didnt) know\b"
        r"|\b(?:been|be) gone (?:\d+|a few|two|three|four|five|six|a couple of) (?:days|nights|weeks)\b"
        r"|\b(?:hasnt|havent|didnt|not|never) (?:even )?(?:told|rung|called|rang|phoned) the police\b",
        2,
        unless=r"\b(?:snacks?|sweets|food|school trip|holiday|residential|to surprise|for a smoke behind)\b",
    ),
    _r(
        THREATS,
        r"\bnext time (?:its|it is|it will be|itll be|ill|i will|he will|hell) (?:her|you|me|him|your|us)\b"
        r"|\b(?:getting|get|got|received|had|keep getting|sent me|sending me|sends me) (?:\w+ )?threats?\b|\bthreatening (?:messages|texts|calls|notes|voice notes|dms)\b"
        r"|\b(?:get|getting|got|gonna get|going to get|will get|ll get) (?:merked|wet|wet up|shanked|stabbed|jumped|done in|battered|sliced|cut up|shot|rushed|bodied|murdered|killed)\b"
        r"|\bsmash(?:ed|es|ing)? up (?:the|our|my|her|his) (?:kitchen|house|flat|room|car|stuff|things|phone|tv|place)\b",
        2,
        unless=r"\b(?:lol|haha|if (?:i am|im) late|fifa|fortnite|game|at football|nil|goals?|points|match|team|final|we lost"
        r"|chess|cards|uno|monopoly|scrabble|mario kart|pool|darts|quiz)\b",
    ),
    # --- the last net: words that are rarely anything but harm, on their own ----------------------
    # Hidden by policy, fiction and past-and-safe framing like any topic word; otherwise flagged.
    _r(
        ABUSE,
        r"\b(?:abus(?:e|ed|es|ing|ive|er)|rap(?:e|ed|es|ing|ist)|molest\w*|assault\w*|strangl\w*|inappropriate\w*|pervert\w*|paedo\w*|pedo\w*"
        r"|bruis(?:e|es|ed|ing)|welts?|black and blue|violen(?:t|ce)|cruel)\b",
        1,
        kind="topic",
        negatable=True,
        unless=_SPORT_OR_PLAY
        + r"|\b(?:fell|fall|falling|tripped|accident|banana|apple|fruit|peach|verbal abuse from (?:fans|the crowd)|substance abuse|self abuse)\b",
    ),
    _r(
        THREATS,
        r"\b(?:threat(?:s|en|ens|ened|ening)?|terrified|petrified|unsafe|in danger|weapons?|knives|stab(?:s|bed|bing)?|gang members?|shank\w*|machete\w*|acid)\b",
        1,
        kind="topic",
        negatable=True,
        unless=r"\bthreaten(?:s|ed|ing)? to (?:hide|take|confiscate|ban|turn off|switch off|cancel|stop)(?: \w+){0,2} (?:xbox|phone|ps5|wifi|pocket money|tablet|switch|playstation|tv|telly|console|ipad|laptop)\b"
        r"|\b(?:knife crime|gang show|gangster|film|fortnite|game|acid house|citric acid|acid test|science|chemistry|biology|lemon|stomach acid|endangered|spiders?|heights|clowns|rollercoaster|exams?|test|interview|driving test|dentist|injections?|needles?|jabs?|flying|horror|snakes?|dogs?)\b",
    ),
    _r(
        EXPLOITATION,
        r"\b(?:traffick\w*|dealers?|dealing|drugs|pimp\w*|escort\w*|sugar daddy|sugar daddies|only ?fans|webcam\w*|cam girl|sextort\w*)\b",
        1,
        kind="topic",
        negatable=True,
        unless=r"\b(?:card dealer|car dealer\w*|dealing with|deal with|dealt with|drugs education|drugs awareness|drugs talk|drug dog|film|game|escort\w* (?:me|us) to (?:school|college|the)|webcam for (?:college|school|zoom|teams))\b",
    ),
    _r(
        ABUSE,
        r"\b(?:holds?|held|holding|grips?|gripped|gripping|squeezes?) (?:my|her|his) (?:face|neck|arm|arms|wrists?|jaw|throat|head|chin|cheeks)\b"
        r"(?=[^.]{0,40}\b(?:hard|tight|hurt\w*|shout\w*|scream\w*|angry|till|until|marks|bruis\w*)\b)",
        2,
    ),
    _r(
        EXPLOITATION,
        r"\b(?:hes|he is|shes|she is|hes like|theyre|they are) (?:\w+ )?(?:my )?(?:mums|dads|parents|nans|grandads) age\b"
        r"|\bold enough to be my (?:dad|mum|grandad|nan|uncle)\b|\b(?:way|much|loads|years|\d+ years) older than (?:me|her|him)\b"
        r"|\b(?:use|using|used|uses|take over|took over|taken over|stay in|staying in|run|running|deal|dealing) (?:from )?(?:my|our|her|his) (?:flat|house|place|room)\b"
        r"(?=[^.]{0,40}\b(?:them|they|lads|men|paid|pay|owe|drugs|people)\b)|\b(?:them|they|lads|men|paid|pay|people)\b[^.]{0,30}\b(?:use|stay in|deal from|take over) (?:my|our) (?:flat|house|place)\b",
        2,
        unless=r"\b(?:my carers?|foster|my pa|social worker)\b",
    ),
    _r(
        SELF_HARM,
        r"\bways to (?:die|kill|end|do it|hurt)\b|\b(?:google|googl\w*|search\w*|look\w* up) (?:\w+ ){0,3}(?:how to die|ways to die|suicide|overdose|painless|how many|hanging)\b"
        r"|\b(?:dont|do not|didnt|no longer) care (?:what happens to me|about my ?self|about me any more|if i live|if im alive|about living|whether i live)\b",
        2,
    ),
    _r(
        NEGLECT,
        r"\b(?:go|going|went|goes) to school (?:smelly|dirty|hungry|in dirty|without (?:breakfast|food|a coat|shoes|socks))\b"
        r"|\b(?:picked on|bullied|laughed at|teased) (?:cos|because|for being|for) (?:i am |im |we are )?(?:smelly|dirty|poor|i smell|we smell|my clothes)\b"
        r"|\bnever (?:anything|nothing|any food|food) (?:to eat )?(?:at mine|at home|at my mums|at my dads|in the house|in the fridge|at ours)\b",
        2,
    ),
    _r(
        MISSING,
        r"\b(?:phone|phones) (?:is |has been |been |are |was |keeps )?(?:off|dead|switched off|going to voicemail)\b(?=[^.]{0,40}\b(?:days|week|since|missing|gone|not been|hasnt|no one|nobody)\b)"
        r"|\b(?:days|week|since|missing|gone|not been|hasnt been)\b[^.]{0,60}\bphone (?:is |has been |been |was )?(?:off|dead|switched off)\b"
        r"|\b(?:hasnt|havent|not|aint) been (?:home|back|(?:at|to|in) (?:her|his|my|the|their) (?:home|placement|house|flat|mums|dads|unit|carers)) (?:\w+ ){0,4}(?:for (?:a|two|three|\d+) (?:days|weeks?|nights)|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last))\b",
        2,
        unless=r"\b(?:flu|ill|illness|sick|poorly|covid|virus|bug|tonsillitis|chickenpox|temperature|doctor|hospital|holiday|excluded|suspended|broken phone|phone broke)\b",
    ),
    _r(
        THREATS,
        r"\b(?:theyre|they are|hes|he is|someone is|someones|shes|she is|they keep|they have been|keep) watching (?:me|us|my \w+|where i)\b"
        r"|\b(?:private number|no caller id|withheld number|unknown number)\b|\b(?:get|gets|got|getting|being) picked on\b",
        2,
        unless=r"\b(?:ppi|scam|sales|insurance|delivery)\b",
    ),
    _r(
        EXPLOITATION,
        r"\b(?:free|money|stuff|things|cash|weed|vapes?|presents|sweets|lifts?|phones?)\b[^.]{0,40}\bif (?:i|we) (?:go|come|get|sit|stay|do|send|meet|let|keep)\b"
        r"|\bin the back with (?:him|them|her)\b|\b(?:earn|make|making|earning) (?:\w+ )?(?:money|cash|quid|bits|easy money)\b(?=[^.]{0,50}\b(?:if i|for them|party|go|older|men|lads|friends|just)\b)"
        r"|\b(?:messages?|asks?|asking|asked|texts?|snaps?|dms?)\b (?:\w+ ){0,5}(?:underwear|knickers|bra|boxers|what i look like|what im wearing|my body|in bed|a pic of me|pics of me)\b",
        2,
        unless=r"\b(?:my carers?|foster|pocket money|chores|tidy|washing up|homework|my mum|my nan|part time job|shift|paper round|wash the car)\b",
    ),
    _r(
        SELF_HARM,
        r"\b(?:might|may|wont|will not|probably wont|prob wont|dont think i will|dont think ill) (?:not )?be (?:here|around|alive) (?:by then|much longer|for long|next year|by christmas|by the time|long enough)\b"
        r"|\bnot (?:have to|need to|ever) wake up\b|\b(?:hit|hitting|hits|punch\w*|slap\w*|bang\w*|bit|bite|biting|bites|starv\w*) my ?self\b",
        2,
        negatable=True,
    ),
    _r(
        ABUSE,
        r"\b(?:not to|dont|never|mustnt|not allowed to) (?:say|tell) (?:anything|anyone|nothing|noone|no one|mum|my mum|about the)\b",
        2,
        unless=r"\b(?:surprise|present|party for|birthday|christmas|spoilers?|the ending)\b",
    ),
    _r(
        DOMESTIC,
        r"\b(?:has|having|had|have|has been having) a go at (?:her|mum|my mum|my nan|my step mum)\b|\b(?:breaks|smashes|throws|smashing|breaking) (?:things|stuff|everything|plates)\b"
        r"|\bcontroll(?:ing|s her)\b|\b(?:mum|mums|she|her|my mum)\b (?:is )?not allowed to (?:see|go|have|talk|leave|work|use)\b",
        2,
        unless=r"\b(?:lol|game|football|my little brother|toddler|baby)\b",
    ),
    _r(
        EXPLOITATION,
        r"\b(?:offer\w*|wants?|wanted|keeps? asking|asked|asks) (?:\w+ ){0,2}(?:to drive me|to give me a lift|to take me (?:home|out|for)|me lifts|my number|my snap|my insta|my address|to meet up)\b",
        2,
        needs=(r"\b(?:man|men|guy|lad|older|adult|stranger|someone|he|him)\b",),
        unless=r"\b(?:my carers?|foster|social worker|my pa|teacher|coach for the team)\b",
    ),
    _r(
        SELF_HARM,
        r"\b(?:got|have|made|making|ive got) a plan\b(?=[^.]{0,50}\b(?:do it|end|how|going to|when)\b)|\bwhen (?:i am|im) going to do it\b"
        r"|\b(?:never|not) wake\b|\bmedicine (?:cabinet|cupboard|box|drawer)\b|\b(?:swallow\w*|taking|took) (?:stuff|things|whatever|anything) (?:from|i can find)\b",
        2,
        unless=r"\b(?:college|uni|revision|holiday|birthday|party|homework|career|job|for the summer|for my life)\b",
    ),
    _r(
        SELF_HARM,
        r"\b(?:wrote|written|writing|made|make|making|done) (?:my|a) will\b|\bgiv(?:e|en|ing) (?:\w+ ){0,2}my (?:stuff|things|games|clothes)\b(?=[^.]{0,40}\b(?:away|mates|friends|sister|brother)\b)"
        r"|\bno (?:reason|point)\b[^.]{0,20}\b(?:alive|living|to live|here|existing|exist)\b"
        r"|\b(?:drink|drank|drinking|swallow\w*) (?:some )?(?:bleach|cleaning stuff|washing liquid|antifreeze|chemicals|poison|washing up liquid)\b|\bpoison (?:my ?self)\b"
        r"|\b(?:crash|crashing|hurt|hurting|fall|falling|cut|cutting|burn|burning|walk into|step into|jump|jumping|drown\w*|overdose\w*)\b[^.]{0,30}\bon purpose\b"
        r"|\b(?:tell|tells|told|telling|keep telling|keeps telling) (?:me|her|him) to (?:die|go die|kill (?:my|her|him) ?self|hang|end it)\b",
        2,
        unless=r"\b(?:tripped|accident|football|rugby|pe|by mistake|lol|haha)\b",
    ),
    _r(
        NEGLECT,
        r"\b(?:wont|doesnt|dont|never) let (?:me|us) (?:eat|have (?:tea|dinner|food)|sit) (?:with|at)\b|\beat (?:\w+ ){0,2}(?:in my room|on my own|separately|after everyone|by my ?self)\b(?=[^.]{0,30}\b(?:alone|not allowed|wont let|make me|makes me|always)\b)"
        r"|\b(?:clothes|shoes|trainers|uniform|coat|school shoes)\b (?:\w+ ){0,2}(?:too small|full of holes|falling apart|let (?:the )?water in|ripped|dont fit|hanging off)\b"
        r"|\b(?:no ones|noone|no one|nobody|nobodys) (?:has |had |have |even )?(?:changed|fed|washed|bathed|checked on|picked up|looked at) (?:him|her|the baby|them|me|us)\b"
        r"|\b(?:baby|little brother|little sister|baby brother|baby sister)\b[^.]{0,30}\bcrying for (?:hours|ages|ever)\b",
        2,
        unless=r"\b(?:buying|buy|getting|get|got) (?:me )?(?:new|some new)\b|\bteething\b|\bnew ones?\b",
    ),
    _r(
        EXPLOITATION,
        r"\b(?:said|says|told|tells|asked|asks) (?:me )?to keep (?:it|this|that|him|us|our \w+)? ?(?:a )?secret\b|\bgave (?:me|us|her) his (?:number|snap|insta)\b"
        r"|\b(?:1[89]|[2-9]\d) year olds? (?:house|flat|place|car|room|boyfriend|man|guy|lad|bloke)\b|\bwith (?:a|an|this) (?:1[89]|[2-9]\d) year old\b",
        2,
        unless=r"\b(?:careers|apprenticeship|work experience|job|coach|tutor|my pa|social worker|surprise|present|birthday)\b",
    ),
    _r(
        DOMESTIC,
        r"\b(?:run|running|ran|get away|getting away|escape|escaping|flee|fleeing|leave|leaving) (?:away )?from (?:him|dad|my dad|step dad|my step dad|her boyfriend|mums boyfriend|her partner|mums partner)\b"
        r"|\b(?:fingers?|hands?|arms?) (?:round|around|on) (?:my|her|his|our) (?:neck|throat)\b|\bpack(?:ed)? (?:a |our |my )bags?\b(?=[^.]{0,50}\b(?:him|run|tonight|refuge|escape|before he|get away)\b)",
        2,
    ),
    _r(
        THREATS,
        r"\bhow (?:ugly|fat|disgusting|stupid|gross|minging|worthless|pathetic|weird) (?:i am|im)\b"
        r"|\b(?:set fire to|torch|torched|burn down|burn|petrol bomb|smash in|kick in) (?:my|our|the|your) (?:door|house|flat|car|home|windows?)\b(?=[^.]{0,50}\b(?:said|says|will|ll|gonna|going to|threat\w*|if)\b)"
        r"|\b(?:said|says|will|ll|gonna|going to|threat\w*)\b[^.]{0,40}\b(?:set fire to|torch|burn down|petrol bomb) (?:my|our|the|your) (?:door|house|flat|car|home)\b",
        2,
    ),
    _r(
        ABUSE,
        r"\blocks? (?:\w+ ){0,3}(?:with me|me in|us in|me inside|us inside)\b|\b(?:wont|doesnt|dont|never) let (?:me|us) (?:out|leave)\b"
        r"|\bshare a bed with (?:my |his |her )?(?:mums boyfriend|mums partner|step dad|uncle|dad|him|a man|grandad|cousin|brother|lodger|men)\b",
        2,
        unless=r"\b(?:lol|haha|of the house after|after dark|till i finish|until i finish|homework|grounded)\b",
    ),
    _r(
        SELF_HARM,
        r"\bno way out\b|\b(?:drowning|suffocating|trapped)\b(?=[^.]{0,40}\b(?:no way|cant|nothing|every day|inside|alone)\b)",
        2,
        unless=r"\b(?:escape room|coursework|homework|revision|exams?|work)\b",
    ),
    _r(
        NEGLECT,
        r"\b(?:doesnt|dont|wouldnt|never|wont) (?:even )?(?:notice|care|know) (?:if|whether|when) (?:i|we) (?:come home|come back|am home|go out|dont come home|eat|sleep|am gone|go missing)\b",
        2,
    ),
    _r(
        EXPLOITATION,
        r"\b(?:have to|got to|make me|makes me|made to) do what (?:they|he|she|them) (?:say|says|tell|tells|want|wants)\b|\bdont have a choice\b(?=[^.]{0,50}\b(?:they|he|them|him|or else|have to)\b)"
        r"|\bor else\b(?=[^.]{0,20}\b(?:they|he|she)\b)|\b(?:they|he|she)\b[^.]{0,40}\bor else\b",
        2,
        unless=r"\b(?:my carers?|teacher|homework|bedroom|tidy|curfew|grounded)\b",
    ),
    _r(
        MISSING,
        r"\b(?:so )?(?:no one|noone|nobody) (?:can|could|will|would) find (?:me|us|her|him)\b"
        r"|\bturn(?:ed|s)? (?:my|her|his) (?:phone|location|snap map|tracking) off\b(?=[^.]{0,40}\b(?:so|no one|nobody|cant find|cant track|days)\b)",
        2,
    ),
    _r(
        ABUSE,
        r"\b(?:takes?|took|taking) (?:me|us|her|him) (?:to )?(?:places|out|somewhere|round|away) (?:\w+ ){0,3}(?:mum|dad|my carers?|carers|nobody|no one|noone|they|staff|social worker) (?:doesnt|dont|didnt|dont even|wont|wouldnt) know\b"
        r"|\b(?:hugs?|hugging|hugged|cuddles?|holds?) (?:me|us) (?:too long|too tight|for too long|weird|in a weird way|when no one)\b|\bsmells? (?:my|her) (?:hair|neck|clothes|pants)\b",
        2,
    ),
    _r(
        ABUSE,
        r"\b(?:standing|stood|stands|sitting|sat|leaning|lying|kneeling) (?:over|by|next to|at the end of|on|beside) (?:my|our) bed\b"
        r"|\b(?:video|vid|videos|pics?|photos?|pictures?) of me\b(?=[^.]{0,50}\b(?:put|posted|posting|shared|sharing|sent|sending|tiktok|snap\w*|insta|online|everyone|group chat|without)\b)",
        2,
        needs=(
            r"\b(?:he|him|his|she|they|them|someone|man|uncle|dad|step \w+|brother|cousin|carer|staff|lodger|boys|girls|lads|people)\b",
        ),
        unless=r"\b(?:prom|birthday|proud|my carers? (?:took|sent)|my mum|to wake me|tuck me in|read\w* (?:me )?a story|when i was ill)\b",
    ),
    _r(
        SELF_HARM,
        r"\btonight (?:is|might be|could be|will be|s) the night\b"
        r"|\b(?:goodbye|die|dead|hate me|worthless|sorry|fat|ugly|useless)\b[^.]{0,10} on my (?:arm|arms|wrist|wrists|skin|leg|legs|thigh|thighs)\b",
        2,
    ),
    _r(
        NEGLECT,
        r"\b(?:fridge|cupboards?) (?:is|are|always|was) (?:always )?(?:empty|bare)\b|\bbaby needs (?:milk|nappies|formula|food)\b",
        2,
        unless=r"\b(?:going shopping|shopping tomorrow|big shop|before the shop|delivery comes|tesco order)\b",
    ),
    _r(
        EXPLOITATION,
        r"\b(?:watch|look|keep an eye|lookout|look out) (?:out )?for (?:the )?(?:police|feds|old bill|cops|fed)\b|\bstand on (?:the )?corners?\b"
        r"|\bwants? (?:favours|something back|paying back|me to pay (?:him|them) back)\b|\bgiven (?:\w+ ){0,3}by (?:a|some|this|an older|these) (?:man|guy|lad|men|bloke|lads|guys)\b"
        r"|\bout of town\b(?=[^.]{0,40}\b(?:older|men|lads|party|parties|stay|drive|drove)\b)|\b(?:older|grown) (?:boys|lads|men|guys|man|blokes|girls) (?:drive|drives|drove|take|takes|took) (?:me|us|her|him)\b",
        2,
        unless=r"\b(?:school trip|my carers?|football|match|tournament|uni|open day|youth club)\b",
    ),
    _r(
        MISSING,
        r"\bstays? out (?:for days|all weekend|for nights|overnight|for a week|till the morning)\b|\bcomes? back with (?:\w+ ){0,2}(?:injuries|bruises|cuts|black eyes?|marks|a black eye)\b",
        2,
    ),
)
_RULES = _RULES + _DOUBT_RULES

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


# With two hundred rules, checking every group against the text cost more than the rules did. An
# index from each rarest piece to the groups that need it finds the candidate groups from the
# text's own pieces; groups with short literals, or no literal at all, are checked every time.
_GROUP_INDEX: dict[int, tuple[dict[str, list[int]], list[int]]] = {}


def _group_index(groups: list[tuple[int, list[_Rule]]]) -> tuple[dict[str, list[int]], list[int]]:
    cached = _GROUP_INDEX.get(id(groups))
    if cached is not None:
        return cached
    by_trigram: dict[str, list[int]] = {}
    always: list[int] = []
    for g, (first, _rules) in enumerate(groups):
        if first < 0 or _SET_SHORT[first]:
            always.append(g)
        for piece in _SET_TRIGRAMS[first] if first >= 0 else ():
            by_trigram.setdefault(piece, []).append(g)
    _GROUP_INDEX.clear()  # one live index; a test may swap the groups for an ungated list
    _GROUP_INDEX[id(groups)] = (by_trigram, always)
    return by_trigram, always


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
    r"|more likely|signs of|be told|nurse|session|keeping safe|keep safe|stay safe|social worker so|be a|waiting lists?|what is|what does)\b"
)
_FICTION = re.compile(
    r"\b(?:film|films|movie|movies|book|books|story|storyline|programme|program|show|episode|documentary"
    r"|series|(?<!tickling )(?<!secret )(?<!special )(?<!little )(?<!our )games?|fortnite|anime|cartoon|song|songs|lyrics|play|drama|character|characters|eastenders"
    r"|hollyoaks|corrie|coronation street|netflix|youtube|video(?! call)|tiktok|essay|poem|novel|the news|reading|watched|watching)\b"
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
    r"|amazing cook|police sorted|looks? after (?:me|us) (?:so |really )?(?:well|now))"
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
    r"\b(?:for (?:\d+|a few|five|ten|two) (?:minutes|mins|seconds)|but we found|we found (?:him|her|it)"
    # "my phone went missing", not "i turn my phone off so no one can find me"
    r"|my (?:dog|cat|phone|keys|hamster|bag|wallet|purse|bus pass|rabbit|tortoise)\b(?: \w+){0,2} (?:missing|went|goes|gone))\b"
)


@dataclass
class _Hit:
    category: str
    weight: int
    start: int  # in normalised text
    end: int


_NO_ONE = re.compile(r"\bno one\b")
_I_BEFORE = re.compile(r"\b(?:i|im|ive|we)$")
# Young people often drop the "i": "been looking up how many tablets it takes", "keep thinking about it".
_IMPLIED_I = re.compile(
    r"(?:^|\. )(?:honestly |tbh |sometimes |just |still |really )?(?:been|keep|kept|started|tried|trying|thinking|looking"
    r"|looked|googled|googling|planning|planned|feel|feeling|felt|wish|hate|got|getting|cant|wanna|want)\b"
)
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

    groups = _RULES_BY_FIRST_SET
    by_trigram, always = _group_index(groups)
    candidates = set(always)
    for piece in trigrams:
        found_groups = by_trigram.get(piece)
        if found_groups is not None:
            candidates.update(found_groups)
    runnable: list[_Rule] = []
    for g in sorted(candidates):
        first, rules = groups[g]
        if first < 0:
            runnable.extend(rules)
            continue
        short = _SET_SHORT[first]
        if (short and any(map(contains, short))) or any(map(contains, _LITERAL_SETS[first])):
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
            if rule.needs and not all(need.search(sentence) for need in rule.needs):
                continue
            if rule.unless is not None and rule.unless.search(sentence):
                continue
            category = rule.category
            if category == THREATS and "kill" in matched and _JOKING.search(norm[end:s1]):
                continue
            if category == MISSING and _MISSING_TRIVIAL.search(sentence):
                continue
            if category == NEGLECT and "slept" in matched and _HOLIDAY.search(sentence):
                continue
            first_person = bool(
                _FIRST_PERSON.search(matched)
                or _I_BEFORE.search(before.rstrip())
                or _IMPLIED_I.match(sentence)
            )
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


# ---------------------------------------------------------------------------------------------
# 4. Concern signals: when no rule matched at all
# ---------------------------------------------------------------------------------------------

# Every batch of sentences written after tuning found wording no rule had seen, yet the misses
# shared a shape: someone, something about night, body, money or secrecy, and a young person's
# unease. A sentence in the young person's own words that shows three of these kinds of signal is
# flagged (lowest weight), unless it is fiction, policy talk or past and safe. Tuned against the
# ordinary answers of the labelled set, where it now fires on none of the negatives.
_SIGNALS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        (
            "someone",
            r"\b(?:dad|mum|mums|dads|step \w+|carers?|foster \w+|brother|sister|uncle|aunty|auntie|nan|grandad|cousin"
            r"|boyfriend|girlfriend|partner|teacher|staff|worker|man|men|lads|boys|girls|he|she|they|someone|somebody"
            r"|people|older|neighbour|son|guy|guys)\b",
        ),
        (
            "unease",
            r"\b(?:dont like|hate it|hate when|scared|afraid|frightened|terrified|worried|upset|cry|crying|cried|sick"
            r"|wrong|weird|uncomfortable|hurts|hurt|pain|awful|horrible|nasty|creepy|cant sleep|nightmares|shaking"
            r"|panic|dont care|alone|no one|nobody|noone)\b",
        ),
        (
            "night",
            r"\b(?:at night|night|nights|(?:my|his|her|in|into|in the same|share a) bed|bedroom|bath|bathroom|shower|door"
            r"|on my own|when (?:mum|dad|mums|dads)"
            r"|when no one|locked in|locked out|locks (?:me|us|her)|locked (?:me|us|her))\b",
        ),
        (
            "body",
            r"\b(?:hard|grab\w*|holds?|held|pin\w*|neck|throat|breath|bleed\w*|blood|bruise\w*|marks"
            r"|chair against)\b",
        ),
        (
            "money",
            r"\b(?:older|his age|mums age|age|money|paid|pay|owe|cash|second phone|(?:his|their|a mans) flat|(?:his|their|a) car|drugs|weed|drink"
            r"|alcohol|vodka|parties|party|hotel|private number)\b",
        ),
        (
            "secret",
            r"\b(?:secret|dont tell|dont know|doesnt know|no one knows|nobody knows|watching (?:me|us)|following"
            r"|any more|no one believes|nobody believes|what happens|cos of|because of)\b",
        ),
        (
            "lack",
            r"\b(?:never any|never anything|nothing|no food|smelly|dirty|hungry|cold|no money|picked on|left (?:me|us|alone)"
            r"|phone is off|for a week|for days)\b",
        ),
        (
            "death",
            r"\b(?:die|dying|dead|death|ways to|end it|disappear|hope i dont|not wake|come up|pointless)\b",
        ),
    )
)
_SIGNAL_CATEGORY = (
    ("death", SELF_HARM),
    ("money", EXPLOITATION),
    ("body", ABUSE),
    ("night", ABUSE),
    ("lack", NEGLECT),
    ("secret", THREATS),
    ("unease", THREATS),
    ("someone", THREATS),
)
_MIN_SIGNALS = 3


def _concern(norm: str) -> list[_Hit]:
    """Hits for sentences that show enough kinds of concern signal, in the young person's own words."""
    found: list[_Hit] = []
    start = 0
    for sentence in norm.split(" . "):
        s0, start = start, start + len(sentence) + 3
        if not _FIRST_PERSON.search(sentence):
            continue
        signals = {}
        for name, pattern in _SIGNALS:
            m = pattern.search(sentence)
            if m:
                signals[name] = m
        if len(signals) < _MIN_SIGNALS:
            continue
        if _FICTION.search(sentence) or _POLICY.search(sentence):
            continue
        if _PAST.search(sentence) and not _RECENT.search(sentence) and _SAFE_NOW.search(norm):
            continue
        category = next(c for name, c in _SIGNAL_CATEGORY if name in signals)
        for name, m in signals.items():
            if name != "someone":  # "she" or "my" shows nothing on its own to the person reading
                found.append(_Hit(category, 1, s0 + m.start(), s0 + m.end()))
    return found


def assess(text: str) -> Verdict:
    """Say whether one answer may disclose harm, which kinds (most likely first) and which words show it."""
    if not text or not text.strip():
        return Verdict(False, (), ())
    norm = _normalise(text)
    if not norm.starts:
        return Verdict(False, (), ())
    hits = _hits(norm.text) or _concern(norm.text)
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
