"""what staff should do when an alert comes in: the council's own words

Revision ID: 5e1b7c2d9a40
Revises: a7c3e9d1f042
Create Date: 2026-12-05 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5e1b7c2d9a40'
down_revision = 'a7c3e9d1f042'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('councils', schema=None) as batch_op:
        batch_op.add_column(sa.Column('alert_next_steps', sa.Text(), nullable=False, server_default=''))


def downgrade():
    with op.batch_alter_table('councils', schema=None) as batch_op:
        batch_op.drop_column('alert_next_steps')
