"""RSS 2.0 feed of one language's news - no MkDocs import.

A sample post's item title starts with ``[Dữ liệu mẫu]`` / ``[Sample data]`` (hooks/lib/data/status.py: the
same form as the calendars and the OPDS catalogue); a corrected post's description starts with its dated
corrections; withdrawn posts are not in the entries at all.
"""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from email.utils import format_datetime

from hooks.lib.data.status import sample_title
from hooks.lib.i18n import format_date, src_to_url
from hooks.lib.news.listing import Entry, listing_src
from hooks.lib.news.model import FEED_FILE

# ------------------------------------------------------------------------------------------ feeds

ATOM_NS = "http://www.w3.org/2005/Atom"


def build_rss(lang: str, site_url: str, title: str, entries: list[Entry], strings, limit: int = 30) -> bytes:
    """RSS 2.0 for one language. ``site_url`` is this language's own root URL (English ends in ``en/``)."""
    ET.register_namespace("atom", ATOM_NS)
    base = site_url.rstrip("/") + "/"
    ui = strings.news  # this language's UI strings (overrides/locales/<lang>.yml)
    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    ET.SubElement(channel, "title").text = title
    ET.SubElement(channel, "link").text = base + src_to_url(listing_src(lang, "index"))
    ET.SubElement(channel, "description").text = ui.feed_description
    ET.SubElement(channel, "language").text = "vi-VN" if lang == "vi" else "en"
    ET.SubElement(channel, f"{{{ATOM_NS}}}link", {"href": base + FEED_FILE, "rel": "self",
                                                   "type": "application/rss+xml"})
    if entries:
        ET.SubElement(channel, "lastBuildDate").text = _rfc822(max(e.post.date for e in entries))
    for entry in entries[:limit]:
        post = entry.post
        link = _absolute(base, entry.link)
        item = ET.SubElement(channel, "item")
        ET.SubElement(item, "title").text = sample_title(post.title, ui.sample, post.sample)
        ET.SubElement(item, "link").text = link
        ET.SubElement(item, "guid", {"isPermaLink": "true"}).text = link
        ET.SubElement(item, "pubDate").text = _rfc822(post.date)
        description = post.description
        if entry.untranslated:
            description = f"[{ui.untranslated}] {description}".strip()
        notes = [f"{ui.correction_dated.format(date=format_date(c.date, strings))}: {c.note}" for c in post.corrections]
        if notes:
            description = " ".join(notes + [description]).strip()
        ET.SubElement(item, "description").text = description
        for cat in post.categories:
            ET.SubElement(item, "category").text = cat
    ET.indent(rss)
    return ET.tostring(rss, encoding="utf-8", xml_declaration=True)


def _absolute(base: str, link: str) -> str:
    """Join a link relative to a language root (possibly starting with ``../``) onto that root."""
    while link.startswith("../"):
        base = base.rstrip("/").rsplit("/", 1)[0] + "/"
        link = link[3:]
    return base + link


def _rfc822(day: dt.date) -> str:
    # Posts are dated, not timed: 08:00 in Hải Phòng (UTC+7).
    moment = dt.datetime(day.year, day.month, day.day, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    return format_datetime(moment)
