"""Links in Markdown pages: external ones get rel="noopener external" (see hooks/lib/content/links.py)."""
from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlsplit

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
from hooks.lib.content.links import ExternalLinksExtension  # noqa: E402


def on_config(config):
    config.markdown_extensions.append(ExternalLinksExtension(urlsplit(config.site_url or "").netloc))
    return config
