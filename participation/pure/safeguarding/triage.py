"""The order the safeguarding lead reads open alerts in: the riskiest first, then the newest.

Pure: it reads only what an alert already holds (the rules' cues, who raised it, the model's risk on its
answer, whether the screen could read the words at all), so the alert list and its tests share one rule.

Three groups, most urgent first; within a group, the model's risk, highest first:

1. Read first: words the screen could not read (another language: "not checked by the screen"), and a
   young person who asked to talk to someone in the room today. Nothing has judged the first, and the
   second is waiting now, so both rank with the highest, as if the model's risk were 1.
2. Found by the rules (they named the words that set them off), or sent by a moderator who read them.
3. The model alone: no rule matched, and it has no words to point at, only its risk.
"""

from __future__ import annotations

from dataclasses import dataclass

from participation.pure.safeguarding.disclosure.categories import SELF_HARM

READ_FIRST, FOUND, MODEL_ONLY = 3, 2, 1
HIGHEST_RISK = 1.0


@dataclass(frozen=True)
class Priority:
    group: int  # READ_FIRST, FOUND or MODEL_ONLY: the higher, the sooner
    risk: float  # the model's risk (0 to 1); HIGHEST_RISK where the screen could not read the words
    reason: str  # "another-language", "asked-to-talk", "rules", "moderator" or "model"

    @property
    def key(self) -> tuple[int, float]:
        """Sorts the most urgent first when sorted in descending order."""
        return (self.group, self.risk)


def alert_priority(
    *, source: str, has_cues: bool, has_words: bool, screened: bool, asked_to_talk: bool, risk: float | None
) -> Priority:
    """How urgent an open alert is. `source` is who raised it ("screen", "moderator", "asked-to-talk");
    `screened` is False for words in a language the screen cannot read; `risk` is the model's risk on the
    answer (None for an answer saved before the model, read as 0)."""
    if has_words and not screened:
        return Priority(READ_FIRST, HIGHEST_RISK, "another-language")
    if asked_to_talk or source == "asked-to-talk":
        return Priority(READ_FIRST, HIGHEST_RISK, "asked-to-talk")
    if not has_words:
        # A moderator sent a face or choice answer ("Really bad" to "Do you feel safe?"): a person decided, and
        # the model has no words to weigh, so it leads what people sent.
        return Priority(FOUND, HIGHEST_RISK, "moderator")
    score = min(max(risk or 0.0, 0.0), 1.0)
    if has_cues:
        return Priority(FOUND, score, "rules")
    if source == "moderator":
        return Priority(FOUND, score, "moderator")
    return Priority(MODEL_ONLY, score, "model")


def is_risk_to_life(categories) -> bool:
    """A possible risk to life (suicide or self-harm): such an alert stays first until it is closed."""
    return SELF_HARM in (categories or ())
