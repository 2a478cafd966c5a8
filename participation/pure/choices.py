"""Rules about the options of a choice prompt that every layer needs the same way."""

EXCLUSIVE_STARTS = ("nothing", "none", "i see everyone", "i'd rather not say", "not sure")


def is_exclusive(option: str) -> bool:
    """An option that goes on its own ("Nothing right now"): ticking it with others is a mistake."""
    return option.strip().lower().startswith(EXCLUSIVE_STARTS)

OTHER_STARTS = ("something else", "other")


def is_other(option: str) -> bool:
    """An option that asks for a few words of its own ("Something else"): those words are screened as any text is."""
    return option.strip().lower().startswith(OTHER_STARTS)
