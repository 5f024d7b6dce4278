"""A copy of the project with a news post showing a phone photo, as staff would add it (for build and
browser tests of hooks/hook_media.py). The photo is made here with Pillow: 4000×3000 JPEG, EXIF
orientation "rotate 90°" (so it shows as 3000×4000), GPS position, owner and camera.
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw
from PIL.ExifTags import GPS, IFD, Base
from PIL.PngImagePlugin import PngInfo

from tests.support.project import copy_project

PHOTO = "IMG_2041.JPG"
CERTIFICATE = "chung-nhan.png"
ARTIST = "Nguyen Van Chup Anh"  # must appear in no published file
CAMERA = "PhoneMaker X12 Pro"
POST_VI = "docs/vi/tin-tuc/2022-10-06-lop-tin-hoc.md"
POST_EN = "docs/en/news/2022-10-06-computer-class.md"
PHOTO_LINE = 9  # the line of the photo in POST_VI
POST_VI_TEXT = """---
title: Lớp tin học cho người cao tuổi
date: 2022-10-06
sample: true
---

Học viên cao tuổi phường làm quen với máy tính.

![Học viên cao tuổi thực hành trên máy tính](IMG_2041.JPG)

Cú pháp ví dụ, không phải ảnh: `![](khong-co.jpg)`.

![Giấy chứng nhận hoàn thành lớp học](chung-nhan.png "Giấy chứng nhận")
"""
POST_EN_TEXT = """---
title: A computer class for older people
date: 2022-10-06
sample: true
alternate: tin-tuc/2022-10-06-lop-tin-hoc.md
---

Older learners of the ward get to know the computer.

![Older learners practising on a computer](../../vi/tin-tuc/IMG_2041.JPG)
"""


def phone_photo(size: tuple[int, int] = (4000, 3000)) -> Image.Image:
    """A busy picture (gradients, many shapes, grain a few pixels wide that survives resizing): at
    1200 px its WebP and JPEG are over 200 kB at the default quality, like a detailed real photo."""
    width, height = size
    gradient = Image.linear_gradient("L").resize(size)
    texture = Image.effect_noise((width // 4, height // 4), 28).resize(size, Image.Resampling.BICUBIC)
    image = Image.merge("RGB", (gradient, gradient.transpose(Image.Transpose.ROTATE_90).resize(size), texture))
    draw = ImageDraw.Draw(image)
    rnd = random.Random(2041)
    for _ in range(400):
        x, y, r = rnd.randrange(width), rnd.randrange(height), rnd.randrange(10, width // 12)
        draw.ellipse((x, y, x + r, y + r), fill=(rnd.randrange(256), rnd.randrange(256), rnd.randrange(256)))
    grain = Image.effect_noise((width // 3, height // 3), 28).resize(size, Image.Resampling.BICUBIC)
    return Image.merge("RGB", [Image.blend(channel, grain, 0.25) for channel in image.split()])


def phone_exif(orientation: int = 6) -> Image.Exif:
    exif = Image.Exif()
    exif[Base.Orientation] = orientation
    exif[Base.Artist] = ARTIST
    exif[Base.Make] = "PhoneMaker"
    exif[Base.Model] = CAMERA
    gps = exif.get_ifd(IFD.GPSInfo)
    gps[GPS.GPSLatitudeRef], gps[GPS.GPSLatitude] = "N", (20.0, 51.0, 30.5)
    gps[GPS.GPSLongitudeRef], gps[GPS.GPSLongitude] = "E", (106.0, 41.0, 50.25)
    return exif


def write_photos(folder: Path) -> None:
    phone_photo().save(folder / PHOTO, "JPEG", quality=92, exif=phone_exif(), comment=ARTIST.encode())
    info = PngInfo()
    info.add_text("Author", ARTIST)
    Image.new("RGB", (900, 600), (250, 245, 230)).save(folder / CERTIFICATE, "PNG", pnginfo=info)


def make_photo_project(dest: Path) -> Path:
    project = copy_project(dest)
    write_photos(project / "docs/vi/tin-tuc")
    (project / POST_VI).write_text(POST_VI_TEXT, encoding="utf-8")
    (project / POST_EN).write_text(POST_EN_TEXT, encoding="utf-8")
    return project
