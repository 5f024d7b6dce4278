"""Decode a QR code from its module matrix, as a phone camera would (zxing-cpp, an independent decoder)."""

from __future__ import annotations


def decode_qr(matrix: list[list[bool]], scale: int = 4) -> list[str]:
    """Rasterise a QR module matrix (quiet zone included) and decode it with zxing-cpp."""
    import zxingcpp

    width = len(matrix) * scale
    pixels = bytearray([255]) * (width * width)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                for dy in range(scale):
                    start = (y * scale + dy) * width + x * scale
                    pixels[start : start + scale] = bytes(scale)
    return [b.text for b in zxingcpp.read_barcodes(memoryview(bytes(pixels)).cast("B", (width, width)))]
