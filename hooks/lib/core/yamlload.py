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
* aliases (``*name``), anchors (``&name``), ``<<`` merge keys and tags (``!!binary``,
  ``!!python/...``) are refused: they hide values from the person reading the file, break line
  reporting, and an alias refused only after expansion can be a "billion laughs" bomb (one grew to
  21 GB); an alias is refused the moment the parser meets it, before anything is built;
* invisible format characters (bidi overrides, zero-width spaces: hooks/lib/core/invisible.py),
  a text longer than ``limits.TEXT_MAX_CHARS`` and a file larger than ``limits.DATA_FILE_MAX_BYTES``
  are refused, located.

Two entry points, one reader: :func:`load_yaml_file` for data files and :func:`load_yaml_text` for
YAML inside another file (a page's front matter), whose lines count from where the YAML starts.
Messages (Vietnamese first, then English) live in hooks/lib/core/yamlmessages.py.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from . import yamlevents
from . import yamlmessages as msg
from .errors import DataError, SourceRef
from .invisible import VALUE_FORBIDDEN, find_invisible, invisible_message
from .limits import DATA_FILE_MAX_BYTES, TEXT_MAX_CHARS

__all__ = ["Path_", "LineMap", "YamlDocument", "load_yaml_file", "load_yaml_text"]

Path_ = tuple[str | int, ...]
"""A location inside a document: mapping keys and list indexes from the top."""

_BOOL_TAG = "tag:yaml.org,2002:bool"
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


class _AliasUsed(yaml.YAMLError):
    """Raised while composing when the file uses ``*alias`` (carries the alias's position)."""

    def __init__(self, mark: yaml.Mark) -> None:
        super().__init__("alias")
        self.mark = mark


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader with YAML-1.2-style booleans, no implicit timestamps, no aliases and no anchors."""

    first_anchor: yaml.Mark | None = None

    # A per-class copy: changing the resolvers must never affect yaml.SafeLoader itself.
    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag not in (_BOOL_TAG, _TIMESTAMP_TAG)]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        """Refuse ``*alias`` where it is written (the composed tree no longer shows it).

        An ``&anchor`` is remembered and refused once the whole text parsed, so a file that also has an
        alias is reported at the alias (where the hidden value is used).
        """
        if self.check_event(yaml.AliasEvent):
            raise _AliasUsed(self.peek_event().start_mark)
        event = self.peek_event()
        if getattr(event, "anchor", None) is not None and self.first_anchor is None:
            self.first_anchor = event.start_mark
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
        that parse cleanly: any problem is re-read with :class:`_StrictLoader`, so every message staff
        see comes from one loader. Aliases cannot be seen while composing in C; they show up as a node
        reached twice, which sends the file to the strict loader too.
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
    if not path.is_file():
        raise msg.missing_file_error(rel_path)
    try:
        size = path.stat().st_size
        if size > DATA_FILE_MAX_BYTES:  # before reading: a pasted 50 MB file must not be parsed at all
            raise msg.file_too_large_error(rel_path, size)
        raw = path.read_bytes()
    except OSError as exc:
        raise msg.read_error(rel_path, exc.strerror or type(exc).__name__) from None
    text = _decode(raw, rel_path)
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        raise msg.empty_file_error(rel_path)
    doc = load_yaml_text(text, rel_path)
    if doc.data is None:  # e.g. only "---" or "~"
        raise msg.no_data_error(rel_path)
    return doc


def load_yaml_text(text: str, rel_path: str, first_line: int = 1) -> YamlDocument:
    """Parse YAML ``text`` strictly, e.g. a page's front matter; lines count from ``first_line``.

    Empty text (or only ``~``) gives ``data=None``. Raises :class:`DataError` located in ``rel_path``
    at the line of the whole file (``first_line`` is the file line of the text's first line).
    """
    text = "\n" * (first_line - 1) + text  # every mark is then a line of the file
    if found := find_invisible(text):
        vi_problem, vi_fix, en_problem, en_fix = invisible_message(found)
        raise msg.error(rel_path, found.line, (vi_problem, vi_fix), (en_problem, en_fix))
    if _FAST_PARSER and not _ANCHOR.search(text):
        fast = _parse_fast(text, rel_path)
        if fast is not None:
            return fast
    try:
        loader = _StrictLoader(text)  # checks for forbidden characters straight away
    except yaml.reader.ReaderError as exc:  # a control character such as U+0007 in the text
        line = text[: exc.position].count("\n") + 1
        raise msg.control_character_error(rel_path, line, exc.character) from None
    try:
        root = loader.get_single_node()
        if root is None or root.tag == "tag:yaml.org,2002:null":
            return YamlDocument(data=None, lines=LineMap(MappingProxyType({(): first_line})), rel_path=rel_path)
        lines: dict[Path_, int] = {(): root.start_mark.line + 1}
        _record(root, (), lines, loader, rel_path)
        if loader.first_anchor is not None:
            raise msg.anchor_error(rel_path, loader.first_anchor.line + 1)
        data = loader.construct_document(root)
    except _AliasUsed as exc:
        raise msg.alias_error(rel_path, exc.mark.line + 1) from None
    except yaml.MarkedYAMLError as exc:
        raise msg.syntax_error(exc, rel_path, text) from None
    except yaml.YAMLError as exc:  # unmarked errors are rare; keep the message generic
        raise msg.generic_error(rel_path, type(exc).__name__) from None
    except RecursionError:
        raise msg.too_deep_error(rel_path) from None
    finally:
        loader.dispose()
    return YamlDocument(data=data, lines=LineMap(MappingProxyType(lines)), rel_path=rel_path)


# An ``&anchor`` the libyaml path cannot see (it shows only anchors that are used): such texts go to
# the strict loader, which reports it. Text like "R&D" or "A & B" does not match.
_ANCHOR = re.compile(r"(?:^|[\s\[{,])&[^\s]")


def _parse_fast(text: str, rel_path: str) -> YamlDocument | None:
    """Parse with libyaml; ``None`` whenever the strict loader must look (errors, aliases, ...)."""
    try:
        yaml.reader.Reader(text)  # the same printable-character check as the strict loader
        loader = _FastStrictLoader(text)
    except yaml.YAMLError:
        return None
    try:
        # Built straight from the parser's events (yamlevents.py): no node tree held for the whole file.
        data, lines = yamlevents.build(loader, max_chars=TEXT_MAX_CHARS, forbidden=VALUE_FORBIDDEN)
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
        raise msg.not_utf8_error(rel_path, raw[: exc.start].count(b"\n") + 1, raw[exc.start]) from None


decode_utf8 = _decode
"""The reader's UTF-8 decoding, for other readers of staff files (pages) to give the same message."""


_DEFAULT_TAGS = {yaml.SequenceNode: "tag:yaml.org,2002:seq", yaml.MappingNode: "tag:yaml.org,2002:map"}


def _record(node: yaml.Node, path: Path_, lines: dict[Path_, int], loader: Any,
            rel_path: str, seen: set[int] | None = None) -> None:
    """Walk the node tree, recording lines; reject duplicate keys, merge keys, tags and too long texts.

    With ``seen`` (the libyaml path), a node reached twice is an alias: raise so the strict loader
    reports it where it is written. A tag is refused when it changes the value (``!!binary``, ``!!str 5``,
    ``!!python/...``): the node's tag then differs from the one its plain text would get.
    """
    if seen is not None:
        if id(node) in seen:
            raise _AliasUsed(node.start_mark)
        seen.add(id(node))
    line = node.start_mark.line + 1
    if isinstance(node, yaml.ScalarNode):
        plain = node.style in (None, "")  # libyaml says "" for plain, PyYAML None
        if node.tag != loader.resolve(yaml.ScalarNode, node.value, (plain, not plain)):
            raise msg.tag_error(rel_path, line)
        if len(node.value) > TEXT_MAX_CHARS:
            raise msg.text_too_long_error(rel_path, line, len(node.value))
        if found := find_invisible(node.value, VALUE_FORBIDDEN):  # written as an escape: "\u202e"
            raise msg.escaped_character_error(rel_path, line, found.code, found.name)
    elif node.tag != _DEFAULT_TAGS[type(node)]:
        raise msg.tag_error(rel_path, line)
    if isinstance(node, yaml.MappingNode):
        first_line: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise msg.merge_key_error(rel_path, key_line)
            if not isinstance(key_node, yaml.ScalarNode):
                raise msg.key_not_text_error(rel_path, key_line)
            if key_node.tag != loader.resolve(yaml.ScalarNode, key_node.value, (key_node.style in (None, ""),) * 2):
                raise msg.tag_error(rel_path, key_line)
            key = loader.construct_object(key_node)
            if key in first_line:
                raise msg.duplicate_key_error(rel_path, key_line, key, first_line[key])
            first_line[key] = key_line
            lines[path + (key,)] = key_line
            _record(value_node, path + (key,), lines, loader, rel_path, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[path + (index,)] = item.start_mark.line + 1
            _record(item, path + (index,), lines, loader, rel_path, seen)
