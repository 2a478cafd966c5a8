"""audit events carry their council

Revision ID: 9d2e41c7a0b3
Revises: f3a1ecc3e85d
Create Date: 2026-11-26 01:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '9d2e41c7a0b3'
down_revision = 'f3a1ecc3e85d'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('council_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_audit_events_council_id'), ['council_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_audit_events_council_id_councils'), 'councils', ['council_id'], ['id'])
    # File the events already written under their council: the actor's, else that of what they are
    # about. Only this new column is written; nothing already in the log changes.
    op.execute(
        "UPDATE audit_events SET council_id = (SELECT staff_users.council_id FROM staff_users "
        "WHERE staff_users.id = audit_events.actor_id) WHERE actor_id IS NOT NULL"
    )
    review_council = "SELECT reviews.council_id FROM reviews WHERE reviews.id = "
    session_council = (
        "SELECT reviews.council_id FROM participation_sessions JOIN reviews ON reviews.id = participation_sessions.review_id "
        "WHERE participation_sessions.id = "
    )
    subjects = {
        "Council": "SELECT councils.id FROM councils WHERE councils.id = audit_events.subject_id",
        "StaffUser": "SELECT staff_users.council_id FROM staff_users WHERE staff_users.id = audit_events.subject_id",
        "Review": review_council + "audit_events.subject_id",
        "Pack": review_council + "(SELECT packs.review_id FROM packs WHERE packs.id = audit_events.subject_id)",
        "Recommendation": review_council
        + "(SELECT recommendations.review_id FROM recommendations WHERE recommendations.id = audit_events.subject_id)",
        "ParticipationSession": session_council + "audit_events.subject_id",
        "Prompt": session_council + "(SELECT prompts.session_id FROM prompts WHERE prompts.id = audit_events.subject_id)",
        "Answer": session_council + "(SELECT answers.session_id FROM answers WHERE answers.id = audit_events.subject_id)",
        "Alert": session_council + "(SELECT alerts.session_id FROM alerts WHERE alerts.id = audit_events.subject_id)",
        "CouncilTheme": "SELECT council_themes.council_id FROM council_themes WHERE council_themes.id = audit_events.subject_id",
    }
    for subject_type, council in subjects.items():
        op.execute(
            f"UPDATE audit_events SET council_id = ({council}) WHERE council_id IS NULL AND subject_type = '{subject_type}'"
        )


def downgrade():
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_audit_events_council_id_councils'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_audit_events_council_id'))
        batch_op.drop_column('council_id')
