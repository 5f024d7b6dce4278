"""schema.org JSON-LD and social (Open Graph / Twitter) metadata, as plain dicts - no MkDocs import.

Search engines and map apps read these: the Week is an ``Event`` issued by a ``GovernmentOrganization``,
each activity an ``Event`` (``superEvent`` = the Week) with its place and attendance mode, each resource a
``LearningResource``, each ward an ``AdministrativeArea``. Every URL is absolute, from the whole site's
root URL, and every node has a stable ``@id`` so pages can refer to each other's nodes.
"""
from __future__ import annotations

import json

from hooks.lib.data.refs import RecordKind
from hooks.lib.datapages.text import format_when
from hooks.lib.editions.status import plural_count
from hooks.lib.i18n import LANGUAGE_ROOT, format_date_range, routes

CONTEXT = "https://schema.org"
# data/vocabularies.yml `formats` -> schema.org eventAttendanceMode.
ATTENDANCE_MODE = {
    "in_person": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "hybrid": "https://schema.org/MixedEventAttendanceMode",
}
OG_LOCALE = {"vi": "vi_VN", "en": "en_GB"}


def page_url(root_url: str, lang: str, src_path: str) -> str:
    from hooks.lib.i18n import page_url as rel
    return routes.absolute_url(root_url, rel(lang, src_path))


def record_page_url(root_url: str, kind: RecordKind, record_id: str, lang: str, prefix: str = "") -> str:
    return routes.absolute_url(root_url, routes.record_url(kind, record_id, lang, prefix))


def organization_id(root_url: str) -> str:
    return root_url.rstrip("/") + "/#organization"


def week_id(root_url: str, edition) -> str:
    """The @id of an edition's Event: its own page (``<year>/``) + ``#event``."""
    return routes.absolute_url(root_url, edition.home_prefix) + "#event"


def _district(place, lang: str) -> str:
    """The locality as a name (``Quận Ngô Quyền``): the data writes it as in running text. ``place`` is the
    site (data/site.yml) or an edition: both have ``locality`` and ``city``."""
    name = place.locality.get(lang)
    return name[:1].upper() + name[1:]


def _area(place, lang: str) -> str:
    return f"{_district(place, lang)}, {place.city.get(lang)}"


def _address(place, ward_name: str | None, lang: str) -> dict:
    address = {"@type": "PostalAddress", "addressRegion": place.city.get(lang), "addressCountry": "VN"}
    district = _district(place, lang)
    address["addressLocality"] = f"{ward_name}, {district}" if ward_name else district
    return address


def government_organization(data, root_url: str, lang: str) -> dict:
    """The body that runs the site (data/site.yml ``publisher``)."""
    return {
        "@type": "GovernmentOrganization",
        "@id": organization_id(root_url),
        "name": data.site.publisher.get(lang),
        "alternateName": data.site.publisher.get("en" if lang == "vi" else "vi"),
        "url": routes.absolute_url(root_url, LANGUAGE_ROOT[lang]),
        "address": _address(data.site, None, lang),
        "areaServed": {"@type": "AdministrativeArea", "name": _area(data.site, lang)},
    }


def week_event(edition, data, root_url: str, lang: str) -> dict:
    """One edition's week as an Event, organised by the body that runs the site."""
    week = edition
    # Sample records are never published as real in machine-readable outputs: only real activities
    # say how the Week is attended and which events belong to it.
    real = [a for a in edition.activities if not a.sample]
    modes = {a.format for a in real}
    node = {
        "@type": "Event",
        "@id": week_id(root_url, edition),
        "name": week.name.get(lang),
        "description": week.theme.get(lang),
        "startDate": week.start.isoformat(),
        "endDate": week.end.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "inLanguage": lang,
        "url": routes.absolute_url(root_url, LANGUAGE_ROOT[lang] + edition.home_prefix),
        "location": {"@type": "Place", "name": _area(edition, lang), "address": _address(edition, None, lang)},
        "organizer": {"@id": organization_id(root_url)},
    }
    if modes:
        node["eventAttendanceMode"] = ATTENDANCE_MODE["hybrid"] if len(modes) != 1 else ATTENDANCE_MODE[modes.pop()]
    if real:
        prefix = edition.records_prefix
        node["subEvent"] = [{"@id": record_page_url(root_url, RecordKind.ACTIVITY, a.id, lang, prefix) + "#event"}
                            for a in real]
    return node


def activity_event(activity, data, root_url: str, lang: str) -> dict:
    edition = data.editions_by_year[activity.edition]
    url = record_page_url(root_url, RecordKind.ACTIVITY, activity.id, lang, edition.records_prefix)
    ward = data.wards_by_id.get(activity.ward)
    place = {"@type": "Place", "name": activity.venue.get(lang),
             "address": _address(edition, ward.full_name.get(lang) if ward else None, lang)}
    virtual = {"@type": "VirtualLocation", "url": activity.link or url}
    location = {"in_person": place, "online": virtual, "hybrid": [place, virtual]}[activity.format]
    node = {
        "@type": "Event",
        "@id": url + "#event",
        "name": activity.title.get(lang),
        "description": activity.description.get(lang),
        "startDate": activity.start.isoformat(),
        "endDate": activity.end.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": ATTENDANCE_MODE[activity.format],
        "location": location,
        "organizer": {"@type": "Organization", "name": activity.organiser.get(lang)},
        "superEvent": {"@id": week_id(root_url, edition)},
        "isAccessibleForFree": True,
        "inLanguage": "vi",
        "url": url,
    }
    return node


def learning_resource(resource, data, root_url: str, lang: str) -> dict:
    vocab = data.vocabularies
    url = record_page_url(root_url, RecordKind.RESOURCE, resource.id, lang)
    licence, licence_url = resource.licence_label(vocab.licences, lang), vocab.licences.by_id[resource.licence].url
    node = {
        "@type": "LearningResource",
        "@id": url + "#resource",
        "identifier": resource.id,
        "name": resource.title.get(lang),
        "description": resource.description.get(lang),
        "url": resource.url,
        "mainEntityOfPage": url,
        # schema.org prefers the licence's URL; terms of use without a standard text are given as words.
        "license": licence_url or licence,
        "inLanguage": list(resource.language),
        "audience": [{"@type": "EducationalAudience", "educationalRole": vocab.audiences.label(a, lang)}
                     for a in resource.audience],
        "about": [{"@type": "DefinedTerm", "name": vocab.subjects.label(s, lang), "termCode": s}
                  for s in resource.subject],
        "learningResourceType": vocab.resource_formats.label(resource.format, lang),
        "provider": {"@type": "Organization", "name": resource.provider},
    }
    if licence_url:
        node["conditionsOfAccess"] = licence
    return node


def ward_area(ward, data, root_url: str, lang: str) -> dict:
    url = record_page_url(root_url, RecordKind.WARD, ward.id, lang)
    return {
        "@type": "AdministrativeArea",
        "@id": url + "#ward",
        "name": ward.full_name.get(lang),
        "url": url,
        "containedInPlace": {"@type": "AdministrativeArea", "name": _area(data.site, lang)},
    }


def graph(*nodes: dict) -> dict:
    return {"@context": CONTEXT, "@graph": list(nodes)}


def to_script_json(obj: dict) -> str:
    """JSON for a ``<script type="application/ld+json">``: ``<``, ``>`` and ``&`` as ``\\u003c``-style escapes.

    Inside a script element the HTML parser ends the element at ``</script`` and treats ``<!--`` and
    ``<script`` specially; with every angle bracket and ampersand escaped (still the same JSON value),
    staff text can never end the element or change how the rest of the page is parsed.
    """
    text = json.dumps(obj, ensure_ascii=False, indent=None, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# ---- what a page is about -----------------------------------------------------------------------

def record_nodes(kind: RecordKind, record, data, root_url: str, lang: str) -> list[dict]:
    """The JSON-LD nodes of a record's page; none for sample records (never published as real)."""
    if getattr(record, "sample", False):
        return []
    if kind == RecordKind.ACTIVITY:
        return [activity_event(record, data, root_url, lang)]
    if kind == RecordKind.RESOURCE:
        return [learning_resource(record, data, root_url, lang)]
    if kind == RecordKind.WARD:
        return [ward_area(record, data, root_url, lang)]
    return []


def record_description(kind: RecordKind, record, data, lang: str, strings) -> str:
    """A one-sentence meta description for a record page that has none in its front matter."""
    if kind == RecordKind.WARD:
        current = data.current
        return strings.opendata.ward_description.format(
            ward=record.full_name.get(lang),
            activities=plural_count(strings.edition.activities, len(data.activities_in_ward(record.id, current.year))),
            dates=format_date_range(current.start, current.end, strings))
    return shorten(record.description.get(lang))


def shorten(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def activity_preview(activity, data, lang: str, strings) -> str:
    """An activity's link-preview text: when, which ward, then what (``Thứ Bảy, 01/10/2022, 08:00–11:00 ·
    Phường Lạch Tray · …``) - what a person deciding whether to go needs first."""
    ward = data.wards_by_id.get(activity.ward)
    parts = [format_when(activity, strings), ward.full_name.get(lang) if ward else activity.ward,
             shorten(activity.description.get(lang), 140)]
    return " · ".join(parts)


def social_meta(*, title: str, description: str, url: str, site_name: str, lang: str, is_home: bool,
                image: dict | None = None) -> list[tuple[str, str, str]]:
    """``(attribute, name, content)`` triples for Open Graph (``property``) and Twitter (``name``) meta.
    ``image`` (from hooks/hook_media.py): ``url`` (absolute), ``width``, ``height``, ``alt``, ``type``."""
    other = "en" if lang == "vi" else "vi"
    pictured = [
        ("property", "og:image", image["url"]),
        ("property", "og:image:type", image["type"]),
        ("property", "og:image:width", str(image["width"])),
        ("property", "og:image:height", str(image["height"])),
        ("property", "og:image:alt", image["alt"]),
        ("name", "twitter:image", image["url"]),
        ("name", "twitter:image:alt", image["alt"]),
    ] if image else []
    return [
        ("property", "og:type", "website" if is_home else "article"),
        ("property", "og:site_name", site_name),
        ("property", "og:title", title),
        ("property", "og:description", description),
        ("property", "og:url", url),
        ("property", "og:locale", OG_LOCALE[lang]),
        ("property", "og:locale:alternate", OG_LOCALE[other]),
        ("name", "twitter:card", "summary_large_image" if image else "summary"),
        ("name", "twitter:title", title),
        ("name", "twitter:description", description),
    ] + pictured
