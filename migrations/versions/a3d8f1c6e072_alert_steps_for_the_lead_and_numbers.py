"""a council's next steps for the safeguarding lead, and the numbers to call from an alert

Revision ID: a3d8f1c6e072
Revises: f7a3d9e2c614
Create Date: 2026-12-09 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a3d8f1c6e072'
down_revision = 'f7a3d9e2c614'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('councils', schema=None) as batch_op:
        batch_op.add_column(sa.Column('alert_next_steps_lead', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('alert_contacts', sa.JSON(), nullable=False, server_default='[]'))


def downgrade():
    with op.batch_alter_table('councils', schema=None) as batch_op:
        batch_op.drop_column('alert_contacts')
        batch_op.drop_column('alert_next_steps_lead')
