"""The libyaml fast path must give exactly what the strict pure-Python loader gives."""

from __future__ import annotations

import pytest
import yaml

from hooks.lib.core import yamlevents, yamlload
from tests.support import params

needs_libyaml = pytest.mark.skipif(not yamlload._FAST_PARSER, reason="PyYAML built without libyaml")


@needs_libyaml
@pytest.mark.parametrize("path", params.data_files(), ids=lambda p: p.name)
def test_fast_and_strict_loaders_agree(path, monkeypatch):
    strict_reads = []
    original = yamlload._StrictLoader.__init__
    monkeypatch.setattr(
        yamlload._StrictLoader, "__init__", lambda self, s: (strict_reads.append(1), original(self, s))[1]
    )
    fast = yamlload.load_yaml_file(path, f"data/{path.name}")
    assert strict_reads == []  # the real data is plain: read by the fast path alone
    monkeypatch.setattr(yamlload, "_FAST_PARSER", False)
    strict = yamlload.load_yaml_file(path, f"data/{path.name}")
    assert fast.data == strict.data
    assert dict(fast.lines.lines) == dict(strict.lines.lines)


@needs_libyaml
def test_fast_path_is_used_for_valid_files(monkeypatch, tmp_path):
    calls = []
    original = yamlload._StrictLoader.__init__
    monkeypatch.setattr(yamlload._StrictLoader, "__init__", lambda self, s: (calls.append(1), original(self, s))[1])
    path = tmp_path / "x.yml"
    path.write_text("a: yes\nb: 2022-02-30\nc: [1, 2]\n", encoding="utf-8")
    doc = yamlload.load_yaml_file(path, "data/x.yml")
    assert doc.data == {"a": "yes", "b": "2022-02-30", "c": [1, 2]}  # YAML 1.2 booleans, dates stay text
    assert calls == []


@pytest.mark.parametrize(
    "text, phrase, line",
    [
        ("a: &x 1\nb: *x\n", "aliases", 2),
        ("a: 1\na: 2\n", "written twice", 2),
        ("a: [1\n", "YAML syntax error", 2),
    ],
)
def test_problems_are_reported_by_the_strict_loader(tmp_path, text, phrase, line):
    path = tmp_path / "x.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(yamlload.DataError) as err:
        yamlload.load_yaml_file(path, "data/x.yml")
    assert phrase in str(err.value) and str(err.value).startswith(f"data/x.yml:{line}:")


PLAIN = [
    "a: 1\nb: [x, 'y', \"z\"]\nc: {d: true, e: false, f: ~, g: 1.5}\n",
    '- id: one\n  title: {vi: "Một", en: One}\n- id: two\n  tags:\n    - a\n    - b\n',
    "text: |\n  dòng một\n  dòng hai\nfolded: >\n  một\n  hai\n",
    "'quoted key': no\nwhen: 2022-10-01\nnum: 0x1F\n",
]


@needs_libyaml
@pytest.mark.parametrize("text", PLAIN)
def test_events_give_the_data_and_lines_of_the_node_tree(text):
    fast = yamlload._FastStrictLoader(text)
    try:
        data, lines = yamlevents.build(fast)
    finally:
        fast.dispose()
    strict = yamlload._StrictLoader(text)
    try:
        root = strict.get_single_node()
        expected_lines = {(): root.start_mark.line + 1}
        yamlload._record(root, (), expected_lines, strict, "data/x.yml")
        assert data == strict.construct_document(root)
    finally:
        strict.dispose()
    assert lines == expected_lines


@needs_libyaml
@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1\nb: *x\n",  # alias
        "a: 1\na: 2\n",  # key written twice
        "base: {a: 1}\nb:\n  <<: {c: 2}\n",  # merge key
        "a: !!str 1\n",  # explicit tag
        "? [a, b]\n: 1\n",  # a key that is not text
        "~\n",  # no data
        "a: 1\n---\nb: 2\n",  # two documents
    ],
)
def test_anything_but_plain_data_is_left_to_the_strict_loader(text):
    loader = yamlload._FastStrictLoader(text)
    try:
        with pytest.raises((yamlevents.NotPlain, yaml.YAMLError)):
            yamlevents.build(loader)
    finally:
        loader.dispose()
