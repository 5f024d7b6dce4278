"""The libyaml fast path must give exactly what the strict pure-Python loader gives."""
from __future__ import annotations

import pytest

from hooks.lib.core import yamlload
from tests.support import params


@pytest.mark.skipif(not yamlload._FAST_PARSER, reason="PyYAML built without libyaml")
@pytest.mark.parametrize("path", params.data_files(), ids=lambda p: p.name)
def test_fast_and_strict_loaders_agree(path, monkeypatch):
    strict_reads = []
    original = yamlload._StrictLoader.__init__
    monkeypatch.setattr(yamlload._StrictLoader, "__init__", lambda self, s: (strict_reads.append(1), original(self, s))[1])
    fast = yamlload.load_yaml_file(path, f"data/{path.name}")
    assert strict_reads == []  # the real data is plain: read by the fast path alone
    monkeypatch.setattr(yamlload, "_FAST_PARSER", False)
    strict = yamlload.load_yaml_file(path, f"data/{path.name}")
    assert fast.data == strict.data
    assert dict(fast.lines.lines) == dict(strict.lines.lines)


@pytest.mark.skipif(not yamlload._FAST_PARSER, reason="PyYAML built without libyaml")
def test_fast_path_is_used_for_valid_files(monkeypatch, tmp_path):
    calls = []
    original = yamlload._StrictLoader.__init__
    monkeypatch.setattr(yamlload._StrictLoader, "__init__", lambda self, s: (calls.append(1), original(self, s))[1])
    path = tmp_path / "x.yml"
    path.write_text("a: yes\nb: 2022-02-30\nc: [1, 2]\n", encoding="utf-8")
    doc = yamlload.load_yaml_file(path, "data/x.yml")
    assert doc.data == {"a": "yes", "b": "2022-02-30", "c": [1, 2]}  # YAML 1.2 booleans, dates stay text
    assert calls == []


@pytest.mark.parametrize("text, phrase, line", [
    ("a: &x 1\nb: *x\n", "aliases", 2),
    ("a: 1\na: 2\n", "written twice", 2),
    ("a: [1\n", "YAML syntax error", 2),
])
def test_problems_are_reported_by_the_strict_loader(tmp_path, text, phrase, line):
    path = tmp_path / "x.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(yamlload.DataError) as err:
        yamlload.load_yaml_file(path, "data/x.yml")
    assert phrase in str(err.value) and str(err.value).startswith(f"data/x.yml:{line}:")
