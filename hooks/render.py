"""Rendering our own templates (overrides/data/*, overrides/partials/news-*) - MkDocs-aware glue, not a hook.

Our templates render in an overlay of the theme's Jinja environment (same loaders, filters and
overrides/) with ``StrictUndefined`` and autoescaping: a misspelt variable fails the build with the
template's name and line instead of rendering a blank, and data-derived text is always escaped.
Material's own templates keep the theme environment (they rely on lenient undefined in ``{% if %}``
tests). The ``ui`` tables are strict on their own (hooks/lib/i18n/strings.py), wherever they render.
"""
from __future__ import annotations

import sys
import traceback

import jinja2
from mkdocs.exceptions import PluginError

from hooks.lib.core.errors import bilingual_text
from hooks.lib.editions.status import plural, plural_count
from hooks.lib.i18n import UiKeyError


def strict_env(config) -> jinja2.Environment:
    """A strict, autoescaping overlay of the theme's environment, for one build."""
    env = config.theme.get_env().overlay(undefined=jinja2.StrictUndefined, autoescape=True)
    add_filters(env)
    return env


def add_filters(env: jinja2.Environment) -> None:
    """Our template filters, in our environment and in the theme's (partials included by main.html)."""
    env.filters["plural"] = plural_filter
    env.filters["plural_form"] = plural_form_filter


def plural_filter(count: int, forms) -> str:
    """``{{ n | plural(ui.data.count_activities) }}``: the form for ``n``, with ``{count}`` filled."""
    return plural_count(forms, count)


def plural_form_filter(count: int, forms) -> str:
    """``{{ n | plural_form(ui.data.filter_count) }}``: the form for ``n``, placeholders left for the caller
    (a string with others than ``{count}``, e.g. ``{shown}`` filled by a script)."""
    return plural(forms, count)


def render(env: jinja2.Environment, template: str, **context) -> str:
    """Render ``template``; a missing variable or UI string stops the build naming the template and line."""
    try:
        return env.get_template(template).render(context)
    except (jinja2.UndefinedError, UiKeyError, jinja2.TemplateSyntaxError) as exc:
        where = f"overrides/{_template_location(template)}"
        if isinstance(exc, UiKeyError):  # already says what to add where, in both languages
            raise PluginError(f"{where}: {exc}") from None
        raise PluginError(f"{where}: " + bilingual_text(
            f"lỗi trong mẫu trang (template): {exc}", "Sửa mẫu trang ở dòng được nêu",
            f"error in the template: {exc}", "Fix the template at the line named")) from None


def _template_location(template: str) -> str:
    """``data/activity.html:12`` - the innermost template frame of the exception being handled."""
    location = template
    for frame, line in traceback.walk_tb(sys.exc_info()[2]):
        name = frame.f_code.co_filename
        if name.endswith(".html") and "/overrides/" in name.replace("\\", "/"):
            location = f"{name.replace(chr(92), '/').split('/overrides/', 1)[1]}:{line}"
    return location
