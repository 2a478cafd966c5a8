"""a staff member's work phone, so the safeguarding lead can ring the officers running a session from its alert

Revision ID: a7d3e9f1b204
Revises: c2f9a4e7d615
Create Date: 2026-12-06 23:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a7d3e9f1b204'
down_revision = 'c2f9a4e7d615'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('staff_users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('work_phone', sa.String(length=30), nullable=False, server_default=''))


def downgrade():
    with op.batch_alter_table('staff_users', schema=None) as batch_op:
        batch_op.drop_column('work_phone')
