"""a suggested theme the question's own theme decided, so the card can say "from the question"

Revision ID: a7c3e9d2f418
Revises: b5e2c8d4a917
Create Date: 2026-12-07 07:40:00.000000

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'a7c3e9d2f418'
down_revision = 'b5e2c8d4a917'
branch_labels = None
depends_on = None


def upgrade():
    # Suggestions already stored are not marked: the next run of suggestions (or a translation) marks them.
    with op.batch_alter_table('answer_themes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('from_question', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade():
    with op.batch_alter_table('answer_themes', schema=None) as batch_op:
        batch_op.drop_column('from_question')
