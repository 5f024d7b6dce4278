"""Turn schema-valid YAML documents into records, checking what a schema cannot.

JSON Schema has already guaranteed shapes, types, required fields and allowed
values when these builders run.  What is left are rules that need arithmetic
or another file: dates that do not exist (2022-02-30), an end before its start,
activities outside the Week, duplicate ids, aliases that collide with ids,
references to wards or vocabulary terms, and URL schemes (checked again here
so a relaxed schema can never let ``javascript:`` links onto the site).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hooks.lib.core.yamlload import Path_, YamlDocument
from hooks.lib.i18n.pages import check_source_name

from .checks import date_at, fail, fixed_utc_offset, in_vocabularies, local_datetime_at, ref, unique, url, value_at
from .model import (
    Activity,
    Contact,
    Coordinates,
    Document,
    Edition,
    EditionPage,
    Library,
    Resource,
    Signer,
    Site,
    Slogan,
    Term,
    Text,
    Vocabularies,
    Vocabulary,
    Ward,
)
from .schema import describe
from .status import Withdrawal

__all__ = ["build_site", "build_edition", "build_wards", "build_vocabularies", "build_activities",
           "build_resources", "build_libraries", "build_withdrawal"]

_VOCABULARY_NAMES = ("activity_types", "formats", "subjects", "audiences", "resource_formats",
                     "library_kinds", "licences")
# How messages name what a reference points to: (Vietnamese, English).
_WARD = ("phường", "ward")
_WARD_THIS_YEAR = ("phường tham gia năm nay", "ward of this year")


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
    start, end = date_at(doc, ("start",)), date_at(doc, ("end",))
    if end < start:
        raise fail(doc, ("end",), f"Tuần lễ kết thúc ({end}) trước khi bắt đầu ({start})",
                   "Sửa `end` thành cùng ngày với `start` hoặc muộn hơn",
                   f"the week ends ({end}) before it starts ({start})", "Make `end` the same day as `start` or later")
    if start.year != year:
        raise fail(doc, ("start",), f"Tuần lễ năm {year} lại bắt đầu trong năm {start.year} ({start})",
                   f"Ngày trong data/editions/{year}/ phải thuộc năm {year}: kiểm tra năm của `start`",
                   f"the week of {year} starts in {start.year} ({start})",
                   f"Dates of data/editions/{year}/ are in {year}: check the year of `start`")
    try:
        zone = ZoneInfo(data["timezone"])
    except (ZoneInfoNotFoundError, ValueError):
        raise fail(doc, ("timezone",), f"`{data['timezone']}` không phải tên một múi giờ",
                   "Dùng Asia/Ho_Chi_Minh (giờ Việt Nam)",
                   f"`{data['timezone']}` is not a known time zone", "Use Asia/Ho_Chi_Minh (Vietnam time)") from None
    if fixed_utc_offset(zone, year) is None:
        raise fail(doc, ("timezone",), f"múi giờ `{data['timezone']}` có đổi giờ mùa hè, tệp lịch (.ics) không hỗ trợ",
                   "Dùng một múi giờ không đổi giờ; ở Việt Nam: Asia/Ho_Chi_Minh",
                   f"the time zone `{data['timezone']}` has daylight saving, which the calendars (.ics) do not "
                   "support", "Use a zone without it (Vietnam: Asia/Ho_Chi_Minh)")
    for index in range(len(data["wards"])):
        ref(doc, ("wards", index), wards, _WARD, ("data/wards.yml", "data/wards.yml"), wards=wards)
    pages = []
    for index, item in enumerate(data["pages"]):
        for lang in ("vi", "en"):
            problem = check_source_name(item[lang])
            if problem:
                vi, vi_fix, en, en_fix = problem
                raise fail(doc, ("pages", index, lang), vi, f"{vi_fix} Đổi tên tệp và dòng này cùng lúc",
                           en, f"{en_fix} Rename the file and this line together")
        pages.append(EditionPage(vi=item["vi"], en=item["en"], role=item["role"],
                                 line=doc.lines.line(("pages", index))))
    document = data.get("document")
    signer = document.get("signer") if document else None
    return Edition(
        year=year, name=_text(data["name"]), theme=_text(data["theme"]), start=start, end=end,
        issuer=_text(data["issuer"]), locality=_text(data["locality"]), city=_text(data["city"]),
        timezone=data["timezone"],
        document=Document(number=document["number"], date=date_at(doc, ("document", "date")),
                          signer=Signer(signer["name"], _text(signer["title"])) if signer else None)
        if document else None,
        summary=_text(data["summary"]) if "summary" in data else None,
        slogans=tuple(Slogan(vi=s["vi"].strip(), en=s["en"].strip(), banner_break=s.get("banner_break"))
                      for s in data.get("slogans", [])),
        ward_ids=tuple(data["wards"]), pages=tuple(pages), records_at_root=bool(data.get("records_at_root")),
        source=doc.at(()))


def build_wards(doc: YamlDocument) -> tuple[Ward, ...]:
    """The wards in file order; ids and names must be unique."""
    items = doc.data["wards"]
    unique(doc, "wards", "id", _WARD)
    unique(doc, "wards", "name", _WARD)
    return tuple(
        Ward(id=item["id"], name=item["name"], full_name=_text(item["full_name"]),
             note=_text(item["note"]) if "note" in item else None, source=doc.at(("wards", index)))
        for index, item in enumerate(items)
    )


def build_vocabularies(doc: YamlDocument) -> Vocabularies:
    """Every controlled vocabulary; keys must be unique within each list."""
    vocabularies: dict[str, Vocabulary] = {}
    for name in _VOCABULARY_NAMES:
        unique(doc, name, "id", ("mục", "term"))
        for index, item in enumerate(doc.data[name]):
            if "url" in item:
                url(doc, (name, index, "url"))
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
    unique(doc, "activities", "id", ("hoạt động", "activity"))
    activities = []
    for index, item in enumerate(doc.data["activities"]):
        at: Path_ = ("activities", index)
        start = local_datetime_at(doc, at + ("start",), week.tzinfo)
        end = local_datetime_at(doc, at + ("end",), week.tzinfo)
        if end <= start:
            when_vi, when = ("trước khi", "before") if end < start else ("đúng lúc", "at the same time as")
            raise fail(doc, at + ("end",), f"hoạt động `{item['id']}` kết thúc ({item['end']}) {when_vi} bắt đầu "
                                           f"({item['start']})", "Sửa `end` thành giờ muộn hơn `start`",
                       f"activity `{item['id']}` ends ({item['end']}) {when} it starts ({item['start']})",
                       "Make `end` later than `start`")
        if start.date() < week.start or end.date() > week.end:
            raise fail(doc, at + ("start",), f"hoạt động `{item['id']}` ({item['start']} đến {item['end']}) nằm "
                                             f"ngoài Tuần lễ ({week.start} đến {week.end})",
                       "Chuyển hoạt động vào trong Tuần lễ, hoặc xóa nó",
                       f"activity `{item['id']}` ({item['start']} to {item['end']}) is outside the Week "
                       f"({week.start} to {week.end})", "Move it into the Week or delete it")
        listed = f"data/editions/{week.year}/edition.yml"
        ref(doc, at + ("ward",), taking_part, _WARD_THIS_YEAR, (f"`wards` của {listed}", f"`wards` of {listed}"),
            wards=wards)
        ref(doc, at + ("type",), vocab.activity_types, ("loại hoạt động", "activity type"),
            in_vocabularies("activity_types"))
        ref(doc, at + ("format",), vocab.formats, ("hình thức", "format"), in_vocabularies("formats"))
        if "link" in item:
            url(doc, at + ("link",))
        activities.append(Activity(
            id=item["id"], title=_text(item["title"]), type=item["type"], start=start, end=end,
            ward=item["ward"], venue=_text(item["venue"]), format=item["format"],
            organiser=_text(item["organiser"]), description=_text(item["description"]),
            link=item.get("link"), sample=item["sample"], edition=week.year,
            withdrawn=build_withdrawal(doc, at), source=doc.at(at),
            library=item.get("library"), programmes=tuple(item.get("programmes", ())),
            coordinates=_coordinates(item)))
    return tuple(activities)


def build_resources(doc: YamlDocument, vocab: Vocabularies) -> tuple[Resource, ...]:
    """Resources; ids and former ids (aliases) together must be unique, URLs must be http(s)."""
    ids = unique(doc, "resources", "id", ("tài nguyên", "resource"))
    alias_lines: dict[str, int] = {}
    resources = []
    for index, item in enumerate(doc.data["resources"]):
        at: Path_ = ("resources", index)
        for alias_index, alias in enumerate(item.get("aliases", [])):
            alias_at = at + ("aliases", alias_index)
            if alias in ids:
                owner_vi, owner = ("chính nó", "itself") if alias == item["id"] else \
                    (f"tài nguyên `{alias}` (dòng {ids[alias]})", f"resource `{alias}` (line {ids[alias]})")
                raise fail(doc, alias_at, f"bí danh `{alias}` của tài nguyên `{item['id']}` đã là mã của {owner_vi}",
                           "Bí danh (`aliases`) là mã cũ của tài nguyên; xóa nó hoặc ghi đúng mã cũ",
                           f"the alias `{alias}` of resource `{item['id']}` is already the id of {owner}",
                           "An alias is a former id; remove it or choose the right one")
            if alias in alias_lines:
                raise fail(doc, alias_at, f"bí danh `{alias}` được ghi hai lần (lần đầu ở dòng {alias_lines[alias]})",
                           "Chỉ giữ nó ở một tài nguyên",
                           f"the alias `{alias}` is listed twice (first on line {alias_lines[alias]})",
                           "Keep it on one resource only")
            alias_lines[alias] = doc.lines.line(alias_at)
        url(doc, at + ("url",))
        for field, vocabulary, name, noun in (("audience", vocab.audiences, "audiences", "đối tượng"),
                                              ("subject", vocab.subjects, "subjects", "chủ đề")):
            for value_index in range(len(item[field])):
                ref(doc, at + (field, value_index), vocabulary, (noun, field), in_vocabularies(name))
        ref(doc, at + ("format",), vocab.resource_formats, ("định dạng tài nguyên", "resource format"),
            in_vocabularies("resource_formats"))
        ref(doc, at + ("licence",), vocab.licences, ("giấy phép", "licence"), in_vocabularies("licences"))
        resources.append(Resource(
            id=item["id"], title=_text(item["title"]), description=_text(item["description"]),
            url=item["url"], provider=item["provider"], licence=item["licence"],
            language=tuple(item["language"]), audience=tuple(item["audience"]),
            subject=tuple(item["subject"]), format=item["format"],
            aliases=tuple(item.get("aliases", ())), sample=item.get("sample", False),
            licence_note=_text(item["licence_note"]) if "licence_note" in item else None,
            withdrawn=build_withdrawal(doc, at), source=doc.at(at)))
    return tuple(resources)


def build_libraries(doc: YamlDocument, wards: Mapping[str, Ward], vocab: Vocabularies) -> tuple[Library, ...]:
    """Libraries and community learning centres in known wards."""
    unique(doc, "libraries", "id", ("thư viện", "library"))
    libraries = []
    for index, item in enumerate(doc.data["libraries"]):
        at: Path_ = ("libraries", index)
        if "ward" in item:  # none: a district-level library
            ref(doc, at + ("ward",), wards, _WARD, ("data/wards.yml", "data/wards.yml"), wards=wards)
        ref(doc, at + ("kind",), vocab.library_kinds, ("loại thư viện", "library kind"),
            in_vocabularies("library_kinds"))
        contact = item.get("contact", {})
        if "url" in contact:
            url(doc, at + ("contact", "url"))
        libraries.append(Library(
            id=item["id"], name=_text(item["name"]), kind=item["kind"], ward=item.get("ward"),
            address=_text(item["address"]), opening_hours=_text(item["opening_hours"]),
            contact=Contact(phone=contact.get("phone"), email=contact.get("email"), url=contact.get("url")),
            sample=item["sample"], source=doc.at(at), note=_text(item["note"]) if "note" in item else None,
            coordinates=_coordinates(item)))
    return tuple(libraries)


def build_withdrawal(doc: YamlDocument, at: Path_) -> Withdrawal | None:
    """The entry's ``withdrawn:`` date (a real date) and ``withdrawn_reason:``, if it is withdrawn.

    For every kind of record with those two fields (schema: ``common.schema.json#/$defs/withdrawn``).
    """
    item = value_at(doc, at)
    if "withdrawn" not in item:
        if "withdrawn_reason" in item:
            raise fail(doc, at + ("withdrawn_reason",),
                       f"{describe(at, doc.data, 'vi')} có `withdrawn_reason` nhưng chưa có ngày `withdrawn`",
                       "Thêm `withdrawn: YYYY-MM-DD` (ngày gỡ), hoặc xóa `withdrawn_reason`",
                       f"{describe(at, doc.data)} has `withdrawn_reason` but no `withdrawn` date",
                       "Add `withdrawn: YYYY-MM-DD` (the day it was taken down), or delete `withdrawn_reason`")
        return None
    reason = _text(item["withdrawn_reason"]) if "withdrawn_reason" in item else None
    return Withdrawal(date=date_at(doc, at + ("withdrawn",)),
                      reason={"vi": reason.vi, "en": reason.en} if reason else {})


def _coordinates(item: Mapping[str, Any]) -> Coordinates | None:
    """The optional ``coordinates: {lat: .., lon: ..}`` of a place (ranges checked by the schema)."""
    value = item.get("coordinates")
    return Coordinates(lat=float(value["lat"]), lon=float(value["lon"])) if value else None


def _text(value: Mapping[str, str]) -> Text:
    return Text(vi=value["vi"].strip(), en=value["en"].strip())
