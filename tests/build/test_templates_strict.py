"""Our templates fail loudly: a misspelt UI string or variable, or a hand-written file at a generated
address, stops the build with the file named (real strict builds of a copy of the project)."""

from __future__ import annotations

import pytest

from tests.support.project import copy_project, run_build


def _break(tmp_path, path: str, old: str, new: str):
    project = copy_project(tmp_path / "project")
    target = project / path
    text = target.read_text(encoding="utf-8")
    assert old in text, f"{path} no longer contains {old!r}: update this test"
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return run_build(project, tmp_path / "site")


@pytest.mark.parametrize(
    "old,new,expected",
    [
        ("{{ ui.data.venue }}", "{{ ui.data.venu }}", "ui.data.venu is not a UI string"),
        ("{{ activity.venue }}", "{{ venue }}", "'venue' is undefined"),  # renders blank without StrictUndefined
    ],
)
def test_a_typo_in_a_data_template_fails_the_build_naming_the_template(tmp_path, old, new, expected):
    result = _break(tmp_path, "overrides/data/activity.html", old, new)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "overrides/data/activity.html:" in output and expected in output
    assert "Traceback" not in output
    assert not (tmp_path / "site").exists()


def test_a_missing_ui_string_in_a_material_rendered_partial_fails_too(tmp_path):
    result = _break(tmp_path, "overrides/partials/news-latest.html", "ui.news.latest", "ui.news.lates")
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "ui.news.lates is not a UI string" in output


def test_a_hand_written_page_at_a_generated_address_is_a_located_error(tmp_path):
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "vi" / "lich-hoat-dong" / "index.md"
    page.parent.mkdir(parents=True)
    page.write_text("# Lịch viết tay\n", encoding="utf-8")
    result = run_build(project, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "docs/vi/lich-hoat-dong/index.md:1:" in output and "Đổi tên hoặc xóa tệp này." in output
    assert "Rename or delete it." in output
    assert "Traceback" not in output
