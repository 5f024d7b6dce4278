"""The page a failed preview build shows at every address of both languages (MkDocs-aware glue).

It names each problem the build logged (hooks/lib/preview/problems.py) - the file and line to open,
then the message in Vietnamese and in English - says that the published site is not affected, and
reloads by itself once a fix builds (the live-reload script is added by the server, like on every
preview page). HTML from overrides/preview/error.html, words from overrides/locales/*.yml (section
``preview``), style from overrides/assets/stylesheets/preview.css; the page carries the site's
Content-Security-Policy. It must show even when the mistake is in the very files it is made from (a
broken template or locale table): then it is the problems as plain text.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import jinja2

from hooks.lib.core.errors import LocatedError
from hooks.lib.i18n import LANGUAGES, load_ui_strings
from hooks.lib.i18n.strings import LOCALES_DIR
from hooks.lib.preview.problems import Problem
from hooks.lib.site.headers import meta_content_security_policy
from hooks.preview.livereload import STYLE

log = logging.getLogger("mkdocs.preview")

TEMPLATE = "preview/error.html"
ASSETS_PATH = "/__preview/"  # where the preview server serves its own files (outside any page address)


def render(problems: Sequence[Problem], unexpected: bool, overrides: Path) -> tuple[bytes, str]:
    """``(body, content type)`` of the error page."""
    try:
        ui = {lang: load_ui_strings(overrides / LOCALES_DIR, lang) for lang in LANGUAGES}
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(overrides)), autoescape=True,
                                 undefined=jinja2.StrictUndefined)
        html = env.get_template(TEMPLATE).render(
            problems=problems, unexpected=unexpected, ui=ui, csp=meta_content_security_policy(),
            stylesheet=ASSETS_PATH + Path(STYLE).name)
        return html.encode("utf-8"), "text/html; charset=utf-8"
    except (LocatedError, jinja2.TemplateError, LookupError, OSError) as exc:
        log.warning(f"{TEMPLATE}: the preview's error page could not be made ({exc}); it shows the problems as text")
        return plain_text(problems), "text/plain; charset=utf-8"


def plain_text(problems: Sequence[Problem]) -> bytes:
    lines = []
    for problem in problems:
        lines.append(": ".join(part for part in (problem.location, problem.vi) if part))
        if problem.en:
            lines.append(problem.en)
        lines.append("")
    return "\n".join(lines).encode("utf-8")
