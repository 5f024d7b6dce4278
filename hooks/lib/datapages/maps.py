"""Directions to a place: plain links to OpenStreetMap and Google Maps - pure, no MkDocs import.

Nothing is embedded and nothing loads from a map site until the reader taps a link (the site makes no
request to any other host). With coordinates in the data the links point at the place; without, they
search for its address. The search uses the Vietnamese address on both languages' pages: map sites
know Vietnamese places by their Vietnamese names, not by our English translations.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from hooks.lib.data.model import Coordinates

OPENSTREETMAP = "https://www.openstreetmap.org/"
GOOGLE_MAPS = "https://www.google.com/maps/search/"
# A note in brackets, e.g. "(địa chỉ cụ thể chưa xác minh)": said to readers, meaningless to a map search.
_NOTE = re.compile(r"\s*\([^()]*\)")

# The activity formats that happen somewhere (data/vocabularies.yml `formats`; "online" has no place).
PLACE_FORMATS = frozenset({"in_person", "hybrid"})


@dataclass(frozen=True)
class Directions:
    openstreetmap: str
    google_maps: str


def map_query(parts: Iterable[str]) -> str:
    """The parts of an address as one search, without bracketed notes, empty or repeated parts."""
    seen: list[str] = []
    for part in parts:
        for piece in _NOTE.sub("", part).split(","):
            piece = " ".join(piece.split())
            if piece and piece.casefold() not in (s.casefold() for s in seen):
                seen.append(piece)
    return ", ".join(seen)


def directions(query: str, coordinates: Coordinates | None = None) -> Directions:
    """Links to the place: at ``coordinates`` when known, else a search for ``query``."""
    if coordinates is not None:
        lat, lon = f"{coordinates.lat:.6f}".rstrip("0").rstrip("."), f"{coordinates.lon:.6f}".rstrip("0").rstrip(".")
        return Directions(
            openstreetmap=f"{OPENSTREETMAP}?mlat={lat}&mlon={lon}#map=18/{lat}/{lon}",
            google_maps=GOOGLE_MAPS + "?" + urlencode([("api", "1"), ("query", f"{lat},{lon}")], safe=","))
    return Directions(
        openstreetmap=OPENSTREETMAP + "search?" + urlencode([("query", query)], quote_via=quote, safe=","),
        google_maps=GOOGLE_MAPS + "?" + urlencode([("api", "1"), ("query", query)], quote_via=quote, safe=","))
