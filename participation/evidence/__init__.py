"""Evidence packs for scrutiny task groups."""
