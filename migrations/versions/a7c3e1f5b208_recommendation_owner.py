"""who in the service owns a recommendation

Revision ID: a7c3e1f5b208
Revises: d6a2c8e4f190
Create Date: 2026-12-05 10:00:00.000000

"""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "a7c3e1f5b208"
down_revision = "d6a2c8e4f190"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("owner", sa.String(length=200), server_default="", nullable=False))


def downgrade():
    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        batch_op.drop_column("owner")
