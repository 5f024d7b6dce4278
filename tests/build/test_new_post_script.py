"""The staff guide's new-post command, typed as shown in a fresh terminal (only PATH and HOME), makes the
two files the guide names: whole words in the file names, the English twin linked by `alternate:`."""

from __future__ import annotations

import re
import subprocess

import pytest

from tests.support.project import ROOT
from tests.support.publish import CLEAN_PATH, make_project

GUIDES = {
    "vi": ("docs/vi/huong-dan-bien-tap.md", "## Đăng một tin mới"),
    "en": ("docs/en/staff-guide.md", "## Add a news post"),
}
COMMAND = (
    'scripts/new-post "Phường Máy Chai mở góc đọc sách cho thiếu nhi" '
    '--en "Máy Chai ward opens a reading corner for children"'
)
VI_POST = "docs/vi/tin-tuc/2022-10-02-phuong-may-chai-mo-goc-doc-sach-cho-thieu-nhi.md"
EN_POST = "docs/en/news/2022-10-02-may-chai-ward-opens-a-reading-corner-for-children.md"


def first_command(lang: str) -> str:
    path, heading = GUIDES[lang]
    text = (ROOT / path).read_text(encoding="utf-8")
    section = text[text.index(f"\n{heading}\n") :]
    return re.search(r"^```sh\n(.*?)\n```", section, re.M | re.S).group(1).strip()


@pytest.mark.parametrize("lang", sorted(GUIDES))
def test_the_guides_show_the_command_and_the_files_it_makes(lang):
    text = (ROOT / GUIDES[lang][0]).read_text(encoding="utf-8")
    assert first_command(lang) == COMMAND
    for made in (VI_POST, EN_POST):
        assert made.replace("2022-10-02", "<ngày hôm nay>" if lang == "vi" else "<today>") in text


def test_new_post_in_a_fresh_terminal_makes_both_posts(tmp_path):
    project = make_project(tmp_path / "project", git=False)
    home = tmp_path / "home"
    home.mkdir()
    run = subprocess.run(
        ["env", "-i", f"PATH={CLEAN_PATH}", f"HOME={home}", "bash", "-c", f"{COMMAND} --date 2022-10-02"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith(f"đã tạo {VI_POST} (bản nháp"), run.stdout
    assert f"(EN: created {EN_POST} (a draft" in run.stdout
    vi, en = (project / VI_POST).read_text(encoding="utf-8"), (project / EN_POST).read_text(encoding="utf-8")
    assert 'title: "Phường Máy Chai mở góc đọc sách cho thiếu nhi"\ndate: 2022-10-02\n' in vi
    assert "draft: true\n" in vi and "\nViết nội dung tin ở đây." in vi
    assert (
        'title: "Máy Chai ward opens a reading corner for children"\n' in en
        and "alternate: tin-tuc/2022-10-02-phuong-may-chai-mo-goc-doc-sach-cho-thieu-nhi.md\n" in en
    )
    again = subprocess.run(
        ["env", "-i", f"PATH={CLEAN_PATH}", f"HOME={home}", "bash", "-c", f"{COMMAND} --date 2022-10-02"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert again.returncode == 1
    assert again.stderr.strip() == (
        f"scripts/new-post: đã có tệp {EN_POST}. Chọn một tiêu đề khác (hoặc một ngày khác "
        f"với --date). (EN: {EN_POST} already exists. Choose another title (or another "
        "date with --date).)"
    )
