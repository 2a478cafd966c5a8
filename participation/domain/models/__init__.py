"""SQLAlchemy models, one module per aggregate."""

from participation.domain.models.answers import Answer, FormToken, Participant, ScreenLabel
from participation.domain.models.audit import AuditEvent
from participation.domain.models.moderation import Alert, AlertStep
from participation.domain.models.packs import (
    Pack,
    PackFile,
    PackVersion,
    Recommendation,
    RecommendationUpdate,
    YouSaidWeDid,
    review_access,
)
from participation.domain.models.reviews import Council, Review
from participation.domain.models.sessions import ParticipationSession, Prompt, SessionState
from participation.domain.models.staff import Role, StaffUser
from participation.domain.models.themes import AnswerTheme, CouncilTheme, Job

__all__ = [
    "Pack",
    "PackFile",
    "PackVersion",
    "Recommendation",
    "RecommendationUpdate",
    "YouSaidWeDid",
    "review_access",
    "AnswerTheme",
    "CouncilTheme",
    "Job",
    "Alert",
    "AlertStep",
    "Answer",
    "ScreenLabel",
    "AuditEvent",
    "Council",
    "FormToken",
    "Participant",
    "ParticipationSession",
    "Prompt",
    "Review",
    "Role",
    "SessionState",
    "StaffUser",
]
