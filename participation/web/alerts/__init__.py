"""alerts pages."""
