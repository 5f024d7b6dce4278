"""Build tests of photos and link previews (hooks/hook_media.py) on one shared project copy (``photo_build``):
a post with a 4000×3000 phone photo carrying GPS EXIF, its English twin showing the same photo, a PNG.

What a reader's phone downloads is computed from the page's srcset/sizes the way the HTML standard
lets a browser choose (the smallest version at least viewport-width × device-pixel-ratio); the browser
test (tests/browser/test_media_phone.py) checks the same in Chromium.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from tests.support.photos import ARTIST, CAMERA, PHOTO, PHOTO_LINE, POST_VI, POST_VI_TEXT
from tests.support.project import assert_site_untouched, run_build, site_snapshot

SITE_URL = "https://hoctapsuotdoi.example/"
POST = "tin-tuc/2022-10-06-lop-tin-hoc/index.html"
POST_EN = "en/news/2022-10-06-computer-class/index.html"
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".heic"}
PHONE_WIDTH, PHONE_DPR, BUDGET = 390, 3, 200_000


def soup(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


def meta(page: BeautifulSoup) -> dict[str, str]:
    return {
        tag.get("property") or tag.get("name"): tag["content"]
        for tag in page.find_all("meta")
        if (tag.get("property") or tag.get("name") or "").startswith(("og:", "twitter:"))
    }


def built(site: Path, page_path: str, url: str) -> Path:
    """The built file a (relative or absolute) URL of a page points to."""
    if url.startswith(SITE_URL):
        return site / url[len(SITE_URL) :]
    return (site / page_path).parent.joinpath(url).resolve()


# ---- how a browser picks from srcset (written here, independent of the code under test) ----------


def _length(expression: str, viewport: int) -> float:
    if match := re.fullmatch(r"calc\(100vw - (\d+)px\)", expression):
        return viewport - int(match.group(1))
    if match := re.fullmatch(r"(\d+)px", expression):
        return int(match.group(1))
    raise AssertionError(f"unexpected length in sizes: {expression}")


def slot_width(sizes: str, viewport: int) -> float:
    for part in (p.strip() for p in sizes.split(",")):
        if match := re.fullmatch(r"\(max-width:\s*(\d+)px\)\s+(.+)", part):
            if viewport <= int(match.group(1)):
                return _length(match.group(2), viewport)
            continue
        return _length(part, viewport)
    raise AssertionError("sizes has no default length")


def chosen(srcset: str, sizes: str, viewport: int, dpr: int) -> str:
    candidates = [(url, int(w[:-1])) for url, w in (c.split() for c in srcset.split(","))]
    need = slot_width(sizes, viewport) * dpr
    wide_enough = [c for c in candidates if c[1] >= need]
    return min(wide_enough, key=lambda c: c[1])[0] if wide_enough else max(candidates, key=lambda c: c[1])[0]


# ---- the shared build -------------------------------------------------------------------------------


def test_no_published_file_has_the_photos_metadata_or_the_originals(photo_build):
    site, project = photo_build["site"], photo_build["project"]
    original = (project / "docs/vi/tin-tuc" / PHOTO).read_bytes()
    images = 0
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        assert ARTIST.encode() not in data and CAMERA.encode() not in data, path
        assert data != original, path
        assert path.name not in (PHOTO, "chung-nhan.png"), path
        if path.suffix.lower() in IMAGE_SUFFIXES:
            images += 1
            assert b"Exif\x00\x00" not in data and b"http://ns.adobe.com/xap" not in data, path
            with Image.open(path) as image:
                assert not image.getexif(), path
                assert not {"exif", "xmp", "XML:com.adobe.xmp", "icc_profile", "comment", "Author"} & set(image.info), (
                    path
                )
    assert images >= 16  # 8 versions of the photo and 2 of the PNG per language, cards, favicons


def test_the_post_shows_the_photo_upright_with_alt_size_and_lazy_loading(photo_build):
    site = photo_build["site"]
    page = soup(site, POST)
    pictures = page.select("article picture")
    assert len(pictures) == 2
    photo, certificate = (p.find("img") for p in pictures)
    assert photo["alt"] == "Học viên cao tuổi thực hành trên máy tính"
    # EXIF said "rotate 90°": the 4000×3000 original is shown 3000×4000, at most 1600 wide.
    assert (photo["width"], photo["height"]) == ("1600", "2133")
    assert photo.get("loading") is None and photo["decoding"] == "async"  # the first image: not lazy
    assert certificate["loading"] == "lazy" and certificate["title"] == "Giấy chứng nhận"
    assert (certificate["width"], certificate["height"]) == ("900", "600")  # 900 px wide: never enlarged
    webp = pictures[0].find("source", type="image/webp")["srcset"]
    assert [c.split()[1] for c in webp.split(",")] == ["480w", "800w", "1200w", "1600w"]
    assert [c.split()[1] for c in certificate["srcset"].split(",")] == ["480w", "900w"]
    with Image.open(built(site, POST, photo["src"])) as image:
        assert image.format == "JPEG" and image.height > image.width
    # The code example of the post stays text.
    assert page.find("code", string="![](khong-co.jpg)") is not None


def test_every_img_of_the_site_has_alt_width_and_height(photo_build):
    site = photo_build["site"]
    count = 0
    for path in site.rglob("*.html"):
        for img in BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").find_all("img"):
            count += 1
            assert img.get("alt", "").strip() and img.get("width") and img.get("height"), (path, str(img)[:200])
    assert count >= 3


@pytest.mark.parametrize("source", ["source", "img"])
def test_a_390px_phone_downloads_at_most_200_kB_of_photo(photo_build, source):
    site = photo_build["site"]
    for picture in soup(site, POST).select("article picture"):
        tag = picture.find("source", type="image/webp") if source == "source" else picture.find("img")
        url = chosen(tag["srcset"], tag["sizes"], PHONE_WIDTH, PHONE_DPR)
        size = built(site, POST, url).stat().st_size
        assert size <= BUDGET, (url, size)
    first = soup(site, POST).select_one("article picture source")
    assert chosen(first["srcset"], first["sizes"], PHONE_WIDTH, PHONE_DPR).endswith("-1200.webp")


def test_the_english_twin_shows_the_same_photo_from_the_vietnamese_folder(photo_build):
    site = photo_build["site"]
    img = soup(site, POST_EN).select_one("article picture img")
    assert img["alt"] == "Older learners practising on a computer"
    assert built(site, POST_EN, img["src"]).is_relative_to((site / "en" / "media").resolve())
    assert built(site, POST_EN, img["src"]).is_file()


def test_a_second_build_takes_every_photo_and_card_from_the_cache(photo_build):
    assert "media (vi): photos processed 2, from cache 0" in photo_build["first"]
    second = photo_build["second"]
    for lang in ("vi", "en"):
        line = re.search(
            rf"media \({lang}\): photos processed (\d+), from cache (\d+); "
            rf"cards drawn (\d+), from cache (\d+)",
            second,
        )
        assert line, second[-2000:]
        processed, reused, drawn, cards_reused = map(int, line.groups())
        assert (processed, drawn) == (0, 0) and reused >= 1 and cards_reused > 50


def test_link_preview_of_a_post_is_its_first_photo(photo_build):
    site = photo_build["site"]
    tags = meta(soup(site, POST))
    assert re.fullmatch(re.escape(SITE_URL) + r"media/img-2041-[0-9a-f]{10}-1200\.jpg", tags["og:image"])
    assert (tags["og:image:width"], tags["og:image:height"]) == ("1200", "1600")
    assert tags["og:image:alt"] == "Học viên cao tuổi thực hành trên máy tính"
    assert tags["twitter:card"] == "summary_large_image"
    with Image.open(built(site, POST, tags["og:image"])) as image:
        assert image.size == (1200, 1600)


@pytest.mark.parametrize(
    "path, alt",
    [
        (
            "lich-hoat-dong/bang-ron-khau-hieu-lach-tray/index.html",
            "Treo băng rôn, khẩu hiệu hưởng ứng Tuần lễ – Tuần lễ hưởng ứng học tập suốt đời năm 2022, 01–07/10/2022",
        ),
        ("khau-hieu/index.html", "Khẩu hiệu tuyên truyền – Tuần lễ hưởng ứng học tập suốt đời năm 2022, 01–07/10/2022"),
        ("en/slogans/index.html", "Slogans – Lifelong Learning Week 2022, 1–7 October 2022"),
    ],
)
def test_link_preview_of_a_page_without_photo_is_a_card(photo_build, path, alt):
    site = photo_build["site"]
    tags = meta(soup(site, path))
    prefix = SITE_URL + ("en/" if path.startswith("en/") else "")
    assert re.fullmatch(re.escape(prefix) + r"media/card-[0-9a-f]{16}\.png", tags["og:image"])
    assert (tags["og:image:width"], tags["og:image:height"], tags["og:image:alt"]) == ("1200", "630", alt)
    with Image.open(built(site, path, tags["og:image"])) as image:
        assert (image.format, image.size) == ("PNG", (1200, 630))


def test_activity_preview_says_date_time_and_ward(photo_build):
    tags = meta(soup(photo_build["site"], "lich-hoat-dong/bang-ron-khau-hieu-lach-tray/index.html"))
    assert tags["og:description"].startswith(
        "Thứ Bảy, 01/10/2022, 07:00 – Thứ Sáu, 07/10/2022, 17:00 · Phường Lạch Tray · Treo băng rôn"
    )
    english = meta(soup(photo_build["site"], "en/schedule/bang-ron-khau-hieu-lach-tray/index.html"))
    assert english["og:description"].startswith(
        "Saturday 1 October 2022, 07:00 – Friday 7 October 2022, 17:00 · Lạch Tray Ward · Banners"
    )
    # Quotation marks in a data title reach the preview as themselves, not as "&quot;".
    quoted = meta(soup(photo_build["site"], "lich-hoat-dong/danh-gia-mo-hinh-hoc-tap-may-chai/index.html"))
    # A sample activity's preview says so first (issue 15), in the page's language.
    assert quoted["og:title"] == '[Dữ liệu mẫu] Đánh giá mô hình "Gia đình học tập", "Dòng họ học tập"'
    assert quoted["og:image:alt"].startswith('Đánh giá mô hình "Gia đình học tập"')


# ---- mistakes stop the build, located, and leave the previous site as it was -----------------------

BROKEN = [
    (
        "missing-alt",
        lambda text: text.replace("![Học viên cao tuổi thực hành trên máy tính]", "![]"),
        PHOTO_LINE,
        ["chưa có mô tả (alt)", "has no description (alt text)", "phần mềm đọc màn hình", "slow connection"],
    ),
    (
        "wrong-case",
        lambda text: text.replace("(IMG_2041.JPG)", "(IMG_2041.jpg)"),
        PHOTO_LINE,
        ["không tìm thấy ảnh `IMG_2041.jpg`", "Có phải là `IMG_2041.JPG`?", "Did you mean `IMG_2041.JPG`?"],
    ),
    (
        "not-an-image",
        lambda text: text + "\n![Ảnh lớp học](ghi-chu.jpg)\n",
        15,
        ["tệp `ghi-chu.jpg` không phải là ảnh", "is not an image"],
    ),
]


@pytest.mark.parametrize("name, edit, line, phrases", BROKEN, ids=[case[0] for case in BROKEN])
def test_a_photo_mistake_stops_the_build_with_the_line(photo_build, name, edit, line, phrases):
    project, site = photo_build["project"], photo_build["site"]
    before = site_snapshot(site)
    post = project / POST_VI
    note = project / "docs/vi/tin-tuc/ghi-chu.jpg"
    note.write_text("Đây là ghi chú, không phải ảnh.\n", encoding="utf-8")
    post.write_text(edit(POST_VI_TEXT), encoding="utf-8")
    try:
        result = run_build(project, site)
    finally:
        post.write_text(POST_VI_TEXT, encoding="utf-8")
        note.unlink()
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert f"ERROR   -  {POST_VI}:{line}: " in output, output[-3000:]
    for phrase in phrases:
        assert phrase in output, output[-3000:]
    assert "Traceback" not in output
    assert_site_untouched(site, before)
