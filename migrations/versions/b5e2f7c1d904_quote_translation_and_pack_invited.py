"""an English translation kept beside a written answer in another language; how many were invited to a pack's sessions

Revision ID: b5e2f7c1d904
Revises: b7d2f4a91c3e
Create Date: 2026-12-03 17:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b5e2f7c1d904'
down_revision = 'b7d2f4a91c3e'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('answers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('translation', sa.Text(), nullable=True))
    with op.batch_alter_table('packs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('invited', sa.Integer(), nullable=True))


def downgrade():
    with op.batch_alter_table('packs', schema=None) as batch_op:
        batch_op.drop_column('invited')
    with op.batch_alter_table('answers', schema=None) as batch_op:
        batch_op.drop_column('translation')
