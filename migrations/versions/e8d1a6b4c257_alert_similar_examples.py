"""an alert raised by the screen's model keeps the labelled examples closest in meaning, as its reason

Revision ID: e8d1a6b4c257
Revises: c4e8f2a9b713
Create Date: 2026-12-03 17:20:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e8d1a6b4c257'
down_revision = 'c4e8f2a9b713'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('similar', sa.JSON(), nullable=False, server_default='[]'))


def downgrade():
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.drop_column('similar')
