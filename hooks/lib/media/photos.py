"""Photos made fit to publish: upright, without metadata, in a few widths, WebP plus JPEG (pure, Pillow).

A phone photo carries the GPS position and the camera's and owner's details (EXIF, XMP, IPTC,
comments) and is ~10 MB. For each photo the build publishes only what is made here: the pixels turned
upright per the EXIF orientation (which is then dropped with everything else), converted to sRGB if
they carry another colour profile (so dropping the profile does not change the colours), resized to
the widths of ``limits.WIDTHS`` that are smaller than the original (never enlarged), saved as WebP
and JPEG with no metadata at all. Versions a phone may download are re-encoded at lower quality until
each fits ``limits.PHONE_BUDGET_BYTES``. Results are cached on disk by content hash (``PhotoCache``).
"""
from __future__ import annotations

import io
import json
import shutil
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from hooks.lib.media import diskcache, limits

FORMATS = {"webp": ("WEBP", limits.WEBP_QUALITY), "jpeg": ("JPEG", limits.JPEG_QUALITY)}
EXTENSIONS = {"webp": "webp", "jpeg": "jpg"}
MEDIA_TYPES = {"webp": "image/webp", "jpeg": "image/jpeg"}


class PhotoError(Exception):
    """Why a file cannot be published as a photo: ``kind`` names the message (see messages.py)."""

    def __init__(self, kind: str, **details) -> None:
        self.kind, self.details = kind, details
        super().__init__(kind, details)


@dataclass(frozen=True)
class Variant:
    width: int
    height: int
    format: str       # "webp" | "jpeg"
    file: str         # file name in the photo's cache folder
    size: int         # bytes

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.format]


@dataclass(frozen=True)
class Photo:
    """A processed photo: its upright size and its published versions, stored in ``folder``."""

    key: str
    width: int
    height: int
    variants: tuple[Variant, ...]
    folder: Path

    def of_format(self, fmt: str) -> list[Variant]:
        return sorted((v for v in self.variants if v.format == fmt), key=lambda v: v.width)

    @property
    def og_variant(self) -> Variant:
        """The JPEG closest to ``limits.OG_WIDTH`` wide: what link previews show."""
        return min(self.of_format("jpeg"), key=lambda v: (abs(v.width - limits.OG_WIDTH), -v.width))


def variant_widths(width: int) -> list[int]:
    """The widths to publish for an original ``width`` px wide: never wider than the original."""
    widths = [w for w in limits.WIDTHS if w < width]
    if width <= limits.WIDTHS[-1]:
        if widths and width < widths[-1] * limits.NEAR_DUPLICATE:
            widths.pop()
        widths.append(width)
    return widths


def phone_widths(widths: list[int]) -> list[int]:
    """The widths a phone (``limits.PHONE_DEVICE_PX``) may download: the one it picks and all smaller."""
    pick = min((w for w in widths if w >= limits.PHONE_DEVICE_PX), default=max(widths))
    return [w for w in widths if w <= pick]


def open_checked(data: bytes) -> Image.Image:
    """Open ``data`` as a photo within the limits (reads the header only). Raises :class:`PhotoError`."""
    if len(data) > limits.MAX_FILE_BYTES:
        raise PhotoError("too_heavy", size=len(data))
    try:
        with warnings.catch_warnings(record=True):  # our own, lower limit is checked below
            image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError:  # so large that Pillow refuses to read even the header
        raise PhotoError("too_many_pixels", width=0, height=0) from None
    except (UnidentifiedImageError, OSError, ValueError):
        raise PhotoError("not_an_image") from None
    if image.format not in limits.ACCEPTED_FORMATS:
        raise PhotoError("not_an_image", found=image.format)
    if image.width * image.height > limits.MAX_PIXELS:
        raise PhotoError("too_many_pixels", width=image.width, height=image.height)
    return image


def _upright_srgb(image: Image.Image) -> Image.Image:
    """Pixels turned per EXIF orientation and converted to sRGB, with every piece of metadata dropped."""
    try:
        image = ImageOps.exif_transpose(image)
    except (OSError, SyntaxError, ValueError):
        raise PhotoError("not_an_image") from None
    profile = image.info.get("icc_profile")
    alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
    image = image.convert("RGBA" if alpha else "RGB")
    if profile:
        try:
            image = ImageCms.profileToProfile(image, ImageCms.ImageCmsProfile(io.BytesIO(profile)),
                                              ImageCms.createProfile("sRGB"), outputMode=image.mode)
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile: keep the pixels as they are
    image.info = {}  # EXIF, GPS, XMP, IPTC, ICC, comments: resize/convert/save would carry them over
    return image


def encode(image: Image.Image, fmt: str, budget: int | None) -> bytes:
    """``image`` as ``fmt`` bytes with no metadata; within ``budget`` bytes if given (lowering quality)."""
    name, quality = FORMATS[fmt]
    if fmt == "jpeg" and image.mode == "RGBA":
        flat = Image.new("RGB", image.size, (255, 255, 255))
        flat.paste(image, mask=image.getchannel("A"))
        image = flat
    while True:
        buffer = io.BytesIO()
        options = {"method": 4} if fmt == "webp" else {"optimize": True, "progressive": True}
        image.save(buffer, name, quality=quality, **options)
        data = buffer.getvalue()
        if budget is None or len(data) <= budget or quality <= limits.MIN_QUALITY:
            return data
        quality = max(limits.MIN_QUALITY, quality - limits.QUALITY_STEP)


def make_variants(data: bytes) -> tuple[tuple[int, int], list[tuple[Variant, bytes]]]:
    """``((width, height) upright, [(variant, bytes), ...])`` for the photo ``data``."""
    image = open_checked(data)
    try:
        image.load()
    except (OSError, SyntaxError, ValueError):
        raise PhotoError("not_an_image") from None
    image = _upright_srgb(image)
    widths = variant_widths(image.width)
    budgeted = set(phone_widths(widths))
    out, current = [], image
    for width in sorted(widths, reverse=True):  # each from the next larger one: faster, same look
        height = max(1, round(image.height * width / image.width))
        if current.size != (width, height):
            current = current.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
        for fmt in FORMATS:
            encoded = encode(current, fmt, limits.PHONE_BUDGET_BYTES if width in budgeted else None)
            out.append((Variant(width, height, fmt, f"{width}.{EXTENSIONS[fmt]}", len(encoded)), encoded))
    return image.size, out


class PhotoCache:
    """Processed photos in ``folder`` (one sub-folder per photo), with counts for this build."""

    MANIFEST = "photo.json"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.processed = 0   # photos made during this build
        self.reused = 0      # photos found in the cache

    def key(self, data: bytes) -> str:
        return diskcache.content_key(limits.RECIPE, data)

    def _load(self, key: str) -> Photo | None:
        entry = self.folder / key
        try:
            manifest = json.loads((entry / self.MANIFEST).read_text(encoding="utf-8"))
            variants = tuple(Variant(**v) for v in manifest["variants"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if not all((entry / v.file).is_file() for v in variants):
            return None
        return Photo(key, manifest["width"], manifest["height"], variants, entry)

    def get(self, data: bytes) -> Photo:
        """The processed photo for ``data``, from the cache or made now. Raises :class:`PhotoError`."""
        key = self.key(data)
        photo = self._load(key)
        if photo is not None:
            self.reused += 1
            return photo
        (width, height), variants = make_variants(data)
        manifest = {"width": width, "height": height, "variants": [v.__dict__ for v, _ in variants]}
        files = {v.file: encoded for v, encoded in variants}
        files[self.MANIFEST] = json.dumps(manifest, indent=1).encode("utf-8")
        if (self.folder / key).exists():  # an unreadable leftover entry
            shutil.rmtree(self.folder / key, ignore_errors=True)
        diskcache.write_folder(self.folder / key, files)
        self.processed += 1
        return Photo(key, width, height, tuple(v for v, _ in variants), self.folder / key)
