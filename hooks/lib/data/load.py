"""Load and validate the site's YAML data (``data/*.yml``) - the single entry point.

``load_site_data(data_dir)`` reads the six data files, checks each one against
its JSON Schema in ``data/schemas/`` and against the content rules a schema
cannot express, and returns an immutable :class:`SiteData`.  Any problem is
raised as :class:`DataError`, whose message is
``data/<file>.yml:<line>: <what is wrong>. <how to fix it>`` - the hooks turn it
into a MkDocs ``PluginError`` so a broken file stops the build with a message
staff can act on, before a single page is written.

Files are checked in a fixed order (week, wards, vocabularies, activities,
resources, libraries, then the optional programme files - programmes,
library cooperation, each edition's honour roll and banner reports: see
programme_records.py) and the first problem found is reported: later files
refer to earlier ones, so their errors would only repeat the first.

Pure Python: this module never imports MkDocs, so it can be unit-tested and
reused by scripts (for example a pre-commit data check).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from hooks.lib.core.errors import DataError, SourceRef, bilingual
from hooks.lib.core.yamlload import YamlDocument, load_yaml_file
from hooks.lib.i18n.routes import record_prefix

from .model import (
    LANGUAGES,
    Activity,
    Contact,
    Edition,
    EditionPage,
    Library,
    Resource,
    Site,
    Slogan,
    Term,
    Text,
    Vocabularies,
    Vocabulary,
    Ward,
)
from .programme_records import PROGRAMME_STEMS, check_activity_links, load_programme_data
from .programmes import ProgrammeData
from .records import (
    build_activities,
    build_edition,
    build_libraries,
    build_resources,
    build_site,
    build_vocabularies,
    build_wards,
)
from .refs import RecordKind
from .schema import Hint, load_schemas
from .status import WithdrawnRecord, split_withdrawn, withdrawn_record
from .wardnames import ward_ref_hint

__all__ = [
    "DATA_FILES", "LANGUAGES", "Activity", "Contact", "DataError", "Library", "Resource", "SiteData",
    "SourceRef", "Term", "Text", "Vocabularies", "Vocabulary", "Ward", "Edition", "EditionPage", "Site", "Slogan",
    "load_site_data",
]

DATA_FILES = ("site", "wards", "vocabularies", "edition", "activities", "resources", "libraries")
"""Schema stems, in the order files are checked (later files refer to earlier ones). ``edition`` and
``activities`` are checked once per edition folder (data/editions/<year>/)."""

EDITIONS_DIR = "editions"


@dataclass(frozen=True)
class SiteData:
    """Everything the hooks need, validated; lookups are read-only mappings."""

    site: Site
    wards: tuple[Ward, ...]
    vocabularies: Vocabularies
    editions: tuple[Edition, ...]          # oldest first
    resources: tuple[Resource, ...]
    libraries: tuple[Library, ...]
    # Records taken down (`withdrawn:`): left out of every list above; only a "removed" page stays at each
    # address (hooks/lib/data/status.py).
    withdrawn: tuple[WithdrawnRecord, ...] = ()
    # The guidance's programmes: learning models, honour roll, banner reports, library cooperation
    # (optional files, read by hooks/lib/data/programme_records.py).
    programme_data: ProgrammeData = field(default_factory=ProgrammeData)
    wards_by_id: Mapping[str, Ward] = field(init=False, repr=False, compare=False)
    editions_by_year: Mapping[int, Edition] = field(init=False, repr=False, compare=False)
    resources_by_id: Mapping[str, Resource] = field(init=False, repr=False, compare=False)
    resource_aliases: Mapping[str, str] = field(init=False, repr=False, compare=False)
    libraries_by_id: Mapping[str, Library] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lookups = {
            "wards_by_id": {ward.id: ward for ward in self.wards},
            "editions_by_year": {edition.year: edition for edition in self.editions},
            "resources_by_id": {resource.id: resource for resource in self.resources},
            "resource_aliases": {alias: resource.id for resource in self.resources for alias in resource.aliases},
            "libraries_by_id": {library.id: library for library in self.libraries},
        }
        for name, mapping in lookups.items():
            object.__setattr__(self, name, MappingProxyType(mapping))

    @property
    def current(self) -> Edition:
        """The edition the home page and the root section pages show (``current_edition`` in data/site.yml)."""
        return self.editions_by_year[self.site.current_edition]

    @property
    def activities(self) -> tuple[Activity, ...]:
        """Every activity of every edition (oldest edition first, file order within one)."""
        return tuple(a for edition in self.editions for a in edition.activities)

    def activity(self, year: int, activity_id: str) -> Activity | None:
        edition = self.editions_by_year.get(year)
        return next((a for a in edition.activities if a.id == activity_id), None) if edition else None

    def activities_in_ward(self, ward_id: str, year: int | None = None) -> tuple[Activity, ...]:
        """Activities held in ``ward_id`` (of one edition, or all), by start time."""
        pool = self.editions_by_year[year].activities if year is not None else self.activities
        return tuple(sorted((a for a in pool if a.ward == ward_id), key=lambda a: (a.start, a.id)))

    def libraries_in_ward(self, ward_id: str) -> tuple[Library, ...]:
        """Libraries and learning centres in ``ward_id``, in file order."""
        return tuple(library for library in self.libraries if library.ward == ward_id)

    def activities_at_library(self, library_id: str) -> tuple[Activity, ...]:
        """Activities held at ``library_id`` (``library:`` of an activity), newest edition first, by start."""
        return tuple(sorted((a for a in self.activities if a.library == library_id),
                            key=lambda a: (-a.edition, a.start, a.id)))

    def facts(self, lang: str, edition: Edition | None = None) -> dict[str, object]:
        """The values UI strings may name (``{week_name}``, ``{locality}``...), in ``lang``, for one
        edition (default: the current one)."""
        edition = edition or self.current
        return {"week_name": edition.name.get(lang), "locality": edition.locality.get(lang),
                "city": edition.city.get(lang), "ward_count": len(edition.ward_ids), "week_year": edition.year}

    def resolve_resource(self, id_or_alias: str) -> Resource | None:
        """The resource with this id or former id (alias), or ``None``."""
        resource_id = self.resource_aliases.get(id_or_alias, id_or_alias)
        return self.resources_by_id.get(resource_id)


def load_site_data(data_dir: Path, root: Path | None = None, schema_dir: Path | None = None) -> SiteData:
    """Read, validate and return all site data from ``data_dir``; raise :class:`DataError`.

    ``root`` is the project root that message paths are relative to (default:
    the parent of ``data_dir``, giving ``data/site.yml``); ``schema_dir``
    defaults to ``data_dir / "schemas"``.  Nothing is cached between calls, so
    ``mkdocs serve`` picks up edits on every rebuild.
    """
    data_dir = Path(data_dir)
    root = Path(root) if root is not None else data_dir.parent
    schema_dir = Path(schema_dir) if schema_dir is not None else data_dir / "schemas"
    rel_dir = _relative(data_dir, root)
    schemas = load_schemas(schema_dir, DATA_FILES + PROGRAMME_STEMS, _relative(schema_dir, root))

    def read(name: str, stem: str, hint: Hint | None = None) -> YamlDocument:
        doc = load_yaml_file(data_dir / f"{name}.yml", f"{rel_dir}/{name}.yml")
        schemas.validate(stem, doc, hint)
        return doc

    def read_optional(name: str, stem: str) -> YamlDocument | None:
        return read(name, stem) if (data_dir / f"{name}.yml").is_file() else None

    site_doc = read("site", "site")
    site = build_site(site_doc)
    wards = build_wards(read("wards", "wards"))
    wards_by_id = {ward.id: ward for ward in wards}
    ward_named = ward_ref_hint(wards)  # `ward: Máy Tơ` is answered with the id to write
    vocabularies = build_vocabularies(read("vocabularies", "vocabularies"))
    editions, withdrawn = [], []
    activity_docs = []
    for year in edition_years(data_dir, rel_dir):
        folder = f"{EDITIONS_DIR}/{year}"
        edition_doc = read(f"{folder}/edition", "edition", ward_named)
        if editions and edition_doc.data.get("records_at_root"):  # two editions' records at one address
            raise edition_doc.error(("records_at_root",), *bilingual(
                f"chỉ năm đầu tiên ({editions[0].year}) được để hoạt động ở gốc trang", "Xóa dòng này",
                f"only the first edition ({editions[0].year}) keeps its activities at the site root",
                "Delete this line: later years' activities live under /<year>/"))
        edition = build_edition(edition_doc, year, wards_by_id)
        activity_docs.append(read(f"{folder}/activities", "activities", ward_named))
        activities, gone = split_withdrawn(build_activities(activity_docs[-1], edition, wards_by_id, vocabularies))
        withdrawn += [withdrawn_record(RecordKind.ACTIVITY, a, edition.records_prefix) for a in gone]
        editions.append(dataclasses.replace(edition, activities=activities))
    if site.current_edition not in {edition.year for edition in editions}:
        years = ", ".join(str(edition.year) for edition in editions)
        folder = f"{rel_dir}/{EDITIONS_DIR}/{site.current_edition}/"
        raise site_doc.error(("current_edition",), *bilingual(
            f"`current_edition: {site.current_edition}` không có thư mục {folder} (các năm đang có: {years or 'không có'})",
            "Ghi năm của một Tuần lễ đã có, hoặc tạo năm mới bằng lệnh scripts/new-edition",
            f"`current_edition: {site.current_edition}` has no folder {folder} (editions found: {years or 'none'})",
            "Write the year of an existing edition, or make the new one with scripts/new-edition"))
    resources, gone = split_withdrawn(build_resources(read("resources", "resources"), vocabularies))
    withdrawn += [withdrawn_record(RecordKind.RESOURCE, r) for r in gone]
    libraries = build_libraries(read("libraries", "libraries", ward_named), wards_by_id, vocabularies)
    libraries_by_id = {library.id: library for library in libraries}
    programme_data = load_programme_data(read_optional, editions, wards_by_id, libraries_by_id,
                                         {resource.id: resource for resource in resources})
    for doc in activity_docs:
        check_activity_links(doc, libraries_by_id, programme_data.programmes_by_id)
    honours, gone = split_withdrawn(programme_data.honours)
    programme_data = dataclasses.replace(programme_data, honours=honours)
    by_year = {edition.year: edition for edition in editions}
    withdrawn += [withdrawn_record(RecordKind.HONOUR, h, record_prefix(RecordKind.HONOUR, by_year[h.edition]))
                  for h in gone]
    return SiteData(site=site, wards=wards, vocabularies=vocabularies, editions=tuple(editions),
                    resources=resources, libraries=libraries, withdrawn=tuple(withdrawn),
                    programme_data=programme_data)


def edition_years(data_dir: Path, rel_dir: str) -> list[int]:
    """The years of data/editions/<year>/, oldest first; anything else in that folder is a located error."""
    folder = data_dir / EDITIONS_DIR
    if not folder.is_dir():
        raise DataError(SourceRef(f"{rel_dir}/{EDITIONS_DIR}/", 1), *bilingual(
            "không có thư mục các năm (data/editions/)", "Lấy lại data/editions/ (mỗi năm một thư mục) từ lịch sử git",
            "the folder of the editions is missing", "Restore data/editions/ (one folder per year) from git history"))
    years = []
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("."):
            continue
        if not (entry.is_dir() and re.fullmatch(r"(19|20|21)\d\d", entry.name)):
            raise DataError(SourceRef(f"{rel_dir}/{EDITIONS_DIR}/{entry.name}", 1), *bilingual(
                "data/editions/ chỉ chứa các thư mục mang tên một năm (bốn chữ số)", "Chuyển đi hoặc đổi tên mục này",
                "data/editions/ holds one folder per year, named by its four digits", "Move or rename this entry"))
        years.append(int(entry.name))
    if not years:
        raise DataError(SourceRef(f"{rel_dir}/{EDITIONS_DIR}/", 1), *bilingual(
            "chưa có Tuần lễ nào (data/editions/ trống)", "Tạo một năm bằng lệnh scripts/new-edition",
            "there is no edition", "Make one with scripts/new-edition"))
    return years


def _relative(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` with forward slashes, for messages (absolute if outside root)."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.resolve().as_posix()
