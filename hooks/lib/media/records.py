"""Photos of data records (an honour-roll entry's, a banner report's): found, checked, processed like a page's
photo, with messages that point at the data file's line (pure, no MkDocs import).

The data names the file relative to the project's ``docs/`` folder (``photo.file: anh/2022/IMG_2041.JPG``);
the page that shows it writes it as a Markdown image (hooks/lib/datapages/record_photos.py), and
hooks/hook_media.py replaces that image with the ``<picture>`` of the processed versions, as for any page.
"""
from __future__ import annotations

from pathlib import Path

from hooks.lib.media import messages
from hooks.lib.media.markdown_images import ImageRef
from hooks.lib.media.pages import PagePhoto, _photo
from hooks.lib.media.photos import PhotoCache
from hooks.lib.media.resolve import _real_path, check_alt, suggest


def record_photo(view, docs_root: Path, cache: PhotoCache) -> PagePhoto:
    """The processed photo of a :class:`~hooks.lib.datapages.record_photos.PhotoView`; raises
    :class:`messages.MediaError` located at ``view.where`` (the data file's ``photo.file`` line)."""
    ref = ImageRef(alt=view.alt, src=view.src, title=None, line=0, start=0, end=0)
    check_alt(ImageRef(alt=view.alt, src=view.file, title=None, line=0, start=0, end=0), view.where)
    target = docs_root / view.file
    real, case_differs = _real_path(target, docs_root)
    if real is None or case_differs:
        hint = suggest(target, docs_root, docs_root) if real is None else Path(real).relative_to(docs_root).as_posix()
        raise _not_found(view.where, view.file, target.parent.relative_to(docs_root.parent).as_posix() + "/", hint)
    return PagePhoto(ref, real, _photo(cache, real, view.where, view.file))


def _not_found(where: str, file: str, folder: str, hint: str | None) -> messages.MediaError:
    if hint:
        hint_vi = f"Có phải là `{hint}`? Ghi đúng như vậy (cả chữ hoa, chữ thường) ở `file:`."
        hint_en = f"Did you mean `{hint}`? Write exactly that (capital and small letters too) in `file:`."
    else:
        hint_vi = f"Chép ảnh vào thư mục `{folder}` hoặc sửa `file:` cho đúng đường dẫn, tính từ thư mục docs/."
        hint_en = f"Copy the photo into `{folder}` or correct `file:`: the path from the docs/ folder."
    return messages.MediaError(where, f"không tìm thấy ảnh `{file}` (tìm trong `{folder}`). {hint_vi}",
                               f"the photo `{file}` was not found (looked in `{folder}`). {hint_en}")
