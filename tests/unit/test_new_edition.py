"""``scripts/new-edition`` (hooks/lib/editions/newedition.py, scaffold.py) without MkDocs: a mistyped or
impossible request is refused in Vietnamese, then English, with a non-zero exit and the tree exactly as it
was; a good one writes the new edition and changes one line of data/site.yml. The whole command and the
build of its result: tests/build/test_new_edition_build.py."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from hooks.lib.editions import newedition, scaffold
from tests.support.project import ROOT
from tests.support.publish import snapshot

GOOD = ["--start", "2023-10-01", "--end", "2023-10-07", "--theme", "Chủ đề", "--theme-en", "Theme"]
UNCHANGED = "Chưa tạo hay sửa tệp nào. (EN: "


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """data/ and docs/ of the project (pages not needed: the command only checks their folders)."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    for lang in ("vi", "en"):
        (tmp_path / "docs" / lang).mkdir(parents=True)
    return tmp_path


@pytest.mark.parametrize(
    "argv, vi, en",
    [
        (
            ["23", *GOOD],
            "năm phải là 4 chữ số, ví dụ 2023 (không phải “23”).",
            "the year must be 4 digits, e.g. 2023 (not “23”).",
        ),
        (
            ["2022", "--start", "2022-10-01", "--end", "2022-10-07", "--theme", "Chủ đề", "--theme-en", "Theme"],
            "năm 2022 đã có: data/editions/2022/ đã tồn tại.",
            "the year 2022 already exists: data/editions/2022/ is there.",
        ),
        (
            ["2023", "--start", "2023-10-07", "--end", "2023-10-01", "--theme", "a", "--theme-en", "b"],
            "ngày kết thúc (2023-10-01) sớm hơn ngày bắt đầu (2023-10-07).",
            "the end (2023-10-01) is before the start (2023-10-07).",
        ),
        (
            ["2023", "--start", "2024-10-01", "--end", "2024-10-07", "--theme", "a", "--theme-en", "b"],
            "--start 2024-10-01 không thuộc năm 2023.",
            "--start 2024-10-01 is not in 2023.",
        ),
        (
            ["2023", "--start", "2023-12-30", "--end", "2024-01-05", "--theme", "a", "--theme-en", "b"],
            "--end 2024-01-05 không thuộc năm 2023.",
            "--end 2024-01-05 is not in 2023.",
        ),
        (
            ["2023", "--start", "2023-02-30", "--end", "2023-10-07", "--theme", "a", "--theme-en", "b"],
            "--start “2023-02-30” không phải một ngày có thật dạng NĂM-THÁNG-NGÀY",
            "--start “2023-02-30” is not a real date written YYYY-MM-DD",
        ),
        (
            ["2023", "--start", "2023-10-01", "--end", "2023-10-07", "--theme", "  ", "--theme-en", "b"],
            "--theme trống: ghi chủ đề của năm trong dấu ngoặc kép",
            "--theme is empty: write the year's theme in double quotes",
        ),
        (
            ["2023", "--start", "2023-10-01", "--end", "2023-10-07", "--theme", "a", "--theme-en", ""],
            "--theme-en trống",
            "--theme-en is empty",
        ),
        (
            ["2023", "--start", "2023-10-01", "--end", "2023-10-07", "--theme", "a"],
            "thiếu --theme-en.",
            "missing --theme-en.",
        ),
        (["2023", *GOOD, "--color"], "không có tùy chọn “--color”.", "there is no option “--color”."),
        (["2023", "Chủ", "đề", *GOOD], "chỉ ghi một năm (“Chủ” là thừa", "give one year only (“Chủ” is extra"),
        (
            ["2021", "--start", "2021-10-01", "--end", "2021-10-07", "--theme", "a", "--theme-en", "b"],
            "đã có Tuần lễ năm 2022; lệnh này tạo năm sau năm mới nhất, ví dụ 2023.",
            "there is already a week of 2022; this command makes a year after the newest, e.g. 2023.",
        ),
    ],
)
def test_bad_request_refused_nothing_changed(project, capsys, argv, vi, en) -> None:
    before = snapshot(project)
    assert newedition.main(argv, root=project) == 2
    message = capsys.readouterr().err
    assert message.startswith(f"scripts/new-edition: {vi}"), message
    assert f"(EN: {en}" in message and UNCHANGED in message
    assert message.index(UNCHANGED) < message.index(en)  # Vietnamese first
    assert snapshot(project) == before


def test_existing_page_folder_refused(project, capsys) -> None:
    (project / "docs" / "en" / "2023").mkdir()
    before = snapshot(project)
    assert newedition.main(["2023", *GOOD], root=project) == 2
    assert "năm 2023 đã có: docs/en/2023/ đã tồn tại." in capsys.readouterr().err
    assert snapshot(project) == before


def test_good_request_writes_the_edition_and_one_line_of_site_yml(project, capsys) -> None:
    site_before = (project / "data" / "site.yml").read_text(encoding="utf-8")
    assert newedition.main(["2023", *GOOD], root=project) == 0
    assert "Đã tạo Tuần lễ năm 2023" in capsys.readouterr().out
    site_after = (project / "data" / "site.yml").read_text(encoding="utf-8")
    assert site_after == site_before.replace("\ncurrent_edition: 2022\n", "\ncurrent_edition: 2023\n")
    assert sorted(
        p.relative_to(project).as_posix() for p in project.rglob("*") if "2023" in p.parts and p.is_file()
    ) == [
        "data/editions/2023/activities.yml",
        "data/editions/2023/edition.yml",
        "docs/en/2023/banner-kit/index.md",
        "docs/en/2023/document.md",
        "docs/vi/2023/bo-bang-ron/index.md",
        "docs/vi/2023/van-ban.md",
    ]
    edition = (project / "data" / "editions" / "2023" / "edition.yml").read_text(encoding="utf-8")
    assert '\n  vi: "Tuần lễ hưởng ứng học tập suốt đời năm 2023"\n' in edition
    assert '\ntheme:\n  vi: "Chủ đề"\n  en: "Theme"\nstart: 2023-10-01\nend: 2023-10-07\n' in edition
    assert "\nslogans: []\n" in edition and "\n# document:\n" in edition and "records_at_root" not in edition
    assert "@" not in edition  # every @value@ of the template filled
    page = (project / "docs" / "vi" / "2023" / "van-ban.md").read_text(encoding="utf-8")
    assert page.endswith("---\n\n# Văn bản hướng dẫn năm 2023\n\nVăn bản hướng dẫn năm 2023 sẽ được đăng tại đây.\n")


def test_a_failed_write_leaves_the_tree_as_it_was(project, monkeypatch) -> None:
    before = snapshot(project)

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device", "data/site.yml")

    monkeypatch.setattr(os, "replace", disk_full)  # the last step: data/site.yml
    assert newedition.main(["2023", *GOOD], root=project) == 1
    assert snapshot(project) == before


def test_template_values_fill_quoted_and_plain() -> None:
    values = {"year": "2023", "theme_vi": 'Chủ đề "mới"'}
    assert scaffold.fill("name @year@: @theme_vi:q@", values, "t") == 'name 2023: "Chủ đề \\"mới\\""'
    with pytest.raises(scaffold.Refused, match="there is no value @theme@"):
        scaffold.fill("@theme@", values, "data/new-edition/edition.yml")


def test_a_template_that_would_break_the_build_is_refused(project, capsys) -> None:
    stub = project / "data" / "new-edition" / "pages" / "vi" / "van-ban.md"
    stub.write_text(
        stub.read_text(encoding="utf-8").replace("title: Văn bản hướng dẫn năm @year@", "title: Văn bản: năm @year@"),
        encoding="utf-8",
    )
    before = snapshot(project)
    assert newedition.main(["2023", *GOOD], root=project) == 2
    message = capsys.readouterr().err
    assert message.startswith("scripts/new-edition: tệp tạo ra từ data/new-edition/ sẽ lỗi: docs/vi/2023/van-ban.md:")
    assert snapshot(project) == before
