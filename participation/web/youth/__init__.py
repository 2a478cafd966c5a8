"""youth pages."""
