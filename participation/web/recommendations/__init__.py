"""recommendations pages."""
