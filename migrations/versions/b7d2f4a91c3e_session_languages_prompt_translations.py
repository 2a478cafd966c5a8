"""the languages a session offers young people, and an officer's own words for a prompt in other languages

Revision ID: b7d2f4a91c3e
Revises: e8d1a6b4c257
Create Date: 2026-12-03 18:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b7d2f4a91c3e'
down_revision = 'e8d1a6b4c257'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('participation_sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('languages', sa.JSON(), nullable=True))
    with op.batch_alter_table('prompts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('translations', sa.JSON(), nullable=True))


def downgrade():
    with op.batch_alter_table('prompts', schema=None) as batch_op:
        batch_op.drop_column('translations')
    with op.batch_alter_table('participation_sessions', schema=None) as batch_op:
        batch_op.drop_column('languages')
