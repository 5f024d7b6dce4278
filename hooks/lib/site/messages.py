"""What staff read when the output folder is the problem: one located sentence, Vietnamese first.

Each message reads ``<path>: <Vietnamese> (EN: <English>)`` - the path an operating-system error or
the lock names, what is wrong in plain words, and what to do - and says that the published site was
left as it was. No MkDocs import.
"""
from __future__ import annotations

import errno
import os
from pathlib import Path

KEPT_VI = "trang đang đăng vẫn giữ nguyên"
KEPT_EN = "the published site was left as it was"
OS_ERROR_ABORT = "Đã dừng vì lỗi hệ điều hành (EN: Aborted with an operating-system error)."


def bilingual(where: object, vi: str, en: str) -> str:
    return f"{where}: {vi} (EN: {en})"


def lock_waiting(lock: Path, site: Path, holder: str, timeout: float) -> str:
    who = f" ({holder})" if holder else ""
    return bilingual(
        lock,
        f"một bản dựng khác{who} đang ghi vào {site}; bản dựng này chờ nó xong (tối đa {timeout:.0f} giây).",
        f"another build{who} is writing to {site}; this build waits for it to finish (at most {timeout:.0f} s).",
    )


def lock_timeout(lock: Path, site: Path, holder: str, waited: float) -> str:
    who = f" ({holder})" if holder else ""
    return bilingual(
        lock,
        f"một bản dựng khác{who} vẫn đang ghi vào {site} sau {waited:.0f} giây chờ. "
        f"Chờ nó xong (hoặc dừng nó) rồi chạy lại mkdocs build; {KEPT_VI}.",
        f"another build{who} is still writing to {site} after {waited:.0f} s. "
        f"Let it finish (or stop it), then run mkdocs build again; {KEPT_EN}.",
    )


def site_layout(site: Path, target: str | None, releases: Path) -> str:
    """``site`` is a file (``target`` None) or a symlink to ``target`` outside ``releases``."""
    found_vi = f"là liên kết tới {target}, không phải tới {releases.name}/" if target else "là một tệp"
    found_en = f"is a symlink to {target}, not into {releases.name}/" if target else "is a file"
    return bilingual(
        site,
        f"không thay được thư mục trang: nó {found_vi}. Xóa hoặc đổi tên nó, hoặc xây dựng vào thư mục khác "
        f"với `mkdocs build -d <thư mục>`; bản dựng tạo {site.name} là liên kết tới {releases.name}/<bản>.",
        f"cannot replace the site folder: it {found_en}. Remove or rename it, or build elsewhere with "
        f"`mkdocs build -d <folder>`; the build makes {site.name} a symlink to {releases.name}/<release>.",
    )


def removing_leftover(path: Path) -> str:
    return bilingual(path, "xóa phần còn lại của một bản dựng bị dừng giữa chừng.",
                     "removing what an interrupted build left.")


def prune_failed(exc: OSError, releases: Path) -> str:
    return bilingual(exc.filename or releases,
                     f"chưa xóa được bản phát hành cũ ({exc.strerror}); bản dựng sau sẽ xóa lại.",
                     f"could not remove an old release ({exc.strerror}); the next build retries.")


def strict_warnings(site: Path) -> str:
    return bilingual(site, f"có cảnh báo ở chế độ --strict; {KEPT_VI}.",
                     f"warnings in strict mode; {KEPT_EN}.")


def converted_non_atomic(site: Path, converted: Path) -> str:
    return bilingual(
        site,
        f"đã chuyển sang bố cục mới (liên kết tới bản phát hành) bằng hai lần đổi tên, một lần duy nhất; "
        f"trang cũ được giữ ở {converted}.",
        f"converted to the release layout (a symlink to a release) by two renames, this once; "
        f"the former site is kept as {converted}.",
    )


def os_error(exc: OSError, fallback: object) -> str:
    """One sentence for an operating-system error met while building or publishing the site.

    ``fallback`` is the site folder. A full or read-only disk is named by it: the file being written
    when space ran out lies in the new release, which is removed. Other errors name the path the
    system refused (the destination of a copy or rename, where there are two), or the folder in
    which it could not be created.
    """
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS):
        where = fallback
    else:
        where = getattr(exc, "filename2", None) or exc.filename or fallback
        if exc.errno in (errno.EACCES, errno.EPERM) and not os.path.lexists(where):
            where = os.path.dirname(where)  # creating it was refused: the folder it goes in is the one to fix
    reason = exc.strerror or str(exc)
    build_elsewhere_vi = "hoặc xây dựng vào thư mục khác với `mkdocs build -d <thư mục>`"
    build_elsewhere_en = "or build elsewhere with `mkdocs build -d <folder>`"
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        vi = f"ổ đĩa đã đầy ({reason}). Giải phóng dung lượng, {build_elsewhere_vi}, rồi chạy lại"
        en = f"the disk is full ({reason}). Free some space, {build_elsewhere_en}, and run the build again"
    elif exc.errno == errno.EROFS:
        vi = (f"thư mục nằm trên ổ chỉ đọc ({reason}). Cho phép ghi (mount lại ở chế độ rw), "
              f"{build_elsewhere_vi}, rồi chạy lại")
        en = (f"the folder is on a read-only file system ({reason}). Make it writable (remount it rw), "
              f"{build_elsewhere_en}, and run the build again")
    elif exc.errno in (errno.EACCES, errno.EPERM):
        vi = (f"không có quyền ghi ({reason}). Cho người dùng chạy bản dựng quyền ghi vào thư mục này "
              f"(và bỏ thuộc tính bất biến: `chattr -i`), {build_elsewhere_vi}, rồi chạy lại")
        en = (f"permission denied ({reason}). Give the user running the build write access to this folder "
              f"(and clear the immutable flag: `chattr -i`), {build_elsewhere_en}, and run the build again")
    elif exc.errno == errno.EBUSY:
        vi = (f"thư mục đang bận, có thể là một điểm gắn kết ({reason}). Để thư mục trang là thư mục "
              f"thường, {build_elsewhere_vi}, rồi chạy lại")
        en = (f"the folder is busy, perhaps a mount point ({reason}). Keep the site folder a plain folder, "
              f"{build_elsewhere_en}, and run the build again")
    else:
        vi = f"lỗi hệ điều hành ({reason}). Kiểm tra đường dẫn này rồi chạy lại"
        en = f"operating-system error ({reason}). Check this path and run the build again"
    return bilingual(where, f"{vi}; {KEPT_VI}.", f"{en}; {KEPT_EN}.")
