"""The "honesty" test project: the real project plus a sample resource, and a withdrawn resource, activity,
honour-roll entry and post pair, and a corrected post (see tests/build/test_honesty_build.py and tests/browser/test_share.py).

Every change is a literal edit of a copy of the real files, so the tests read what staff would write.
"""

from __future__ import annotations

from pathlib import Path

SAMPLE_RESOURCE = "openstax"  # becomes `sample: true`
WITHDRAWN_RESOURCE = "mit-opencourseware"  # withdrawn; it has the alias `mit-ocw`
WITHDRAWN_ACTIVITY = "luan-chuyen-sach-cau-tre"
WITHDRAWN_POST_VI = "tin-tuc/2022-10-04-luan-chuyen-sach-thu-vien.md"
WITHDRAWN_POST_EN = "news/2022-10-04-library-book-rotation.md"
CORRECTED_POST_VI = "tin-tuc/2022-10-05-hoc-truc-tuyen-nen-tang-so.md"
WITHDRAWN_TITLE_VI = "Luân chuyển sách, báo giữa thư viện quận và tủ sách các phường"
CORRECTION_NOTE = "Sửa tên hoạt động cho đúng với mục II.3 của Hướng dẫn."


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{path}: {old!r} found {text.count(old)} times"
    path.write_text(text.replace(old, new), encoding="utf-8")


def make_honesty_project(project: Path) -> Path:
    """Edit a copy of the project (``copy_project``) in place; returns it."""
    resources = project / "data" / "resources.yml"
    _replace(
        resources, "    format: textbook\n\n  - id: phet\n", "    format: textbook\n    sample: true\n\n  - id: phet\n"
    )
    _replace(
        resources,
        "    format: course\n\n  - id: openstax\n",
        "    format: course\n    withdrawn: 2022-10-05\n    withdrawn_reason:\n"
        '      vi: "Trang web của tài nguyên đã đổi điều kiện sử dụng."\n'
        '      en: "The resource\'s website changed its terms of use."\n\n  - id: openstax\n',
    )
    activities = project / "data" / "editions" / "2022" / "activities.yml"
    _replace(
        activities, f"  - id: {WITHDRAWN_ACTIVITY}\n", f"  - id: {WITHDRAWN_ACTIVITY}\n    withdrawn: 2022-10-02\n"
    )
    _replace(
        project / "docs" / "vi" / WITHDRAWN_POST_VI,
        "sample: true\n",
        "sample: true\nwithdrawn: 2022-10-06\nwithdrawn_reason: Tin đăng nhầm phường.\n",
    )
    _replace(project / "docs" / "en" / WITHDRAWN_POST_EN, "sample: true\n", "sample: true\nwithdrawn: 2022-10-06\n")
    _replace(
        project / "docs" / "vi" / CORRECTED_POST_VI,
        "sample: true\n",
        f"sample: true\ncorrections:\n  - date: 2022-10-06\n    note: {CORRECTION_NOTE}\n",
    )
    # A person's honour-roll entry taken down (consent taken back: the `consent: true` line goes too).
    _replace(
        project / "data" / "editions" / "2022" / "honours.yml",
        "    consent: true\n    sample: true\n\n  - id: to-dan-pho-lach-tray\n",
        "    sample: true\n    withdrawn: 2022-10-08\n    withdrawn_reason:\n"
        '      vi: "Người được nêu tên đề nghị gỡ."\n      en: "The person asked for it to be taken down."\n'
        "\n  - id: to-dan-pho-lach-tray\n",
    )
    return project
