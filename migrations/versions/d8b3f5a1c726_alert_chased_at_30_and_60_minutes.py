"""how many times an alert no safeguarding lead has seen was chased after its escalation (at 30 and 60 minutes)

Revision ID: d8b3f5a1c726
Revises: c4d1e7a9b532
Create Date: 2026-12-07 04:40:00.000000

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'd8b3f5a1c726'
down_revision = 'c4d1e7a9b532'
branch_labels = None
depends_on = None


def upgrade():
    # Alerts already stored count as not chased: an open one no lead has seen is chased at the next check that
    # finds it 30 minutes old or more (once, not once for each chase it missed).
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('chases', sa.Integer(), nullable=False, server_default='0'))


def downgrade():
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.drop_column('chases')
