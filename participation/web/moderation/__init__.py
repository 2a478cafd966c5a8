"""moderation pages."""
