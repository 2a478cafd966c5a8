"""when a safeguarding lead first saw an alert: until then it is escalated after 10 minutes, even once an officer opened it

Revision ID: c4d1e7a9b532
Revises: b8e4f2a6c319
Create Date: 2026-12-07 01:00:00.000000

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'c4d1e7a9b532'
down_revision = 'b8e4f2a6c319'
branch_labels = None
depends_on = None

# What a person does on an alert that shows they saw it (audit_events.action), as the app records them.
SEEN_ACTIONS = ('alert-viewed', 'alert-step', 'alert-late-entry', 'alert-closed', 'alert-signed-off', 'alert-reopened')

alerts = sa.table('alerts', sa.column('id', sa.Integer), sa.column('first_opened_at', sa.DateTime),
                  sa.column('first_opened_by_id', sa.Integer), sa.column('closed_at', sa.DateTime),
                  sa.column('closed_by_id', sa.Integer), sa.column('lead_seen_at', sa.DateTime),
                  sa.column('lead_seen_by_id', sa.Integer))
staff_users = sa.table('staff_users', sa.column('id', sa.Integer), sa.column('role', sa.String),
                       sa.column('council_id', sa.Integer), sa.column('active', sa.Boolean))
alert_steps = sa.table('alert_steps', sa.column('alert_id', sa.Integer), sa.column('author_id', sa.Integer),
                       sa.column('written_at', sa.DateTime))
audit_events = sa.table('audit_events', sa.column('subject_type', sa.String), sa.column('subject_id', sa.Integer),
                        sa.column('actor_id', sa.Integer), sa.column('action', sa.String), sa.column('at', sa.DateTime))


def upgrade():
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lead_seen_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('lead_seen_by_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_alerts_lead_seen_by_id_staff_users'), 'staff_users',
                                    ['lead_seen_by_id'], ['id'])
    backfill(op.get_bind())


def backfill(conn):
    """The alerts a lead already saw, from what is on record: the earliest opening (audit log), step, close,
    sign-off or reopening by a safeguarding lead, or by an administrator of a council with no lead (as the app
    counts them). Alerts no lead saw stay empty, closed ones too (a closed alert is never escalated, and only a
    lead reopens one); an open one an officer opened is escalated at the next check, as it now should be."""
    staff = {row.id: row for row in conn.execute(sa.select(staff_users))}
    councils_with_a_lead = {s.council_id for s in staff.values() if s.role == 'safeguarding' and s.active}

    def lead(person_id):
        person = staff.get(person_id)
        return person is not None and (person.role == 'safeguarding' or (
            person.role == 'admin' and person.council_id not in councils_with_a_lead))

    seen = {}

    def saw(alert_id, person_id, at):
        if at is not None and lead(person_id) and (alert_id not in seen or at < seen[alert_id][0]):
            seen[alert_id] = (at, person_id)

    for row in conn.execute(sa.select(alerts)):
        saw(row.id, row.first_opened_by_id, row.first_opened_at)
        saw(row.id, row.closed_by_id, row.closed_at)
    for row in conn.execute(sa.select(alert_steps)):
        saw(row.alert_id, row.author_id, row.written_at)
    for row in conn.execute(sa.select(audit_events).where(audit_events.c.subject_type == 'Alert',
                                                          audit_events.c.action.in_(SEEN_ACTIONS))):
        saw(row.subject_id, row.actor_id, row.at)
    for alert_id, (at, person_id) in seen.items():
        conn.execute(sa.update(alerts).where(alerts.c.id == alert_id).values(lead_seen_at=at, lead_seen_by_id=person_id))


def downgrade():
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_alerts_lead_seen_by_id_staff_users'), type_='foreignkey')
        batch_op.drop_column('lead_seen_by_id')
        batch_op.drop_column('lead_seen_at')
