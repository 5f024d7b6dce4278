"""A small project whose honour roll and banner reports show a phone photo (docs/anh/), for the build tests of
the programmes' photos: the small valid data set (tests/fixtures/bad_data/valid_base/) with one photo line
added to an honour-roll entry and to a banner report, as staff would write them.
"""

from __future__ import annotations

from pathlib import Path

from tests.support.bad_data import replace
from tests.support.photos import phone_exif, phone_photo
from tests.support.project import small_project

PHOTO_FILE = "anh/2022/IMG_0815.JPG"  # under docs/, as the data names it
HONOUR_ALT = {"vi": "Ông Nguyễn Văn A đọc sách ở thư viện", "en": "Mr Nguyễn Văn A reading at the library"}
BANNER_ALT = {"vi": "Băng rôn trước nhà văn hóa", "en": "The banner in front of the cultural house"}
HONOUR_PHOTO_LINE = 10  # the `file:` line of the honour's photo in data/editions/2022/honours.yml


def make_programme_photo_project(dest: Path) -> Path:
    project = small_project(dest)
    folder = project / "docs" / "anh" / "2022"
    folder.mkdir(parents=True)
    phone_photo((1600, 1200)).save(folder / "IMG_0815.JPG", "JPEG", quality=90, exif=phone_exif(1))
    add_photo_lines(project)
    return project


def add_photo_lines(project: Path) -> None:
    """The photo lines (also after the data was reset to the small set)."""
    data = project / "data" / "editions" / "2022"
    replace(
        "    consent: true\n",
        f"    photo:\n      file: {PHOTO_FILE}\n"
        f'      alt: {{vi: "{HONOUR_ALT["vi"]}", en: "{HONOUR_ALT["en"]}"}}\n    consent: true\n',
    )(data / "honours.yml")
    replace(
        "    slogan: 1\n",
        f'    slogan: 1\n    photo: {{file: {PHOTO_FILE}, alt: {{vi: "{BANNER_ALT["vi"]}", '
        f'en: "{BANNER_ALT["en"]}"}}}}\n',
    )(data / "banners.yml")
