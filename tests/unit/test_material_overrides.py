"""Our copies of Material partials stay the pinned Material's files plus only the changes we meant.

A copied partial (overrides/partials/...) replaces Material's whole file, so a Material upgrade that
changes the original would silently be undone by the stale copy. Each copy here must equal the
installed (pinned) Material's original with exactly the listed replacements applied - nothing else
differs except the leading ``{#- ... -#}`` comment, which says why the copy exists. When this fails
after an upgrade: copy Material's new file again and re-apply the replacements below.
"""

from __future__ import annotations

import re
from pathlib import Path

import material
import pytest

from tests.support.project import ROOT

MATERIAL_TEMPLATES = Path(material.__file__).resolve().parent / "templates"
LEADING_COMMENT = re.compile(r"\A\{#-.*?-#\}\n", re.S)

# partial -> [(Material's text, our text)], each Material text occurring exactly once in the original.
INTENDED = {
    "partials/header.html": [
        # The header shows the site's short name from the data (it fits a 320-px phone); <title> keeps the full one.
        (
            '          <span class="md-ellipsis">\n            {{ config.site_name }}\n          </span>',
            '          <span class="md-ellipsis">\n            {{ site_short_name | d(config.site_name) | e }}\n          </span>',
        ),
    ],
    "partials/alternate.html": [
        # The language switcher links to the equivalent page (hook_i18n's i18n.switch), not to each
        # language's home page, says each link's language and marks the current one.
        ("{% for alt in config.extra.alternate %}", "{% for alt in i18n.switch %}"),
        (
            '<a href="{{ alt.link | url }}" hreflang="{{ alt.lang }}" class="md-select__link">',
            '<a href="{{ alt.href or (alt.link | url) }}" hreflang="{{ alt.lang }}" lang="{{ alt.lang }}" class="md-select__link"\n'
            '               {%- if alt.current %} aria-current="page"{% endif %}>',
        ),
    ],
    "partials/search.html": [
        # axe-core aria-dialog-name (serious): the search dialog needs an accessible name.
        (
            '<div class="md-search" data-md-component="search" role="dialog">',
            '<div class="md-search" data-md-component="search" role="dialog" aria-label="{{ lang.t(\'search\') }}">',
        ),
    ],
}


def _without_leading_comment(text: str) -> str:
    return LEADING_COMMENT.sub("", text, count=1)


@pytest.mark.parametrize("partial", sorted(INTENDED))
def test_copied_partial_is_the_pinned_original_with_only_the_intended_changes(partial):
    original = _without_leading_comment((MATERIAL_TEMPLATES / partial).read_text(encoding="utf-8"))
    ours = _without_leading_comment((ROOT / "overrides" / partial).read_text(encoding="utf-8"))
    expected = original
    for theirs, mine in INTENDED[partial]:
        assert original.count(theirs) == 1, f"Material's {partial} changed near: {theirs}"
        expected = expected.replace(theirs, mine)
    assert ours.splitlines() == expected.splitlines()


def test_every_overridden_material_template_is_checked_here():
    """A new copy of a Material template (same path under overrides/) must be added to INTENDED."""
    copies = sorted(
        p.relative_to(ROOT / "overrides").as_posix()
        for p in (ROOT / "overrides").rglob("*.html")
        if (MATERIAL_TEMPLATES / p.relative_to(ROOT / "overrides")).is_file()
    )
    # main.html extends Material's base.html and 404.html is our own page (both not copies); the inline-script
    # partials of partials/javascripts/ are checked against Material's scripts in test_material_scripts.py.
    scripts = sorted(
        f"partials/javascripts/{p.name}"
        for p in (MATERIAL_TEMPLATES / "partials" / "javascripts").glob("*.html")
        if (ROOT / "overrides" / "partials" / "javascripts" / p.name).is_file()
    )
    # partials/languages/{vi,en}.html read Material's words from our UI tables and partials/palette.html is
    # checked against Material's in test_material_language.py.
    language = ["partials/languages/en.html", "partials/languages/vi.html", "partials/palette.html"]
    assert copies == sorted([*INTENDED, "main.html", "404.html", *scripts, *language])
