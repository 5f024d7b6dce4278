"""UI strings for tests: the real tables of overrides/locales/, filled from the given data like a build does."""

from __future__ import annotations

from pathlib import Path

from hooks.lib.i18n import UiStrings, load_ui_strings

ROOT = Path(__file__).resolve().parents[2]
LOCALES = ROOT / "overrides" / "locales"


def ui_strings(lang: str, data=None) -> UiStrings:
    """``lang``'s UI table; with ``data`` (a SiteData), its ``{week_name}``-style placeholders filled."""
    table = load_ui_strings(LOCALES, lang)
    return table.filled(data.facts(lang)) if data is not None else table
