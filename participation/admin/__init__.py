"""Admin pages: settings and the audit log (read only: nothing in the app edits or deletes it)."""
