"""the day the service's response to a recommendation was recorded, so the tracker can date it

Revision ID: c9e2f4a6b831
Revises: b1f4c7d2e905
Create Date: 2026-12-07 10:00:00.000000

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "c9e2f4a6b831"
down_revision = "b1f4c7d2e905"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("responded_on", sa.Date(), nullable=True))
    # A response recorded before this column: the day of its latest record in the audit log.
    day = "DATE(MAX(audit_events.at))" if op.get_bind().dialect.name == "sqlite" else "CAST(MAX(audit_events.at) AS DATE)"
    op.execute(
        f"UPDATE recommendations SET responded_on = (SELECT {day} FROM audit_events "
        "WHERE audit_events.action = 'recommendation-response' AND audit_events.subject_type = 'Recommendation' "
        "AND audit_events.subject_id = recommendations.id) WHERE response IS NOT NULL"
    )


def downgrade():
    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        batch_op.drop_column("responded_on")
