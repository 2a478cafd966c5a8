"""packs pages."""
