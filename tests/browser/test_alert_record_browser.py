"""An alert's printed record in Chromium: every page, the second and later too, says what it is, the alert's number
and its page number (a safeguarding lead's review found page two with none)."""

from __future__ import annotations

import subprocess
from datetime import datetime, timedelta

from sqlalchemy import select

from participation.domain.db import db
from participation.domain.models import Alert, AlertStep
from tests.app.test_moderation import DISCLOSURE
from tests.browser.conftest import staff_sign_in
from tests.conftest import PASSWORD, Young

NOTE = ("Spoke to the young person in the side room with the youth worker, then rang the social worker, who will "
        "visit tomorrow. The young person knows who to talk to in the meantime and has the Childline number.\n") * 3


def test_every_printed_page_of_an_alert_s_record_is_marked_with_the_alert_and_numbered(
        laptop, live, make_staff, open_session, app, tmp_path):
    y = Young(app.test_client(), open_session.join_code)
    y.join()
    y.answer(4, DISCLOSURE)
    alert = db.session.execute(select(Alert)).scalar_one()
    lead = make_staff("safeguarding")
    for n in range(14):  # enough steps for the record to run onto a second page and more
        db.session.add(AlertStep(alert_id=alert.id, author_id=lead.id, action="other", note=NOTE,
                                 written_at=datetime.utcnow() - timedelta(minutes=30 - n)))
    db.session.commit()
    staff_sign_in(laptop, live.url, lead, PASSWORD)
    laptop.goto(f"{live.url}/staff/alerts/{alert.id}/print")
    pdf = tmp_path / "record.pdf"
    laptop.pdf(path=str(pdf), format="A4")
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.rstrip("\f").split("\f")
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"Confidential: safeguarding record, alert {alert.id}" in text, number
        assert f"Page {number} of {len(pages)}" in text, number
