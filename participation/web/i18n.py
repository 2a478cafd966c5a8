"""Languages on youth pages: which one a request is in, and words from data (prompts, help lines) in it.

A young person's choice (`?lang=ar`, from the picker on /join and the welcome) is kept in the session
cookie for the visit; before they choose, the phone's Accept-Language decides. Staff pages are English.
A session offers only the languages its officers chose. Any string without a translation is shown in
English, never blank: gettext returns the English when a catalogue has no entry for it.
"""

from __future__ import annotations

from flask import Flask, g, request, session
from flask_babel import Babel, format_date, get_locale, gettext, lazy_gettext, refresh

from participation.pure import help_numbers, languages
from participation.pure.prompt_bank import LAST_QUESTION, SPELLING, without_last_words
from participation.pure.scale import SCALE_LABELS

LANG_KEY = "lang"
# Youth pages and the pages they link to; everything else (staff, the formal accessibility statement) is English.
TRANSLATED_BLUEPRINTS = {"youth"}
TRANSLATED_ENDPOINTS = {"pages.privacy", "pages.accessibility"}

babel = Babel()


def _is_translated() -> bool:
    return request.blueprint in TRANSLATED_BLUEPRINTS or request.endpoint in TRANSLATED_ENDPOINTS


def remember_choice() -> None:
    """`?lang=xx` on a youth page chooses the language for the rest of the visit."""
    if LANG_KEY in request.args and _is_translated():
        chosen = languages.match(request.args.get(LANG_KEY))
        if chosen is not None and session.get(LANG_KEY) != chosen:
            session[LANG_KEY] = chosen


def select_locale() -> str:
    if not _is_translated():
        return languages.SOURCE
    allowed = [lang.code for lang in g.get("offered_languages", languages.LANGUAGES)]
    chosen = session.get(LANG_KEY)
    if chosen in allowed:
        return chosen
    for value, _quality in request.accept_languages:  # best first; "fa-IR" and "ar-SY" count as fa_AF and ar
        code = languages.match(value)
        if code in allowed:
            return code
    return languages.SOURCE


def offer_languages_of(session_obj) -> None:
    """Limit this request to the languages a session offers (called once the view has the session)."""
    g.offered_languages = languages.offered(session_obj.languages)
    refresh()


def page_language() -> languages.Language:
    return languages.BY_CODE.get(str(get_locale()), languages.BY_CODE[languages.SOURCE])


def language_from_abroad() -> bool:
    """Whether the page is read in a language from outside the UK (help opens the asylum line then)."""
    return page_language().code not in help_numbers.HOME_LANGUAGES


def picker_languages() -> tuple[languages.Language, ...]:
    return tuple(g.get("offered_languages", languages.LANGUAGES))


def tr(text: str | None) -> str:
    """Words from data (the prompt bank, help lines, the face scale) in the page's language; English if
    there is no translation for exactly these words."""
    return gettext(text) if text else (text or "")


def _own(prompt, field: str) -> str:
    """An officer's own words for this prompt in the page's language, if they wrote some."""
    own = (prompt.translations or {}).get(str(get_locale())) or {}
    return (own.get(field) or "").strip()


def prompt_text(prompt) -> str:
    return _own(prompt, "text") or tr(prompt.text)


FACE_WORDS = "Pick the face that fits best."

# The fifteen base themes (TAXONOMY.md) as young people read them, in their language: the ids are the
# taxonomy's own; the words are plainer than the staff labels ("Moving home or school", not "Moves and
# stability"). A council's own themes have only the English their officers typed.
YOUTH_TOPICS = {
    "social-workers": lazy_gettext("Social workers and personal advisers"),
    "home-and-carers": lazy_gettext("Home and carers"),
    "moves-and-stability": lazy_gettext("Moving home or school"),
    "family-and-friends-contact": lazy_gettext("Seeing family"),
    "being-heard": lazy_gettext("Being heard in decisions"),
    "life-story": lazy_gettext("Understanding my story"),
    "education": lazy_gettext("School, college and learning"),
    "health-and-wellbeing": lazy_gettext("Health and feelings"),
    "friendships-and-activities": lazy_gettext("Friends and a normal life"),
    "identity-and-stigma": lazy_gettext("Who I am and being treated differently"),
    "housing": lazy_gettext("Housing"),
    "money": lazy_gettext("Money"),
    "preparing-for-adulthood": lazy_gettext("Growing up and leaving care"),
    "safety": lazy_gettext("Feeling safe"),
    "rights-and-complaints": lazy_gettext("Rights and complaints"),
}


def youth_topics(theme_ids, own_labels: dict[str, str]) -> list[dict]:
    """Themes as a youth page names them: {"label", "english"}; a base theme in the page's language, a
    council's own theme in its officers' English (`english`: the page marks it so), an unknown id left out."""
    topics = []
    for theme_id in theme_ids or ():
        if theme_id in YOUTH_TOPICS:
            topics.append({"label": str(YOUTH_TOPICS[theme_id]), "english": False})
        elif theme_id in own_labels:
            topics.append({"label": own_labels[theme_id], "english": True})
    return topics


def prompt_hint(prompt, is_last: bool, tick_all: bool = False, words_only: bool = False) -> str:
    """The hint young people see, in their language, "This is the last question." on the last one only,
    for tick-all prompts "Tick all that fit." unless the hint already says so, and under a box they write
    in "Spelling does not matter." (as youth_hint says it to staff). `words_only`: the scale is shown
    without faces (a care leaver's), so the bank's "Pick the face that fits best." is left out."""
    english = without_last_words(prompt.hint)
    hint = _own(prompt, "hint") or tr(english)
    if words_only:
        hint = " ".join(hint.replace(tr(FACE_WORDS), "").replace(FACE_WORDS, "").split())
    parts = [hint]
    if tick_all and "all that fit" not in english.lower():
        parts.append(gettext("Tick all that fit."))
    if getattr(prompt, "kind", None) == "text":
        parts.append(gettext(SPELLING))
    if is_last:
        parts.append(gettext(LAST_QUESTION))
    return " ".join(p for p in parts if p)


def scale_label(value: int) -> str:
    return tr(SCALE_LABELS[value])


def month_year(d) -> str:
    return format_date(d, "MMMM y") if d else ""


def long_date(d) -> str:
    return format_date(d, "d MMMM y") if d else ""


def init_app(app: Flask) -> None:
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", str(languages.TRANSLATIONS))
    app.config.setdefault("BABEL_DEFAULT_LOCALE", languages.SOURCE)
    babel.init_app(app, locale_selector=select_locale)
    app.before_request(remember_choice)
    app.add_template_global(page_language)
    app.add_template_global(language_from_abroad)
    app.add_template_global(picker_languages)
    app.add_template_global(languages.status, "translation_status")
    app.add_template_global(languages.LANGUAGES, "LANGUAGES")
    app.add_template_filter(tr)
    app.add_template_filter(prompt_text)
    app.add_template_filter(prompt_hint)
    app.add_template_filter(scale_label)
    app.add_template_filter(month_year)
    app.add_template_filter(long_date)
