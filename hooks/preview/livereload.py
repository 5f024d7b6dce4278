"""Live reload from a file: the preview's pages load MkDocs' live-reload script with ``<script src>``.

MkDocs' server writes its live-reload script inline before ``</body>``. Every page of this site carries
its Content-Security-Policy in a ``<meta>`` tag (``script-src 'self'``, hooks/hook_security.py), and a
browser obeys it for everything after the tag: the inline script is blocked and the page never
reloads. The same script as a file of the site (overrides/assets/javascripts/preview-livereload.js,
reading the two numbers MkDocs fills in from ``data-`` attributes) is allowed by that very policy, so
the preview needs no weaker policy than the published site.
"""
from __future__ import annotations

import functools
import time

SCRIPT = "assets/javascripts/preview-livereload.js"
STYLE = "assets/stylesheets/preview.css"
# Files of overrides/ that only previews use: a real build does not publish them (hooks/hook_preview.py).
PREVIEW_ASSETS = (SCRIPT, STYLE)


def script_tag(src: str, epoch: int) -> bytes:
    """The tag that loads the live-reload script for a page served at version ``epoch`` of the site."""
    request_id = round(time.monotonic() * 1000)  # as MkDocs: tells one open page from another
    return f'<script src="{src}" data-epoch="{int(epoch)}" data-request="{request_id}"></script>'.encode()


def inject(content: bytes, epoch: int, src: str) -> bytes:
    """``content`` with the script tag before its last ``</body>`` (at the end if it has none)."""
    at = content.rfind(b"</body>")
    at = len(content) if at < 0 else at
    return content[:at] + script_tag(src, epoch) + content[at:]


def load_from_file(server) -> None:
    """Make MkDocs' own server (``mkdocs serve``) load the script from the built site's copy of the file."""
    if getattr(server, "live_reload_from_file", False):  # the preview's own server does it already
        return
    server._inject_js_into_html = functools.partial(_inject_built_copy, server.mount_path)


def _inject_built_copy(mount_path: str, content: bytes, epoch: int) -> bytes:
    return inject(content, epoch, mount_path + SCRIPT)
