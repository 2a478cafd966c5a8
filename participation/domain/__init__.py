"""Domain layer: SQLAlchemy models and services, one module per concept. Knows no request."""
