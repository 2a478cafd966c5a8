"""Web layer: everything that knows Flask (blueprints, forms, request helpers, template globals)."""
