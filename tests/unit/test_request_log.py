"""The development server's request log leaves out young people's pages (participation/app.py)."""

import logging

from participation.app import YoungPeoplesPagesUnlogged


def _line(request_line: str) -> logging.LogRecord:
    # The shape werkzeug logs a request in: address, time, then the request line in quotes.
    return logging.LogRecord("werkzeug", logging.INFO, __file__, 1, '%s - - [%s] "%s" %s -',
                             ("127.0.0.1", "07/Dec/2026 01:03:46", request_line, "200"), None)


def test_young_peoples_pages_are_left_out_and_staff_pages_kept():
    unlogged = YoungPeoplesPagesUnlogged()
    assert not unlogged.filter(_line("GET /j/CARE47/q/1/check-in HTTP/1.1"))
    assert not unlogged.filter(_line("POST /j/CARE47/q/3/answer HTTP/1.1"))
    assert unlogged.filter(_line("GET /staff/alerts HTTP/1.1"))
    assert unlogged.filter(_line("POST /join HTTP/1.1"))
