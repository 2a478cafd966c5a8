"""the month a session's officers promise to say what changed ("You said, we did")

Revision ID: c4e8f2a9b713
Revises: 5e1b7c2d9a40
Create Date: 2026-12-03 16:30:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c4e8f2a9b713'
down_revision = '5e1b7c2d9a40'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('participation_sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('updates_by', sa.Date(), nullable=True))


def downgrade():
    with op.batch_alter_table('participation_sessions', schema=None) as batch_op:
        batch_op.drop_column('updates_by')
