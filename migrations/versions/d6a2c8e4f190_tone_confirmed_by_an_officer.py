"""an officer's confirmed tone on an answer

Revision ID: d6a2c8e4f190
Revises: b5e2f7c1d904
Create Date: 2026-12-04 17:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd6a2c8e4f190'
down_revision = 'b5e2f7c1d904'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('answers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tone_confirmed', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade():
    with op.batch_alter_table('answers', schema=None) as batch_op:
        batch_op.drop_column('tone_confirmed')
