"""Find the personal details in a young person's answer so they can be removed before anyone reads it."""

# Shipped data (see data/LICENCE-names.txt):
#   data/first_names_census.txt  US Census 1990 first names (public domain, taken from the MIT-licensed
#                                PyPI package `names` 0.3.0).
#   data/first_names_uk.txt      our own hand-written list of first names common in the UK across cultures.
#   data/first_names_arrivals.txt  our own list of given names common in the countries separated
#                                children seeking asylum come from (Afghanistan, Eritrea, Albania, ...).
#   data/surnames_census.txt     the 7,500 most common US Census 1990 surnames (public domain, same package).
#   data/common_words.txt SCOWL sizes 10-35 English and British words (Kevin Atkinson's permissive
#                         licence), used to tell names that are also everyday words from the rest.

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import phonenumbers

from participation.pure.safeguarding.types import Removal
from participation.pure.theming.taxonomy import PII_PLACEHOLDERS

_DATA = Path(__file__).parent / "data"


_FOLD_EXTRA = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe"})


def _fold(word: str) -> str:
    """Fold accents so "arbër" meets "arber" and "łukasz" meets "lukasz" in the lists."""
    if word.isascii():
        return word
    word = unicodedata.normalize("NFKD", word.translate(_FOLD_EXTRA))
    return "".join(c for c in word if not unicodedata.combining(c))


def _load(name: str) -> frozenset[str]:
    with open(_DATA / name, encoding="utf-8") as fh:
        return frozenset(_fold(w.strip()) for w in fh if w.strip() and not w.startswith("#"))


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_COMMON = _load("common_words.txt")
_SURNAMES = _load("surnames_census.txt")

# Names in the census list that are so common as words (or text-speak) that even a cue should
# not turn them into a name: "my sw is young", "im so tired".
_NOT_NAMES = _words(
    """in an my so see un ok said isa foster art ty ma pa nan era ha ja le mi na nu ta thi wm yer yon yuk
    bong ping sol wen wan hue son sun man van ka soon long young hang hung sang sung dung loan lean brain
    manual
    conception numbers else many angle page major lady king queen prince princess tiny golden
    noble rich junior royal aide lore dimple sparkle cherish desire chance carry marry miss
    season spring autumn winter moon star love see chin shin yen ivory velvet tequila maxima omega
    alpha delta echo genesis trinity christen pasty bunny fairy sari blanch sage marine
    buster dick fanny karma homer lien pinkie tad camellia so do no go id ill stormy otha"""
)
# Of those, the ones people are really called: a name after "called" or "named" ("she's called Autumn").
_CALLED_NAMES = _words("autumn winter rich sage ivory trinity genesis karma chance star king prince junior tiny ash")
# Census names that are words only in rare senses: treat them like ordinary names.
_RARE_WORD_NAMES = _words(
    """harry martin maria peter mike matt mason derrick victor warren jarred garret sally patty lee
    dean earl glen eddy john terry tom tony jimmy billy bobby josh charlie tanner newton sandy
    gemma kelly jess kyle ben carl henry jerry nancy logan lewis louis spencer morris perry ruth"""
)
_FIRST = (
    _load("first_names_census.txt") | _load("first_names_uk.txt") | _load("first_names_arrivals.txt")
) - _NOT_NAMES
# A first name that is also a common word ("will", "rose", "grace") is a name only with a cue.
_WORDLIKE = frozenset(n for n in _FIRST if n in _COMMON and n not in _RARE_WORD_NAMES) | _words(
    "ai al ed em fe li lu su tu vi yu ji bo jan jun kat sky max may june april august sunny jean teddy mickey"
    " randy bonny mo"
)
# Words that are months, days or seasons: capitalised they are still not names without a cue.
_CALENDAR = _words(
    """january february march april may june july august september october november december jan
    feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
    sunday summer autumn winter spring christmas easter eid diwali ramadan halloween xmas"""
)
# Ordinary proper nouns young people name that must survive even though some are also names:
# services and organisations, shops and brands, places, care words, faiths and nationalities.
_KEEP = _CALENDAR | _words(
    """nyas childline camhs pep peps ehcp sen send iro iros pa pas sw cin lac cla cic nhs ofsted
    barnardo barnardos barnardo's coram voice ucas dwp hmrc gp gps a&e cafcass nspcc samaritans shout
    mind kooth papyrus catch22 become action unicef rspca police council councillor councillors
    universal credit pip esa jsa leaving care virtual school pathway plan local offer youth mp
    mps parliament government tory tories labour conservative conservatives lib dem reform
    tesco primark greggs asda aldi lidl sainsbury sainsburys sainsbury's morrisons mcdonald
    mcdonalds mcdonald's kfc nando nandos nando's subway costa starbucks boots argos jd sports
    poundland iceland wilko superdrug currys ikea amazon ebay vinted deliveroo uber apple samsung
    dobbies halfords wickes homebase screwfix toolstation
    iphone android xbox playstation ps5 nintendo switch fortnite roblox minecraft fifa netflix
    youtube tiktok snapchat snap instagram insta whatsapp facebook twitter discord spotify google
    england scotland wales ireland britain uk gb london leeds kent manchester birmingham liverpool
    bristol sheffield bradford newcastle sunderland durham york hull wakefield huddersfield halifax
    doncaster rotherham barnsley derby nottingham leicester coventry wolverhampton walsall dudley
    stoke stafford chester preston blackpool blackburn bolton bury wigan oldham rochdale salford
    stockport warrington lancaster lancashire yorkshire cumbria carlisle kendal devon cornwall
    dorset somerset essex sussex surrey hampshire norfolk suffolk cambridge cambridgeshire oxford
    oxfordshire reading slough luton bedford milton keynes northampton peterborough lincoln
    lincolnshire norwich ipswich colchester southend chelmsford brighton hove portsmouth southampton
    bournemouth poole plymouth exeter torquay bath swindon gloucester cheltenham worcester hereford
    shrewsbury telford cardiff swansea newport wrexham glasgow edinburgh aberdeen dundee belfast
    derry middlesbrough stockton hartlepool darlington gateshead tyne wear merseyside wirral
    cheshire staffordshire shropshire warwickshire wiltshire berkshire hertfordshire buckinghamshire
    croydon hackney lambeth southwark lewisham brent ealing enfield haringey islington camden
    barnet bromley tower hamlets newham redbridge havering bexley greenwich kingston sutton
    harrow hillingdon hounslow merton wandsworth westminster medway maidstone canterbury dover
    margate thanet gravesend ashford chatham gillingham sevenoaks tonbridge dartford folkestone
    jordan chelsea india georgia paris florence sydney victoria adelaide austin dallas houston
    scarborough whitby harrogate skipton keighley dewsbury batley pontefract castleford selby goole
    grimsby scunthorpe boston skegness mansfield chesterfield worksop buxton macclesfield crewe
    nantwich runcorn widnes helens southport ormskirk chorley leyland burnley accrington colne
    clitheroe morecambe barrow penrith workington whitehaven hexham morpeth blyth ashington
    consett auckland redcar whitley tynemouth jarrow peterlee seaham thornaby northallerton ripon
    redditch kidderminster bromsgrove nuneaton rugby leamington warwick stratford banbury bicester
    aylesbury wycombe watford stevenage harlow basildon braintree clacton harwich lowestoft yarmouth
    thetford newmarket huntingdon wisbech ely corby kettering wellingborough daventry hinckley
    loughborough melton grantham newark stamford spalding salisbury chippenham trowbridge yeovil
    taunton bridgwater weston barnstaple newquay truro falmouth penzance weymouth dorchester
    basingstoke andover winchester eastleigh fareham gosport havant worthing crawley horsham
    eastbourne hastings bexhill lewes guildford woking epsom redhill reigate staines maidenhead
    bracknell wokingham newbury dagenham barking ilford romford peckham brixton wembley walthamstow
    leyton clapham tooting paisley motherwell kilmarnock ayr stirling inverness falkirk livingston
    dunfermline kirkcaldy newry lisburn bangor rhyl llandudno merthyr pontypridd caerphilly
    bridgend neath llanelli carmarthen aberystwyth calderdale kirklees tameside trafford sefton
    knowsley halton solihull sandwell dudley northumberland cleveland humberside teesside
    america usa africa europe asia afghanistan eritrea ethiopia albania kosovo kurdistan sudan syria
    iran iraq vietnam somalia turkey egypt libya chad niger mali yemen kuwait pakistan bangladesh
    kenya uganda tanzania rwanda burundi congo zimbabwe zambia malawi sierra leone gambia senegal
    cameroon angola mozambique botswana namibia guinea ivory morocco algeria tunisia lebanon palestine
    gaza israel saudi qatar oman dubai emirates nepal sri lanka china japan korea thailand philippines
    malaysia indonesia brazil mexico canada australia zealand portugal lithuania latvia estonia ukraine
    russia armenia moldova bulgaria hungary czechia slovakia serbia croatia bosnia belgium netherlands
    holland sweden norway denmark finland switzerland austria trinidad tobago barbados guyana grenada
    dominica bahamas cuba colombia peru chile argentina venezuela ecuador bolivia
    nigeria ghana jamaica romania poland france italy spain germany greece calais kabul asmara tirana
    arsenal everton villa spurs tottenham united city rovers wanderers athletic
    english british welsh scottish irish polish romanian indian pakistani bangladeshi somali
    eritrean afghan syrian kurdish iraqi iranian nigerian ghanaian jamaican african caribbean
    albanian kosovan vietnamese ethiopian sudanese somalian arab arabic persian farsi dari pashto
    pashtun hazara tigrinya amharic oromo urdu punjabi bengali turkish lithuanian latvian slovak
    czech bulgarian ukrainian russian chinese moroccan egyptian libyan yemeni yoruba igbo hausa twi akan
    swahili lingala shona zulu xhosa sorani kurmanji bengali gujarati tamil cantonese mandarin
    muslim christian christians hindu sikh jewish catholic islam god allah jesus bible quran
    advocate advocacy foster carer carers social worker key worker keyworker mentor
    personal adviser advisor manager staff mum dad nan nana nanna grandma grandad auntie uncle
    sister brother mate bestie bro sis fam hun babe bruv cuz innit lol omg idk tbh ngl
    english maths science art music drama pe ict gcse gcses btec a-level"""
)
# Words after which the next name-list word is very likely a person: people in a young person's life.
_ROLE_NOUNS = _words(
    """sw s/w sws socialworker worker workers carer carers fc fcs kw keyworker keyworkers pa pas
    adviser advisor advisers advisors advocate iro teacher teachers ta mentor therapist counsellor
    counselor nurse doctor manager boss mum mam mom mummy mother dad daddy father nan nana nanna
    nanny gran granny grandma grandmother grandad granddad grandpa grandfather sister sis brother
    bro sibling siblings friend friends mate mates bestie bff bf gf boyfriend girlfriend partner
    cousin cousins aunt auntie aunty uncle stepmum stepdad step-mum step-dad son daughter baby
    neighbour head headteacher tutor coach officer leader supervisor girl boy lad lass roommate
    roomie housemate flatmate classmate chef cleaner caretaker receptionist buddy twin twins person yp grandson
    granddaughter driver interpreter fella bloke missus frend frends cusin cuz teecher techer"""
)
_TWO_WORD_ROLES = frozenset(
    {
        ("social", "worker"),
        ("social", "workers"),
        ("socail", "worker"),
        ("social", "wroker"),
        ("foster", "carer"),
        ("foster", "carers"),
        ("foster", "mum"),
        ("foster", "dad"),
        ("foster", "parent"),
        ("key", "worker"),
        ("support", "worker"),
        ("youth", "worker"),
        ("personal", "adviser"),
        ("personal", "advisor"),
        ("best", "friend"),
        ("best", "mate"),
        ("residential", "worker"),
        ("house", "parent"),
        ("step", "mum"),
        ("step", "dad"),
        ("little", "brother"),
        ("little", "sister"),
        ("big", "brother"),
        ("big", "sister"),
        ("older", "brother"),
        ("older", "sister"),
        ("younger", "brother"),
        ("younger", "sister"),
    }
)
_LINKERS = _words("is was called named name's names were are = - : its it's")
_STRONG_PREV = _words("called named namd calld")
_TITLES = _words("mr mrs ms mx dr mister sir mrs. mr. ms. dr. miss")
_GREETINGS = _words("thanks thank thankyou ty cheers hi hiya hello hey dear love shoutout shoutouts")
_PRONOUN_CUES = frozenset({("me", "and"), ("me", "n"), ("me", "&")})
# Adjectives and states that follow "I'm" but happen to be in the name list.
_IM_NOT_NAME = _words(
    """gay frank rich sunny young tiny golden merry rusty dusty misty stormy windy rocky earnest
    royal major junior angelic coy curt lacy rosy tawny ivory olive free happy lucky grand fine
    christian honey angel"""
)
_FUNCTION = _words(
    """a an the my our your his her their its this that these those and or but if so to of in on at
    for with from by as is was are were be been it i me we you he she they them us him not no yes
    do does did dont can cant would should could have has had go went get got just only very
    really too also then than there here what when where who why how all any some every each one"""
)

# Letters of any alphabet, so "Arbër", "Ştefan" and "Małgorzata" are whole words.
_WORD_RE = re.compile(r"[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*|[&=:\-]")
_SENT_END = frozenset(".!?\n")


# --- patterns for details with a shape -------------------------------------------------------

_EMAIL_RE = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
    r"|(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}(?:\s+dot\s+[A-Za-z0-9_]{1,30}){0,2}\s+at\s+(?:gmail|hotmail|outlook|yahoo|icloud|live|btinternet|aol)"
    r"\s*(?:\.|\s+dot\s+)\s*(?:com|co\.uk|co\s+dot\s+uk|uk)\b",
    re.I,
)
_SOCIAL_URL_RE = re.compile(
    r"(?:https?://)?(?:www\.)?(?:instagram\.com|instagr\.am|tiktok\.com|snapchat\.com|facebook\.com"
    r"|fb\.com|fb\.me|twitter\.com|x\.com|youtube\.com|youtu\.be|twitch\.tv|linkedin\.com"
    r"|threads\.net|discord\.gg|discord\.com|wa\.me|t\.me|reddit\.com|tumblr\.com|pinterest\.com"
    r"|soundcloud\.com)/[^\s,;)]+",
    re.I,
)
_AT_HANDLE_RE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_.]*[A-Za-z0-9_]")
_PLATFORM_RE = re.compile(
    r"\b(?:snap(?:chat)?|sc|insta(?:gram)?|ig|tik\s?tok|tt|twitter|discord|xbox|gamer\s?tag|psn|fb"
    r"|facebook|twitch|youtube|yt|kik|telegram|vinted|depop|username|user\s?name)\b"
    r"(?:\s*(?:name|handle|username|user|id|tag|gamertag|gamer\s+tag|channel|account|acc|@|me))?"
    r"(?P<sep>\s*(?:is|its|it's|was|=|:|-|–)?\s*)(?P<h>@?[A-Za-z0-9_.]+(?:-[A-Za-z0-9_.]+)*)",
    re.I,
)
_PLATFORM_WORDS = _words(
    """snap snapchat sc insta instagram ig tik tiktok tt twitter discord xbox gamertag psn fb
    facebook twitch youtube yt kik telegram vinted depop username"""
)
_DIGIT_RE = re.compile(r"\d")
# A username wherever it stands: "JojoBlaze99", "xX_SilentReaper_Xx", "TheRealKaiPlays".
_TAG_RE = re.compile(
    r"(?<![\w@])(?:[A-Za-z]+[A-Z][a-z]+[A-Za-z]*\d{2,}|[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+"
    r"|(?:The|Its|Im|Mr|Real|Official|Lil|Big)[A-Z][a-z]+(?:[A-Z][a-z]+)+|[A-Z][a-z]+(?:[A-Z][a-z]+){2,})(?![\w@])"
)
_LIVE_WORDS = _words("live living lives lived moved stay staying stays")
_SCHOOL_WORDS = _words(
    """primary secondary junior juniors infants infant high grammar school academy college sixth
    university uni children's childrens childrens' kids residential care nursery hostel juniour ysgol supported secure
    pru pupil learning youth hotel nursry"""
)
_POSTCODE_RE = re.compile(
    r"\b(?:[A-PR-UWYZ][0-9][0-9A-HJKPSTUW]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)"
    r"\s?[0-9][ABD-HJLNP-UW-Z]{2}\b",
    re.I,
)
_NI_RE = re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", re.I)
_NHS_RE = re.compile(r"(?<![\d£$])[1-9]\d{2}[\s\-]?\d{3}[\s\-]?\d{4}(?!\d)")
_CODE_RE = re.compile(r"\b[A-Z]{1,4}/\d{3,}(?:/[A-Z0-9]+)+\b|\b[A-Z]{2,4}[-/]?\d{5,}\b|\b[A-Z]{2,4}[-/]\d{3,6}[-/]\d{2,6}\b|\b\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}\b")
_LONG_DIGITS_RE = re.compile(r"(?<![\d£$.,])\d{7,}(?![\d%])")
_REF_RE = re.compile(
    r"\b(?:case|ref|reference|referral|crime|incident|log|client|student|pupil|candidate|upn|uln"
    r"|nhs|ni|id|membership|account|file|claim|tracking|police|pass|card|number|no)"
    r"(?:\s*(?:number|numbr|num|no\.?|#|id|ref))?\s*(?:is|was|=|:|-|#)?\s*"
    r"(?P<v>(?=[A-Za-z/\-]{0,5}\d)[A-Za-z0-9][A-Za-z0-9/\-]*(?:\s\d{2,})*)",
    re.I,
)
# "My case number with council is 55-20931": the number a few words after the cue.
_CASE_RE = re.compile(
    r"\b(?:case|reference|ref|file|client)\s+(?:number|no\.?|num)\b[^.!?\n]{0,30}?\b(?:is|was|:|=)\s*"
    r"(?P<v>[A-Za-z]{0,4}[-/]?\d[\dA-Za-z/\-]{3,})",
    re.I,
)
_PHONE_WINDOW_RE = re.compile(r"(?<![\w+])\+?\(?\d[\d \t\-().]{8,40}\d(?!\d)")
# A phone number said in words ("oh seven seven double oh nine..."), perhaps with some digits among them.
_SAID_DIGITS = {"zero": 1, "oh": 1, "o": 1, "nought": 1, "one": 1, "two": 1, "three": 1, "four": 1, "five": 1,
                "six": 1, "seven": 1, "eight": 1, "nine": 1, "hundred": 2}
_SAID_REPEAT = {"double": 2, "triple": 3, "treble": 3}
_SAID_TOKEN = r"(?:\d+|" + "|".join(sorted([*_SAID_DIGITS, *_SAID_REPEAT], key=len, reverse=True)) + r")"
_SAID_PHONE_RE = re.compile(rf"(?<![\w+])\+?{_SAID_TOKEN}(?:[\s,.\-]+{_SAID_TOKEN})+\b", re.I)
_SAID_WORDS = frozenset([*_SAID_DIGITS, *_SAID_REPEAT])

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|febuary|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19\d\d|20\d\d|'?\d\d)"
_ISO_REST = r"\s?[-/.]\s?(?:0?[1-9]|1[0-2])\s?[-/.]\s?(?:0?[1-9]|[12]\d|3[01])(?![\d/\-]|\.\d)"  # a full stop may end the sentence
_ISO = rf"(?:19|20)\d\d{_ISO_REST}"  # 2009-04-17
_DATE = (
    rf"(?:{_ISO}|{_DAY}[-/.]{_MONTH}[-/.](?:\d{{4}}|\d\d)\b"
    rf"|(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}\b(?:\s*,?\s*{_YEAR}\b)?"
    rf"|{_MONTH}\s+(?:the\s+)?{_DAY}\b(?:\s*,?\s*{_YEAR}\b)?"
    rf"|\d{{1,2}}\s?[/.\-]\s?\d{{1,2}}(?:\s?[/.\-]\s?(?:\d{{4}}|\d{{2}}))?(?![\d/])"
    rf"|\d{{1,2}}(?:st|nd|rd|th)(?!\s+(?:of\s+)?\w))"
)
_DOB_CUE = (
    r"(?:birthdays?|birthdy|bdays?|b-day|b'day|birth\s*day|dob|d\.o\.b\.?|date\s+of\s+birth|born"
    r"|turn(?:ing)?\s+\d{1,2}\s+on|(?:be|i'?m|i\s+am|im)\s+\d{1,2}\s+on)"
)
_FILL = (
    r"(?:[^\w]+(?:is|was|on|the|its|it's|s|me|my|in|be|will|at|date|comes|next|this|year|of)\b){0,4}"
)
_DOB_AFTER_RE = re.compile(rf"\b{_DOB_CUE}{_FILL}[\s,:'’=\-]*(?P<d>{_DATE})", re.I)
_DOB_BEFORE_RE = re.compile(
    rf"(?P<d>{_DATE})[\s,]+(?:(?:is|was|its|it's|thats|that's|=)\s+)?(?:my|me)\s+(?:{_DOB_CUE})", re.I
)
# A date of birth said in words: "my date of birth is twelfth of october two thousand and nine".
_ORDINAL = (
    r"(?:(?:twenty|thirty)[\s\-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh"
    r"|twelfth|twelth|twelveth|fith|nineth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
)
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|oh)"
)
_SAID_YEAR = (
    rf"(?:two\s+thousand(?:\s+and)?(?:[\s\-]+{_NUMBER_WORD}){{0,2}}|(?:twenty|nineteen)(?:[\s\-]+{_NUMBER_WORD}){{1,2}}"
    r"|(?:19|20)\d\d)"
)
_SAID_DATE = (
    rf"(?:the\s+)?(?:{_ORDINAL})(?:\s+of)?\s+{_MONTH}\b(?:\s*,?\s*{_SAID_YEAR})?"
    rf"|{_MONTH}\s+(?:the\s+)?(?:{_ORDINAL})\b(?:\s*,?\s*{_SAID_YEAR})?"
)
_SAID_DOB_RE = re.compile(rf"\b{_DOB_CUE}{_FILL}[\s,:'’=\-]*(?P<d>{_SAID_DATE})", re.I)
_DOB_WORDS = _words("birthday birthdays bday bdays birth born dob d.o.b")
# A full date with a year a young person could have been born in is a date of birth even without a cue.
_FULL_DATE_RE = re.compile(
    rf"\b(?:\d{{1,2}}\s?[/.\-]\s?\d{{1,2}}\s?[/.\-]\s?(?P<y1>\d{{4}}|\d{{2}})(?![\d/])"
    rf"|{_DAY}(?:\s+of)?\s+{_MONTH}\s*,?\s*(?P<y2>\d{{4}})\b|(?P<y3>(?:19|20)\d\d){_ISO_REST}"
    rf"|{_DAY}[-/.]{_MONTH}[-/.](?P<y4>\d{{4}})\b|{_MONTH}\s+{_DAY}\s*,?\s*(?P<y5>\d{{4}})\b)",
    re.I,
)

_STREET_STRONG = (
    r"street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|crescent|cres|grove|gardens|gdns|terrace"
    r"|mews|square|sq|parade|croft|boulevard|way|court|ct|place|walk|rise|hill|view|row|park|green"
    r"|vale|gate|mount|bank|fold|wynd|brow|chase|meadow|meadows|estate"
)
_WEAK_STREET = _words(
    "way court ct place walk rise hill view row park green vale gate mount bank fold brow chase meadow close drive"
    " meadows estate st dr"
)
_ADDRESS_RE = re.compile(
    rf"\b(?:(?:number|no\.?)\s*)?\d{{1,4}}[a-z]?,?\s+(?P<n>(?:[A-Za-z'’\-]+\s+){{1,3}}?)(?P<t>{_STREET_STRONG})\b\.?",
    re.I,
)
_LIVE_ON_RE = re.compile(
    rf"\b(?:live|living|lives|lived|moved|stay|staying|stays)\s+(?:on|at|in|to|off)\s+"
    rf"(?P<a>(?P<n>(?:[A-Za-z'’\-]+\s+){{1,3}}?)(?P<t>{_STREET_STRONG}))\b",
    re.I,
)
# A named street said without a number: "the hostel on Albert Road", "at the Walton Street YMCA".
_STREET_ON_RE = re.compile(
    r"\b(?:on|off|at|in|near|down|from|to|along|up|by)\s+(?:the\s+)?"
    r"(?P<a>(?P<n>(?:[A-Z][a-z'’]+\s+){1,2})(?:Road|Street|Lane|Avenue|Crescent|Drive|Close|Grove|Terrace|Gardens|Rd|Way"
    r"|Row|Rise|Walk|Mews|Parade)"
    r"(?:\s+(?:YMCA|Hostel|Foyer))?)\b"
)
_STREET_TYPES = _words("road street lane avenue crescent drive close grove terrace gardens rd way row rise walk mews parade")
# Streets everyone knows from television, stories or the news: not where anyone lives.
_STREETS_KNOWN = _words("coronation sesame downing wall abbey oxford baker bond regent fleet carnaby milky death skid")
# "5 the crescent": a house number on a street whose name is only its kind.
_NUMBER_THE_RE = re.compile(
    r"\b\d{1,4}[a-z]?,?\s+the\s+(?:crescent|close|grove|drive|avenue|green|parade|square|terrace|mews|rise"
    r"|meadows|paddock|oval|circle|links|glade|hollow|coppice|spinney|orchard|boulevard|chase|croft)\b",
    re.I,
)
_FLAT_RE = re.compile(r"\b(?:flat|apartment|apt)\s*(?:no\.?\s*|number\s*)?\d+[a-z]?\b", re.I)
_ADDRESS_STOP = _FUNCTION | _words(
    """will weeks week days day years year months month times hours hour mins minutes miles people kids
    children times went walked walk down up along round around across over past near next by
    other different same new old big small first last second third long short whole"""
)

_SCHOOL_TYPE_RE = re.compile(
    r"\b(?:primary\s+school|secondary\s+school|junior\s+school|infants?\s+school|high\s+school"
    r"|grammar\s+school|community\s+school|free\s+school|prep\s+school|special\s+school"
    r"|sixth\s+form(?:\s+college)?|primary|secondary|juniors?|infants|high|grammar|school|academy"
    r"|college|university|uni|nursery|hostel|juniour|supported\s+(?:housing|lodgings?|accommodation)|secure\s+unit"
    r"|pru|pupil\s+referral\s+unit|learning\s+centre|youth\s+(?:project|club|centre|hub)|hotel|nursry"
    r"|children'?s\s+home|childrens\s+home|childrens'\s+home|kids\s+home"
    r"|residential\s+home|care\s+home)\b",
    re.I,
)
# Words inside a school's name that do not name it on their own: "St Joseph's Catholic Primary".
_SCHOOL_CONNECTORS = _words("catholic rc ce church methodist community memorial infant junior primary")
# Faith school names made of everyday words: "holy trinity high", "sacred heart primary".
_SCHOOL_SAINTLY = _words("holy trinity sacred heart blessed christ cross saints angels lady redeemer")
_SCHOOL_GENERIC = _FUNCTION | _words(
    """new old local next same different another special mainstream boarding private state primary
    secondary high junior infant infants nursery residential secure big small good bad virtual
    normal proper last first current previous former nearest closest whole every catholic church
    c of e ce rc community free prep sixth form grammar school schools college academy uni university
    home care kids children's childrens attend attended attends goes going started start leave left
    hate love like miss missed moved changed change from year years st. at around near after before during
    till until since outside inside office"""
)

# A school or home called after a saint, said on its own: "St Mary's", "st marys", "St Bede's".
_SAINT_RE = re.compile(
    r"(?<![\w.])(?:[Ss]t\.?|ST\.?|[Ss]aint)\s+(?P<w>[A-Za-z]+)(?P<p>['’]s\b|s\b)(?!\s+(?:hospital|church|road|rd"
    r"|street|lane|avenue|park|ambulance|day|cathedral|chapel|square|station|centre|place|close|way|wood)\b)",
    re.I,
)
# Towns called after saints: a place, not a school.
_SAINT_TOWNS = _words(
    "albans ives helens neots austell andrews davids asaph leonards helier agnes blazey columb mawes annes"
)

# Children's homes and placements: "Ash Lodge", "The Willows", "Meadowview" (kind "school").
_HOME_RE = re.compile(
    r"(?<![\w'’])(?P<h>(?:The\s+)?(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+\s+(?P<t>House|Lodge|Court|View|Grange|Manor|Cottage|Croft|Hostel|Foyer|Tower|Towers|Farm|Hall|Unit))\b"
    r"|(?P<c>The\s+[A-Z][a-z]+\s+(?:children'?s|childrens'|kids|residential|care)\s+home)\b"
    r"|\b(?:at|in|to|into|from)\s+(?P<p>The\s+[A-Z][a-z]+s|[A-Z][a-z]{2,}(?:view|lodge|house|court|grange|manor|croft|acres"
    r"|wood|woods|side|lea|leigh|bank|brook|dene|holme|hurst|mead|lands|haven))\b"
    r"(?!\s+(?:House|Lodge|Court|View|Grange|Manor|Cottage|Croft|Hostel|Foyer|Tower|Towers)\b)"
    r"|\b(?:live|living|lives|lived|stay|staying|stays|stayed|moved|move|moving|placed|back)"
    r"\s+(?:(?:me|us|him|her|them)\s+)?(?:at|to|in|into)\s+"
    r"(?P<l>[a-z]+\s+(?:lodge|grange|manor|court|view))\b"
    # A tree in the plural after "the" is a children's home's name wherever it stands: "the willows".
    r"|(?<![\w'’])(?P<w>[Tt]he\s+(?:[Ww]illows|[Oo]aks|[Ee]lms|[Bb]eeches|[Ll]aurels|[Cc]edars|[Pp]oplars"
    r"|[Pp]ines|[Ff]irs|[Hh]ollies|[Mm]aples|[Bb]irches|[Rr]owans|[Cc]hestnuts|[Ss]ycamores|[Hh]awthorns|[Ll]imes"
    r"|[Yy]ews|[Hh]azels|[Aa]lders|[Ll]arches|[Ll]indens|[Aa]spens))\b"
)
# "when i lived at Meadowbank", "the cook at Oakleigh": a one-word name of where someone lives.
_LIVED_AT_RE = re.compile(
    r"\b(?:live|living|lives|lived|stay|staying|stays|stayed|placed|cook|staff|manager|carers?|workers?|keyworkers?)"
    r"\s+at\s+(?P<x>[A-Z][a-z]{3,})\b"
)
# A named place a young person lives or learns in, told by what follows it: "Sunrise supported house",
# "at Brambles the staff are kind", "im at Horizons now its a PRU". The name is capitalised; the words after
# it say what it is, so an everyday word ("Sunrise") counts too, unless it starts the sentence.
_NAMED_BY_AFTER_RE = re.compile(
    r"(?P<x>(?<![\w'’])[A-Z][a-z]{3,}(?:\s+[A-Z][a-z]{3,})?)\s+(?:supported|semi[- ]independent)\s+"
    r"(?:house|housing|accommodation|lodgings|flats?|hostel|unit|living|home)\b"
    r"|\b(?:at|in)\s+(?P<y>[A-Z][a-z]{3,})\s+(?:(?:the\s+)?(?:staff|carers|workers|keyworkers|manager)\b"
    r"|(?:now\s+)?,?\s*(?:it'?s|it’s|its|which\s+is|thats|that'?s)\s+a\s+(?:pru|school|college|unit|hostel|placement"
    r"|children'?s\s+home|care\s+home|home)\b)",
    re.I,
)
# A home called after a tree, in lower case: "cherry tree house", "cedar lodge".
_TREE_HOME_RE = re.compile(
    r"\b(?:at|to|from|in|into)\s+(?P<t>(?:cherry|apple|oak|ash|elm|beech|birch|cedar|willow|holly|maple|pine"
    r"|rowan|hawthorn|chestnut|sycamore|yew|lime|hazel|larch|alder|poplar|laurel)\s+(?:tree\s+)?"
    r"(?:house|lodge|court|view|grange|manor|cottage|hall))\b",
    re.I,
)
_YSGOL_RE = re.compile(r"\b[Yy]sgol(?:\s+[A-Z][a-z]*){1,3}\b")
_UNIVERSITY_RE = re.compile(r"\b[Uu]niversity\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")
_HOME_PREPS = frozenset({"at", "in", "to", "into", "from"})
_HOME_ENDS = ("view", "lodge", "house", "court", "grange", "manor", "croft")
_HOME_WORDS = frozenset(_HOME_ENDS) | _words(
    """cottage home willows oaks elms limes beeches laurels cedars poplars pines firs hollies maples
    birches rowans chestnuts sycamores hawthorns tower towers hostel foyer farm hall limes yews hazels alders
    larches lindens aspens unit"""
)
# First words that make a court, house or view something other than a home.
_HOME_NOT = _words(
    """crown magistrates magistrate family county youth high supreme royal tennis food white tree wendy
    coffee big full open dog bird doll haunted opera play guest town court sea point mental care
    children's childrens kids foster new old my our your their his her this that hollywood bollywood tyneside
    wearside deeside sherwood merseyside teesside inside outside eiffel alton
    trump crystal watch clock bell control city sports concert dance music church village albert royal
    festival pool main great dining assembly sport exam study food wind brass intensive mother baby burns
    assessment psychiatric mental health"""
)

# Public figures and story characters young people name as heroes, not people in their life: kept, as a
# whole name; a single name only where no word before it makes it someone they know ("my sister Elsa").
_FAMOUS_FULL = frozenset(
    tuple(n.split("_"))
    for n in """marcus_rashford bukayo_saka harry_kane jude_bellingham raheem_sterling cristiano_ronaldo
    lionel_messi kylian_mbappe erling_haaland mo_salah mohamed_salah phil_foden declan_rice cole_palmer
    lewis_hamilton lando_norris max_verstappen anthony_joshua tyson_fury emma_raducanu simone_biles
    serena_williams usain_bolt dina_asher-smith taylor_swift billie_eilish ed_sheeran dua_lipa harry_styles
    olivia_rodrigo ariana_grande lady_gaga beyonce_knowles rihanna_fenty little_simz central_cee
    sabrina_carpenter lewis_capaldi sam_fender kim_kardashian michelle_obama barack_obama king_charles
    prince_harry prince_william greta_thunberg malala_yousafzai david_attenborough tom_holland zendaya_coleman
    millie_bobby harry_potter hermione_granger ron_weasley lord_voldemort peppa_pig george_pig
    spider_man peter_parker mr_bean mr_beast ksi_olajide tracy_beaker jacqueline_wilson roald_dahl
    michael_jackson bob_marley amy_winehouse gordon_ramsay jamie_oliver mary_berry nelson_mandela
    martin_luther bill_gates elon_musk steve_jobs mark_zuckerberg frank_lampard wayne_rooney david_beckham
    victoria_beckham gareth_southgate jack_grealish bukayo_saka trent_alexander ian_wright gary_lineker
    alan_shearer thierry_henry jamie_vardy kyle_walker john_stones jordan_henderson jordan_pickford
    dawn_french rose_matafeo joe_wicks tom_daley jessica_ennis mo_farah chris_hoy bradley_wiggins
    katarina_johnson-hill keely_hodgkinson lucy_bronze leah_williamson alessia_russo mary_earps
    chloe_kelly beth_mead ellie_simmonds jonny_peacock ant_mcpartlin declan_donnelly holly_willoughby
    phillip_schofield alan_carr jack_whitehall romesh_ranganathan greg_davies jimmy_carr john_bishop
    peter_kay lenny_henry michael_mcintyre david_walliams simon_cowell stacey_solomon gemma_collins
    katie_price molly-mae tommy_fury jake_paul logan_paul charlie_damelio addison_rae
    justin_bieber selena_gomez miley_cyrus demi_lovato katy_perry nicki_minaj cardi_b doja_cat sza_rowe
    kanye_west jay_z travis_scott kendrick_lamar post_malone lil_baby lil_nas the_weeknd bruno_mars
    shawn_mendes niall_horan louis_tomlinson liam_payne zayn_malik olly_murs jess_glynne rag'n'bone_man
    anne-marie ellie_goulding rita_ora jorja_smith raye_keating cat_burns mabel_mcvey tom_grennan
    george_ezra calvin_harris paul_mccartney john_lennon freddie_mercury elvis_presley whitney_houston
    mariah_carey celine_dion ozzy_osbourne snoop_dogg tupac_shakur notorious_big
    dwayne_johnson will_smith tom_cruise leonardo_dicaprio johnny_depp keanu_reeves ryan_reynolds
    chris_hemsworth scarlett_johansson jennifer_lawrence emma_watson daniel_radcliffe rupert_grint
    margot_robbie timothee_chalamet jenna_ortega millie_brown sydney_sweeney florence_pugh
    idris_elba daniel_kaluuya john_boyega letitia_wright david_tennant jodie_whittaker matt_smith
    ncuti_gatwa benedict_cumberbatch martin_freeman judi_dench maggie_smith helen_mirren
    stephen_hawking albert_einstein isaac_newton charles_darwin marie_curie florence_nightingale
    mary_seacole rosa_parks winston_churchill martin_king mahatma_gandhi mother_teresa anne_frank
    william_shakespeare charles_dickens jane_austen enid_blyton jk_rowling j.k._rowling david_walliams
    michael_morpurgo julia_donaldson tom_fletcher dav_pilkey jeff_kinney rick_riordan
    queen_elizabeth queen_camilla king_charles rishi_sunak keir_starmer boris_johnson theresa_may
    liz_truss david_cameron tony_blair jeremy_corbyn angela_rayner sadiq_khan donald_trump joe_biden
    kamala_harris vladimir_putin volodymyr_zelensky kate_middleton meghan_markle
    mr_tumble mr_men paddington_bear winnie_the tigger_pooh postman_pat fireman_sam bob_builder
    thomas_tank ben_10 scooby_doo shaggy_rogers bart_simpson homer_simpson lisa_simpson
    sponge_bob patrick_star sandy_cheeks squidward_tentacles mickey_mouse minnie_mouse donald_duck
    buzz_lightyear woody_pride lightning_mcqueen captain_america iron_man tony_stark black_panther
    wonder_woman harley_quinn the_joker darth_vader luke_skywalker baby_yoda han_solo
    super_mario mario_kart princess_peach donkey_kong link_zelda lara_croft master_chief
    tracy_beaker hetty_feather horrid_henry tom_gates percy_jackson katniss_everdeen bella_swan
    dr_pepper dr_who doctor_who sunny_d ben_jerry krispy_kreme prophet_muhammad prophet_mohammed
    sky_news sky_sports sky_cinema toby_carvery frida_kahlo real_madrid big_mac tara_westover anna_freud jane_eyre mr_tickle mr_happy mr_bump mr_greedy mr_strong mr_messy mr_tickles little_miss
    oliver_twist romeo_juliet rashid_khan tommy_shelby maya_angelou""".split()
)
_FAMOUS_ONE = _words(
    """rashford saka bellingham ronaldo messi mbappe haaland salah foden hamilton verstappen raducanu
    stormzy aitch eilish beyonce rihanna zendaya drake eminem adele shakira ksi mrbeast
    elsa olaf moana stitch shrek mario luigi sonic knuckles pikachu spongebob
    peppa gru minions batman superman spiderman hermione dumbledore voldemort gruffalo
    bluey paddington pooh tigger dobby hagrid snape gandalf frodo yoda vader
    skepta dizzee krept konan headie ghetts sidemen miniminter vikkstar behzinga
    zerkaa w2s chunkz marvel pixar disney dreamworks pokemon
    pele maradona beckham rooney grealish sancho lampard gerrard
    madonna lizzo lorde dido jesus buddha krishna trunchbull vinicius headspace"""
)
_FAMOUS_THREE = frozenset(
    tuple(n.split("_"))
    for n in """tom_and_jerry wizard_of_oz winnie_the_pooh thomas_the_tank bob_the_builder ben_and_holly
    ant_and_dec phineas_and_ferb rick_and_morty beauty_and_beast hansel_and_gretel romeo_and_juliet
    shaun_the_sheep wallace_and_gromit""".split()
)
# Words before a name that make it someone the young person knows, even if they share it with a star.
_KNOWN_BEFORE = _words(
    """my our his her their sister sisters brother brothers bro sis mum mums dad dads nan nans nana
    grandma grandad auntie aunt uncle cousin friend friends mate mates bestie boyfriend girlfriend son
    daughter baby called named"""
)


# Help lines and service numbers are not anyone's personal number.
_SERVICE_NUMBERS = frozenset({"08001111", "116123", "85258", "08088005000", "08000282233"})


def _is_common(low: str) -> bool:
    return low in _COMMON


# --- finders --------------------------------------------------------------------------------


def _said_phones(text: str, out: list[tuple[int, str, int, int]]) -> None:
    """A run of number words and digits that makes 10 or more digits, at least three of them words: a
    phone number written out so that a digit check would miss it."""
    for m in _SAID_PHONE_RE.finditer(text):
        tokens = re.findall(r"\w+", m.group().lower())
        digits = repeat = 0
        for t in tokens:
            if t.isdigit():
                digits += len(t) * (repeat or 1) if repeat and len(t) == 1 else len(t)
                repeat = 0
            elif t in _SAID_REPEAT:
                repeat = _SAID_REPEAT[t]
            else:
                digits += repeat or _SAID_DIGITS.get(t, 1)
                repeat = 0
        if digits >= 10 and sum(t in _SAID_DIGITS for t in tokens) >= 3:
            out.append((2, "phone", m.start(), m.end()))


def _phones(text: str, out: list[tuple[int, str, int, int]]) -> None:
    # phonenumbers is thorough but slow, so it only sees short windows that hold enough digits.
    for w in _PHONE_WINDOW_RE.finditer(text):
        window = w.group()
        if sum(c.isdigit() for c in window) < 10:
            continue
        for m in phonenumbers.PhoneNumberMatcher(window, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
            raw = m.raw_string
            digits = re.sub(r"\D", "", raw)
            if not (raw.startswith(("0", "(0", "+", "44"))) or len(digits) < 10:
                continue
            if digits in _SERVICE_NUMBERS or digits.startswith(("0800", "0808")):
                continue
            out.append((2, "phone", w.start() + m.start, w.start() + m.end))


def _ids(text: str, out: list[tuple[int, str, int, int]]) -> None:
    for m in _NI_RE.finditer(text):
        out.append((3, "id-number", m.start(), m.end()))
    for m in _NHS_RE.finditer(text):
        out.append((3, "id-number", m.start(), m.end()))
    for m in _REF_RE.finditer(text):
        v = m.group("v").rstrip("-/")
        if sum(c.isdigit() for c in v) >= (6 if m.group().lower().startswith(("number", "no")) else 4):
            out.append((3, "id-number", m.start("v"), m.start("v") + len(v)))
    for m in _CODE_RE.finditer(text):
        out.append((3, "id-number", m.start(), m.end()))
    for m in _CASE_RE.finditer(text):
        v = m.group("v").rstrip("-/")
        if sum(c.isdigit() for c in v) >= 4:
            out.append((3, "id-number", m.start("v"), m.start("v") + len(v)))
    for m in _LONG_DIGITS_RE.finditer(text):
        out.append((4, "id-number", m.start(), m.end()))


# A birthday said further from its day: "my brother turns 8 on 14 feb", "a card every year on 22 June" in a
# sentence about a birthday, "when I turned 18 on the 21st March".
_BIRTHDAY_SENTENCE_RE = re.compile(
    r"\b(?:birthdays?|bdays?|b'day|born|turn(?:s|ed|ing)?\s+\d{1,2}|for\s+(?:my|his|her)\s+\d{1,2}(?:st|nd|rd|th))\b", re.I
)
_ON_DAY_RE = re.compile(
    rf"\b(?:on|is|was)\s+(?P<d>(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}\b|{_MONTH}\s+(?:the\s+)?{_DAY}\b"
    r"|\d{1,2}/\d{1,2}(?![\d/]))",
    re.I,
)
_SENTENCE_RE = re.compile(r"[^.!?\n]+")


def _dates(text: str, out: list[tuple[int, str, int, int]]) -> None:
    for rx in (_DOB_AFTER_RE, _DOB_BEFORE_RE):
        for m in rx.finditer(text):
            out.append((3, "date-of-birth", m.start("d"), m.end("d")))
    for sentence in _SENTENCE_RE.finditer(text):
        if _BIRTHDAY_SENTENCE_RE.search(sentence.group()):
            for m in _ON_DAY_RE.finditer(sentence.group()):
                out.append((3, "date-of-birth", sentence.start() + m.start("d"), sentence.start() + m.end("d")))
    for m in _FULL_DATE_RE.finditer(text):
        y = next(g for g in m.group("y1", "y2", "y3", "y4", "y5") if g)
        year = int(y) if len(y) == 4 else 2000 + int(y) if int(y) < 30 else 1900 + int(y)
        if 1985 <= year <= 2021:
            out.append((3, "date-of-birth", m.start(), m.end()))


def _street_name_ok(words: str, kind: str, strict: bool) -> bool:
    parts = words.split()
    if not parts and strict:
        return False
    for w in parts:
        low = w.lower().strip("'’")
        if low in _ADDRESS_STOP:
            return False
        if kind.lower() in _WEAK_STREET and not w[0].isupper():
            return False
    return True


def _addresses(text: str, out: list[tuple[int, str, int, int]]) -> None:
    for m in _ADDRESS_RE.finditer(text):
        if _street_name_ok(m.group("n"), m.group("t"), True):
            out.append((5, "address", m.start(), m.end()))
    for m in _LIVE_ON_RE.finditer(text):
        if _street_name_ok(m.group("n"), m.group("t"), True):
            out.append((6, "address", m.start("a"), m.end("a")))
    for m in _FLAT_RE.finditer(text):
        out.append((5, "address", m.start(), m.end()))
    for m in _NUMBER_THE_RE.finditer(text):
        out.append((5, "address", m.start(), m.end()))


def _named_streets(text: str, out: list[tuple[int, str, int, int]]) -> None:
    for m in _STREET_ON_RE.finditer(text):
        words = [_norm(w) for w in m.group("n").split()]
        if any(w in _FUNCTION or w in _ADDRESS_STOP or w in _CALENDAR or w in _STREETS_KNOWN for w in words):
            continue
        out.append((6, "address", m.start("a"), m.end("a")))


def _homes(text: str, out: list[tuple[int, str, int, int]]) -> None:
    for m in _HOME_RE.finditer(text):
        g = next(k for k in ("h", "c", "p", "l", "w") if m.group(k))
        s, e = m.start(g), m.end(g)
        words = [w.lower() for w in m.group(g).split()]
        if words[0] == "the" and len(words) > 1:
            words = words[1:]
        first = words[0]
        if first in _HOME_NOT or first in _FUNCTION or first in _KEEP or first in _ADDRESS_STOP:
            continue
        if g == "h":
            if not _STREET_TYPES.isdisjoint(words):
                continue  # "the Kings Road Foyer": a street's, found as an address
            # "12 Oak Court" is an address; a street-like court needs a cue to be a home.
            if _DIGIT_RE.search(text[max(0, s - 6) : s]) and not re.search(r"(?<!\d)[24]\s+$", text[max(0, s - 6) : s]):
                continue
            if s and not text[:s].rstrip() and first in _COMMON and m.group("t") in ("Court", "View"):
                continue
        elif g == "p" and not m.group(g).startswith("The") and _is_common(first):
            continue  # "in Greenhouse", "to Warehouse": ordinary words
        out.append((5, "school", s, e))
    for m in _TREE_HOME_RE.finditer(text):
        out.append((5, "school", m.start("t"), m.end("t")))
    for m in _NAMED_BY_AFTER_RE.finditer(text):
        g = "x" if m.group("x") else "y"
        name = m.group(g)
        low = name.split()[0].lower()
        if not name[0].isupper() or low in _KEEP or low in _FUNCTION or low in _FAMOUS_ONE:
            continue
        if _is_common(low) and (m.start(g) == 0 or text[: m.start(g)].rstrip()[-1:] in ".!?"):
            continue  # "Good supported housing is rare": a sentence's first word
        out.append((5, "school", m.start(g), m.end(g)))
    for m in _LIVED_AT_RE.finditer(text):
        low = m.group("x").lower()
        if m.group().lower().startswith("live ") and not re.search(r"\b(?:i|we|they|you|u|to|still|now|who|and)\s+$", text[: m.start()], re.I):
            continue  # "seeing Central Cee live at Wireless": live music, not a home
        if not (low in _COMMON or low in _FIRST or low in _KEEP or low in _FUNCTION):
            out.append((5, "school", m.start("x"), m.end("x")))


# "my mate lil T", "everyone calls my grandad Big D": a nickname of Lil or Big and a letter or short word.
_LIL_RE = re.compile(
    r"\b(?:(?:my|our)\s+(?:mate|friend|bro|brother|cousin|grandad|uncle|sister|sis|bestie|boyfriend|girlfriend)"
    r"|calls?\s+(?:me|him|her|my\s+\w+)|called|named|is|im|i'm)\s+(?P<n>(?:[Ll]il|[Bb]ig)\s+[A-Z][A-Za-z]{0,8})\b"
)
_FAMILY_THE_RE = re.compile(
    r"\b(?:(?:family|carers|parents|placement),?\s+(?:called\s+)?|(?:live|living|lives|lived|stay|staying|stays|stayed|placed|placement(?:\s+is)?|moved\s+in)"
    r"\s+with\s+)the\s+(?P<n>[A-Z][a-z]+s)\b"
)
# "the Hendersons placement", "the Nowaks' house", "the Okonkwo family": a family by its surname.
_FAMILY_OF_RE = re.compile(
    r"\b[Tt]he\s+(?P<n>[A-Z][a-z]+(?:s'?|'s)?)\s+(?:family|families|placement|foster\s+(?:home|family|carers)|house|household)\b"
)
_FAMOUS_FAMILIES = _words(
    "royal simpson addam incredible kardashian osbourne beckham griffin belcher windsor avenger beatle smurf minion"
)
# "The Okafors have been my foster family", "my foster carers are the Nguyens": a family by its surname in the
# plural, in a sentence about where a young person lives or who cares for them.
_FAMILY_PLURAL_RE = re.compile(r"\b[Tt]he\s+(?P<n>[A-Z][a-z]+s)\b")
_FAMILY_CONTEXT_RE = re.compile(
    r"\b(?:foster\w*|placements?|carers?|family|families|treat(?:s|ed)?\s+me|took\s+me|live[sd]?|living|home)\b", re.I
)
# Where a young person works: "Hartwell Logistics", "Pennington's Garage", "Greenleaf Garden Centre" (kind
# "address": a place they can be found every day). A business word after one to three capitalised words, at
# least one of them not an everyday word (so "Soup Kitchen" and "Local Bakery" stay).
_WORKPLACE_ENDS = (
    "Garage|Garages|Bakery|Bakers|Logistics|Joinery|Motors|Autos|Builders|Construction|Plumbing|Electrical|"
    "Electricals|Salon|Barbers|Barbershop|Café|Cafe|Kitchen|Nursery|Ltd|Limited|Carpets|Tyres|Takeaway|Diner|"
    "Florists?|Butchers|Catering|Cleaning|Removals|Roofing|Scaffolding|Landscaping|Warehouse|Distribution|"
    r"Engineering|Fabrications|Haulage|Plastics|Packaging|Recruitment|Garden\s+Centre"
)
_WORKPLACE_RE = re.compile(
    r"(?<![\w'’])(?P<w>(?:[A-Z][A-Za-z]+(?:'s|’s)?\s+){1,3}(?:" + _WORKPLACE_ENDS + r"))\b"
)
_WORKPLACE_WORDS = frozenset(w.lower() for w in re.findall(r"[A-Za-zé]+", _WORKPLACE_ENDS))


def _workplaces(text: str, out: list[tuple[int, str, int, int]]) -> None:
    for m in _WORKPLACE_RE.finditer(text):
        span = m.group("w")
        words = [re.sub(r"('s|’s)$", "", w).lower() for w in span.split()]
        lead = [w for w in words if w not in _WORKPLACE_WORDS and w != "garden"]
        # Drop a sentence's first word ("Tesco Bakery" starts no sentence; "Then Hartwell Logistics" does).
        start = m.start("w")
        if lead and _is_common(lead[0]) and (start == 0 or text[:start].rstrip()[-1:] in ".!?"):
            start += len(span.split()[0]) + 1
            lead = lead[1:]
        if lead and not all(_is_common(w) or _is_common(w.removesuffix("s")) for w in lead) and not any(w in _KEEP for w in lead):
            out.append((6, "address", start, m.end("w")))


def _saints(text: str, out: list[tuple[int, str, int, int]]) -> None:
    for m in _SAINT_RE.finditer(text):
        w, p = m.group("w"), m.group("p")
        if p == "s":
            if (w + p).lower() in _SAINT_TOWNS or w.lower() not in _FIRST:
                continue
        elif not (w[0].isupper() or w.lower() in _FIRST):
            continue
        out.append((5, "school", m.start(), m.end()))


def _handles(text: str, present: set[str], out: list[tuple[int, str, int, int]]) -> None:
    for m in _TAG_RE.finditer(text):
        if len(m.group()) >= 5 and any(c.isalpha() for c in m.group()):
            out.append((1, "handle", m.start(), m.end()))
    if "/" in text:
        for m in _SOCIAL_URL_RE.finditer(text):
            out.append((1, "handle", m.start(), m.end()))
    if "@" in text:
        for m in _AT_HANDLE_RE.finditer(text):
            if len(m.group()) > 2:
                out.append((1, "handle", m.start(), m.end()))
    if present.isdisjoint(_PLATFORM_WORDS):
        return
    for m in _PLATFORM_RE.finditer(text):
        h = m.group("h").rstrip(".")
        low = h.lower().lstrip("@")
        if not 3 <= len(low) <= 30:
            continue
        explicit = bool(m.group("sep").strip()) or h.startswith("@")
        odd = any(c.isdigit() or c in "_." for c in h)
        if low in _COMMON or low in _FUNCTION or low in _KEEP or low in _TEXTSPEAK:
            continue
        before = text[max(0, m.start() - 12) : m.start()].lower()
        asked = before.endswith(("add me on ", "my ", "follow me on ", "me on "))
        if odd or explicit or (asked and len(low) >= 4 and low not in _ENGLISHY):
            out.append((1, "handle", m.start("h"), m.start("h") + len(h)))


# Words that follow a platform name without being a handle: "on the xbox online".
_ENGLISHY = _words(
    "online offline games gaming account acc chat chats stories story videos every everyday lot"
)
_TEXTSPEAK = _words(
    """lol lmao omg idk tbh ngl rn asap fr pls plz thx xx xxx hiya cos coz cuz bc innit tho nah yeh
    yh ye ya u ur im ive dont cant wont didnt isnt wasnt doesnt aint gonna wanna gotta dunno"""
)


def _schools(text: str, tokens: list[tuple[str, int, int]], out: list[tuple[int, str, int, int]]) -> None:
    starts = {s: i for i, (_, s, _) in enumerate(tokens)}
    for m in _SCHOOL_TYPE_RE.finditer(text):
        i = starts.get(m.start())
        if i is None:
            continue
        first = None
        j = i - 1
        count = 0
        while j >= 0 and count < 4:
            w, s, e = tokens[j]
            low = w.lower().rstrip(".")
            if low.endswith(("'s", "’s")):
                low = low[:-2]
            gap = text[e : tokens[j + 1][1]]
            if any(c in gap for c in ".!?,;\n"):
                break
            if low in ("st", "saint"):
                first = j
                count += 1
                j -= 1
                continue
            if low in _SCHOOL_CONNECTORS or (
                low in ("of", "the", "and", "&")
                and first is not None
                and j > 0
                and tokens[j - 1][0][0].isupper()
            ):
                j -= 1
                continue
            if low in _SCHOOL_SAINTLY:
                first = j
                count += 1
                j -= 1
                continue
            if low in _SCHOOL_GENERIC or not w[0].isalpha():
                break
            if w[0].isupper() or (low not in _COMMON and low not in _TEXTSPEAK):
                first = j
                count += 1
                j -= 1
                continue
            break
        if first is None:
            continue
        names = [_norm(w) for w, _, _ in tokens[first:i]]
        # "Liverpool uni" is a whole city's university, not something that singles a child out.
        if m.group().lower() in ("uni", "university") and all(w in _KEEP for w in names):
            continue
        out.append((5, "school", tokens[first][1], m.end()))


# --- names ----------------------------------------------------------------------------------

# Name-list words that are also verbs or modals: after a bare role noun they read as the verb
# ("my sw will ring", "my carers hope"), so they need a stronger cue.
_MODAL_NAMES = _words("will may drew can")
_VERB_NAMES = _words("hope mark jack bill sue rob pat chase grant drew will may")
# Words that can follow a name but never follow the modal "will"/"may" as a verb.
_AFTER_NAME = _words(
    """and & n or is was said says has had who from came comes told tells does did thinks wants
    helps helped took takes gave gives got gets rang rings called calls lets let makes made keeps kept"""
)
_PLACE_SUFFIX = _words(
    """towers park street road hospital centre center station council square hall bridge castle zoo
    airport stadium museum library church mosque temple gardens way lane avenue drive close
    crescent estate court village town city county united rovers athletic wanderers island bay
    beach pier college school academy university uni primary high house lodge foundation trust charity
    society association"""
)
_SUBJECTS = _words("i we you u they he she it i'd we'd they'd who that to ya people")
_PLACE_PREPS = _words("to in at from near around visit visited towards into via outside by of")
_SPEECH_VERBS = _words("said says told tells asked asks reckons texted rang messaged")
# Verbs whose object is a person: "i told hope", "text jade", "i miss ruby".
_TELL_VERBS = _words(
    "told tell tells ask asked text texted txt message messaged ring rang phone phoned thank"
)
_FOND_VERBS = _words("miss missed love loved trust trusted hug hugged visit visited")
# A word-like name doing something: "when grace comes", "then ruby was moved".
_ACTION_VERBS = _words(
    """comes came said says told tells rang rings texted helped helps took takes gave gives went goes
    lets wants wanted shouted hit hits asked moved left visits visited picked picks knows knew thinks
    thought cried laughed lives lived"""
)
# Months that are only months, never names, even capitalised beside a name ("Jan and Kev" is two people).
_MONTHS_ALONE = _words(
    """january february march july august september october november december feb mar apr jul aug sep
    sept oct nov dec monday tuesday wednesday thursday friday saturday sunday christmas easter eid diwali ramadan
    halloween xmas"""
)
_NICK_CUES = frozenset(
    (verb, who) for verb in ("call", "calls", "called") for who in ("me", "him", "her", "them")
) | frozenset({("go", "by"), ("goes", "by"), ("known", "as")})
_FAITHS = _words("christian muslim hindu sikh jewish catholic buddhist orthodox protestant")
_PETS = _words(
    """dog dogs puppy pup cat cats kitten hamster hamsters fish goldfish rabbit bunny guinea pig pigs pet pets
    budgie parrot bird horse pony snake lizard gecko tortoise turtle rat rats mouse mice ferret staffy staffie
    labrador lab spaniel cockapoo collie terrier poodle pug husky chihuahua dachshund"""
)
# What a person does, not the weather or a stone: "Jade keeps taking my stuff", "Angel stole my phone".
_PERSON_VERBS = _words(
    """keeps kept stole steals nicks nicked said says told tells texted rang shouted shouts screamed
    hit hits punched bullies bullied laughs laughed cried lies lied wants wanted helps helped drives drove picks
    brings brought listens listened sits"""
)
# What a place or a team never does: "but Jordan shouts" is a person.
_ONLY_PEOPLE_DO = _words("shouts shouted screams screamed punched punches bullies bullied cries cried laughs laughed swears swore")
# "Storm from my house": where the people a young person lives and learns with are.
_PEOPLE_PLACES = _words("house home unit school class placement flat hostel group college year job foyer")
# Comings and goings that feelings do too: "when joy comes back", "hope left me".
_GO_VERBS = _words("comes came went goes left moved lives lived")
_CLAUSE_STARTS = _words("when because cos coz and but then so til until if after before while")
# Word-like names that are mostly feelings or verbs: only a clear cue makes them a name.
_ABSTRACT = _words("hope faith joy grace will may mark bill precious chance patience charity honour honor")
# What only a person has: "Storm's mum", "Hope's room".
_OWNED = _words("room bedroom phone bed stuff clothes birthday house flat bike")
# Words after which a capitalised word-like name is an ordinary word: "Precious few".
_QUANT = _words("few little much more less")
_STRONG_PLACE_SUFFIX = _words("towers hospital station council stadium airport museum zoo pier castle")
# "Dave from the leaving care team": a word after "X from (the)" that makes X a worker's name.
_TEAM_WORDS = _words(
    """team teams service services council nyas camhs barnardos barnardo's coram voice childline
    leaving office agency charity project hub yot ymca catch22 become social care school college home house unit
    centre hostel placement class"""
)
# Endings of contractions: "They've", "We'd", "You'll" are never names.
_CONTRACTION_ENDS = frozenset({"ve", "d", "ll", "re", "m", "t"})
_LIVE_VERBS = _words(
    """live living lives lived stay staying stays stayed moved talk talked talking speak spoke went
    go goes going play played playing argue argued fell"""
)


def _norm(word: str) -> str:
    low = _fold(word.lower()).replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    elif low.endswith("'"):
        low = low[:-1]
    return low


def _name_span(word: str, s: int, e: int) -> tuple[int, int]:
    if word.lower().endswith(("'s", "’s")):
        return s, e - 2
    return s, e


def _role_before(lows: list[str], i: int) -> tuple[int, bool]:
    """Strength of a role just before i ("my carer X" 1, "my carer is X" 2, none 0), and whether plural."""
    j = i - 1
    linked = 0
    while j >= 0 and lows[j] in _LINKERS and linked < 2:
        j -= 1
        linked += 1
    if j < 0:
        return 0, False
    noun = lows[j]
    if noun in _ROLE_NOUNS or (j >= 1 and (lows[j - 1], noun) in _TWO_WORD_ROLES):
        plural = noun.endswith("s") and noun not in ("sis", "bros", "boss")
        return (2 if linked else 1), plural
    if noun == "miss" and j >= 1 and lows[j - 1] in _ROLE_NOUNS:
        return 2, False
    return 0, False


# "a flat with Ergys", "came with Dawit": after these, "with" is followed by a person.
_WITH_PERSON = _words(
    """flat room house share shares shared sharing friends mates out stay stayed staying live living
    lives lived came come arrived travelled"""
)
_MISS_BEFORE = _words("really still so just do dont don't always will would gonna i'll we'll really def defo")
_GROUP_ROLES = _words("twins sisters brothers cousins mates friends besties siblings")
_ROLE_ADJECTIVES = _words(
    "old new current last foster best little big older younger baby twin half step favourite fave"
)
_RANKS = _words("only best first last one new old main nicest kindest favourite worst")


def _role_after(lows: list[str], i: int) -> bool:
    """True for "X my key worker", "X is my sw", "X who is my carer"."""
    j = i + 1
    n = len(lows)
    skipped = 0
    # "jade and storm are my sisters": two names before one role.
    if j + 1 < n and lows[j] in ("and", "&", "n") and (lows[j + 1] in _FIRST or lows[j + 1] in _CALENDAR):
        j += 2
    while j < n and lows[j] in ("is", "was", "are", "were", "r", "who", "-", ":", "=", "she's", "he's", "s") and skipped < 3:
        j += 1
        skipped += 1
    if skipped and j < n and lows[j] in _GROUP_ROLES:
        return True  # "jade n summer r twins"
    # "Faith was the only carer who listened", "X was the best keyworker".
    if skipped and j < n and lows[j] in ("the", "a", "an"):
        j += 1
        while j < n and lows[j] in _RANKS and skipped < 5:
            j += 1
            skipped += 1
        return j < n and (
            lows[j] in _ROLE_NOUNS
            or (lows[j] == "who" and lows[j - 1] in ("one", "person"))
            or (lows[j] in ("staff", "adult") and lows[j + 1 : j + 2] == ["who"])
        )
    if j < n and lows[j] in ("my", "our", "me"):
        j += 1
        if j < n and lows[j] in _ROLE_ADJECTIVES:
            if j + 1 < n and (lows[j], lows[j + 1]) in _TWO_WORD_ROLES:
                return True
            j += 1
        if j < n and (lows[j] in _ROLE_NOUNS or lows[j][:-1] in _ROLE_NOUNS):
            return True
        if j + 1 < n and (lows[j], lows[j + 1]) in _TWO_WORD_ROLES:
            return True
    return False


# Words after a capitalised name that make it a title, a brand or a story, not a person: "Marvel films",
# "a Nelson Mandela quote", "The Bill is an old TV show", "Matilda is my favourite book".
_MEDIA_NOUNS = _words(
    """film films movie movies book books show shows programme programmes program series game games quote
    quotes song songs album albums comic comics cartoon cartoons channel band poster posters video videos
    episode episodes drink drinks sweets crisps character characters musical musicals app"""
)
# "i watch Annie every christmas", "I've been reading Maya Angelou": what follows is a title or an author.
_MEDIA_VERBS = _words("watch watching watched rewatch rewatched reading binge binged binging")
_MEDIA_FILL = _words("a an the my his her our old new favourite fave best tv kids good great funny sad scary top")


def _famous(text: str, tokens: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """Spans of public figures', characters', titles' and brands' names, which are not personal details."""
    lows = [_norm(w) for w, _, _ in tokens]
    n = len(tokens)

    def joined(k: int) -> bool:  # token k follows k - 1 within the same sentence
        return k > 0 and not any(c in ".!?\n" for c in text[tokens[k - 1][2] : tokens[k][1]])
    found: list[tuple[int, int]] = []  # first and last token of each

    def known(k: int) -> bool:  # a word before k makes it someone the young person knows
        prev = lows[k - 1] if k else ""
        prev2 = lows[k - 2] if k > 1 else ""
        return (prev in _KNOWN_BEFORE or prev in _ROLE_NOUNS or (prev2, prev) in _PRONOUN_CUES
                or (prev == "is" and prev2 in ("name", "names")))

    def cap(k: int) -> bool:
        return 0 <= k < n and tokens[k][0][0].isupper() and lows[k] not in _FUNCTION

    for k, low in enumerate(lows):
        if known(k):
            continue
        if k + 2 < n and (low, lows[k + 1], lows[k + 2]) in _FAMOUS_THREE:
            found.append((k, k + 2))
        elif k + 1 < n and (low, lows[k + 1]) in _FAMOUS_FULL:
            found.append((k, k + 1))
        elif low in _FAMOUS_ONE:
            found.append((k, k))
        elif low == "storm" and cap(k) and cap(k + 1):
            found.append((k, k + 1))  # "Storm Darragh": the weather
        elif (
            cap(k)
            and not cap(k - 1)
            and not tokens[k][0].lower().endswith(("'s", "’s"))
            and low not in _TITLES
        ):
            j = k
            while j + 1 < n and cap(j + 1) and j - k < 2:
                j += 1
            after = j + 1
            if joined(k) and (
                (lows[k - 1] in _MEDIA_NOUNS and lows[k - 1] not in ("drink", "drinks", "sweets", "crisps"))
                or lows[k - 1] in _MEDIA_VERBS
            ):
                found.append((k, j))  # "the song Angel by Shaggy", "the film Wonder"
            elif after < n and lows[after] in _MEDIA_NOUNS:
                found.append((k, j))
            elif lows[after : after + 1] == ["the"] and lows[after + 1 : after + 2] and lows[after + 1] in _MEDIA_NOUNS:
                found.append((k, j))  # "Annie the musical"
            elif lows[after : after + 2] == ["of", "the"] and cap(after + 2):
                found.append((k, after + 2))  # "the Angel of the North"
            elif after < n and lows[after] in ("is", "was", "are"):
                m = after + 1
                while m < n and lows[m] in _MEDIA_FILL and m - after < 5:
                    m += 1
                if m < n and m > after + 1 and lows[m] in _MEDIA_NOUNS:
                    found.append((k, j))
    # "Calm Down by Rema": who sang or wrote a song, book or film.
    for j in range(1, n - 1):
        if lows[j] == "by" and cap(j + 1) and not (
            _MEDIA_NOUNS.isdisjoint(lows[max(0, j - 6) : j]) and _MEDIA_VERBS.isdisjoint(lows[max(0, j - 6) : j])
        ):
            found.append((j + 1, j + 2 if cap(j + 2) else j + 1))
    # Named beside a star, a star too: "Stormzy and Dave", "Dawn French and Rose Matafeo"; and where a
    # character comes from: "Miss Trunchbull from Matilda".
    for a, b in list(found):
        if tokens[b][0].lower().endswith(("'s", "’s")) and cap(b + 1):
            found.append((b + 1, b + 1))  # "Roald Dahl's Matilda"
        if b + 2 < n and lows[b + 1] == "from" and cap(b + 2):
            found.append((b + 2, b + 3 if cap(b + 3) else b + 2))
        if b + 2 < n and lows[b + 1] in ("and", "&") and cap(b + 2) and not known(b + 2):
            found.append((b + 2, b + 3 if cap(b + 3) else b + 2))
        if a >= 2 and lows[a - 1] in ("and", "&") and cap(a - 2):
            first = a - 3 if cap(a - 3) else a - 2
            if not known(first):
                found.append((first, a - 2))
    return [(tokens[a][1], tokens[b][2]) for a, b in found]


def _names(text: str, tokens: list[tuple[str, int, int]], taken: list[tuple[int, int]], out: list) -> None:
    n = len(tokens)
    if not n:
        return
    lows = [_norm(w) for w, _, _ in tokens]
    # In shouted or Title Case text, capitals say nothing about names.
    caps_tokens = sum(1 for w, _, _ in tokens if w[0].isupper())
    shout_tokens = sum(1 for w, _, _ in tokens if len(w) > 1 and w.isupper())
    caps_mean_nothing = shout_tokens > 0.6 * n or (n >= 5 and caps_tokens > 0.7 * n)
    blocked = [False] * n
    for k, (_, s, e) in enumerate(tokens):
        for ts, te in taken:
            if s < te and e > ts:
                blocked[k] = True
                break
    is_name = [False] * n

    def cap(k: int) -> bool:
        w = tokens[k][0]
        return not caps_mean_nothing and w[0].isupper() and not (w.isupper() and len(w) <= 3)

    def sent_start(k: int) -> bool:
        i = tokens[k][1] - 1
        while i >= 0 and text[i] in " \t\"'(":
            i -= 1
        return i < 0 or text[i] in _SENT_END or (k > 0 and lows[k - 1] in ("-", ":"))

    def next_reads_as_name(k: int) -> bool:
        # "my sw will and my carer" / "my sw will said": not the modal verb.
        if k + 1 >= n:
            return True
        gap = text[tokens[k][2] : tokens[k + 1][1]]
        return any(c in gap for c in ".,!?;(") or lows[k + 1] in _AFTER_NAME or lows[k + 1] in _PERSON_VERBS

    for k in range(n):
        if blocked[k]:
            continue
        low = lows[k]
        # "everyone calls me Teeks", "my nickname is Tiny", "i go by Bash": whatever word follows is a name.
        nick = k > 1 and (
            (lows[k - 2], lows[k - 1]) in _NICK_CUES
            or (lows[k - 1] == "is" and "nickname" in lows[max(0, k - 6) : k - 1])
            or (lows[k - 1] in ("call", "calls") and lows[k - 2] in ("we", "they", "all", "everyone", "everybody", "i", "u", "you"))
        )
        if (
            nick
            and (cap(k) or (low in _FIRST and low not in _COMMON))
            and not (low in _FUNCTION or low in _KEEP or tokens[k][0].isupper())
            and _PETS.isdisjoint(lows[max(0, k - 5) : k])
        ):
            is_name[k] = True
            continue
        if low in _FAITHS and k and lows[k - 1] in ("is", "was", "are", "a", "an", "im", "i'm", "am"):
            continue  # "my carer is Christian": a faith, not her name
        if low in _CALLED_NAMES and (
            (k and lows[k - 1] in _STRONG_PREV)
            or (k + 2 < n and lows[k + 1] == "the" and lows[k + 2] in _ROLE_NOUNS)
            or (cap(k) and k and lows[k - 1] in _TELL_VERBS)
            or (cap(k) and k > 1 and (lows[k - 2], lows[k - 1]) in _PRONOUN_CUES)
            or (k + 1 < n and lows[k + 1] in ("is", "was") and _role_after(lows, k))
            or ((cap(k) or (sent_start(k) and lows[k + 1 : k + 2] in (["my"], ["our"]))) and _role_after(lows, k))
            or _role_before(lows, k) == (1, False)
            or (cap(k) and k + 1 < n and lows[k + 1] == "from" and not _TEAM_WORDS.isdisjoint(lows[k + 2 : k + 6]))
        ):
            is_name[k] = True  # "my girlfriend is called Autumn", "my old sw was called rich", "Winter is my sister"
            continue
        if not cap(k) and _DIGIT_RE.search(text[max(0, tokens[k][1] - 3) : tokens[k][1]]):
            continue  # "60 miles": a count of something, not a person
        if (
            not low[0].isalpha()
            or low in _FUNCTION
            or low in _NOT_NAMES
            or low in _TEXTSPEAK
            or low in _TITLES
            or ("'" in low and low.rsplit("'", 1)[1] in _CONTRACTION_ENDS)
        ):
            continue
        prev = lows[k - 1] if k else ""
        prev2 = lows[k - 2] if k > 1 else ""
        nxt = lows[k + 1] if k + 1 < n else ""
        in_first = low in _FIRST
        wordlike = low in _WORDLIKE
        if not in_first and "-" in low:
            # "ruby-rose", "Jamie-Lee", "tyler-jay": two first names joined are one name.
            parts = low.split("-")
            in_first = len(parts) == 2 and (
                all(p in _FIRST for p in parts) or (parts[0] in _FIRST and parts[0] not in _WORDLIKE and parts[1].isalpha())
            )
        if prev in ("st", "saint"):
            continue  # "St Ives", "St Albans": a place called after a saint
        if nxt in _PLACE_SUFFIX and ((cap(k + 1) and cap(k)) or nxt in _STRONG_PLACE_SUFFIX):
            continue  # "Alton Towers", "Victoria Station": a place, not a person
        if prev in _TITLES and prev2 in ("called", "named") and not _PETS.isdisjoint(lows[max(0, k - 8) : k]):
            continue  # "his rabbit is called Mr Fluffy"
        # "I miss Mum", "we really miss London": the verb, not the title.
        miss_verb = (prev == "miss" and (prev2 in _SUBJECTS or prev2 in _MISS_BEFORE)
                     and not re.search(r"[,.;!?]", text[tokens[k - 2][2] : tokens[k - 1][1]]))
        if (
            prev in _TITLES
            and not miss_verb
            and (prev != "miss" or cap(k - 1) or cap(k) or (low in _SURNAMES and not _is_common(low)))
        ):
            if not cap(k) and _is_common(low) and not in_first and low not in _SURNAMES:
                continue  # "Dr appointments are hard to get"
            is_name[k] = True
            continue
        strong = (
            prev in _STRONG_PREV
            or (prev == "the" and prev2 in _STRONG_PREV and cap(k))
            or (prev == "is" and prev2 in ("name", "names", "nickname"))
            or prev in ("name's", "names", "nicknamed")
            or (prev == "name" and prev2 in ("my", "his", "her", "their") and cap(k))
            or (prev == "name" and tokens[k - 1][0].lower().endswith(("'s", "’s")))
        )
        if prev in _PETS or (
            prev in ("called", "named", "name", "name's", "names", "is") and not _PETS.isdisjoint(lows[max(0, k - 7) : k])
        ):
            continue  # "my dog is called Biscuit", "dog name Bella": a pet's name says nothing about who anyone is
        if strong:
            if low in _KEEP and tokens[k][0].isupper():
                continue  # "being called LAC": a care word in capitals, not a name
            if in_first or cap(k) or not _is_common(low):
                is_name[k] = True
            continue
        role, plural = _role_before(lows, k)
        me_and = (prev2, prev) in _PRONOUN_CUES
        pronoun = me_and or (k + 2 < n and nxt in ("and", "&", "n") and lows[k + 2] in ("me", "i"))
        if pronoun and not me_and and low in _ABSTRACT and lows[k + 2] == "i" and not sent_start(k):
            pronoun = False  # "I miss hope and i miss feeling safe"
        if pronoun and not me_and and wordlike and not (
            cap(k) or sent_start(k) or prev in _CLAUSE_STARTS or prev in ("with", "to", "for", "me")
        ):
            pronoun = False  # "the sun rose and I still hadn't slept"
        # "Jade keeps taking my stuff", "Storm from my house got moved": a word-like name starting a sentence.
        # "Pat the cook at Oakleigh"
        the_role = (
            nxt == "the"
            and k + 2 < n
            and (lows[k + 2] in _ROLE_NOUNS or lows[k + 2] == "cook")
            and text[tokens[k][2] : tokens[k + 1][1]] == " "
        )
        starts = the_role or (
            sent_start(k)
            and low not in _ABSTRACT
            and (
                nxt in _PERSON_VERBS
                or (
                    nxt in ("from", "at", "in")
                    and k + 3 < n
                    and lows[k + 2] in ("my", "our", "the")
                    and any(w in _PEOPLE_PLACES or w in _TEAM_WORDS for w in lows[k + 3 : k + 5])
                )
            )
        )
        greeting = prev in _GREETINGS and prev2 not in ("i", "we", "u", "you", "they")
        # "shout out to April", "shoutout 2 April from the youth club": a thank-you names a person.
        greeting = greeting or (prev == "out" and prev2 == "shout") or (
            prev == "to" and prev2 in ("shoutout", "shoutouts") or (prev == "to" and lows[k - 3 : k - 1] == ["shout", "out"]))
        # "its me Tyrese from room 4", "this is Dre": someone saying who they are.
        signed = prev == "me" and prev2 in ("its", "it's", "is") and cap(k)
        # "Rezhna she is interpreter": a name, then she or he telling what that person does (learners' English).
        topic = nxt in ("she", "he") and cap(k) and k + 2 < n and text[tokens[k][2] : tokens[k + 1][1]] == " " and lows[k + 2] in (
            "is", "was", "help", "helps", "helped", "always", "never", "say", "says", "said", "do", "does", "give", "gives")
        # "bob said", "grace told me": a word-like name doing the talking.
        greeting = greeting or (
            nxt in _SPEECH_VERBS and (k == 0 or sent_start(k) or prev in ("and", "but", "then"))
        )
        lives_with = prev == "with" and prev2 in _LIVE_VERBS
        # "X my carer" names X, but "i hope my carer stays" does not: a subject before X makes it a verb.
        after = prev not in _SUBJECTS and (
            _role_after(lows, k)
            # "Thandi's the best worker I've had"
            or (tokens[k][0].lower().endswith(("'s", "’s")) and nxt in ("the", "my") and _role_after([*lows[: k + 1], "is", *lows[k + 1 :]], k))
        )
        im = prev in ("im", "i'm", "am") and low not in _IM_NOT_NAME
        from_team = (
            nxt == "from"
            and prev not in _SUBJECTS
            and (cap(k) or not sent_start(k))
            and not _TEAM_WORDS.isdisjoint(lows[k + 2 : k + 6])
            and low not in _MONTHS_ALONE
        )
        # "Storm's mum", "Hope's room": only a person has these.
        owner = tokens[k][0].lower().endswith(("'s", "’s")) and (nxt in _ROLE_NOUNS or nxt in _OWNED)
        # "ruby and her sister"
        and_her = (
            nxt in ("and", "&", "n")
            and k + 3 < n
            and lows[k + 2] in ("her", "his")
            and lows[k + 3] in _ROLE_NOUNS
        )
        # "i told hope", "i miss jade" (not "i miss summer", "i love hope").
        object_of = prev in _TELL_VERBS or (prev in _FOND_VERBS and low not in _ABSTRACT)
        # "when grace comes", "then ruby was moved" (not "bill came through", "hope is all i have").
        acts = (
            prev in _CLAUSE_STARTS
            and low != "bill"
            and (
                (nxt in _ACTION_VERBS and (low not in _ABSTRACT or nxt not in _GO_VERBS))
                or (nxt in ("is", "was") and low not in _ABSTRACT)
                or (nxt in ("comes", "came") and lows[k + 2 : k + 4] in (["to", "see"], ["to", "visit"]))
            )
        )
        if low in _KEEP:
            # A place, month or service is a person only with a clear cue: "my friend chelsea".
            # "Summer said", "April told staff": a capitalised month doing the talking.
            talks = nxt in _SPEECH_VERBS and greeting and (low not in _CALENDAR or cap(k))
            # "my mum Summer", "April is my sw": a capitalised month with a cue, not before a year or day.
            dated = text[tokens[k][2] :].lstrip()[:1].isdigit()
            cal_ok = low not in _CALENDAR or (cap(k) and not dated)
            # "my little sister summer is in care": lower case, but read as a name by the word after it.
            cal_role = cal_ok or (low in _CALENDAR and not dated and k + 1 < n and next_reads_as_name(k))
            # "ask for Jordan Pickering": a place-like first name with a surname after it.
            full = (
                low not in _CALENDAR
                and cap(k)
                and k + 1 < n
                and cap(k + 1)
                and lows[k + 1] in _SURNAMES
                and not _is_common(lows[k + 1])
                and lows[k + 1] not in _KEEP
                and text[tokens[k][2] : tokens[k + 1][1]] == " "
            )
            if in_first and (
                role == 2
                or (role == 1 and not plural and cal_role)
                or me_and
                or talks
                or ((greeting or signed or topic) and cap(k) and cal_ok)
                # "but Jordan shouts": only a person does this, so not the country.
                or (prev in _CLAUSE_STARTS and cap(k) and cal_ok and nxt in _ONLY_PEOPLE_DO)
                or full
                or (after and (cal_ok or nxt in ("is", "was", "are")))
                or (starts and low not in _CALENDAR)
                or ((from_team or owner) and cap(k) and cal_ok)
            ):
                is_name[k] = True
            continue
        if in_first and not wordlike:
            is_name[k] = True
            continue
        if wordlike:
            if low in _MODAL_NAMES:
                ok = role == 2 or (role == 1 and not plural and (cap(k) or next_reads_as_name(k)))
                ok = ok or pronoun or after or im or from_team or (nxt in _SPEECH_VERBS and greeting)
                ok = ok or (cap(k) and not sent_start(k) and next_reads_as_name(k))
            elif low in _VERB_NAMES:
                ok = (
                    role == 2 or (role == 1 and not plural) or pronoun or after or im or greeting or from_team
                )
                ok = ok or owner or and_her or object_of or acts or starts
                ok = ok or (cap(k) and not sent_start(k) and nxt not in _QUANT)
            else:
                ok = bool(role) or pronoun or after or im or greeting or lives_with or from_team or signed or topic
                ok = ok or owner or and_her or object_of or acts or starts
                ok = ok or (cap(k) and not sent_start(k) and nxt not in _QUANT)
            is_name[k] = ok
            continue
        # Not in the name list: a capitalised word after a clear cue, or a known surname mid-sentence.
        if cap(k) and not _is_common(low):
            alone = low in _SURNAMES and not sent_start(k) and prev not in _PLACE_PREPS
            # "i share a flat with Ergys": someone unknown to the lists, mid-sentence after "with".
            alone = alone or (prev == "with" and prev2 in _WITH_PERSON and not tokens[k][0].isupper())
            # "please tell Sian": someone the lists do not hold, told or asked something.
            told = prev in _TELL_VERBS and not tokens[k][0].isupper() and not (k + 1 < n and cap(k + 1))
            if role or pronoun or after or im or greeting or alone or from_team or told or signed or topic or (
                    starts and not tokens[k][0].isupper()):
                is_name[k] = True
        elif (
            (prev2, prev) in (("me", "and"), ("me", "n"), ("me", "&"))
            and len(low) >= 3
            and not (low.endswith("in") and low + "g" in _COMMON)  # "me n sayin"
            and not (low in _COMMON or low in _TEXTSPEAK or low in _FUNCTION or low in _KEEP or tokens[k][0].isupper())
        ):
            is_name[k] = True  # "me n aleks go cinema"
        elif cap(k) and role == 2 and low not in _FUNCTION and not tokens[k][0].isupper():
            is_name[k] = True  # "my best friend is Tee"
        elif (
            role == 1
            and not plural
            and len(low) >= 3
            and not (low in _COMMON or low in _TEXTSPEAK or low in _FUNCTION or low in _KEEP)
            and not low.endswith("s")
            and nxt in ("from", "is", "who", "has", "was")
        ):
            is_name[k] = True  # "my mate kez from scl": a name nobody's lists hold, in lower case
        elif cap(k) and after and low not in _FUNCTION and (
            nxt in ("and", "&", "n") or (nxt in ("my", "our") and "(" in text[tokens[k][2] : tokens[k + 1][1]])
        ):
            is_name[k] = True  # "Wren and Tilly are my foster sisters", "Pops (my grandad)": a word used as a name

    # Lists of names: "mia, lily and poppy", "to mark and grace".
    changed = True
    while changed:
        changed = False
        for k in range(n):
            if (
                blocked[k]
                or is_name[k]
                or (lows[k] not in _FIRST and not (cap(k) and not _is_common(lows[k]) and lows[k] not in _KEEP))
                or (lows[k] in _CALENDAR and not (cap(k) and lows[k] not in _MONTHS_ALONE))
                or lows[k] in _FUNCTION
            ):
                continue
            for d in (-2, -1, 1, 2):
                o = k + d
                if not (0 <= o < n and is_name[o]):
                    continue
                a, b = min(k, o), max(k, o)
                if d in (-1, 1):
                    joined = text[tokens[a][2] : tokens[b][1]].strip() == ","
                else:
                    joined = lows[a + 1] in ("and", "&", "n", "or") and lows[a + 1] not in ("-", ":")
                if joined:
                    is_name[k] = changed = True
                    break
    for k in range(1, n - 2):
        if lows[k - 1] in ("to", "with", "thanks") and lows[k + 1] in ("and", "&") and not (blocked[k] or blocked[k + 2]):
            a, b = lows[k], lows[k + 2]
            if a in _FIRST and b in _FIRST and a not in _CALENDAR and b not in _CALENDAR:
                is_name[k] = is_name[k + 2] = True
    # A surname straight after a first name belongs to the same name.
    for k in range(n - 1):
        if is_name[k] and not is_name[k + 1] and not blocked[k + 1]:
            low = lows[k + 1]
            gap = text[tokens[k][2] : tokens[k + 1][1]]
            if gap != " " or low in _FUNCTION or low in _KEEP:
                continue
            if (
                (cap(k + 1) and not _is_common(low))
                or (low in _SURNAMES and not _is_common(low))
                or (cap(k + 1) and cap(k) and low in _SURNAMES)
            ):
                is_name[k + 1] = True
    k = 0
    while k < n:
        if is_name[k]:
            j = k
            while j + 1 < n and is_name[j + 1] and text[tokens[j][2] : tokens[j + 1][1]] in (" ", "-"):
                j += 1
            s, _ = _name_span(*tokens[k])
            _, e = _name_span(*tokens[j])
            out.append((8, "name", s, e))
            k = j + 1
        else:
            k += 1


def find_personal_details(text: str) -> list[Removal]:
    """All personal details in text, non-overlapping and sorted, with positions in the original text."""
    if not text:
        return []
    cands: list[tuple[int, str, int, int]] = []
    tokens = [(m.group(), m.start(), m.end()) for m in _WORD_RE.finditer(text)]
    # Cheap checks on the words present decide which of the slower patterns need to run at all.
    present = {w.lower() for w, _, _ in tokens}
    if "@" in text or " at " in text:
        for m in _EMAIL_RE.finditer(text):
            cands.append((0, "email", m.start(), m.end()))
    _handles(text, present, cands)
    if not present.isdisjoint(_SAID_WORDS):
        _said_phones(text, cands)
    if _DIGIT_RE.search(text):
        _phones(text, cands)
        _ids(text, cands)
        for m in _POSTCODE_RE.finditer(text):
            cands.append((3, "postcode", m.start(), m.end()))
        _dates(text, cands)
        _addresses(text, cands)
    elif not present.isdisjoint(_LIVE_WORDS):
        for m in _LIVE_ON_RE.finditer(text):
            if _street_name_ok(m.group("n"), m.group("t"), True):
                cands.append((6, "address", m.start("a"), m.end("a")))
    if "lil" in present or "big" in present:
        for m in _LIL_RE.finditer(text):
            cands.append((8, "name", m.start("n"), m.end("n")))
    if "the" in present and not present.isdisjoint(("with", "family", "carers", "parents", "placement")):
        for m in _FAMILY_THE_RE.finditer(text):
            cands.append((8, "name", m.start("n"), m.end("n")))  # "a different family, the Nowaks"
    if "the" in present and not present.isdisjoint(("family", "families", "placement", "foster", "house", "household")):
        for m in _FAMILY_OF_RE.finditer(text):
            low = m.group("n").lower().rstrip("'s")
            if not _is_common(low) and low not in _KEEP and low not in _FAMOUS_FAMILIES:
                cands.append((8, "name", m.start("n"), m.end("n")))
    if "the" in present:
        for sentence in _SENTENCE_RE.finditer(text):
            if _FAMILY_CONTEXT_RE.search(sentence.group()):
                for m in _FAMILY_PLURAL_RE.finditer(sentence.group()):
                    low = m.group("n").lower()[:-1]
                    if not (_is_common(low) or _is_common(low + "s") or low in _KEEP or low in _FAMOUS_FAMILIES
                            or low.rstrip("e") in _FAMOUS_FAMILIES):
                        cands.append((8, "name", sentence.start() + m.start("n"), sentence.start() + m.end("n")))
    if not present.isdisjoint(_WORKPLACE_WORDS):
        _workplaces(text, cands)
    if not present.isdisjoint(_DOB_WORDS):
        for m in _SAID_DOB_RE.finditer(text):
            cands.append((3, "date-of-birth", m.start("d"), m.end("d")))
    if not present.isdisjoint(_SCHOOL_WORDS):
        _schools(text, tokens, cands)
        for rx in (_UNIVERSITY_RE, _YSGOL_RE):
            for m in rx.finditer(text):
                cands.append((5, "school", m.start(), m.end()))
    if not present.isdisjoint(_STREET_TYPES):
        _named_streets(text, cands)
    if "st" in present or "saint" in present:
        _saints(text, cands)
    if (
        not present.isdisjoint(_HOME_WORDS)
        or not present.isdisjoint(_HOME_PREPS)
        or " The " in text
        or any(len(w) > 6 and w.endswith(_HOME_ENDS) for w in present)
    ):
        _homes(text, cands)
    chosen = _pick(cands)
    names: list[tuple[int, str, int, int]] = []
    _names(text, tokens, [(s, e) for _, _, s, e in chosen] + _famous(text, tokens), names)
    chosen = _pick(chosen + names)
    return _merge_addresses(text, [Removal(k, s, e) for _, k, s, e in sorted(chosen, key=lambda c: c[2])])


def _pick(cands: list[tuple[int, str, int, int]]) -> list[tuple[int, str, int, int]]:
    # Higher-priority kinds win overlaps; within a kind the longer span wins.
    chosen: list[tuple[int, str, int, int]] = []
    for c in sorted(cands, key=lambda c: (c[0], c[2] - c[3], c[2])):
        if all(c[3] <= o[2] or c[2] >= o[3] for o in chosen):
            chosen.append(c)
    return chosen


def _merge_addresses(text: str, removals: list[Removal]) -> list[Removal]:
    # "flat 3, 12 acacia avenue" is one address, not two.
    merged: list[Removal] = []
    for r in removals:
        if (
            merged
            and merged[-1].kind == r.kind == "address"
            and not text[merged[-1].end : r.start].strip(" ,")
        ):
            merged[-1] = Removal("address", merged[-1].start, r.end)
        else:
            merged.append(r)
    return merged


def redact(text: str, removals) -> str:
    out, pos = [], 0
    for r in sorted(removals, key=lambda r: r.start):
        if r.start < pos:
            continue
        out.append(text[pos : r.start])
        out.append(PII_PLACEHOLDERS[r.kind])
        pos = r.end
    out.append(text[pos:])
    return "".join(out)
