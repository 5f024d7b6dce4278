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
* aliases (``*name``) and ``<<`` merge keys are refused: they hide values from
  the person reading the file and would break line reporting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping, Union

import yaml

from . import yamlevents
from .errors import DataError, SourceRef

__all__ = ["Path_", "LineMap", "YamlDocument", "load_yaml_file"]

Path_ = tuple[Union[str, int], ...]
"""A location inside a document: mapping keys and list indexes from the top."""

_BOOL_TAG = "tag:yaml.org,2002:bool"
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


class _AliasUsed(yaml.YAMLError):
    """Raised while composing when the file uses ``*alias`` (carries the alias's position)."""

    def __init__(self, mark: yaml.Mark) -> None:
        super().__init__("alias")
        self.mark = mark


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader with YAML-1.2-style booleans, no implicit timestamps and no aliases."""

    # A per-class copy: changing the resolvers must never affect yaml.SafeLoader itself.
    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag not in (_BOOL_TAG, _TIMESTAMP_TAG)]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        """Refuse ``*alias`` where it is written (the composed tree no longer shows it)."""
        if self.check_event(yaml.AliasEvent):
            raise _AliasUsed(self.peek_event().start_mark)
        return super().compose_node(parent, index)


_StrictLoader.add_implicit_resolver(
    _BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


try:
    from yaml.cyaml import CParser as _CParser
except ImportError:  # PyYAML built without libyaml: the strict loader does all the work
    _CParser = None


if _CParser is not None:
    class _FastStrictLoader(_CParser, yaml.constructor.SafeConstructor, yaml.resolver.Resolver):
        """libyaml's C parser with exactly the resolvers of :class:`_StrictLoader`.

        PyYAML's pure-Python scanner takes seconds for a few thousand records (measured: ~11 s of a
        14 s load at 3,000 resources); libyaml parses the same in a fraction. It is used only for files
        that parse cleanly into plain data (hooks/lib/core/yamlevents.py builds it from the events):
        anything else is re-read with :class:`_StrictLoader`, so every message staff see comes from one
        loader.
        """

        yaml_implicit_resolvers = _StrictLoader.yaml_implicit_resolvers

        def __init__(self, stream: str) -> None:
            _CParser.__init__(self, stream)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)


_FAST_PARSER = _CParser is not None


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
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(start, f"the file could not be read ({exc.strerror or type(exc).__name__})",
                        "Check that the file exists and that you may read it") from None
    text = _decode(raw, rel_path)
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        raise DataError(start, "the file is empty (it has no data, only comments or blank lines)",
                        "Restore its content; an empty file would publish a site without this data")
    if _FAST_PARSER:
        fast = _parse_fast(text, rel_path)
        if fast is not None:
            return fast
    try:
        loader = _StrictLoader(text)  # checks for forbidden characters straight away
    except yaml.reader.ReaderError as exc:  # a control character such as U+0007 in the text
        line = text[: exc.position].count("\n") + 1
        raise DataError(SourceRef(rel_path, line),
                        f"the line contains an invisible control character (code {exc.character:#04x}) "
                        "that YAML does not allow", "Delete it, e.g. by retyping the line") from None
    try:
        root = loader.get_single_node()
        if root is None or root.tag == "tag:yaml.org,2002:null":  # e.g. only "---" or "~"
            raise DataError(start, "the file contains no data", "Restore its content")
        lines: dict[Path_, int] = {(): root.start_mark.line + 1}
        _record(root, (), lines, loader, rel_path)
        data = loader.construct_document(root)
    except _AliasUsed as exc:
        raise DataError(SourceRef(rel_path, exc.mark.line + 1),
                        "YAML aliases (`*name`) are not supported in data files",
                        "Write the value out in full here and remove the `&name` anchor") from None
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


def _parse_fast(text: str, rel_path: str) -> YamlDocument | None:
    """Parse with libyaml; ``None`` whenever the strict loader must look (errors, aliases, ...)."""
    try:
        yaml.reader.Reader(text)  # the same printable-character check as the strict loader
        loader = _FastStrictLoader(text)
    except yaml.YAMLError:
        return None
    try:
        data, lines = yamlevents.build(loader)
    except (yaml.YAMLError, yamlevents.NotPlain, RecursionError):
        return None
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


def _record(node: yaml.Node, path: Path_, lines: dict[Path_, int], loader: Any, rel_path: str) -> None:
    """Walk the node tree, recording lines and rejecting duplicate keys and merge keys."""
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
            _record(value_node, path + (key,), lines, loader, rel_path)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[path + (index,)] = item.start_mark.line + 1
            _record(item, path + (index,), lines, loader, rel_path)


# PyYAML's wording ("expected <block end>, but found '<block mapping start>'") is parser jargon;
# these are the usual causes in hand-edited files, in words staff know.  First match wins.
_CHECK_LINE = ("Check indentation (spaces only, same depth as the lines around it), colons, dashes and "
               "closing quotes on this line and the line above")
_SYNTAX_HINTS = (
    ("'\\t'", "a tab character is used", "Indent with spaces only (VS Code: 'Convert Indentation to Spaces')"),
    ("cannot start any token", "a value starts with a reserved character (such as ` @ % or |)",
     'Put the value in double quotes, e.g. "..."'),
    ("but found another document", "the file contains more than one YAML document (a second `---` line)",
     "Delete the `---` line and merge the data into one document"),
    ("found undefined alias", "`*name` refers to an anchor that does not exist",
     "Write the value out in full instead of `*name`"),
    ("mapping values are not allowed", "a colon `:` is in an unexpected place (wrong indentation, or text "
                                       "containing `: ` that needs quotes)", _CHECK_LINE),
    ("expected ',' or '}'", "a `{...}` block is not closed with `}` or is missing a comma", _CHECK_LINE),
    ("expected ',' or ']'", "a `[...]` list is not closed with `]` or is missing a comma", _CHECK_LINE),
    ("could not find expected ':'", "a field name is missing its colon, or a quote is not closed", _CHECK_LINE),
    ("found unexpected end of stream", "a quote or bracket is opened but never closed",
     "Close the quote or bracket that starts on this line"),
    ("did not find expected '-' indicator", "a list item (`- `) is indented differently from the others",
     _CHECK_LINE),
    ("<block end>", "this line is indented differently from the lines around it", _CHECK_LINE),
    ("did not find expected key", "this line is indented differently from the lines around it", _CHECK_LINE),
)


def _syntax_error(exc: yaml.MarkedYAMLError, rel_path: str) -> DataError:
    """Turn a PyYAML error into a located message (no traceback, no parser jargon)."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else 1
    problem = (exc.problem or exc.context or "invalid YAML").strip()
    if isinstance(exc, yaml.constructor.ConstructorError) and "tag" in problem:
        return DataError(SourceRef(rel_path, line),
                         "a YAML tag (`!` or `!!`) is not allowed here",
                         "Remove the tag and write a plain value")
    wording = f"{exc.context or ''} {exc.problem or ''}"
    cause, fix = next(((hint, fix) for needle, hint, fix in _SYNTAX_HINTS if needle in wording),
                      (problem.replace("<", "").replace(">", ""), _CHECK_LINE))
    column = f" at column {mark.column + 1}" if mark is not None else ""
    return DataError(SourceRef(rel_path, line), f"YAML syntax error{column}: {cause}", fix)
