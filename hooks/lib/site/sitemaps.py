"""One sitemap for the whole host: the root sitemap lists every language's pages (no MkDocs import)."""
from __future__ import annotations

import gzip
import xml.etree.ElementTree as ET
from pathlib import Path

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


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
