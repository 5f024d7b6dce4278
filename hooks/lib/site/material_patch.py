"""Narrow one lookup in Material's JavaScript bundle of a built language (no MkDocs import).

Material's bundle reads *every* <link rel="alternate"> of a page and fetches "sitemap.xml" next to
its href, to map pages between languages of identical slugs. Our slugs differ per language and our
hreflang links are absolute (site_url), so that would cost one failed request per link per page -
to the production host when previewing elsewhere. Narrow the selector to links that opt in
(none do). The needle is checked, so a Material upgrade that changes it fails loudly.
"""
from __future__ import annotations

from pathlib import Path

MATERIAL_ALTERNATE_NEEDLE = 'M("link[rel=alternate]")'
MATERIAL_ALTERNATE_PATCHED = 'M("link[rel=alternate][data-md-sitemap]")'


class SiteOutputError(RuntimeError):
    """The built site is not as expected (e.g. Material's bundle changed under a pinned version)."""


def patch_material_bundle(site_dir: Path) -> None:
    bundles = sorted((site_dir / "assets" / "javascripts").glob("bundle.*.min.js"))
    if not bundles:
        raise SiteOutputError(f"{site_dir}/assets/javascripts/bundle.*.min.js not found: is the theme Material?")
    for bundle in bundles:
        text = bundle.read_text(encoding="utf-8")
        if MATERIAL_ALTERNATE_PATCHED in text:
            continue
        if text.count(MATERIAL_ALTERNATE_NEEDLE) != 1:
            raise SiteOutputError(
                f"{bundle.name}: Material's alternate-link lookup changed; update MATERIAL_ALTERNATE_NEEDLE "
                "in hooks/lib/site/material_patch.py for the new Material version."
            )
        bundle.write_text(text.replace(MATERIAL_ALTERNATE_NEEDLE, MATERIAL_ALTERNATE_PATCHED), encoding="utf-8")
