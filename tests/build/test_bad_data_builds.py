"""Every bad-input case of tests/unit/test_sitedata.py, through a real `mkdocs build --strict`.

The unit tests prove the loader's message for each case; here the whole build must show that message
(located), exit non-zero, print no traceback and leave the previously built site byte-for-byte as it
was. The project copy uses the small valid data set of the unit tests (and no sample news posts,
which name wards that set does not have), so each failing build is quick.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.bad_data import CASES, Case
from tests.support.project import (
    assert_site_untouched,
    run_build,
    site_snapshot,
    small_project,
    use_small_data,
)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad-data")
    project = small_project(root / "proj")
    site = root / "site"
    first = run_build(project, site)
    assert first.returncode == 0, first.stderr
    return project, site, site_snapshot(site)


def _restore_data(project: Path) -> None:
    use_small_data(project)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_data_fails_the_build_located_and_keeps_the_site(project, case: Case):
    project_dir, site, before = project
    _restore_data(project_dir)
    case.patch(project_dir / "data" / case.file)
    try:
        result = run_build(project_dir, site)
    finally:
        _restore_data(project_dir)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert f"ERROR   -  {case.where} " in output, output[-2000:]
    assert case.vi in output and case.en in output
    assert output.index(case.vi) < output.index("(EN: ", output.index(case.where)) < output.index(case.en)
    assert "Traceback" not in output
    assert_site_untouched(site, before)
