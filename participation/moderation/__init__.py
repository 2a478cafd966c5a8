"""Moderation: the queue, decisions and safeguarding alerts."""
