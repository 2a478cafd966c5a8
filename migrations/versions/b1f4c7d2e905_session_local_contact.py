"""a session's own local contact (the council's leaving care team, say), shown first in young people's help

Revision ID: b1f4c7d2e905
Revises: a7c3e1f5b208
Create Date: 2026-12-06 10:00:00.000000

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "b1f4c7d2e905"
down_revision = "a7c3e1f5b208"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("participation_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("local_contact_name", sa.String(length=80), server_default="", nullable=False))
        batch_op.add_column(sa.Column("local_contact_phone", sa.String(length=20), server_default="", nullable=False))
        batch_op.add_column(sa.Column("local_contact_hours", sa.String(length=80), server_default="", nullable=False))


def downgrade():
    with op.batch_alter_table("participation_sessions", schema=None) as batch_op:
        batch_op.drop_column("local_contact_hours")
        batch_op.drop_column("local_contact_phone")
        batch_op.drop_column("local_contact_name")
