"""the screen's risk, language and hardship on answers; people's decisions kept as labels

Revision ID: a7c3e9d1f042
Revises: 9d2e41c7a0b3
Create Date: 2026-12-03 08:30:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a7c3e9d1f042'
down_revision = '9d2e41c7a0b3'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('answers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('screened', sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.add_column(sa.Column('hardship', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('risk', sa.Float(), nullable=True))
    op.create_table('screen_labels',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('council_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('disclosure', sa.Boolean(), nullable=False),
    sa.Column('source', sa.String(length=30), nullable=False),
    sa.Column('created_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_screen_labels_council_id_councils')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_screen_labels'))
    )
    with op.batch_alter_table('screen_labels', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_screen_labels_council_id'), ['council_id'], unique=False)


def downgrade():
    with op.batch_alter_table('screen_labels', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_screen_labels_council_id'))
    op.drop_table('screen_labels')
    with op.batch_alter_table('answers', schema=None) as batch_op:
        batch_op.drop_column('risk')
        batch_op.drop_column('hardship')
        batch_op.drop_column('screened')
        batch_op.drop_column('language')
