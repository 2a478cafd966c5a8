"""presenter pages."""
