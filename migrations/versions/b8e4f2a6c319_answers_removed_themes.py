"""themes an officer took off an answer, so a later suggestion run never puts them back

Revision ID: b8e4f2a6c319
Revises: a7d3e9f1b204
Create Date: 2026-12-06 23:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b8e4f2a6c319'
down_revision = 'a7d3e9f1b204'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('answers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('removed_themes', sa.JSON(), nullable=False, server_default='[]'))


def downgrade():
    with op.batch_alter_table('answers', schema=None) as batch_op:
        batch_op.drop_column('removed_themes')
