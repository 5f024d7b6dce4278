"""Read one YAML data file and remember the line of every value.

Validation messages must point at a line (``data/activities.yml:42:``), but
plain ``yaml.safe_load`` forgets where things were.  This module composes the
node tree with a :class:`yaml.SafeLoader` subclass, records
``node.start_mark.line + 1`` for every mapping key and list item under its
path (``("activities", 3, "title")``), and only then builds plain Python data.

It also makes the loader stricter than YAML 1.1 defaults, because those
defaults surprise non-programmers:

* only ``true``/``false`` are booleans (``no`` is text, not ``False``), matching
  YAML 1.2 and the VS Code YAML extension that staff use;
* dates such as ``2022-10-01`` stay text, so the validator - not the YAML
  library - reports an impossible date like ``2022-02-30`` with its line;
* a key written twice in one mapping is an error (YAML silently keeps the last);
* anchors/aliases and ``<<`` merge keys are refused: they hide values from
  the person reading the file and would break line reporting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping, Union

import yaml

from .dataerror import DataError, SourceRef

__all__ = ["Path_", "LineMap", "YamlDocument", "load_yaml_file"]

Path_ = tuple[Union[str, int], ...]
"""A location inside a document: mapping keys and list indexes from the top."""

_BOOL_TAG = "tag:yaml.org,2002:bool"
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader with YAML-1.2-style booleans and no implicit timestamps."""

    # A per-class copy: changing the resolvers must never affect yaml.SafeLoader itself.
    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag not in (_BOOL_TAG, _TIMESTAMP_TAG)]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


_StrictLoader.add_implicit_resolver(
    _BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


@dataclass(frozen=True)
class LineMap:
    """Line numbers (1-based) of keys and list items, looked up by path."""

    lines: Mapping[Path_, int]

    def line(self, path: Path_) -> int:
        """Line of ``path``, or of its nearest recorded parent (line 1 at worst)."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)


@dataclass(frozen=True)
class YamlDocument:
    """A parsed data file: its plain data, where each value was, and its display path."""

    data: Any
    lines: LineMap
    rel_path: str

    def at(self, path: Path_) -> SourceRef:
        """The file-and-line of ``path``, for building a :class:`DataError`."""
        return SourceRef(self.rel_path, self.lines.line(path))

    def error(self, path: Path_, problem: str, fix: str) -> DataError:
        """A :class:`DataError` located at ``path`` in this document."""
        return DataError(self.at(path), problem, fix)


def load_yaml_file(path: Path, rel_path: str) -> YamlDocument:
    """Parse ``path`` strictly; raise :class:`DataError` located in ``rel_path``.

    ``rel_path`` is how the file is named in messages (``data/week.yml``).
    """
    start = SourceRef(rel_path, 1)
    if not path.is_file():
        raise DataError(start, "the file is missing",
                        f"Create {rel_path} (copy the structure from the other data files or from git history)")
    raw = path.read_bytes()
    text = _decode(raw, rel_path)
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        raise DataError(start, "the file is empty (it has no data, only comments or blank lines)",
                        "Restore its content; an empty file would publish a site without this data")
    loader = _StrictLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:  # e.g. a file holding only "---"
            raise DataError(start, "the file contains no data", "Restore its content")
        lines: dict[Path_, int] = {(): root.start_mark.line + 1}
        _record(root, (), lines, loader, rel_path, set())
        data = loader.construct_document(root)
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, rel_path) from None
    except yaml.YAMLError as exc:  # unmarked errors are rare; keep the message generic
        raise DataError(start, "the file could not be read as YAML",
                        f"Check the file for typing mistakes ({type(exc).__name__})") from None
    except RecursionError:
        raise DataError(start, "the data is nested too deeply", "Simplify the structure of the file") from None
    finally:
        loader.dispose()
    return YamlDocument(data=data, lines=LineMap(MappingProxyType(lines)), rel_path=rel_path)


def _decode(raw: bytes, rel_path: str) -> str:
    """Decode UTF-8 (a leading BOM is tolerated), locating the first bad byte."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError(
            SourceRef(rel_path, line),
            f"the file is not saved as UTF-8 (byte 0x{raw[exc.start]:02x} on this line is not valid UTF-8)",
            "Re-save the file with UTF-8 encoding (in VS Code: click the encoding in the status bar, "
            "'Save with Encoding', 'UTF-8') and retype any Vietnamese letters that look wrong",
        ) from None


def _record(node: yaml.Node, path: Path_, lines: dict[Path_, int], loader: _StrictLoader,
            rel_path: str, seen: set[int]) -> None:
    """Walk the node tree, recording lines and rejecting duplicate keys and aliases."""
    if id(node) in seen:
        raise DataError(SourceRef(rel_path, node.start_mark.line + 1),
                        "YAML anchors and aliases (`&name` / `*name`) are not supported in data files",
                        "Write the value out in full where it is used")
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        first_line: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                raise DataError(SourceRef(rel_path, key_line), "a field name must be plain text",
                                "Write field names as simple words followed by a colon, e.g. `title:`")
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise DataError(SourceRef(rel_path, key_line),
                                "YAML merge keys (`<<:`) are not supported in data files",
                                "Write every field out in full")
            key = loader.construct_object(key_node)
            if key in first_line:
                raise DataError(
                    SourceRef(rel_path, key_line),
                    f"the field `{key}` is written twice in the same block (first on line {first_line[key]})",
                    "Keep one of them and delete the other",
                )
            first_line[key] = key_line
            lines[path + (key,)] = key_line
            _record(value_node, path + (key,), lines, loader, rel_path, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[path + (index,)] = item.start_mark.line + 1
            _record(item, path + (index,), lines, loader, rel_path, seen)


def _syntax_error(exc: yaml.MarkedYAMLError, rel_path: str) -> DataError:
    """Turn a PyYAML error into a located message (no traceback, no internal names)."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else 1
    problem = (exc.problem or exc.context or "invalid YAML").strip()
    if isinstance(exc, yaml.constructor.ConstructorError) and "tag" in problem:
        return DataError(SourceRef(rel_path, line),
                         f"a YAML tag is not allowed here ({problem})",
                         "Remove the `!` or `!!` tag and write a plain value")
    column = f" at column {mark.column + 1}" if mark is not None else ""
    return DataError(
        SourceRef(rel_path, line),
        f"YAML syntax error{column}: {problem}",
        "Check indentation (spaces only, same depth as the lines around it), colons, dashes and "
        "closing quotes on this line and the line above",
    )
