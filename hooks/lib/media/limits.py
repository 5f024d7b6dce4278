"""Every number the photo and link-preview code depends on, in one place (pure, no imports).

Kept free of logic so the limits can later move, as they are, next to the project's other size limits
(hooks/lib/core). Changing any value here changes the cache key of every processed photo (see
``RECIPE``), so the next build redoes them with the new settings.
"""
from __future__ import annotations

# --- What counts as a photo ------------------------------------------------------------------------
# Photos the build resizes and strips (Pillow reads these without system libraries).
PROCESSED_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")
# Image files the build refuses, with a message to export as JPEG: Pillow cannot read HEIC/HEIF
# (iPhone's default) without the extra pillow-heif package and its libheif; the others are not what
# phones or cameras produce and are better converted once by the person who has the original.
REFUSED_SUFFIXES = (".heic", ".heif", ".avif", ".tif", ".tiff", ".bmp")
# Formats Pillow may detect inside a processed file (MPO: the multi-picture JPEG of many phones).
ACCEPTED_FORMATS = ("JPEG", "MPO", "PNG", "WEBP")

# --- Limits on what staff put in docs/ -------------------------------------------------------------
MAX_PIXELS = 40_000_000            # a 40 MP photo; larger is a scan or a panorama that needs cropping
MAX_FILE_BYTES = 40 * 1024 * 1024  # no phone photo is this big; anything larger is not a photo

# --- Resized versions ------------------------------------------------------------------------------
# Widths in pixels of the published versions (never wider than the original). 1200 is what a 390-px
# phone at device pixel ratio 3 needs (see PHONE_* below) and the width of the link-preview image;
# 480/800 serve small and DPR-1/2 screens, 1600 DPR-2 laptops.
WIDTHS = (480, 800, 1200, 1600)
# A width within this ratio of the original's is dropped: the original width is used instead.
NEAR_DUPLICATE = 1.15
WEBP_QUALITY = 75
JPEG_QUALITY = 80
MIN_QUALITY = 40      # the quality ladder (see PHONE_BUDGET_BYTES) never goes below this
QUALITY_STEP = 8

# --- The page budget of a phone --------------------------------------------------------------------
# The phone we design for: 390 CSS px wide (iPhone 12-15, most Android phones are 360-412) at device
# pixel ratio 3, the highest in common use (so DPR 2 phones download less). Material's content column
# is the viewport minus 0.8rem (16 px) on each side below 960 px.
PHONE_CSS_WIDTH = 390
PHONE_DPR = 3
PHONE_MARGINS_CSS = 32
PHONE_DEVICE_PX = (PHONE_CSS_WIDTH - PHONE_MARGINS_CSS) * PHONE_DPR  # 1074
# Every version a phone may download (the one it picks, PHONE_DEVICE_PX wide or more, and all smaller
# ones) is encoded at lower quality, step by step, until it fits.
PHONE_BUDGET_BYTES = 200_000

# The `sizes` attribute: how wide the photo is shown, per Material's layout (20 px rem): full width
# minus margins on phones and tablets, minus the table-of-contents column (242 px + margins) from
# 960 px, at most the 688-840 px content column of a desktop from 1220 px.
SIZES = (f"(max-width: 959px) calc(100vw - {PHONE_MARGINS_CSS}px), "
         "(max-width: 1219px) calc(100vw - 290px), 840px")

# --- Link previews (Open Graph) --------------------------------------------------------------------
OG_WIDTH = 1200                 # the photo version used for og:image (the closest width)
CARD_SIZE = (1200, 630)         # the generated card: the size Facebook, Zalo and others show in full

# Published file names live in this folder of each language's site.
OUTPUT_DIR = "media"

# Anything that changes the output of photo processing: part of every photo's cache key.
RECIPE = {
    "widths": WIDTHS, "near_duplicate": NEAR_DUPLICATE, "webp": WEBP_QUALITY, "jpeg": JPEG_QUALITY,
    "min_quality": MIN_QUALITY, "step": QUALITY_STEP, "phone_px": PHONE_DEVICE_PX,
    "budget": PHONE_BUDGET_BYTES, "version": 1,
}
