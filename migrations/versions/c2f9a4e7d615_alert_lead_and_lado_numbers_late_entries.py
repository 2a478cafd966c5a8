"""the safeguarding lead on call's and the LADO's numbers to call from an alert; late entries on a closed alert

Revision ID: c2f9a4e7d615
Revises: b5e2f8a1c093
Create Date: 2026-12-06 19:50:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c2f9a4e7d615'
down_revision = 'b5e2f8a1c093'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('councils', schema=None) as batch_op:
        batch_op.add_column(sa.Column('alert_lead_phone', sa.String(length=30), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('alert_lado_phone', sa.String(length=30), nullable=False, server_default=''))
    with op.batch_alter_table('alert_steps', schema=None) as batch_op:
        batch_op.add_column(sa.Column('late', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade():
    with op.batch_alter_table('alert_steps', schema=None) as batch_op:
        batch_op.drop_column('late')
    with op.batch_alter_table('councils', schema=None) as batch_op:
        batch_op.drop_column('alert_lado_phone')
        batch_op.drop_column('alert_lead_phone')
