"""Word lists for theming: how young people name each theme, tone words, and stop words."""

from __future__ import annotations

import re
from functools import lru_cache

# Tokens keep letters, digits and inner apostrophes; "b&b" and "18+" split into parts on purpose.
TOKEN_RE = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")

# Ages carry meaning (leaving care at 18, support to 21 or 25); other numbers are just counts.
MEANINGFUL_NUMBERS = frozenset({"16", "17", "18", "19", "21", "25"})

# Spellings young people use for the same word, folded so the model and the lexicon see one form.
# Only unambiguous forms: "u" and "ur" are safe here, "no" (for "know") is not.
SPELLINGS: dict[str, str] = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "cos": "because",
    "coz": "because",
    "cuz": "because",
    "bc": "because",
    "wen": "when",
    "wat": "what",
    "wot": "what",
    "y": "why",
    "ppl": "people",
    "pple": "people",
    "evry": "every",
    "evryone": "everyone",
    "sed": "said",
    "m8": "mate",
    "m8s": "mates",
    "gr8": "great",
    "luv": "love",
    "wanna": "want",
    "gonna": "going",
    "thx": "thanks",
    "tho": "though",
    "nothin": "nothing",
    "no1": "noone",
    "yrs": "years",
    "waitin": "waiting",
    "luvs": "loves",
    "luvd": "loved",
    "gd": "good",
    "rly": "really",
    "sum1": "someone",
    "some1": "someone",
    "sumthin": "something",
    "difrent": "different",
    "diffrent": "different",
    "skool": "school",
    "skul": "school",
    "sws": "sw",
    "socail": "social",
    "soshal": "social",
    "socal": "social",
    "wrker": "worker",
    "wkr": "worker",
    "worka": "worker",
    "placment": "placement",
    "plcement": "placement",
    "fostr": "foster",
    "fosta": "foster",
    "bulied": "bullied",
    "bullyed": "bullied",
    "bulling": "bullying",
    "compained": "complained",
    "complaind": "complained",
    "complant": "complaint",
    "accomodation": "accommodation",
    "acomodation": "accommodation",
    "depresion": "depression",
    "depressd": "depressed",
    "anxiaty": "anxiety",
    "lisens": "listens",
    "lissen": "listen",
    "pokit": "pocket",
    "bro": "brother",
    "bruv": "brother",
    "sis": "sister",
    "lil": "little",
    "nana": "nan",
    "mam": "mum",
    "mom": "mum",
    "ma": "mum",
    "iros": "iro",
    "advocat": "advocate",
}


@lru_cache(maxsize=65536)
def normalise_token(token: str) -> str:
    """One token as the model and lexicon see it: lower case, no apostrophes, spellings folded."""
    t = token.lower().replace("'", "").replace("’", "")
    if t.isdigit():
        return t if t in MEANINGFUL_NUMBERS else "#"
    return SPELLINGS.get(t, t)


# Phrases are written in normalised form (see normalise_token); "#" stands for any count.
# Several themes may share a phrase ("rent" is both housing and money).
# fmt: off
THEME_LEXICON: dict[str, tuple[str, ...]] = {
    "social-workers": (
        "sw", "social worker", "social workers", "social work", "personal adviser", "personal advisor",
        "personal advisers", "pa", "my pa", "leaving care worker", "key worker", "duty worker",
        "duty social worker", "agency social worker", "new worker", "changed worker", "my worker",
        "student social worker", "rings me back", "ring me back", "call me back", "text back",
        "never visits", "cancelled visit", "cancelled visits", "visits", "caseload", "on leave",
        "off sick", "left the job",
    ),
    "home-and-carers": (
        "foster carer", "foster carers", "foster mum", "foster dad", "foster family", "foster home",
        "carer", "carers", "my carer", "my carers", "residential", "childrens home", "the home",
        "staff", "night staff", "key worker", "house rules", "like family", "part of the family",
        "treat me like", "real kids", "own kids", "kinship", "nan and grandad", "adopted me", "unit",
        "lodger", "fridge", "own room", "my room", "respite", "settled", "feel at home", "staying here",
        "my placement", "this placement",
    ),
    "moves-and-stability": (
        "moved", "moving", "move", "moves", "moved # times", "# placements", "# moves",
        "placement broke down", "placement ended", "broke down", "short notice", "night before",
        "no warning", "emergency placement", "out of area", "miles away", "far away", "bin bags",
        "forever home", "long term", "short term", "how long", "stay here", "unpack", "new placement",
        "# schools", "# homes", "# places", "planned move", "settle", "placement", "placements",
    ),
    "family-and-friends-contact": (
        "contact", "family time", "see my mum", "see my dad", "see my brother", "see my sister",
        "my brother", "my sister", "brothers", "sisters", "siblings", "little brother", "little sister",
        "half brother", "half sister", "my mum", "my dad", "birth mum", "birth dad", "my nan",
        "grandparents", "grandma", "nan", "cousins", "aunty", "auntie", "uncle", "supervised",
        "contact centre", "letterbox", "video call", "video calls", "stay over", "see my family",
        "miss my", "prison",
    ),
    "being-heard": (
        "review", "reviews", "review meeting", "lac review", "cla review", "meeting", "meetings",
        "iro", "independent reviewing officer", "advocate", "my views", "my view", "my opinion",
        "listen", "listens", "listened", "listening", "not listened", "dont listen", "asked",
        "nobody asks", "asked not told", "care plan", "my plan", "decided", "decision", "decisions",
        "without telling me", "interpreter", "talk over", "talking about me", "voice", "say what",
        "children in care council", "cicc", "my wishes", "nothing happens", "told them",
    ),
    "life-story": (
        "life story", "life story work", "life story book", "why im in care", "why i am in care",
        "why i was taken", "taken away", "came into care", "my file", "my files", "my records",
        "care records", "records", "baby photos", "photos", "pictures of me", "memory box",
        "later life letter", "my past", "my story", "family history", "where i was born",
        "real dad", "real mum", "birth dad", "birth mum", "adopted", "blacked out", "medical history",
        "what happened", "the real reason", "when i was little", "as a baby",
    ),
    "education": (
        "school", "schools", "college", "uni", "university", "teacher", "teachers", "pep",
        "personal education plan", "virtual school", "designated teacher", "tutor", "homework",
        "lessons", "exams", "gcses", "gcse", "a levels", "btec", "sats", "level #", "excluded",
        "exclusion", "isolation", "reduced timetable", "apprenticeship", "bursary", "pupil premium",
        "enrolment", "sets", "year #", "revise", "course", "careers adviser", "class", "assembly",
    ),
    "health-and-wellbeing": (
        "camhs", "waiting list", "mental health", "counselling", "counsellor", "therapy",
        "therapist", "anxiety", "anxious", "depression", "depressed", "panic attacks", "self harm",
        "sleep", "nightmares", "dentist", "doctor", "gp", "nurse", "health check",
        "health assessment", "optician", "glasses", "adhd", "autism", "diagnosed", "feelings",
        "mood", "low", "sad", "angry", "eating", "wellbeing", "periods", "gym", "headaches",
        "someone to talk to", "on the list", "drugs", "weed",
    ),
    "friendships-and-activities": (
        "sleepover", "sleepovers", "sleep over", "stay at my mates", "my mates", "mates", "friends",
        "my friends", "friends round", "party", "trip", "trips", "school trip", "holiday abroad",
        "holidays", "haircut", "hair cut", "ears pierced", "phone", "snapchat", "instagram", "tiktok",
        "xbox", "playstation", "club", "youth club", "football", "dancing", "drama", "swimming",
        "music lessons", "cadets", "bowling", "cinema", "camp", "bike", "boxing", "prom",
        "normal kid", "normal life", "permission", "delegated authority", "risk assessment",
        "police check", "dbs", "stay out", "go out", "activities",
    ),
    "identity-and-stigma": (
        "treated different", "treat me different", "different", "lac", "looked after", "care kid",
        "care kids", "foster kid", "labelled", "label", "service user", "placement", "respite",
        "stigma", "judged", "embarrassing", "embarrassed", "feel sorry", "sorry for me",
        "my culture", "culture", "religion", "mosque", "church", "eid", "halal", "pray", "language",
        "speak my language", "english", "arabic", "interpreter", "afro hair", "my hair", "gay",
        "lesbian", "bi", "trans", "lgbt", "lgbtq", "pronouns", "my name", "old name", "asylum",
        "asylum seeker", "uasc", "my country", "looks like me", "proud", "care leaver", "lanyards",
        "work car", "products", "jargon", "bad person", "trouble", "naughty",
    ),
    "housing": (
        "flat", "my flat", "house", "hostel", "supported lodgings", "supported accommodation",
        "supported housing", "semi independent", "staying put", "staying close", "homeless",
        "homelessness", "intentionally homeless", "sofa surfing", "b and b", "bed and breakfast",
        "landlord", "landlady", "tenancy", "evicted", "eviction", "rent", "repairs", "damp", "mould",
        "boiler", "heating", "window", "housing", "housing officer", "housing list",
        "housing register", "council flat", "shared house", "accommodation", "block", "furniture",
        "washing machine", "cooker", "curtains", "rats",
    ),
    "money": (
        "money", "pocket money", "allowance", "allowances", "clothing allowance", "savings",
        "savings account", "junior isa", "isa", "grant", "leaving care grant", "setting up home",
        "bursary", "benefits", "universal credit", "uc", "sanctioned", "council tax", "bills",
        "bill", "debt", "arrears", "rent", "skint", "broke", "afford", "cant afford", "pay",
        "food bank", "voucher", "bank account", "budget", "budgeting", "quid", "pound", "pounds",
        "electric", "gas", "bus pass", "birthday money", "pay for",
    ),
    "preparing-for-adulthood": (
        "pathway plan", "pathway", "18", "turned 18", "turning 18", "at 18", "after 18", "21", "25",
        "leaving care", "leave care", "left care", "cliff edge", "independent", "independence",
        "independent living", "living skills", "life skills", "cook", "cooking", "clean", "bills",
        "job", "jobs", "cv", "interview", "interviews", "work experience", "apprenticeship",
        "lonely", "loneliness", "alone", "on my own", "on your own", "adult", "adult services",
        "grown up", "transition", "passport", "birth certificate", "provisional", "driving",
        "mentor", "care leavers hub", "local offer",
    ),
    "safety": (
        "safe", "unsafe", "not safe", "feel safe", "safety", "bully", "bullied", "bullies",
        "bullying", "cyberbullied", "picked on", "threatens", "threatened", "scared", "danger",
        "police", "pcso", "missing", "went missing", "gangs", "gang", "county lines", "exploited",
        "exploitation", "groomed", "grooming", "stabbed", "knife", "robbed", "beaten up", "fights",
        "followed me", "drug dealers", "sell stuff", "hold stuff", "older lads", "older boys",
        "strangers online", "message me", "steals", "stole", "lock my door", "cameras",
    ),
    "rights-and-complaints": (
        "complain", "complaint", "complaints", "complained", "complaining", "complaints team",
        "advocate", "advocacy", "nyas", "coram", "rights", "my rights", "entitled", "entitlement",
        "entitlements", "local offer", "ombudsman", "apology", "childrens rights",
        "rights officer", "independent person", "hold them to account", "break the rules",
        "never heard back", "no reply",
    ),
}

# Tone: weights per normalised token or two-word phrase; young people's praise and swearing included.
POSITIVE_WORDS: dict[str, float] = {
    "good": 1.0, "great": 1.0, "amazing": 1.5, "brilliant": 1.5, "love": 1.5, "lovely": 1.0,
    "nice": 1.0, "kind": 1.0, "happy": 1.0, "best": 1.0, "sound": 1.0, "safe": 0.5,
    "helped": 1.0, "helpful": 1.0, "helps": 1.0, "helping": 0.7, "help": 0.3, "useful": 1.0,
    "proud": 1.0, "fair": 0.7, "cool": 1.0, "listened": 1.0, "listens": 1.0, "care": 0.5,
    "cares": 1.0, "settled": 1.0, "better": 0.8, "ok": 0.6, "okay": 0.6, "alright": 0.6,
    "loves": 1.5, "loved": 1.5, "enjoy": 1.0, "enjoyed": 1.0, "fun": 1.0, "i like": 1.0, "we like": 1.0, "thanks": 1.0,
    "thank": 1.0, "supportive": 1.0, "understanding": 1.0, "wanted": 0.5, "glad": 1.0,
    "excellent": 1.5, "fab": 1.5, "mint": 1.0, "decent": 0.8, "buzzing": 1.5, "lush": 1.5,
    "grateful": 1.0, "lucky": 1.0, "calm": 0.8, "finally": 0.5, "meant a lot": 1.5,
    "sorted": 0.8, "trust": 0.7, "distinction": 1.0, "actually": 0.5, "ready": 0.5,
    "enough": 0.5, "got into": 1.0, "takes me": 0.7, "let me": 0.7, "lets me": 0.7, "let us": 0.7,
    "allowed": 0.5, "less alone": 1.5, "like family": 1.0, "there for me": 1.5, "feels normal": 1.0,
}
NEGATIVE_WORDS: dict[str, float] = {
    "bad": 1.0, "rubbish": 1.5, "shit": 1.5, "shite": 1.5, "crap": 1.5, "hate": 1.5, "horrible": 1.5,
    "awful": 1.5, "terrible": 1.5, "scared": 1.0, "scary": 1.0, "scare": 1.0, "worst": 1.5,
    "never": 1.0, "nobody": 1.0, "no one": 1.0, "noone": 1.0, "cant": 0.7, "sad": 1.0,
    "angry": 1.0, "upset": 1.0, "lonely": 1.0, "alone": 0.8, "anxious": 1.0, "unfair": 1.0,
    "not fair": 1.0, "pointless": 1.5, "boring": 1.0, "ignored": 1.5, "cancelled": 1.0,
    "waiting": 0.7, "wait": 0.5, "ages": 0.7, "takes forever": 1.5, "take forever": 1.5,
    "stupid": 1.0, "useless": 1.5, "skint": 1.0, "broken": 1.0, "struggle": 1.0, "miss": 1.0,
    "missed": 0.7, "wish": 0.7, "want": 0.5, "need": 0.5, "should": 0.5, "dont care": 1.5,
    "doesnt care": 1.5, "never listens": 1.5, "dont listen": 1.5, "still nothing": 1.5,
    "nothing": 0.7, "dump": 1.5, "damp": 1.0, "mould": 1.0, "excluded": 1.0, "bullied": 1.5,
    "bully": 1.0, "bullies": 1.5, "bullying": 1.0, "cyberbullied": 1.5, "threatens": 1.5,
    "robbed": 1.5, "stabbed": 1.5, "beaten": 1.5, "gangs": 1.0, "dealers": 1.0,
    "exploited": 1.5, "groomed": 1.5, "steals": 1.0, "stole": 1.0, "criminals": 1.0,
    "homeless": 1.0, "evicted": 1.5, "sanctioned": 1.5, "arrears": 1.0, "food bank": 1.0,
    "lost": 1.0, "lose": 1.0, "hard": 0.8, "difficult": 0.8, "worse": 1.0, "sucks": 1.5,
    "annoying": 1.0, "mess": 1.0, "mistakes": 1.0, "blacked": 1.0, "awkward": 1.0,
    "obvious": 0.5, "stared": 1.0, "isolation": 1.0, "stranger": 0.7, "strangers": 0.7,
    "different": 0.5, "lying": 1.0, "late": 0.5, "no": 0.5, "dont": 0.4, "didnt": 0.5,
    "doesnt": 0.5, "wont": 0.5, "not": 0.4, "stops": 0.5, "left": 0.4, "debt": 1.0,
    "afford": 0.5, "too": 0.3, "pissed": 1.5, "fed up": 1.5, "sick of": 1.5, "shouts": 1.0,
    "strict": 0.5, "nervous": 0.8, "embarrassing": 1.0, "again": 0.4, "every time": 0.5,
    "only": 0.4, "need help": 1.0, "trouble": 0.7, "naughty": 1.0, "labelled": 1.0,
    "wasnt": 0.4, "isnt": 0.4, "havent": 0.4, "depressed": 1.0, "anxiety": 0.7,
}
# A negator flips the tone of a positive word within the next few tokens ("not good", "never listens").
NEGATORS = frozenset({
    "not", "dont", "doesnt", "didnt", "never", "no", "cant", "wont", "isnt", "wasnt", "aint",
    "nobody", "noone", "nothing", "without", "havent", "hasnt", "arent", "couldnt", "wouldnt", "neither",
})
# fmt: on
NEGATION_WINDOW = 3
# Only a strong negative word turns positive when negated ("not bad"); "dont want" stays negative.
FLIP_MIN = 1.0
# Clause joins that usually mean two sides of a story ("nice but strict").
CONTRASTS = frozenset({"but", "though", "although", "except", "apart"})

# Stop words for the emerging clusters: what carries no topic in these answers.
STOP_WORDS = frozenset(
    """a about above after again all also am an and any are as at be because been before being
    below between both but by can cant could did didnt do does doesnt doing dont down during each
    even ever every few for from further get gets got had has have having he her here hers herself
    him himself his how i id if im in into is isnt it its itself ive just like lol me more most my
    myself no nor not now of off on once only or other our ours out over own really same she should
    so some such than that thats the their them then there these they theyre this those through
    to too under until up us very was we were what when where which while who whom why will with
    wont would you your youre yours yourself want wanna need think know said say says thing things
    stuff make made go going gonna way well lot lots much many one ok okay yeah yes can please next
    still also ever anything something everything get getting""".split()
)
