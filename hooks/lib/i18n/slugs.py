"""ASCII slugs for URLs and heading anchors - pure, no MkDocs import."""
from __future__ import annotations

import re
import unicodedata


def slugify(value: str, separator: str = "-") -> str:
    """ASCII slug for URLs and heading anchors: folds Vietnamese diacritics and "đ" to "d".

    Python-Markdown's default slugify drops "đ" entirely ("Đông Khê" -> "ong-khe"), which gives
    anchors nobody can read or type.
    """
    text = value.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"<[^>]*>", "", text)  # toc passes rendered HTML for headings with markup
    text = re.sub(r"[^A-Za-z0-9]+", separator, text).strip(separator).lower()
    return text
