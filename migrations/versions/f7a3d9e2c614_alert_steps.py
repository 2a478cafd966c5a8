"""the steps taken on a safeguarding alert while it is open, and its reopenings

Revision ID: f7a3d9e2c614
Revises: e4b9c2d7f310
Create Date: 2026-12-08 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f7a3d9e2c614'
down_revision = 'e4b9c2d7f310'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('alert_steps',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('alert_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('written_at', sa.DateTime(), nullable=False),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('outcome', sa.String(length=30), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['alert_id'], ['alerts.id'], name=op.f('fk_alert_steps_alert_id_alerts')),
    sa.ForeignKeyConstraint(['author_id'], ['staff_users.id'], name=op.f('fk_alert_steps_author_id_staff_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alert_steps'))
    )
    with op.batch_alter_table('alert_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alert_steps_alert_id'), ['alert_id'], unique=False)


def downgrade():
    with op.batch_alter_table('alert_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_alert_steps_alert_id'))
    op.drop_table('alert_steps')
