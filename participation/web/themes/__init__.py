"""themes pages."""
