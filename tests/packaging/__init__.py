"""Tests of how the program ships: translations, icon, desktop entry, wheel and sdist."""
