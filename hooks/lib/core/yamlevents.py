"""Plain data and line numbers straight from a YAML parser's events (the fast path of yamlload.py).

Composing a node tree first (what PyYAML's loaders do) keeps a node and two position marks per value
until the whole file is built: ~70 MiB for a data file of 3,000 resources, freed again but left
scattered in the heap for the rest of the build. Built from the events instead, only the data and
the line map are ever held. Anything but plain data - an alias, a merge key, a key written twice, a
key that is not text, a tag, a second document - stops here (:class:`NotPlain`), and the strict
loader of yamlload.py reads the file again and reports it in words staff know. Pure Python.
"""
from __future__ import annotations

from typing import Any

import yaml
from yaml import events

from .invisible import find_invisible

Path_ = tuple[str | int, ...]

_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_NULL_TAG = "tag:yaml.org,2002:null"
_MERGE_TAG = "tag:yaml.org,2002:merge"


class NotPlain(Exception):
    """The file holds something only the strict loader may judge (see the module docstring)."""


def build(loader: Any, max_chars: int | None = None, forbidden: Any = None) -> tuple[Any, dict[Path_, int]]:
    """``(data, lines)`` of the single document of ``loader`` - a parser with a resolver and a
    constructor, e.g. yamlload's libyaml loader - where ``lines`` maps every mapping key and list
    item (by path) and the root ``()`` to its 1-based line. Raises NotPlain or a YAMLError.

    ``max_chars`` and ``forbidden`` (invisible characters, see core/invisible.py): a text longer, or
    holding one (written as an escape), is NotPlain too - the strict loader says where and why."""
    loader._plain_limits = (max_chars, forbidden)
    _expect(loader, events.StreamStartEvent)
    _expect(loader, events.DocumentStartEvent)
    first = loader.get_event()
    if isinstance(first, events.ScalarEvent) and _scalar_tag(loader, first) == _NULL_TAG:
        raise NotPlain("no data")
    lines: dict[Path_, int] = {(): first.start_mark.line + 1}
    data = _value(loader, first, (), lines)
    _expect(loader, events.DocumentEndEvent)
    _expect(loader, events.StreamEndEvent)
    return data, lines


def _expect(loader: Any, kind: type) -> None:
    if not isinstance(loader.get_event(), kind):
        raise NotPlain(kind.__name__)


def _scalar_tag(loader: Any, event: events.ScalarEvent) -> str:
    if event.tag not in (None, "!") or event.anchor is not None:
        raise NotPlain("tag or anchor")
    max_chars, forbidden = getattr(loader, "_plain_limits", (None, None))
    if max_chars is not None and len(event.value) > max_chars:
        raise NotPlain("text too long")
    if forbidden is not None and find_invisible(event.value, forbidden):
        raise NotPlain("invisible character")
    return loader.resolve(yaml.ScalarNode, event.value, event.implicit)


def _value(loader: Any, event: events.Event, path: Path_, lines: dict[Path_, int]) -> Any:
    if isinstance(event, events.ScalarEvent):
        tag = _scalar_tag(loader, event)
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        construct = loader.yaml_constructors.get(tag)
        if construct is None:  # a resolver without a safe constructor (e.g. "=")
            raise NotPlain("tag")
        return construct(loader, node)
    if isinstance(event, (events.SequenceStartEvent, events.MappingStartEvent)) and (
            event.tag not in (None, "!", _MAP_TAG, _SEQ_TAG) or event.anchor is not None):
        raise NotPlain("tag or anchor")
    if isinstance(event, events.SequenceStartEvent):
        items = []
        while not isinstance(item := loader.get_event(), events.SequenceEndEvent):
            lines[path + (len(items),)] = item.start_mark.line + 1
            items.append(_value(loader, item, path + (len(items),), lines))
        return items
    if isinstance(event, events.MappingStartEvent):
        mapping: dict = {}
        while not isinstance(key_event := loader.get_event(), events.MappingEndEvent):
            if not isinstance(key_event, events.ScalarEvent) or _scalar_tag(loader, key_event) == _MERGE_TAG:
                raise NotPlain("key")
            key = _value(loader, key_event, path, lines)
            if key in mapping:
                raise NotPlain("key written twice")
            lines[path + (key,)] = key_event.start_mark.line + 1
            mapping[key] = _value(loader, loader.get_event(), path + (key,), lines)
        return mapping
    raise NotPlain(type(event).__name__)  # an alias
