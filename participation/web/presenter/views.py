"""The presenter screen: the join code, a QR code and live counts, for the projector in the room."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, make_response
from flask_login import current_user

from participation.domain import sessions
from participation.domain.answers import counts
from participation.domain.models import Role
from participation.web.htmx import render_page_or_fragment
from participation.web.qr import public_url, qr_svg
from participation.web.security import requires

bp = Blueprint("presenter", __name__, url_prefix="/staff")

STAFF = (Role.OFFICER,)


def join_url(session_obj, short: bool = False) -> str:
    return public_url(f"/j/{session_obj.join_code}") if not short else f"{urlsplit(public_url('')).netloc}/join"


@bp.get("/sessions/<int:session_id>/present")
@requires(*STAFF)
def present(session_id):
    session_obj = sessions.get_session(current_user, session_id)
    joined, answers = counts(session_obj)
    return render_page_or_fragment(
        "presenter/present.html", "presenter/_present_counts.html", session_obj=session_obj, joined=joined, answers=answers,
        join_url=join_url(session_obj), short_url=join_url(session_obj, short=True),
    )


@bp.get("/sessions/<int:session_id>/qr.svg")
@requires(*STAFF)
def qr(session_id):
    session_obj = sessions.get_session(current_user, session_id)
    url = join_url(session_obj)
    response = make_response(qr_svg(url, title=f"QR code for {url}", scale=10))
    response.headers["Content-Type"] = "image/svg+xml"
    return response
