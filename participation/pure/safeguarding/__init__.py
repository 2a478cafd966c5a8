"""The screen every answer passes first: personal details removed, possible disclosures of harm flagged,
and words in a language it cannot read marked for a person to read first.

Pure Python: no Flask, no database. `screen(text)` is the one entry point.
"""

from __future__ import annotations

import re

from participation.pure.encoder import default_encoder
from participation.pure.safeguarding.disclosure import assess
from participation.pure.safeguarding.disclosure.vocabulary import NAMED_HARM
from participation.pure.safeguarding.hardship import is_hardship_only, is_hardship_wording, says_going_without
from participation.pure.safeguarding.language import detect
from participation.pure.safeguarding.model import MAX_CHARS, closest, default_model, risk
from participation.pure.safeguarding.pii import find_personal_details, redact
from participation.pure.safeguarding.types import Removal, Screening

__all__ = ["Removal", "Screening", "redact_details", "screen"]

# Below this risk the model overrules the rules' words. Chosen by five-fold cross-validation on the
# 9,710 labelled rows, with the meaning head of 2026-12-06 (a small network, whose risks run nearer 0 and 1
# than the logistic regression's did): it drops 105 of the rules' 437 false alarms and loses 3 of the 1,821
# disclosures they find as alerts (they still reach a moderator among the first, see `doubted`). At 0.05, the
# floor before, it dropped 145 and lost 6, among them "he hugs me too long and it feels weird".
RULE_FLOOR = 0.02
_NAMED_HARM = re.compile(NAMED_HARM)


def redact_details(text: str) -> str:
    """The words with personal details replaced by placeholders, exactly as `screen(text).redacted`, without
    reading them for harm (no model, no encoder): for words already screened, shown to someone again."""
    return redact(text, find_personal_details(text))


def screen(text: str, care_leaver: bool = False) -> Screening:
    """Screen one answer: what to remove, whether it may be a disclosure of harm, and whether the screen
    could read it at all (its rules read English; anything else must be read by a person first).
    For a care leaver, hardship with no harm in it (no money, heating, food or home) is not a disclosure:
    it is marked `hardship`, so the young person is offered help that fits and the officer sees why.
    Every answer gets the model's `risk`, so a person sees the riskiest first even below the alert line."""
    removals = tuple(find_personal_details(text))
    verdict = assess(text)
    # The rules name the words that set them off. The model reads every answer for wording the rules
    # miss: its risk puts the riskiest in front of a person first, and at its threshold it raises an
    # alert itself, with the labelled examples closest in meaning as its reason.
    model = default_model()
    vector = default_encoder().embed_one(text[:MAX_CHARS])
    likelihood = risk(model, text, vector)
    language = detect(text)
    # The encoder reads English: words in another language go to a person first ("read first"), and
    # the model never raises an alert on words it cannot read.
    by_model = likelihood >= model.threshold and not verdict.disclosure and language.english
    # A rule's words that the model, reading the whole answer, finds nothing like harm in are most often
    # out of context ("the police came cos the alarm went off", "slept in a tent"): not an alert
    # to the safeguarding lead, but ranked at the alert line so a moderator reads it among the first.
    # Never when the words name abuse or self-harm outright, or tell of harm by someone who looks after children:
    # that is for the safeguarding lead (and the LADO), however long ago.
    doubted = (verdict.disclosure and language.english and likelihood < RULE_FLOOR and not verdict.by_carer
               and not any(_NAMED_HARM.search(cue.lower()) for cue in verdict.cues))
    similar = tuple(closest(model, vector)) if by_model else ()
    categories = verdict.categories or tuple(dict.fromkeys(category for _, category, _ in similar if category))
    hardship = care_leaver and (is_hardship_only(text, verdict) if verdict.disclosure
                                else is_hardship_wording(text, categories) if by_model
                                else language.english and says_going_without(text))
    return Screening(
        original=text,
        redacted=redact(text, removals),
        removals=removals,
        disclosure=((verdict.disclosure and not doubted) or by_model) and not hardship,
        categories=() if hardship or doubted else categories,
        cues=verdict.cues,
        similar=tuple(example for example, _, _ in similar),
        language=language.code,
        language_name=language.name,
        screened=language.english,
        hardship=hardship,
        risk=round(max(likelihood, model.threshold) if doubted else likelihood, 4),
    )
