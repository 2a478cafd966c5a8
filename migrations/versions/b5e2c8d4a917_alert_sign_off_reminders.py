"""how many times the safeguarding leads were reminded of an officer's close waiting for their sign-off (at 1 and 24 hours)

Revision ID: b5e2c8d4a917
Revises: d8b3f5a1c726
Create Date: 2026-12-07 07:40:00.000000

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'b5e2c8d4a917'
down_revision = 'd8b3f5a1c726'
branch_labels = None
depends_on = None


def upgrade():
    # Closes already waiting count as not reminded: the next check that finds one an hour old or more reminds
    # the leads once (not once for each reminder it missed).
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sign_off_reminders', sa.Integer(), nullable=False, server_default='0'))


def downgrade():
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.drop_column('sign_off_reminders')
