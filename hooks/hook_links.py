"""Links in Markdown pages: external ones get rel="noopener external" (see hooks/lib/content/links.py), and
MkDocs' own warnings about broken links are reworded for staff, located at the line
(hooks/lib/content/linkmessages.py)."""
from __future__ import annotations

import logging
import sys
from pathlib import Path
from urllib.parse import urlsplit

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
from hooks.context import project_root  # noqa: E402
from hooks.lib.content.linkmessages import translate  # noqa: E402
from hooks.lib.content.links import ExternalLinksExtension  # noqa: E402

_MKDOCS_PAGES_LOG = "mkdocs.structure.pages"  # where MkDocs writes its link warnings


class _StaffLinkWarnings(logging.Filter):
    """Rewrites MkDocs' link warnings of this build's docs folder (same level: --strict still stops)."""

    def __init__(self, docs_dir: Path, display: str) -> None:
        super().__init__()
        self.docs_dir, self.display = docs_dir, display

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            staff = translate(record.getMessage(), self.display, self._read)
            if staff is not None:
                record.msg, record.args = staff, ()
        return True

    def _read(self, src_uri: str) -> str | None:
        try:
            return (self.docs_dir / src_uri).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None


def on_config(config):
    config.markdown_extensions.append(ExternalLinksExtension(urlsplit(config.site_url or "").netloc))
    docs_dir = Path(config.docs_dir).resolve()
    try:
        display = docs_dir.relative_to(project_root(config)).as_posix()
    except ValueError:
        display = docs_dir.as_posix()
    pages_log = logging.getLogger(_MKDOCS_PAGES_LOG)
    for old in [f for f in pages_log.filters if type(f).__name__ == _StaffLinkWarnings.__name__]:
        pages_log.removeFilter(old)  # a `mkdocs serve` rebuild installs this build's own
    pages_log.addFilter(_StaffLinkWarnings(docs_dir, display))
    return config
