"""Shared pieces of the rule language: regex fragments over normalised text that several kinds of harm use."""

from __future__ import annotations

# Each *_WORDS string lists literals one of which every match of its fragment holds, for rule anchors.

GAP = r"(?:[a-z0-9]+ ){0,3}"  # up to three words in between, within a sentence

GAP5 = r"(?:[a-z0-9]+ ){0,5}"  # up to five

NOONE = r"(?:noone|no one)"

FAMILY = (
    r"(?:mum|dad|step dad|step mum|parents?|nan|nana|gran|grandad|grandma|uncle|aunty|auntie|aunt|brother"
    r"|sister|cousin|carers?|foster (?:carers?|mum|dad|parents?)|boyfriend|girlfriend|partner|husband|wife|ex"
    r"|baby dad|baby father|staff|staff member|key worker|teacher|coach|social worker|support worker|man|men"
    r"|lads?|boys?|guy|someone|somebody|he|she|they)"
)
FAMILY_WORDS = (
    "aunt|boy|carer|coach|cousin|dad|ex|foster |girlfriend|gran|guy|he|husband|key worker|lad|man|men|mum|"
    "nan|parent|partner|sister|social worker|somebody|someone|staff|support worker|uncle|wife"
)

HARM_VERB = (
    r"(?:hits?|hitting|hit|hurts?|hurting|beats?|beating|beaten|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?"
    r"|slap(?:s|ped|ping)?|smack(?:s|ed|ing)?|batter(?:s|ed|ing)?|strangl(?:e|es|ed|ing)|chok(?:e|es|ed|ing)"
    r"|burn(?:s|ed|t|ing)?|thump(?:s|ed|ing)?|shov(?:e|es|ed|ing)|push(?:es|ed|ing)?|grab(?:s|bed|bing)?"
    r"|whip(?:s|ped)?|belt(?:s|ed)?|lock(?:s|ed|ing)?|touch(?:es|ed|ing)?|abus(?:e|es|ed|ing)"
    r"|rap(?:e|es|ed|ing)|molest\w*|throw(?:s|ing)? (?:stuff|things|\w+) at|threw (?:stuff|things|\w+) at"
    r"|drag(?:s|ged|ging)?|pinch(?:es|ed|ing)?|whack(?:s|ed|ing)?|wallop(?:s|ed)?|leather(?:s|ed)?"
    r"|spit(?:s|ting)? (?:at|on)|spat (?:at|on)|squeez(?:e|es|ed|ing)|slam(?:s|med|ming)?|throw(?:s|ing)?"
    r"|threw|starv(?:e|es|ed|ing))"
)
HARM_VERB_WORDS = (
    "abus|batter|beat|belt|burn|chok|drag|grab|hit|hurt|kick|leather|lock|molest|pinch|punch|push|rap|shov|"
    "slam|slap|smack|spat |spit|squeez|starv|strangl|threw|throw|thump|touch|wallop|whack|whip"
)

# For the broader co-occurrence rules: a gap that never crosses a sentence.
IN_SENTENCE = r"[^.]{0,60}?"

# Fears that are not about a person or a place: "scared of the dark", "worried about my exams".
PHOBIA = (
    r"\b(?:scared|afraid|frightened|terrified) of (?:the dark|spiders?|heights|clowns|thunder|lightning"
    r"|needles|wasps?|bees|the sea|deep water|flying|dogs|horror films?|scary films?)\b"
    r"|\b(?:scared|afraid|frightened|terrified|nervous|worried) (?:of|about) (?:my |the )?(?:new school"
    r"|exams?|results|review|moving|leaving care|the future|college|uni|tests?|interview|driving test)\b"
    r"|\b(?:film|movie|game|ride|rollercoaster|story|book|mood)\b"
)

# Physical harm verbs, slang and misspellings included; "nut", "deck", "lamp" are UK slang for hit.
HARM_BROAD = (
    r"(?:hit|hits|hitting|punch\w*|kick\w*|slap\w*|smack\w*|whack\w*|batter\w*|beat|beats|beating|beaten"
    r"|belt(?:s|ed|ing)?|thump\w*|lamp(?:s|ed|ing)|deck(?:s|ed|ing)|boot(?:s|ed|ing)|twat(?:s|ted|ting)"
    r"|leather(?:s|ed|ing)|wallop\w*|shov\w+|push(?:es|ed|ing)?|grab\w*|drag\w*|strangl\w*"
    r"|chok(?:e|es|ed|ing)|throttl\w*|burn(?:s|t|ed|ing)?|bit|bites|biting|scratch(?:es|ed|ing)?"
    r"|pin(?:s|ned|ning)?|chuck\w*|throw\w*|threw|lob(?:s|bed|bing)?|hurl\w*|fling\w*|flung|slam\w*"
    r"|headbutt\w*|nut(?:s|ted|ting)|stamp(?:s|ed|ing)? on|spit(?:s|ting)? (?:at|on)|spat (?:at|on)"
    r"|hurt(?:s|ing)?|shak(?:e|es|ing)|shook|squeez\w*|twist\w*|pull(?:s|ed|ing)? (?:my|her|his) hair"
    r"|tie(?:s|d)? (?:me|us) up|yank\w*|hold(?:s|ing)? (?:\w+ )?down"
    r"|pull(?:s|ed|ing)? (?:me|us|her|him) (?:about|around|by)|held (?:\w+ )?down|sits? on|sat on|laid into"
    r"|lays? into|goes for|went for|go for|floor(?:s|ed)|knock(?:s|ed)|clip(?:s|ped)? (?:me |us )?round"
    r"|nip(?:s|ped)|bully|bullies|bullied|terroris\w*|attack\w*|assault\w*|restrain(?:s|ed|ing)?)"
)
HARM_BROAD_WORDS = (
    " hair| into|assault|attack|batter|beat|belt|bit|boot|bullied|bullies|bully|burn|chok|chuck|deck|drag|"
    "fling|floor|flung|go for|goes for|grab|headbutt|held |hit|hold|hurl|hurt|kick|knock|lamp|leather|lob|nip"
    "|nut|pin|pull|punch|push|round|sat on|scratch|shak|shook|shov|sit|slam|slap|smack|spat |spit|squeez|"
    "stamp|strangl|terroris|threw|throttl|throw|thump|tie|twat|twist|wallop|went for|whack|yank|restrain"
)

# Sport, games and play: "i hit the ball", "she kicked me in the match", "pillow fight".
SPORT_OR_PLAY = (
    r"\b(?:ball|balls|pads|penalty|goal|goals|football|footy|rugby|boxing|box|kickboxing|karate|judo|mma"
    r"|training|match|matches|game|games|fifa|fortnite|xbox|ps5|playstation|netball|hockey|cricket|rounders"
    r"|tag|pillow fight|snowball\w*|water fight|trampoline|bouncy castle|play fight\w*|play fighting"
    r"|wrestl\w*|dodgeball|pe|sports day|chess|cards|uno|monopoly|scrabble|mario kart|pool|darts|quiz"
    r"|board games?|tickl\w*|hugs?|hugged|cuddl\w*|high five|wasp|bee|dog|cat|puppy|door|bike|scooter"
    r"|fell off|tripped|dogs|cats|horse)\b"
)


# Words that name abuse or self-harm outright. A rule cue holding one is never overruled by the model's
# low risk (the screen's RULE_FLOOR): "taken into care because of sexual abuse at home" or "I felt
# suicidal" is for the safeguarding lead, even when it is long past, as the person who did it may still
# be near children and the feelings may come back.
NAMED_HARM = (
    r"\b(?:abus(?:e|ed|es|ing|ive|er)|rap(?:e|ed|ist)|molest\w*|sexually assault\w*|tortur(?:e|ed|ing)"
    r"|groom(?:ed|ing)|neglect(?:ed|ing)?|trafficked|suicid(?:e|al)|self[ -]?harm\w*|kill(?:ing)? myself"
    r"|overdos(?:e|ed|ing)|cut(?:ting)? myself)\b"
)
