"""sessions pages."""
