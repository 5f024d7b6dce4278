"""Unit tests of hooks/lib/media (no MkDocs): finding images in Markdown, checking them, processing
photos, link-preview cards, and the og:image meta of hooks/lib/opendata/jsonld.py."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from PIL import Image, ImageCms

from hooks.lib.media import cards, photos
from hooks.lib.media.markdown_images import find_images, find_page_images, replace_images
from hooks.lib.media.messages import MediaError
from hooks.lib.media.pages import PagePhoto, collect, slug
from hooks.lib.media.resolve import check_alt, kind_of, resolve
from hooks.lib.opendata.jsonld import social_meta
from tests.support.photos import ARTIST, phone_exif

# ---- finding images ---------------------------------------------------------------------------------

PAGE = """---
title: Tin có ảnh
date: 2022-10-06
---

Mở đầu.

![Học viên   lớp \\[tin học\\]](IMG_2041.JPG "Lớp học")

Cú pháp mẫu `![](mau.jpg)` và ``![](mau2.jpg)``.

    ```
    ![](trong-khoi-ma.jpg)
    ```

~~~md
![](khoi-ma-2.jpg)
~~~

<!-- ![](chu-thich.jpg) -->
Hai ảnh: ![Ảnh một](<anh mot.jpg>) và ![Ảnh hai][hai], \\![không phải ảnh](x.jpg)

[hai]: thu-muc/anh%20hai.png 'Tiêu đề'
<img src="the-html.jpg" alt="x">
"""


def test_images_are_found_with_their_line_and_code_is_skipped():
    refs = find_page_images(PAGE)
    assert [(r.line, r.alt, r.src, r.title, r.html) for r in refs] == [
        (8, "Học viên lớp [tin học]", "IMG_2041.JPG", "Lớp học", False),
        (21, "Ảnh một", "anh mot.jpg", None, False),
        (21, "Ảnh hai", "thu-muc/anh%20hai.png", "Tiêu đề", False),
        (24, "", "the-html.jpg", None, True),
    ]
    assert refs[2].path == "thu-muc/anh hai.png"
    assert PAGE[refs[0].start : refs[0].end] == '![Học viên   lớp \\[tin học\\]](IMG_2041.JPG "Lớp học")'


def test_replace_images_swaps_only_the_image_syntax():
    text = "Trước ![A](a.jpg) giữa ![B](b.svg) sau `![C](c.jpg)`"
    out = replace_images(text, lambda ref, i: None if ref.src.endswith(".svg") else f"<{i}:{ref.alt}>")
    assert out == "Trước <0:A> giữa ![B](b.svg) sau `![C](c.jpg)`"


def test_an_unclosed_backtick_does_not_hide_images_in_later_paragraphs():
    text = "Một dấu ` lẻ.\n\n![Ảnh](a.jpg)\n\nvà ` nữa."
    assert [r.src for r in find_images(text)] == ["a.jpg"]


# ---- which file, alt text -----------------------------------------------------------------------------


@pytest.fixture
def docs(tmp_path) -> Path:
    root = tmp_path / "docs"
    for folder in ("vi/tin-tuc", "en/news"):
        (root / folder).mkdir(parents=True)
    (root / "vi/tin-tuc/IMG_2041.JPG").write_bytes(b"x")
    (root / "vi/tin-tuc/lop-hoc.png").write_bytes(b"x")
    return root


def ref_to(src: str, alt: str = "Mô tả"):
    return find_images(f"![{alt}]({src})")[0]


def test_kinds_of_images():
    assert [
        kind_of(ref_to(s), "site.example")
        for s in (
            "a.JPG",
            "a.jpeg",
            "a.png",
            "a.webp",
            "a.HEIC",
            "b.heif",
            "c.svg",
            "d.gif",
            "https://other.example/x.jpg",
            "//other.example/x.jpg",
            "https://site.example/x.jpg",
            "data:image/png;base64,AA",
        )
    ] == [
        "photo",
        "photo",
        "photo",
        "photo",
        "refused",
        "refused",
        "other",
        "other",
        "external",
        "external",
        "other",
        "other",
    ]


def test_the_exact_file_is_found(docs):
    page = docs / "vi/tin-tuc/post.md"
    assert resolve(ref_to("IMG_2041.JPG"), "p.md:3", page, docs, docs / "vi") == docs / "vi/tin-tuc/IMG_2041.JPG"
    assert resolve(ref_to("/tin-tuc/lop-hoc.png"), "p.md:3", page, docs, docs / "vi") == docs / "vi/tin-tuc/lop-hoc.png"


def test_a_wrong_letter_case_names_the_file_as_written_on_disk(docs):
    with pytest.raises(MediaError) as err:
        resolve(ref_to("img_2041.jpg"), "docs/vi/tin-tuc/post.md:7", docs / "vi/tin-tuc/post.md", docs, docs / "vi")
    assert str(err.value).startswith("docs/vi/tin-tuc/post.md:7: không tìm thấy ảnh `img_2041.jpg`")
    assert "Có phải là `IMG_2041.JPG`?" in str(err.value) and "Did you mean `IMG_2041.JPG`?" in str(err.value)
    assert "(EN: the photo `img_2041.jpg` was not found" in str(err.value)


def test_the_english_twin_is_pointed_to_the_vietnamese_photo(docs):
    with pytest.raises(MediaError, match=r"Did you mean `\.\./\.\./vi/tin-tuc/IMG_2041\.JPG`\?"):
        resolve(ref_to("IMG_2041.JPG"), "docs/en/news/post.md:5", docs / "en/news/post.md", docs, docs / "en")
    found = resolve(ref_to("../../vi/tin-tuc/IMG_2041.JPG"), "x", docs / "en/news/post.md", docs, docs / "en")
    assert found == docs / "vi/tin-tuc/IMG_2041.JPG"


def test_a_near_miss_and_a_file_outside_docs(docs):
    with pytest.raises(MediaError, match=r"Có phải là `lop-hoc.png`\?"):
        resolve(ref_to("lop-hoc.jpg"), "x", docs / "vi/tin-tuc/post.md", docs, docs / "vi")
    with pytest.raises(MediaError, match=r"không tìm thấy ảnh `khac\.jpg` \(tìm trong `docs/vi/tin-tuc/`\)"):
        resolve(ref_to("khac.jpg"), "x", docs / "vi/tin-tuc/post.md", docs, docs / "vi")
    with pytest.raises(MediaError, match="nằm ngoài thư mục `docs/`"):
        resolve(ref_to("../../../anh.jpg"), "x", docs / "vi/tin-tuc/post.md", docs, docs / "vi")


@pytest.mark.parametrize("alt", ["", "   ", "IMG_2041.JPG", "img_2041"])
def test_alt_text_must_describe_the_photo(alt):
    with pytest.raises(MediaError) as err:
        check_alt(ref_to("IMG_2041.JPG", alt), "docs/vi/a.md:4")
    message = str(err.value)
    assert message.startswith("docs/vi/a.md:4: ")
    assert "phần mềm đọc màn hình" in message and "mạng chậm" in message
    assert "screen reader" in message and "slow connection" in message


def test_collect_reports_refused_formats_external_and_html_images(docs, tmp_path):
    cache = photos.PhotoCache(tmp_path / "cache")
    page = docs / "vi/tin-tuc/post.md"
    cases = {
        "![Ảnh](IMG_0001.HEIC)": "định dạng HEIC",
        "![Ảnh](https://cdn.example/a.jpg)": "trang web khác",
        '<img src="IMG_2041.JPG" alt="x">': "thẻ HTML `<img>`",
    }
    for source, phrase in cases.items():
        with pytest.raises(MediaError, match=phrase) as err:
            collect(f"---\ntitle: x\n---\n{source}\n", "docs/vi/tin-tuc/post.md", page, docs, docs / "vi", cache)
        assert str(err.value).startswith("docs/vi/tin-tuc/post.md:4: ")


# ---- processing photos ---------------------------------------------------------------------------------


def jpeg_with_gps(size=(1000, 600), **extra) -> bytes:
    buffer = io.BytesIO()
    Image.radial_gradient("L").resize(size).convert("RGB").save(buffer, "JPEG", exif=phone_exif(), **extra)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "width, expected",
    [
        (4000, [480, 800, 1200, 1600]),
        (1600, [480, 800, 1200, 1600]),
        (1300, [480, 800, 1300]),
        (900, [480, 900]),
        (500, [500]),
        (300, [300]),
    ],
)
def test_variant_widths_never_enlarge(width, expected):
    assert photos.variant_widths(width) == expected


def test_phone_widths_are_the_one_a_dpr3_phone_picks_and_smaller():
    assert photos.phone_widths([480, 800, 1200, 1600]) == [480, 800, 1200]
    assert photos.phone_widths([480, 900]) == [480, 900]


def test_variants_are_upright_and_carry_no_metadata():
    data = jpeg_with_gps(
        comment=ARTIST.encode(), icc_profile=ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    )
    size, variants = photos.make_variants(data)
    assert size == (600, 1000)  # EXIF orientation 6: turned upright
    assert [(v.width, v.height, v.format) for v, _ in variants] == [
        (600, 1000, "webp"),
        (600, 1000, "jpeg"),
        (480, 800, "webp"),
        (480, 800, "jpeg"),
    ]
    for variant, encoded in variants:
        assert ARTIST.encode() not in encoded and b"Exif\x00\x00" not in encoded
        with Image.open(io.BytesIO(encoded)) as image:
            assert image.format == {"webp": "WEBP", "jpeg": "JPEG"}[variant.format]
            assert image.size == (variant.width, variant.height) and not image.getexif()
            assert not {"exif", "icc_profile", "comment", "xmp"} & set(image.info)


def test_transparency_is_kept_in_webp_and_flattened_on_white_in_jpeg():
    buffer = io.BytesIO()
    Image.new("RGBA", (500, 300), (255, 0, 0, 0)).save(buffer, "PNG")
    _, variants = photos.make_variants(buffer.getvalue())
    images = {v.format: Image.open(io.BytesIO(data)) for v, data in variants}
    assert images["webp"].mode == "RGBA" and images["webp"].getpixel((5, 5))[3] == 0
    assert images["jpeg"].mode == "RGB" and images["jpeg"].getpixel((5, 5)) == (255, 255, 255)


def test_the_budget_lowers_quality_until_the_file_fits():
    noisy = Image.effect_noise((800, 600), 80).convert("RGB")
    unbounded = photos.encode(noisy, "jpeg", None)
    budget = len(unbounded) * 3 // 4
    assert len(photos.encode(noisy, "jpeg", budget)) <= budget
    # An impossible budget stops at the lowest quality allowed rather than ruining the photo.
    floor = photos.encode(noisy, "jpeg", 1)
    with Image.open(io.BytesIO(floor)) as image:
        assert image.size == (800, 600) and len(floor) < budget


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"Day la ghi chu, khong phai anh.\n", "not_an_image"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 40, "not_an_image"),  # a JPEG header, then nothing
    ],
)
def test_files_that_are_not_photos_are_refused(data, kind):
    with pytest.raises(photos.PhotoError) as err:
        photos.make_variants(data)
    assert err.value.kind == kind


def test_gif_and_too_many_pixels_are_refused():
    gif, huge = io.BytesIO(), io.BytesIO()
    Image.new("P", (10, 10)).save(gif, "GIF")
    Image.new("1", (8000, 5001)).save(huge, "PNG")  # 40.008 MP, a few kB on disk
    with pytest.raises(photos.PhotoError) as err:
        photos.open_checked(gif.getvalue())
    assert (err.value.kind, err.value.details) == ("not_an_image", {"found": "GIF"})
    with pytest.raises(photos.PhotoError) as err:
        photos.open_checked(huge.getvalue())
    assert (err.value.kind, err.value.details) == ("too_many_pixels", {"width": 8000, "height": 5001})


def test_the_cache_makes_a_photo_once_and_outlives_the_build(tmp_path):
    data = jpeg_with_gps()
    first = photos.PhotoCache(tmp_path)
    made = first.get(data)
    assert first.get(data) == made and (first.processed, first.reused) == (1, 1)
    rebuilt = photos.PhotoCache(tmp_path)  # a new build (or a `mkdocs serve` rebuild)
    assert rebuilt.get(data) == made and (rebuilt.processed, rebuilt.reused) == (0, 1)
    assert all((made.folder / v.file).is_file() for v in made.variants)


def test_published_names_and_og_variant(tmp_path):
    photo = photos.Photo(
        "0123456789abcdef",
        4000,
        3000,
        tuple(
            photos.Variant(w, w * 3 // 4, fmt, f"{w}.{photos.EXTENSIONS[fmt]}", 1)
            for w in (480, 800, 1200, 1600)
            for fmt in ("webp", "jpeg")
        ),
        tmp_path,
    )
    page_photo = PagePhoto(ref_to("IMG_2041.JPG", "Lớp học"), Path("/d/Ảnh Đẹp_1.JPG"), photo)
    assert page_photo.path(photo.og_variant) == "media/anh-dep-1-0123456789-1200.jpg"
    assert page_photo.social("https://x.example/en/") == {
        "url": "https://x.example/en/media/anh-dep-1-0123456789-1200.jpg",
        "width": 1200,
        "height": 900,
        "alt": "Lớp học",
        "type": "image/jpeg",
    }
    assert slug("IMG_2041") == "img-2041" and slug("…") == "photo"


# ---- link-preview cards -----------------------------------------------------------------------------

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
TEXT = cards.CardText(
    "Phường Vạn Mỹ mở lớp “Công dân số” cho người cao tuổi",
    "Tuần lễ hưởng ứng học tập suốt đời năm 2022",
    "01–07/10/2022",
    "hoctapsuotdoi.example.gov.vn",
)


@pytest.mark.parametrize("font", [cards.BOLD, cards.REGULAR])
def test_the_card_font_has_every_vietnamese_letter(font):
    cmap = TTFont(font).getBestCmap()
    letters = VIETNAMESE + VIETNAMESE.upper() + "–“”…·"
    assert [c for c in letters if ord(c) not in cmap] == []


def test_the_card_is_a_1200x630_png_the_same_for_decomposed_text():
    data = cards.render_card(TEXT)
    with Image.open(io.BytesIO(data)) as image:
        assert (image.format, image.size) == ("PNG", (1200, 630))
    decomposed = cards.CardText(unicodedata.normalize("NFD", TEXT.title), TEXT.edition, TEXT.dates, TEXT.host)
    assert cards.render_card(decomposed) == data
    assert len(data) < 40_000


def test_a_very_long_title_is_cut_to_four_lines_that_fit():
    font, lines = cards.fit_title("Học tập suốt đời " * 30, 1040)
    assert len(lines) == 4 and lines[-1].endswith("…")
    assert all(font.getlength(line) <= 1040 for line in lines)
    font, lines = cards.fit_title("Khẩu hiệu", 1040)
    assert (font.size, lines) == (68, ["Khẩu hiệu"])


def test_cards_are_drawn_once(tmp_path):
    cache = cards.CardCache(tmp_path)
    key, path = cache.get(TEXT)
    assert cache.get(TEXT) == (key, path) and (cache.rendered, cache.reused) == (1, 1)
    assert cards.CardCache(tmp_path).get(TEXT) == (key, path)
    assert TEXT.alt == (
        "Phường Vạn Mỹ mở lớp “Công dân số” cho người cao tuổi – "
        "Tuần lễ hưởng ứng học tập suốt đời năm 2022, 01–07/10/2022"
    )


# ---- og:image meta ------------------------------------------------------------------------------------


def test_social_meta_with_an_image():
    image = {
        "url": "https://x.example/media/card-1.png",
        "width": 1200,
        "height": 630,
        "alt": "Thẻ",
        "type": "image/png",
    }
    meta = social_meta(
        title="T", description="D", url="https://x.example/", site_name="S", lang="vi", is_home=False, image=image
    )
    assert ("property", "og:image", "https://x.example/media/card-1.png") in meta
    assert ("property", "og:image:width", "1200") in meta and ("property", "og:image:height", "630") in meta
    assert ("property", "og:image:alt", "Thẻ") in meta and ("name", "twitter:card", "summary_large_image") in meta
    plain = social_meta(title="T", description="D", url="u", site_name="S", lang="vi", is_home=True)
    assert ("name", "twitter:card", "summary") in plain and not [m for m in plain if m[1].startswith("og:image")]
