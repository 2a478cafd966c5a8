"""Youth pages: join, one prompt a screen, thank-you."""
