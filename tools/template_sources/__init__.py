"""The sources of the built-in templates: one module per template, English and French side by
side, each written for its language (not translated word by word).

A module holds ``NAME``, ``LOOK`` (the drawn placeholder portrait), ``LANES`` (lane kinds, top to
bottom) and ``TEXTS = {"en": {...}, "fr": {...}}`` with:

- ``title``, ``description``;
- ``persona``: name, role, age, quote, goals, needs, motivations, frustrations;
- ``stages``: ``(name, [step names])``; a name ending in ``*`` is a moment of truth;
- ``lanes``: optional ``{kind: title}`` for lanes titled otherwise than the vocabulary;
- ``cards``: ``("stage.step", lane kind, text[, channel])`` with 1-based numbers, all
  marked as examples.

French is typed plainly; :func:`builder.french_typography` sets ’, « » and the no-break spaces.
"""

from __future__ import annotations

from importlib import import_module

ORDER = (
    "classic", "saas-subscription", "bank-account-opening", "mobile-plan", "ecommerce-order",
    "customer-service", "hotel-stay", "patient-pathway", "public-service-online", "b2b-software",
    "employee-onboarding",
)


def sources():
    """The template modules in gallery order."""
    return [import_module(f"template_sources.{name.replace('-', '_')}") for name in ORDER]
