"""a young person who asked to talk can tap Undo: the alert stays, marked with when they did

Revision ID: b5e1d7c3a902
Revises: c9e2f4a6b831
Create Date: 2027-01-12 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b5e1d7c3a902'
down_revision = 'c9e2f4a6b831'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('talk_undone_at', sa.DateTime(), nullable=True))


def downgrade():
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.drop_column('talk_undone_at')
