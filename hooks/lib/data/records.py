"""Turn schema-valid YAML documents into records, checking what a schema cannot.

JSON Schema has already guaranteed shapes, types, required fields and allowed
values when these builders run.  What is left are rules that need arithmetic
or another file: dates that do not exist (2022-02-30), an end before its start,
activities outside the Week, duplicate ids, aliases that collide with ids,
references to wards or vocabulary terms, and URL schemes (checked again here
so a relaxed schema can never let ``javascript:`` links onto the site).
"""

from __future__ import annotations

import calendar
from datetime import date, datetime
from typing import Any, Iterable, Mapping, Optional
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hooks.lib.core.errors import DataError, did_you_mean, quote_list
from .schema import describe
from hooks.lib.i18n.pages import check_source_name

from .model import (Activity, Contact, Coordinates, Document, Edition, EditionPage, Library, Resource, Signer, Site,
                    Slogan, Term, Text, Vocabularies, Vocabulary, Ward)
from hooks.lib.core.yamlload import Path_, YamlDocument

__all__ = ["build_site", "build_edition", "build_wards", "build_vocabularies", "build_activities",
           "build_resources", "build_libraries"]

_VOCABULARY_NAMES = ("activity_types", "formats", "subjects", "audiences", "resource_formats",
                     "library_kinds", "licences")


def build_site(doc: YamlDocument) -> Site:
    """The site's identity (data/site.yml); the current edition is checked once editions are read."""
    data = doc.data
    return Site(name=_text(data["name"]), short_name=_text(data["short_name"]),
                description=_text(data["description"]), publisher=_text(data["publisher"]),
                locality=_text(data["locality"]), city=_text(data["city"]),
                current_edition=data["current_edition"], source=doc.at(()))


def build_edition(doc: YamlDocument, year: int, wards: Mapping[str, Ward]) -> Edition:
    """One edition; its dates must exist, be in order and in its year; its wards must be registered."""
    data = doc.data
    start, end = _date(doc, ("start",)), _date(doc, ("end",))
    if end < start:
        raise doc.error(("end",), f"the week ends ({end}) before it starts ({start})",
                        "Make `end` the same day as `start` or later")
    if start.year != year:
        raise doc.error(("start",), f"the week of {year} starts in {start.year} ({start})",
                        f"Dates of data/editions/{year}/ are in {year}: check the year of `start`")
    try:
        ZoneInfo(data["timezone"])
    except (ZoneInfoNotFoundError, ValueError):
        raise doc.error(("timezone",), f"`{data['timezone']}` is not a known time zone",
                        "Use Asia/Ho_Chi_Minh (Vietnam time)") from None
    for index in range(len(data["wards"])):
        _ref(doc, ("wards", index), wards, "ward", "data/wards.yml")
    pages = []
    for index, item in enumerate(data["pages"]):
        for lang in ("vi", "en"):
            problem = check_source_name(item[lang])
            if problem:
                raise doc.error(("pages", index, lang), problem, "Rename the file and this line together")
        pages.append(EditionPage(vi=item["vi"], en=item["en"], role=item["role"],
                                 line=doc.lines.line(("pages", index))))
    document = data["document"]
    signer = document.get("signer")
    return Edition(
        year=year, name=_text(data["name"]), theme=_text(data["theme"]), start=start, end=end,
        issuer=_text(data["issuer"]), locality=_text(data["locality"]), city=_text(data["city"]),
        timezone=data["timezone"],
        document=Document(number=document["number"], date=_date(doc, ("document", "date")),
                          signer=Signer(signer["name"], _text(signer["title"])) if signer else None),
        summary=_text(data["summary"]) if "summary" in data else None,
        slogans=tuple(Slogan(vi=s["vi"].strip(), en=s["en"].strip(), banner_break=s.get("banner_break"))
                      for s in data.get("slogans", [])),
        ward_ids=tuple(data["wards"]), pages=tuple(pages), records_at_root=bool(data.get("records_at_root")),
        source=doc.at(()))


def build_wards(doc: YamlDocument) -> tuple[Ward, ...]:
    """The wards in file order; ids and names must be unique."""
    items = doc.data["wards"]
    _unique(doc, "wards", "id", "ward")
    _unique(doc, "wards", "name", "ward")
    return tuple(
        Ward(id=item["id"], name=item["name"], full_name=_text(item["full_name"]),
             note=_text(item["note"]) if "note" in item else None, source=doc.at(("wards", index)))
        for index, item in enumerate(items)
    )


def build_vocabularies(doc: YamlDocument) -> Vocabularies:
    """Every controlled vocabulary; keys must be unique within each list."""
    vocabularies: dict[str, Vocabulary] = {}
    for name in _VOCABULARY_NAMES:
        _unique(doc, name, "id", "term")
        for index, item in enumerate(doc.data[name]):
            if "url" in item:
                _url(doc, (name, index, "url"))
        terms = tuple(
            Term(id=item["id"], label=_text(item["label"]),
                 description=_text(item["description"]) if "description" in item else None,
                 url=item.get("url"), source=doc.at((name, index)))
            for index, item in enumerate(doc.data[name])
        )
        vocabularies[name] = Vocabulary(name=name, terms=terms)
    return Vocabularies(**vocabularies)


def build_activities(doc: YamlDocument, week: Edition, wards: Mapping[str, Ward],
                     vocab: Vocabularies) -> tuple[Activity, ...]:
    """An edition's activities: real, ordered times inside its week, in the wards taking part that year."""
    taking_part = {ward_id: wards[ward_id] for ward_id in week.ward_ids}
    _unique(doc, "activities", "id", "activity")
    activities = []
    for index, item in enumerate(doc.data["activities"]):
        at: Path_ = ("activities", index)
        start = _local_datetime(doc, at + ("start",), week.tzinfo)
        end = _local_datetime(doc, at + ("end",), week.tzinfo)
        if end <= start:
            when = "before" if end < start else "at the same time as"
            raise doc.error(at + ("end",), f"activity `{item['id']}` ends ({item['end']}) {when} it starts "
                                           f"({item['start']})", "Make `end` later than `start`")
        if start.date() < week.start or end.date() > week.end:
            raise doc.error(at + ("start",), f"activity `{item['id']}` ({item['start']} to {item['end']}) is "
                                             f"outside the Week ({week.start} to {week.end})",
                            "Move it into the Week or delete it")
        _ref(doc, at + ("ward",), taking_part, "ward of this year",
             f"`wards` of data/editions/{week.year}/edition.yml")
        _ref(doc, at + ("type",), vocab.activity_types, "activity type", "`activity_types` in data/vocabularies.yml")
        _ref(doc, at + ("format",), vocab.formats, "format", "`formats` in data/vocabularies.yml")
        if "link" in item:
            _url(doc, at + ("link",))
        activities.append(Activity(
            id=item["id"], title=_text(item["title"]), type=item["type"], start=start, end=end,
            ward=item["ward"], venue=_text(item["venue"]), format=item["format"],
            organiser=_text(item["organiser"]), description=_text(item["description"]),
            link=item.get("link"), sample=item["sample"], edition=week.year,
            coordinates=_coordinates(item), source=doc.at(at)))
    return tuple(activities)


def build_resources(doc: YamlDocument, vocab: Vocabularies) -> tuple[Resource, ...]:
    """Resources; ids and former ids (aliases) together must be unique, URLs must be http(s)."""
    ids = _unique(doc, "resources", "id", "resource")
    alias_lines: dict[str, int] = {}
    resources = []
    for index, item in enumerate(doc.data["resources"]):
        at: Path_ = ("resources", index)
        for alias_index, alias in enumerate(item.get("aliases", [])):
            alias_at = at + ("aliases", alias_index)
            if alias in ids:
                owner = "itself" if alias == item["id"] else f"resource `{alias}` (line {ids[alias]})"
                raise doc.error(alias_at, f"the alias `{alias}` of resource `{item['id']}` is already the id of "
                                          f"{owner}", "An alias is a former id; remove it or choose the right one")
            if alias in alias_lines:
                raise doc.error(alias_at, f"the alias `{alias}` is listed twice (first on line {alias_lines[alias]})",
                                "Keep it on one resource only")
            alias_lines[alias] = doc.lines.line(alias_at)
        _url(doc, at + ("url",))
        for field, vocabulary, name in (("audience", vocab.audiences, "audiences"),
                                        ("subject", vocab.subjects, "subjects")):
            for value_index in range(len(item[field])):
                _ref(doc, at + (field, value_index), vocabulary, field, f"`{name}` in data/vocabularies.yml")
        _ref(doc, at + ("format",), vocab.resource_formats, "resource format",
             "`resource_formats` in data/vocabularies.yml")
        _ref(doc, at + ("licence",), vocab.licences, "licence", "`licences` in data/vocabularies.yml")
        resources.append(Resource(
            id=item["id"], title=_text(item["title"]), description=_text(item["description"]),
            url=item["url"], provider=item["provider"], licence=item["licence"],
            language=tuple(item["language"]), audience=tuple(item["audience"]),
            subject=tuple(item["subject"]), format=item["format"],
            aliases=tuple(item.get("aliases", ())), sample=item.get("sample", False),
            licence_note=_text(item["licence_note"]) if "licence_note" in item else None, source=doc.at(at)))
    return tuple(resources)


def build_libraries(doc: YamlDocument, wards: Mapping[str, Ward], vocab: Vocabularies) -> tuple[Library, ...]:
    """Libraries and community learning centres in known wards."""
    _unique(doc, "libraries", "id", "library")
    libraries = []
    for index, item in enumerate(doc.data["libraries"]):
        at: Path_ = ("libraries", index)
        _ref(doc, at + ("ward",), wards, "ward", "data/wards.yml")
        _ref(doc, at + ("kind",), vocab.library_kinds, "library kind", "`library_kinds` in data/vocabularies.yml")
        contact = item.get("contact", {})
        if "url" in contact:
            _url(doc, at + ("contact", "url"))
        libraries.append(Library(
            id=item["id"], name=_text(item["name"]), kind=item["kind"], ward=item["ward"],
            address=_text(item["address"]), opening_hours=_text(item["opening_hours"]),
            contact=Contact(phone=contact.get("phone"), email=contact.get("email"), url=contact.get("url")),
            sample=item["sample"], coordinates=_coordinates(item), source=doc.at(at)))
    return tuple(libraries)


def _coordinates(item: Mapping[str, Any]) -> Optional[Coordinates]:
    """The optional ``coordinates: {lat: .., lon: ..}`` of a place (ranges checked by the schema)."""
    value = item.get("coordinates")
    return Coordinates(lat=float(value["lat"]), lon=float(value["lon"])) if value else None


def _text(value: Mapping[str, str]) -> Text:
    return Text(vi=value["vi"].strip(), en=value["en"].strip())


def _value(doc: YamlDocument, path: Path_) -> Any:
    value = doc.data
    for part in path:
        value = value[part]
    return value


def _date(doc: YamlDocument, path: Path_) -> date:
    """A ``YYYY-MM-DD`` value (format already checked) that must exist in the calendar."""
    text = _value(doc, path)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _impossible_date(doc, path, text) from None


def _local_datetime(doc: YamlDocument, path: Path_, tz: ZoneInfo) -> datetime:
    """A ``YYYY-MM-DDTHH:MM`` local time (format already checked) made timezone-aware."""
    text = _value(doc, path)
    try:
        return datetime.fromisoformat(text).replace(tzinfo=tz)
    except ValueError:
        raise _impossible_date(doc, path, text) from None


def _impossible_date(doc: YamlDocument, path: Path_, text: str) -> DataError:
    year, month = int(text[0:4]), int(text[5:7])
    days = calendar.monthrange(year, month)[1]
    return doc.error(path, f"{describe(path, doc.data)} is `{text}`, which is not a real date "
                           f"({calendar.month_name[month]} {year} has {days} days)", "Check the day and the month")


def _unique(doc: YamlDocument, list_key: str, field: str, noun: str) -> dict[str, int]:
    """Map each value of ``field`` in ``doc.data[list_key]`` to its line; reject repeats."""
    first: dict[str, int] = {}
    for index, item in enumerate(doc.data[list_key]):
        value, line = item[field], doc.lines.line((list_key, index, field))
        if value in first:
            raise doc.error((list_key, index, field),
                            f"the {field} `{value}` is used twice (first on line {first[value]})",
                            f"Give each {noun} its own {field}")
        first[value] = line
    return first


def _ref(doc: YamlDocument, path: Path_, known: Iterable[str] | Mapping[str, Any] | Vocabulary,
         noun: str, listed_in: str) -> None:
    """Reject a reference to something that is not defined, suggesting the closest name."""
    value = _value(doc, path)
    keys = list(known.by_id) if isinstance(known, Vocabulary) else list(known)
    if value not in keys:
        raise doc.error(path, f"`{value}` is not a known {noun} (in {describe(path, doc.data)})",
                        f"{did_you_mean(value, keys)}Known values are listed in {listed_in}: {quote_list(keys)}")


def _url(doc: YamlDocument, path: Path_) -> None:
    """Only absolute http(s) addresses may become links on the public site."""
    value = _value(doc, path)
    parts = urlsplit(value)
    if (parts.scheme not in ("http", "https") or not parts.hostname or "@" in parts.netloc
            or any(char.isspace() for char in value)):
        raise doc.error(path, f"{describe(path, doc.data)} is `{value}`, which is not a full http(s) web address",
                        "Use a full web address that starts with https:// (or http://)")
