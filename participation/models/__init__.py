"""SQLAlchemy models, one module per aggregate."""

from .answers import Answer, FormToken, Participant
from .audit import AuditEvent
from .moderation import Alert
from .packs import (
    Pack,
    PackFile,
    PackVersion,
    Recommendation,
    RecommendationUpdate,
    YouSaidWeDid,
    review_access,
)
from .reviews import Council, Review
from .sessions import ParticipationSession, Prompt, SessionState
from .staff import Role, StaffUser
from .themes import AnswerTheme, CouncilTheme, Job

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
    "Answer",
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
