"""two-factor sign-in

Revision ID: b365c185b9e7
Revises: 054af897f81c
Create Date: 2026-11-23 15:08:58.589881

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b365c185b9e7'
down_revision = '054af897f81c'
branch_labels = None
depends_on = None


def upgrade():
    # Existing rows get a default so the columns can be NOT NULL.
    with op.batch_alter_table('councils', schema=None) as batch_op:
        batch_op.add_column(sa.Column('require_two_factor', sa.Boolean(), nullable=False, server_default=sa.false()))

    with op.batch_alter_table('staff_users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('totp_secret', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('totp_enabled', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('recovery_codes', sa.JSON(), nullable=False, server_default='[]'))

    # ### end Alembic commands ###


def downgrade():
    # Existing rows get a default so the columns can be NOT NULL.
    with op.batch_alter_table('staff_users', schema=None) as batch_op:
        batch_op.drop_column('recovery_codes')
        batch_op.drop_column('totp_enabled')
        batch_op.drop_column('totp_secret')

    with op.batch_alter_table('councils', schema=None) as batch_op:
        batch_op.drop_column('require_two_factor')

    # ### end Alembic commands ###
