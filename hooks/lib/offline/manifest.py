"""The web app manifest of one language (``manifest.webmanifest`` at the language's root).

With it a phone offers "Add to home screen": the site opens from an icon, full screen, at the language's
home page. The app's scope is the whole site (both languages), so switching language stays in the app.
Icons are small static files (overrides/assets/images/icons/). Pure Python, no MkDocs import.
"""
from __future__ import annotations

import json

MANIFEST_NAME = "manifest.webmanifest"
# Material's indigo (mkdocs.yml `primary: indigo`): the phone's title bar matches the site's header.
THEME_COLOR = "#4051b5"
BACKGROUND_COLOR = "#ffffff"
ICONS = (
    {"src": "assets/images/icons/icon-192.png", "sizes": "192x192", "type": "image/png"},
    {"src": "assets/images/icons/icon-512.png", "sizes": "512x512", "type": "image/png"},
    {"src": "assets/images/icons/icon-maskable-512.png", "sizes": "512x512", "type": "image/png",
     "purpose": "maskable"},
)


def web_manifest(*, lang: str, name: str, short_name: str, description: str, site_root: str) -> str:
    """The manifest as JSON. URLs are relative to the manifest (the language's root); ``site_root`` is the
    whole site's root from there (``""`` for Vietnamese, ``"../"`` for English)."""
    manifest = {
        "name": name,
        "short_name": short_name,
        "description": description,
        "lang": lang,
        "dir": "ltr",
        "start_url": "./",
        "scope": site_root or "./",
        "display": "standalone",
        "background_color": BACKGROUND_COLOR,
        "theme_color": THEME_COLOR,
        "icons": [dict(icon) for icon in ICONS],
    }
    return json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
