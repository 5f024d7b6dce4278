"""schema.org JSON-LD and social (Open Graph / Twitter) metadata, as plain dicts - no MkDocs import.

Search engines and map apps read these: the Week is an ``Event`` issued by a ``GovernmentOrganization``,
each activity an ``Event`` (``superEvent`` = the Week) with its place and attendance mode, each resource a
``LearningResource``, each ward an ``AdministrativeArea``. Every URL is absolute, from the whole site's
root URL, and every node has a stable ``@id`` so pages can refer to each other's nodes.
"""
from __future__ import annotations

import json
import re

from hooks.lib.datapages.text import format_when
from hooks.lib.i18n import routes
from hooks.lib.i18n import LANGUAGE_ROOT, format_date_range

CONTEXT = "https://schema.org"
# data/vocabularies.yml `formats` -> schema.org eventAttendanceMode.
ATTENDANCE_MODE = {
    "in_person": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "hybrid": "https://schema.org/MixedEventAttendanceMode",
}
DISTRICT = {"vi": "Quận Ngô Quyền", "en": "Ngô Quyền District"}
CITY = {"vi": "Hải Phòng", "en": "Hai Phong"}
OG_LOCALE = {"vi": "vi_VN", "en": "en_GB"}
# Licence strings that are exactly a Creative Commons licence get its canonical URL (schema.org prefers a URL).
_CC = re.compile(r"^CC (BY(?:-NC)?(?:-SA|-ND)?) (\d\.\d)$")


def page_url(root_url: str, lang: str, src_path: str) -> str:
    from hooks.lib.i18n import page_url as rel
    return routes.absolute_url(root_url, rel(lang, src_path))


def record_page_url(root_url: str, kind: str, record_id: str, lang: str) -> str:
    return routes.absolute_url(root_url, routes.record_url(kind, record_id, lang))


def organization_id(root_url: str) -> str:
    return root_url.rstrip("/") + "/#organization"


def week_id(root_url: str) -> str:
    return root_url.rstrip("/") + "/#event"


def licence_url(licence: str) -> str | None:
    match = _CC.match(licence.strip())
    if not match:
        return None
    return f"https://creativecommons.org/licenses/{match.group(1).lower()}/{match.group(2)}/"


def _address(locality: str | None, lang: str) -> dict:
    address = {"@type": "PostalAddress", "addressRegion": CITY[lang], "addressCountry": "VN"}
    if locality:
        address["addressLocality"] = f"{locality}, {DISTRICT[lang]}"
    else:
        address["addressLocality"] = DISTRICT[lang]
    return address


def government_organization(data, root_url: str, lang: str) -> dict:
    """The issuing division (``week.issuer``) - publisher of the guidance and organiser of the Week."""
    return {
        "@type": "GovernmentOrganization",
        "@id": organization_id(root_url),
        "name": data.week.issuer.get(lang),
        "alternateName": data.week.issuer.get("en" if lang == "vi" else "vi"),
        "url": routes.absolute_url(root_url, LANGUAGE_ROOT[lang]),
        "address": _address(None, lang),
        "areaServed": {"@type": "AdministrativeArea", "name": f"{DISTRICT[lang]}, {CITY[lang]}"},
    }


def week_event(data, root_url: str, lang: str) -> dict:
    week = data.week
    modes = {a.format for a in data.activities}
    mode = ATTENDANCE_MODE["hybrid"] if len(modes) != 1 else ATTENDANCE_MODE[modes.pop()]
    return {
        "@type": "Event",
        "@id": week_id(root_url),
        "name": week.name.get(lang),
        "description": week.theme.get(lang),
        "startDate": week.start.isoformat(),
        "endDate": week.end.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": mode,
        "inLanguage": lang,
        "url": routes.absolute_url(root_url, LANGUAGE_ROOT[lang]),
        "location": {"@type": "Place", "name": f"{DISTRICT[lang]}, {CITY[lang]}", "address": _address(None, lang)},
        "organizer": {"@id": organization_id(root_url)},
        "subEvent": [{"@id": record_page_url(root_url, "activity", a.id, lang) + "#event"} for a in data.activities],
    }


def activity_event(activity, data, root_url: str, lang: str) -> dict:
    url = record_page_url(root_url, "activity", activity.id, lang)
    ward = data.wards_by_id.get(activity.ward)
    place = {"@type": "Place", "name": activity.venue.get(lang),
             "address": _address(ward.full_name.get(lang) if ward else None, lang)}
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
        "superEvent": {"@id": week_id(root_url)},
        "isAccessibleForFree": True,
        "inLanguage": "vi",
        "url": url,
    }
    if activity.sample:
        node["disambiguatingDescription"] = SAMPLE_NOTE[lang]
    return node


SAMPLE_NOTE = {"vi": "Dữ liệu mẫu, không phải lịch chính thức.", "en": "Sample data, not an official schedule."}


def learning_resource(resource, data, root_url: str, lang: str) -> dict:
    vocab = data.vocabularies
    url = record_page_url(root_url, "resource", resource.id, lang)
    node = {
        "@type": "LearningResource",
        "@id": url + "#resource",
        "identifier": resource.id,
        "name": resource.title.get(lang),
        "description": resource.description.get(lang),
        "url": resource.url,
        "mainEntityOfPage": url,
        "license": licence_url(resource.licence) or resource.licence,
        "inLanguage": list(resource.language),
        "audience": [{"@type": "EducationalAudience", "educationalRole": vocab.audiences.label(a, lang)}
                     for a in resource.audience],
        "about": [{"@type": "DefinedTerm", "name": vocab.subjects.label(s, lang), "termCode": s}
                  for s in resource.subject],
        "learningResourceType": vocab.resource_formats.label(resource.format, lang),
        "provider": {"@type": "Organization", "name": resource.provider},
    }
    if licence_url(resource.licence):
        node["conditionsOfAccess"] = resource.licence
    return node


def ward_area(ward, data, root_url: str, lang: str) -> dict:
    url = record_page_url(root_url, "ward", ward.id, lang)
    return {
        "@type": "AdministrativeArea",
        "@id": url + "#ward",
        "name": ward.full_name.get(lang),
        "url": url,
        "containedInPlace": {"@type": "AdministrativeArea", "name": f"{DISTRICT[lang]}, {CITY[lang]}"},
    }


def graph(*nodes: dict) -> dict:
    return {"@context": CONTEXT, "@graph": list(nodes)}


def to_script_json(obj: dict) -> str:
    """JSON for a ``<script type="application/ld+json">``: ``</`` escaped so text can never end the element."""
    text = json.dumps(obj, ensure_ascii=False, indent=None, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


# ---- what a page is about -----------------------------------------------------------------------

def find_record(data, kind: str | None, record_id: str | None):
    """The record a generated page shows (front matter ``kind`` + ``record_id``), or None."""
    if not kind or not record_id:
        return None
    table = {"activity": data.activities_by_id, "resource": data.resources_by_id, "ward": data.wards_by_id}.get(kind)
    if table is None:
        return None
    return table.get(record_id)


def record_nodes(kind: str, record, data, root_url: str, lang: str) -> list[dict]:
    if kind == "activity":
        return [activity_event(record, data, root_url, lang)]
    if kind == "resource":
        return [learning_resource(record, data, root_url, lang)]
    if kind == "ward":
        return [ward_area(record, data, root_url, lang)]
    return []


def record_description(kind: str, record, data, lang: str) -> str:
    """A one-sentence meta description for a record page that has none in its front matter."""
    if kind == "ward":
        count = len(data.activities_in_ward(record.id))
        dates = format_date_range(data.week.start, data.week.end, lang)
        if lang == "vi":
            return (f"{record.full_name.vi}, quận Ngô Quyền, Hải Phòng: {count} hoạt động trong "
                    f"{data.week.name.vi} ({dates}), thư viện và trung tâm học tập cộng đồng.")
        return (f"{record.full_name.en}, Ngô Quyền district, Hai Phong: {count} activities during "
                f"{data.week.name.en} ({dates}), libraries and community learning centres.")
    return shorten(record.description.get(lang))


def shorten(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def activity_preview(activity, data, lang: str) -> str:
    """An activity's link-preview text: when, which ward, then what (``Thứ Bảy, 01/10/2022, 08:00–11:00 ·
    Phường Lạch Tray · …``) - what a person deciding whether to go needs first."""
    ward = data.wards_by_id.get(activity.ward)
    parts = [format_when(activity, lang), ward.full_name.get(lang) if ward else activity.ward,
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
