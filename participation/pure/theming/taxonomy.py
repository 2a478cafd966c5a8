"""Fixed ids shared across the product: themes, ILACS areas, signatures of risk, disclosure and personal-detail kinds.

The ids are kept exactly as in the design taxonomy (they leave the app in CSVs and packs);
labels and descriptions may be improved.
"""

from __future__ import annotations

from dataclasses import dataclass

ILACS_AREAS: dict[str, str] = {
    "help-protection": "The experiences and progress of children who need help and protection",
    "children-in-care": "The experiences and progress of children in care",
    "permanence": "Arrangements for permanence, including adoption",
    "care-leavers": "The experiences and progress of care leavers",
    "leadership": "The impact of leaders and managers on practice and children's lives",
}

# The short names staff see for the ILACS areas (the descriptions above say what inspectors look at).
ILACS_AREA_NAMES: dict[str, str] = {
    "help-protection": "Help and protection",
    "children-in-care": "Children in care",
    "permanence": "Permanence",
    "care-leavers": "Care leavers",
    "leadership": "Leadership",
}

SIGNATURES_OF_RISK: dict[str, str] = {
    "leadership-turnover": "Turnover and change in senior leadership",
    "reorganisation-cuts": "Service reorganisations combined with challenging budget reductions",
    "political-focus": "Lack of political focus on safeguarding and care",
    "complacency": "Assuming performance standards are secure (maintenance rather than development)",
    "self-awareness": "Limited self-awareness and no external challenge",
    "practice-observation": "Inconsistent observation of practice",
    "supervision-audit": "Professional weakness in supervision and audit",
    "learning-culture": "Lack of a learning organisational culture",
    "partner-commitment": "Weak commitment from partners",
    "child-voice": "Lack of focus on the child's journey or the voice of the child",
    "workforce": "Poor workforce development and/or capacity",
    "frontline-feedback": "Failing to listen to or accept front-line feedback",
    "early-warning": "No culture of anticipation and early warning",
}


@dataclass(frozen=True)
class Theme:
    id: str
    label: str
    covers: str
    ilacs_areas: tuple[str, ...]
    signatures: tuple[str, ...]


THEMES: tuple[Theme, ...] = (
    Theme(
        "social-workers",
        "Social workers and personal advisers",
        "changes of worker, not knowing who they are, being rung back, a worker who really knows you",
        ("children-in-care", "care-leavers", "leadership"),
        ("workforce",),
    ),
    Theme(
        "home-and-carers",
        "Home and carers",
        "feeling safe and settled, foster carers and residential staff, house rules, being treated like family",
        ("children-in-care", "permanence"),
        ("practice-observation",),
    ),
    Theme(
        "moves-and-stability",
        "Moves and stability",
        "moves of home or school, short notice, being placed far away, not knowing how long you stay",
        ("children-in-care", "permanence"),
        ("reorganisation-cuts", "early-warning"),
    ),
    Theme(
        "family-and-friends-contact",
        "Seeing family",
        "time with brothers, sisters, parents, grandparents; how contact is arranged and supervised",
        ("children-in-care", "permanence"),
        ("child-voice",),
    ),
    Theme(
        "being-heard",
        "Being heard in decisions",
        "reviews, meetings, plans, advocates, IROs, interpreters; being asked and told",
        ("children-in-care", "care-leavers", "leadership"),
        ("child-voice",),
    ),
    Theme(
        "life-story",
        "Understanding my story",
        "why I am in care, life-story work, seeing my records, family history",
        ("children-in-care", "permanence"),
        ("child-voice", "practice-observation"),
    ),
    Theme(
        "education",
        "School, college and learning",
        "support at school, PEPs, exclusions, changing school, college, university, apprenticeships",
        ("children-in-care", "care-leavers"),
        ("partner-commitment",),
    ),
    Theme(
        "health-and-wellbeing",
        "Health and wellbeing",
        "mental health, waiting lists, health checks, dentist, sleep, feelings",
        ("children-in-care", "care-leavers"),
        ("partner-commitment",),
    ),
    Theme(
        "friendships-and-activities",
        "Friends and a normal life",
        "sleepovers, trips, clubs, phones, haircuts, permission delays, being allowed to be a normal kid",
        ("children-in-care",),
        ("learning-culture",),
    ),
    Theme(
        "identity-and-stigma",
        "Identity and being treated differently",
        "stigma, care jargon, culture, faith, language, LGBTQ+, being labelled",
        ("children-in-care", "care-leavers"),
        ("child-voice", "learning-culture"),
    ),
    Theme(
        "housing",
        "Housing",
        "where care leavers live, staying put, supported lodgings, hostels, homelessness, repairs",
        ("care-leavers",),
        ("partner-commitment", "reorganisation-cuts"),
    ),
    Theme(
        "money",
        "Money",
        "allowances, grants, savings, benefits, council tax, bills, debt",
        ("care-leavers", "children-in-care"),
        ("political-focus",),
    ),
    Theme(
        "preparing-for-adulthood",
        "Growing up and leaving care",
        'pathway plans, turning 18, independent living skills, loneliness, jobs, the "cliff edge"',
        ("care-leavers",),
        ("political-focus", "workforce"),
    ),
    Theme(
        "safety",
        "Feeling safe",
        "safety at home and outside, bullying, exploitation, police; general talk of safety",
        ("help-protection", "children-in-care"),
        ("early-warning", "partner-commitment"),
    ),
    Theme(
        "rights-and-complaints",
        "Rights and complaints",
        "knowing your rights and entitlements, advocacy, the local offer, complaints and how they are handled",
        ("leadership", "care-leavers", "children-in-care"),
        ("self-awareness", "child-voice"),
    ),
)

THEME_IDS: tuple[str, ...] = tuple(t.id for t in THEMES)
THEMES_BY_ID: dict[str, Theme] = {t.id: t for t in THEMES}

DISCLOSURE_CATEGORIES: dict[str, str] = {
    "self-harm-suicide": "Self-harm or suicide",
    "abuse": "Abuse (physical, sexual or emotional, by anyone)",
    "neglect": "Neglect",
    "exploitation": "Exploitation (criminal or sexual, county lines, grooming)",
    "domestic-abuse": "Domestic abuse",
    "missing": "Missing (running away, not knowing where they are)",
    "bullying-threats": "Threats, serious bullying, feeling in danger now",
}

# kind id -> placeholder shown in place of the removed text
PII_PLACEHOLDERS: dict[str, str] = {
    "name": "[name]",
    "phone": "[phone]",
    "email": "[email]",
    "handle": "[handle]",
    "address": "[address]",
    "postcode": "[postcode]",
    "date-of-birth": "[date]",
    "school": "[school]",
    "id-number": "[number]",
}

# kind id -> the words a moderator reads ("Removed: name, phone number")
PII_KIND_LABELS: dict[str, str] = {
    "name": "name",
    "phone": "phone number",
    "email": "email address",
    "handle": "social media name",
    "address": "address",
    "postcode": "postcode",
    "date-of-birth": "date of birth",
    "school": "school or home",
    "id-number": "ID number",
}

AUDIENCES: dict[str, str] = {
    "children-in-care": "Children in care",
    "care-leavers": "Care leavers",
    "both": "Children in care and care leavers",
}
