"""Whole-site output steps: staging and swapping the site folder, sitemaps, Material bundle patch.

Pure file operations (no MkDocs import), so they are unit-tested on plain folders.
"""
from __future__ import annotations

import gzip
import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"

# Material's bundle reads *every* <link rel="alternate"> of a page and fetches "sitemap.xml" next to
# its href, to map pages between languages of identical slugs. Our slugs differ per language and our
# hreflang links are absolute (site_url), so that would cost one failed request per link per page -
# to the production host when previewing elsewhere. Narrow the selector to links that opt in
# (none do). The needle is checked, so a Material upgrade that changes it fails loudly.
MATERIAL_ALTERNATE_NEEDLE = 'M("link[rel=alternate]")'
MATERIAL_ALTERNATE_PATCHED = 'M("link[rel=alternate][data-md-sitemap]")'


class SiteOutputError(RuntimeError):
    """The built site is not as expected (e.g. Material's bundle changed under a pinned version)."""


def staging_dir(final: Path) -> Path:
    """Sibling folder the parent build writes to (same filesystem, so the swap is a rename)."""
    return final.with_name(final.name + ".building")


def swap_in(staging: Path, final: Path) -> None:
    """Replace ``final`` with ``staging`` by renames: readers see the old site or the new one."""
    previous = final.with_name(final.name + ".previous")
    shutil.rmtree(previous, ignore_errors=True)
    if final.exists():
        os.replace(final, previous)
    os.replace(staging, final)
    shutil.rmtree(previous, ignore_errors=True)


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
                "in hooks/lib/sitebuild.py for the new Material version."
            )
        bundle.write_text(text.replace(MATERIAL_ALTERNATE_NEEDLE, MATERIAL_ALTERNATE_PATCHED), encoding="utf-8")


def sitemap_locations(xml_text: str) -> list[str]:
    root = ET.fromstring(xml_text)
    return [loc.text.strip() for loc in root.iter(f"{{{SITEMAP_NS}}}loc") if loc.text]


def merge_sitemaps(site_dir: Path, others: list[Path]) -> None:
    """Make the root sitemap list every language's pages (search engines read one sitemap per host)."""
    ET.register_namespace("", SITEMAP_NS)
    tree = ET.parse(site_dir / "sitemap.xml")
    root = tree.getroot()
    for other in others:
        for url in ET.parse(other / "sitemap.xml").getroot().findall(f"{{{SITEMAP_NS}}}url"):
            root.append(url)
    ET.indent(root)
    data = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    (site_dir / "sitemap.xml").write_bytes(data)
    # mtime=0: identical sites give identical files (reproducible builds).
    (site_dir / "sitemap.xml.gz").write_bytes(gzip.compress(data, mtime=0))
