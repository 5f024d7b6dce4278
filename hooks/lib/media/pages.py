"""The photos of one page: found, checked, processed, and described for the templates (pure, no MkDocs).

``collect`` turns a page's source into its photos (or raises the located :class:`MediaError` staff
will read); ``PagePhoto`` says which files to publish and gives the ``<picture>`` template and the
link-preview meta what they need. Published names are ``media/<name>-<hash>-<width>.<ext>``: the
hash of the photo's bytes changes when the photo does, so browsers and link-preview caches may keep
a file forever.
"""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

from hooks.lib.media import limits, messages
from hooks.lib.media.cards import CardText
from hooks.lib.media.markdown_images import ImageRef, find_page_images
from hooks.lib.media.photos import EXTENSIONS, Photo, PhotoCache, PhotoError, Variant
from hooks.lib.media.resolve import check_alt, kind_of, resolve


def slug(name: str) -> str:
    """A file name part as lowercase ASCII with hyphens (``IMG_2041`` -> ``img-2041``)."""
    ascii_name = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    ascii_name = ascii_name.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")[:60] or "photo"


def is_original(abs_path: str | None, docs_dir: Path) -> bool:
    """True for a photo file of the language's docs folder: never published as it is."""
    if not abs_path:
        return False
    path = Path(abs_path)
    # Either the file or its target is in the docs folder: a symlink between the languages' folders
    # (hook_content allows links inside the project) must not publish the original either.
    return (path.suffix.lower() in limits.PROCESSED_SUFFIXES + limits.REFUSED_SUFFIXES
            and (path.resolve().is_relative_to(docs_dir) or path.absolute().is_relative_to(docs_dir)))


def card_path(key: str) -> str:
    """Where a link-preview card is published, relative to the language's site root."""
    return f"{limits.OUTPUT_DIR}/card-{key[:16]}.png"


def card_social(site_url: str, key: str, text: CardText) -> dict:
    """The link-preview image of a page without photo: its card (see :func:`PagePhoto.social`)."""
    width, height = limits.CARD_SIZE
    return {"url": urljoin(site_url, card_path(key)), "width": width, "height": height,
            "alt": text.normalised().alt, "type": "image/png"}


@dataclass(frozen=True)
class PagePhoto:
    """One photo as a page shows it."""

    ref: ImageRef
    source: Path
    photo: Photo

    def path(self, variant: Variant) -> str:
        """Where ``variant`` is published, relative to the language's site root."""
        stem = slug(self.source.stem)
        return f"{limits.OUTPUT_DIR}/{stem}-{self.photo.key[:10]}-{variant.width}.{EXTENSIONS[variant.format]}"

    def outputs(self) -> list[tuple[str, Path]]:
        """``(published path, file in the cache)`` for every version."""
        return [(self.path(v), self.photo.folder / v.file) for v in self.photo.variants]

    def picture(self, lazy: bool) -> dict:
        """What overrides/partials/picture.html needs (paths relative to the language's site root)."""
        def srcset(fmt: str) -> list[dict]:
            return [{"path": self.path(v), "width": v.width} for v in self.photo.of_format(fmt)]

        jpeg = self.photo.of_format("jpeg")
        largest = jpeg[-1]
        fallback = min(jpeg, key=lambda v: abs(v.width - 800))
        return {"webp": srcset("webp"), "jpeg": srcset("jpeg"), "fallback": self.path(fallback),
                "sizes": limits.SIZES, "width": largest.width, "height": largest.height,
                "alt": self.ref.alt, "title": self.ref.title, "lazy": lazy}

    def social(self, site_url: str) -> dict:
        """The link-preview image (og:image): absolute URL, size, alt text."""
        variant = self.photo.og_variant
        return {"url": urljoin(site_url, self.path(variant)), "width": variant.width, "height": variant.height,
                "alt": self.ref.alt, "type": variant.media_type}


def _photo(cache: PhotoCache, path: Path, where: str, src: str) -> Photo:
    try:
        size = path.stat().st_size
        if size > limits.MAX_FILE_BYTES:
            raise PhotoError("too_heavy", size=size)
        return cache.get(path.read_bytes())
    except PhotoError as err:
        if err.kind == "too_heavy":
            raise messages.too_heavy(where, src, err.details["size"]) from None
        if err.kind == "too_many_pixels":
            raise messages.too_many_pixels(where, src, err.details["width"], err.details["height"]) from None
        raise messages.not_an_image(where, src, err.details.get("found")) from None


def collect(source: str, display: str, page_file: Path, docs_root: Path, site_root: Path,
            cache: PhotoCache, own_host: str = "") -> list[PagePhoto]:
    """The photos of a page, in reading order. ``display`` is the page as staff see it
    (``docs/vi/tin-tuc/x.md``); raises :class:`messages.MediaError` for the first problem."""
    found = []
    for ref in find_page_images(source):
        where = f"{display}:{ref.line}"
        kind = kind_of(ref, own_host)
        if kind == "other":
            continue
        if kind == "external":
            raise messages.external(where, ref.src)
        if kind == "html":
            raise messages.html_img(where, ref.src)
        if kind == "refused":
            raise messages.refused_format(where, ref.src, os.path.splitext(ref.path)[1])
        check_alt(ref, where)
        path = resolve(ref, where, page_file, docs_root, site_root)
        found.append(PagePhoto(ref, path, _photo(cache, path, where, ref.src)))
    return found
