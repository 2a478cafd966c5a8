"""an officer's decision that no theme fits an answer

Revision ID: e4b9c2d7f310
Revises: b5e1d7c3a902
Create Date: 2026-12-07 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e4b9c2d7f310'
down_revision = 'b5e1d7c3a902'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('answers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('no_theme_fits', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade():
    with op.batch_alter_table('answers', schema=None) as batch_op:
        batch_op.drop_column('no_theme_fits')
