"""pages pages."""
