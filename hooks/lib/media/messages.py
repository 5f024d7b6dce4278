"""What staff read when a photo cannot be published: located, Vietnamese first, then English.

Every message is ``<file>:<line>: <Vietnamese> (EN: <English>)`` - the one shape of every message staff
meet (hooks/lib/core/errors.py) - so an editor can jump to the line and a person who reads either
language knows what to do. One function per problem; each text says what is wrong, then what to do.
Pure: no MkDocs import.
"""
from __future__ import annotations

from hooks.lib.media import limits


class MediaError(Exception):
    """A problem with an image a page shows; ``where`` is ``docs/vi/page.md:12``."""

    def __init__(self, where: str, vi: str, en: str) -> None:
        self.where, self.vi, self.en = where, vi, en
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{self.where}: {self.vi} (EN: {self.en})"

    def __reduce__(self):
        return (type(self), (self.where, self.vi, self.en))


_ALT_WHY_VI = ("Người không nhìn thấy ảnh (nghe trang web bằng phần mềm đọc màn hình) và người dùng mạng chậm "
               "(ảnh chưa tải xong) sẽ đọc câu này thay cho ảnh.")
_ALT_WHY_EN = ("People who cannot see the image (they listen to the page with a screen reader) and people on a "
               "slow connection (the image has not loaded yet) read this sentence instead of the photo.")


def missing_alt(where: str, src: str) -> MediaError:
    return MediaError(
        where,
        f"ảnh `{src}` chưa có mô tả (alt). Viết giữa hai dấu ngoặc vuông một câu ngắn tả nội dung ảnh, ví dụ "
        f"`![Học viên tham gia lớp tin học]({src})`. {_ALT_WHY_VI}",
        f"the photo `{src}` has no description (alt text). Write a short sentence saying what the photo "
        f"shows between the square brackets, e.g. `![Learners at a computer class]({src})`. {_ALT_WHY_EN}")


def alt_is_file_name(where: str, src: str, alt: str) -> MediaError:
    return MediaError(
        where,
        f"mô tả của ảnh `{src}` chỉ là tên tệp (`{alt}`). Thay bằng một câu ngắn tả nội dung ảnh. {_ALT_WHY_VI}",
        f"the description of `{src}` is only its file name (`{alt}`). Replace it with a short sentence "
        f"saying what the photo shows. {_ALT_WHY_EN}")


def not_found(where: str, src: str, folder: str, suggestion: str | None, case_only: bool) -> MediaError:
    if suggestion and case_only:
        hint_vi = (f"Có phải là `{suggestion}`? Tên tệp phải viết đúng từng chữ hoa, chữ thường như tên tệp thật "
                   f"(máy chủ web phân biệt `.JPG` với `.jpg`).")
        hint_en = (f"Did you mean `{suggestion}`? Write the file name with exactly the same capital and small "
                   f"letters as the file (web servers tell `.JPG` from `.jpg`).")
    elif suggestion:
        hint_vi = f"Có phải là `{suggestion}`? Viết đúng như vậy trong trang."
        hint_en = f"Did you mean `{suggestion}`? Write exactly that in the page."
    else:
        hint_vi = f"Đặt tệp ảnh vào thư mục `{folder}` (cạnh trang) hoặc sửa tên trong trang cho đúng tên tệp."
        hint_en = f"Put the photo in `{folder}` (beside the page) or correct the name in the page."
    return MediaError(where, f"không tìm thấy ảnh `{src}` (tìm trong `{folder}`). {hint_vi}",
                      f"the photo `{src}` was not found (looked in `{folder}`). {hint_en}")


def outside_docs(where: str, src: str) -> MediaError:
    return MediaError(
        where,
        f"ảnh `{src}` nằm ngoài thư mục `docs/`. Chép ảnh vào cạnh trang (cùng thư mục với tệp .md) rồi viết tên tệp.",
        f"the photo `{src}` is outside the `docs/` folder. Copy it beside the page (the folder of the .md file) "
        f"and write its file name.")


def external(where: str, src: str) -> MediaError:
    return MediaError(
        where,
        f"ảnh `{src}` lấy từ một trang web khác. Trang này không tải gì từ máy chủ khác (để bảo vệ người đọc và "
        f"chạy được khi không có Internet): tải ảnh về, đặt cạnh trang rồi viết `![mô tả](tên-tệp.jpg)`.",
        f"the image `{src}` comes from another website. This site loads nothing from other servers (to protect "
        f"readers and to work offline): download the photo, put it beside the page and write "
        f"`![description](file-name.jpg)`.")


def html_img(where: str, src: str) -> MediaError:
    return MediaError(
        where,
        f"ảnh `{src}` được viết bằng thẻ HTML `<img>`. Hãy viết bằng Markdown `![mô tả]({src})`: khi đó trang web "
        f"mới tạo bản thu nhỏ cho điện thoại và xóa thông tin vị trí (GPS) trong ảnh.",
        f"the image `{src}` is written as an HTML `<img>` tag. Write it in Markdown, `![description]({src})`: "
        f"only then does the build make small versions for phones and remove the location (GPS) data.")


def refused_format(where: str, src: str, suffix: str) -> MediaError:
    name = suffix.lstrip(".").upper()
    iphone_vi = (" Trên iPhone có thể chọn Cài đặt > Camera > Định dạng > Tương thích nhất để máy chụp thẳng ra JPEG."
                 if name in ("HEIC", "HEIF") else "")
    iphone_en = (" On an iPhone, Settings > Camera > Formats > Most Compatible makes it take JPEG photos."
                 if name in ("HEIC", "HEIF") else "")
    return MediaError(
        where,
        f"ảnh `{src}` ở định dạng {name}, trang web chưa dùng được. Mở ảnh và lưu (xuất) lại thành JPEG (.jpg), "
        f"rồi sửa tên tệp trong trang.{iphone_vi}",
        f"the photo `{src}` is in {name} format, which the site cannot use. Open it and save (export) it as "
        f"JPEG (.jpg), then change the file name in the page.{iphone_en}")


def not_an_image(where: str, src: str, found: str | None = None) -> MediaError:
    what_vi = f"là tệp {found}, không phải ảnh JPEG, PNG hay WebP" if found else "không phải là ảnh, hoặc đã bị hỏng"
    what_en = f"is a {found} file, not a JPEG, PNG or WebP photo" if found else "is not an image, or it is damaged"
    return MediaError(
        where,
        f"tệp `{src}` {what_vi}. Mở thử bằng trình xem ảnh, rồi lưu lại thành JPEG (.jpg) hoặc PNG.",
        f"the file `{src}` {what_en}. Open it in an image viewer and save it again as JPEG (.jpg) or PNG.")


def too_many_pixels(where: str, src: str, width: int, height: int) -> MediaError:
    mp, limit = width * height / 1e6, limits.MAX_PIXELS / 1e6
    size_vi = f"{width}×{height} điểm ảnh ({mp:.0f} triệu)" if width else "hơn 170 triệu điểm ảnh"
    size_en = f"{width}×{height} pixels ({mp:.0f} megapixels)" if width else "over 170 megapixels"
    return MediaError(
        where,
        f"ảnh `{src}` quá lớn: {size_vi}, giới hạn là {limit:.0f} triệu. "
        f"Thu nhỏ hoặc cắt ảnh (chiều rộng 4000 điểm ảnh là đủ) rồi lưu lại.",
        f"the photo `{src}` is too large: {size_en}, the limit is {limit:.0f} megapixels. "
        f"Resize or crop it (4000 pixels wide is plenty) and save it again.")


def too_heavy(where: str, src: str, size: int) -> MediaError:
    mb, limit = size / 1024 / 1024, limits.MAX_FILE_BYTES / 1024 / 1024
    return MediaError(
        where,
        f"tệp ảnh `{src}` nặng {mb:.0f} MB, giới hạn là {limit:.0f} MB. Lưu lại ảnh thành JPEG ở kích thước nhỏ hơn.",
        f"the photo file `{src}` is {mb:.0f} MB, the limit is {limit:.0f} MB. Save it again as a smaller JPEG.")
