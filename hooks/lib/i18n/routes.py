"""Where every data-derived page lives, in each language - the one place URLs are decided.

Resource URLs are permanent (libraries link to them for years): they are built from the resource's
``id`` only, and a renamed resource keeps its old ids in ``aliases`` so old URLs redirect.
Pure functions; no MkDocs import.
"""
from __future__ import annotations

from hooks.lib import i18n
from hooks.lib.data.refs import RecordKind

# Section folders per language (source paths relative to each language's docs_dir).
SECTIONS: dict[str, dict[str, str]] = {
    "schedule": {"vi": "lich-hoat-dong", "en": "schedule"},
    "resources": {"vi": "tai-nguyen", "en": "resources"},
    "wards": {"vi": "phuong", "en": "wards"},
    "libraries": {"vi": "thu-vien", "en": "libraries"},
    "programmes": {"vi": "chuong-trinh", "en": "programmes"},   # the guidance's programmes (learning models...)
    "honours": {"vi": "guong-dien-hinh", "en": "honour-roll"},   # all editions; each edition's under <year>/
}
# Catalogue filter pages (work without JavaScript): tai-nguyen/<facet dir>/<value>.md
FACET_DIRS: dict[str, dict[str, str]] = {
    "subject": {"vi": "chu-de", "en": "subject"},
    "audience": {"vi": "doi-tuong", "en": "audience"},
    "format": {"vi": "dinh-dang", "en": "format"},
    "language": {"vi": "ngon-ngu", "en": "language"},
}
# Record kinds that have one page each, and the section they live in.
KIND_SECTION = {RecordKind.ACTIVITY: "schedule", RecordKind.RESOURCE: "resources", RecordKind.WARD: "wards",
                RecordKind.LIBRARY: "libraries", RecordKind.HONOUR: "honours"}


# Site-wide generated pages outside the sections.
PAST_YEARS = {"vi": "cac-nam-truoc.md", "en": "past-years.md"}


def section_index_src(section: str, lang: str, prefix: str = "") -> str:
    """Source path of a section's index page, e.g. ``tai-nguyen/index.md``; an edition's own schedule
    has its edition's folder as ``prefix`` (``2023/lich-hoat-dong/index.md``)."""
    return f"{prefix}{SECTIONS[section][lang]}/index.md"


def record_src(kind: RecordKind, record_id: str, lang: str, prefix: str = "") -> str:
    """Source path of one record's page, e.g. ``resources/khan-academy-vi.md``. Activities live in their
    edition's folder (``prefix``: ``""`` for 2022, whose addresses never change, ``"2023/"`` after)."""
    return f"{prefix}{SECTIONS[KIND_SECTION[kind]][lang]}/{record_id}.md"


def record_prefix(kind: RecordKind, edition) -> str:
    """The folder of a record of ``edition``: an activity lives in its edition's records folder (``""`` for
    2022, published before editions existed), an honour-roll entry - new since editions - always under
    ``<year>/``. Records of other kinds belong to no edition (``edition`` None): ``""``."""
    if edition is None:
        return ""
    return edition.home_prefix if kind == RecordKind.HONOUR else edition.records_prefix


def programme_src(programme_id: str, lang: str) -> str:
    """Source path of a programme's page (data/programmes.yml), e.g. ``chuong-trinh/gia-dinh-hoc-tap.md``."""
    return f"{SECTIONS['programmes'][lang]}/{programme_id}.md"


def record_url(kind: RecordKind, record_id: str, lang: str, prefix: str = "") -> str:
    """URL of one record's page relative to the site root, e.g. ``en/resources/khan-academy-vi/``."""
    return i18n.page_url(lang, record_src(kind, record_id, lang, prefix))


def edition_home_src(year: int) -> str:
    """Source path of an edition's own home page (same in both languages): ``2022/index.md``."""
    return f"{year}/index.md"


def facet_slug(key: str) -> str:
    """URL segment for a facet value: vocabulary keys use ``_``, page addresses use ``-``."""
    return key.replace("_", "-").lower()


def facet_src(facet: str, key: str, lang: str) -> str:
    """Source path of a facet page, e.g. ``tai-nguyen/chu-de/mathematics.md``."""
    return f"{SECTIONS['resources'][lang]}/{FACET_DIRS[facet][lang]}/{facet_slug(key)}.md"


def absolute_url(site_root_url: str, site_relative_url: str) -> str:
    """Absolute URL from the whole site's root URL (``site_url`` of the Vietnamese build)."""
    return site_root_url.rstrip("/") + "/" + site_relative_url
