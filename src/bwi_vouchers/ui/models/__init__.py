"""Thin Qt models over plain rows from the services."""
