"""Themes: the fixed taxonomy and the theme classifier (pure Python, no Flask, no database)."""
