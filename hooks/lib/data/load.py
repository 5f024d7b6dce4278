"""Load and validate the site's YAML data (``data/*.yml``) - the single entry point.

``load_site_data(data_dir)`` reads the six data files, checks each one against
its JSON Schema in ``data/schemas/`` and against the content rules a schema
cannot express, and returns an immutable :class:`SiteData`.  Any problem is
raised as :class:`DataError`, whose message is
``data/<file>.yml:<line>: <what is wrong>. <how to fix it>`` - the hooks turn it
into a MkDocs ``PluginError`` so a broken file stops the build with a message
staff can act on, before a single page is written.

Files are checked in a fixed order (week, wards, vocabularies, activities,
resources, libraries) and the first problem found is reported: later files
refer to earlier ones, so their errors would only repeat the first.

Pure Python: this module never imports MkDocs, so it can be unit-tested and
reused by scripts (for example a pre-commit data check).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, Optional

from .records import (build_activities, build_libraries, build_resources, build_vocabularies,
                        build_wards, build_week)
from hooks.lib.core.errors import DataError, SourceRef
from .schema import load_schemas
from .model import (LANGUAGES, Activity, Contact, Library, Resource, Term, Text, Vocabularies,
                        Vocabulary, Ward, Week)
from hooks.lib.core.yamlload import YamlDocument, load_yaml_file

__all__ = [
    "DATA_FILES", "LANGUAGES", "Activity", "Contact", "DataError", "Library", "Resource", "SiteData",
    "SourceRef", "Term", "Text", "Vocabularies", "Vocabulary", "Ward", "Week", "load_site_data",
]

DATA_FILES = ("week", "wards", "vocabularies", "activities", "resources", "libraries")
"""Data file stems, in the order they are checked (later files refer to earlier ones)."""


@dataclass(frozen=True)
class SiteData:
    """Everything the hooks need, validated; lookups are read-only mappings."""

    week: Week
    wards: tuple[Ward, ...]
    vocabularies: Vocabularies
    activities: tuple[Activity, ...]
    resources: tuple[Resource, ...]
    libraries: tuple[Library, ...]
    wards_by_id: Mapping[str, Ward] = field(init=False, repr=False, compare=False)
    activities_by_id: Mapping[str, Activity] = field(init=False, repr=False, compare=False)
    resources_by_id: Mapping[str, Resource] = field(init=False, repr=False, compare=False)
    resource_aliases: Mapping[str, str] = field(init=False, repr=False, compare=False)
    libraries_by_id: Mapping[str, Library] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lookups = {
            "wards_by_id": {ward.id: ward for ward in self.wards},
            "activities_by_id": {activity.id: activity for activity in self.activities},
            "resources_by_id": {resource.id: resource for resource in self.resources},
            "resource_aliases": {alias: resource.id for resource in self.resources for alias in resource.aliases},
            "libraries_by_id": {library.id: library for library in self.libraries},
        }
        for name, mapping in lookups.items():
            object.__setattr__(self, name, MappingProxyType(mapping))

    def activities_by_day(self) -> Mapping[date, tuple[Activity, ...]]:
        """Every day of the Week (in order) with the activities running that day.

        A multi-day activity (e.g. banners hung all week) appears under each day
        it runs on; days without activities map to an empty tuple so the schedule
        can still show them.  Within a day: by start time, then id.
        """
        days: dict[date, list[Activity]] = {day: [] for day in self.week.days}
        for activity in self.activities:
            for day in activity.days:
                days.setdefault(day, []).append(activity)
        return MappingProxyType({
            day: tuple(sorted(items, key=lambda a: (a.start, a.id))) for day, items in sorted(days.items())
        })

    def activities_in_ward(self, ward_id: str) -> tuple[Activity, ...]:
        """Activities held in ``ward_id``, by start time."""
        return tuple(sorted((a for a in self.activities if a.ward == ward_id), key=lambda a: (a.start, a.id)))

    def libraries_in_ward(self, ward_id: str) -> tuple[Library, ...]:
        """Libraries and learning centres in ``ward_id``, in file order."""
        return tuple(library for library in self.libraries if library.ward == ward_id)

    def facts(self, lang: str) -> dict[str, object]:
        """The values UI strings may name (``{week_name}``, ``{locality}``...), in ``lang``."""
        week = self.week
        return {"week_name": week.name.get(lang), "locality": week.locality.get(lang), "city": week.city.get(lang),
                "ward_count": len(self.wards), "week_year": week.start.year}

    def resolve_resource(self, id_or_alias: str) -> Optional[Resource]:
        """The resource with this id or former id (alias), or ``None``."""
        resource_id = self.resource_aliases.get(id_or_alias, id_or_alias)
        return self.resources_by_id.get(resource_id)


def load_site_data(data_dir: Path, root: Optional[Path] = None, schema_dir: Optional[Path] = None) -> SiteData:
    """Read, validate and return all site data from ``data_dir``; raise :class:`DataError`.

    ``root`` is the project root that message paths are relative to (default:
    the parent of ``data_dir``, giving ``data/week.yml``); ``schema_dir``
    defaults to ``data_dir / "schemas"``.  Nothing is cached between calls, so
    ``mkdocs serve`` picks up edits on every rebuild.
    """
    data_dir = Path(data_dir)
    root = Path(root) if root is not None else data_dir.parent
    schema_dir = Path(schema_dir) if schema_dir is not None else data_dir / "schemas"
    rel_dir = _relative(data_dir, root)
    schemas = load_schemas(schema_dir, DATA_FILES, _relative(schema_dir, root))

    def read(stem: str) -> YamlDocument:
        doc = load_yaml_file(data_dir / f"{stem}.yml", f"{rel_dir}/{stem}.yml")
        schemas.validate(stem, doc)
        return doc

    week = build_week(read("week"))
    wards = build_wards(read("wards"))
    wards_by_id = {ward.id: ward for ward in wards}
    vocabularies = build_vocabularies(read("vocabularies"))
    activities = build_activities(read("activities"), week, wards_by_id, vocabularies)
    resources = build_resources(read("resources"), vocabularies)
    libraries = build_libraries(read("libraries"), wards_by_id, vocabularies)
    return SiteData(week=week, wards=wards, vocabularies=vocabularies, activities=activities,
                    resources=resources, libraries=libraries)


def _relative(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` with forward slashes, for messages (absolute if outside root)."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.resolve().as_posix()
