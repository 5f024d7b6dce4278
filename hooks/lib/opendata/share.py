"""The share button of posts and activities: the links it needs, without any third-party script - pure.

The button (overrides/partials/share.html, overrides/assets/javascripts/share.js) opens the phone's own share
sheet (Web Share API: Zalo, Facebook, Messenger... whatever the phone has) and otherwise offers "copy link"
and a plain link to Facebook's sharer. Nothing is requested from another host until the reader taps that
link; without JavaScript it is the only part shown, and works as a plain link.
"""
from __future__ import annotations

from urllib.parse import quote

FACEBOOK_SHARER = "https://www.facebook.com/sharer/sharer.php?u="


def share_links(page_url: str, title: str) -> dict[str, str]:
    """What the share partial prints for the page at ``page_url`` (absolute): the page's own address and
    title (for the share sheet and the copy button) and the Facebook link (the address fully encoded)."""
    return {"url": page_url, "title": title, "facebook": FACEBOOK_SHARER + quote(page_url, safe="")}
