"""Rules about the options of a choice prompt that every layer needs the same way."""

# "I'd rather not say" was the bank's words before "I don't want to say"; sessions made then still have it.
EXCLUSIVE_STARTS = ("nothing", "none", "i see everyone", "i don't want to say", "i'd rather not say", "not sure")


def is_exclusive(option: str) -> bool:
    """An option that goes on its own ("Nothing right now"): ticking it with others is a mistake."""
    return option.strip().lower().startswith(EXCLUSIVE_STARTS)

OTHER_STARTS = ("something else", "other")


def is_other(option: str) -> bool:
    """An option that asks for a few words of its own ("Something else"): those words are screened as any text is."""
    return option.strip().lower().startswith(OTHER_STARTS)
