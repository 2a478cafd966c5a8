"""when a step on an alert happened, where it was written up later

Revision ID: b5e2f8a1c093
Revises: a3d8f1c6e072
Create Date: 2026-12-06 18:45:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b5e2f8a1c093'
down_revision = 'a3d8f1c6e072'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('alert_steps', schema=None) as batch_op:
        batch_op.add_column(sa.Column('happened_at', sa.DateTime(), nullable=True))


def downgrade():
    with op.batch_alter_table('alert_steps', schema=None) as batch_op:
        batch_op.drop_column('happened_at')
