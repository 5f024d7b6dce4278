"""Read and check the programme files: what their JSON Schemas cannot say, in Vietnamese first, then English.

The files are optional (a locality that has none of them builds without those pages):
data/programmes.yml, data/library-cooperation.yml, and per edition data/editions/<year>/honours.yml and
banners.yml. Checked here: ids unique and not ``index`` (a list's own address), references to editions,
wards, libraries, programmes and resources (each with "did you mean"), slogan numbers against the
edition's slogans, real dates in order, and the privacy rule: an honour-roll entry about a person or a
family needs ``consent: true``. Activities' ``library:`` and ``programmes:`` are checked here too, once
the libraries and programmes are known. Pure Python; messages through ``bilingual()``.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from hooks.lib.core.errors import DataError, bilingual, closest, quote_list
from hooks.lib.core.yamlload import Path_, YamlDocument
from hooks.lib.data.checks import date_at, unique, value_at
from hooks.lib.data.model import Edition, Text
from hooks.lib.data.programmes import (
    PERSON_KINDS,
    BannerReport,
    Honour,
    Photo,
    Programme,
    ProgrammeData,
    Quote,
    ReadingModel,
    Rotation,
    SourceQuote,
)
from hooks.lib.data.records import build_withdrawal

__all__ = ["PROGRAMME_STEMS", "load_programme_data", "check_activity_links"]

PROGRAMME_STEMS = ("programmes", "library-cooperation", "honours", "banners")
"""Schema stems of the optional programme files (data/schemas/<stem>.schema.json)."""

Reader = Callable[[str, str], YamlDocument | None]   # (file name without .yml, schema stem) -> doc or None
_RESERVED = "index"  # a list page's own address: no record may take it


def load_programme_data(read: Reader, editions: Iterable[Edition], wards: Mapping[str, Any],
                        libraries: Mapping[str, Any], resources: Mapping[str, Any]) -> ProgrammeData:
    """Every programme file that exists, checked against the data read before it."""
    editions = tuple(editions)
    years = {str(e.year): e for e in editions}
    programmes = _programmes(read("programmes", "programmes"), years, resources)
    by_id = {p.id: p for p in programmes}
    rotations, models = _cooperation(read("library-cooperation", "library-cooperation"), years, libraries)
    honours: list[Honour] = []
    banners: list[BannerReport] = []
    for edition in editions:
        folder = f"editions/{edition.year}"
        taking_part = {ward_id: wards[ward_id] for ward_id in edition.ward_ids}
        honours += _honours(read(f"{folder}/honours", "honours"), edition, taking_part, by_id)
        banners += _banners(read(f"{folder}/banners", "banners"), edition, taking_part)
    return ProgrammeData(programmes=programmes, honours=tuple(honours), banners=tuple(banners),
                         rotations=rotations, reading_models=models)


def check_activity_links(doc: YamlDocument, libraries: Mapping[str, Any], programmes: Mapping[str, Any]) -> None:
    """An edition's activities name only known libraries and programmes."""
    for index, item in enumerate(doc.data["activities"]):
        owner = ("hoạt động", "activity", item["id"])
        if "library" in item:
            _known(doc, ("activities", index, "library"), libraries, owner, LIBRARY)
        for n in range(len(item.get("programmes", ()))):
            _known(doc, ("activities", index, "programmes", n), programmes, owner, PROGRAMME)


# --- Files ----------------------------------------------------------------------------------------------

def _programmes(doc: YamlDocument | None, years: Mapping[str, Edition],
                resources: Mapping[str, Any]) -> tuple[Programme, ...]:
    if doc is None:
        return ()
    _unique_ids(doc, "programmes", ("chương trình", "programme"))
    out = []
    for index, item in enumerate(doc.data["programmes"]):
        at: Path_ = ("programmes", index)
        owner = ("chương trình", "programme", item["id"])
        for n in range(len(item["guidance"])):
            _edition(doc, at + ("guidance", n, "edition"), years, owner)
        for n in range(len(item.get("resources", ()))):
            _known(doc, at + ("resources", n), resources, owner, RESOURCE)
        out.append(Programme(
            id=item["id"], kind=item["kind"], name=_text(item["name"]),
            guidance=tuple(Quote(q["edition"], q["section"], _text(q["text"])) for q in item["guidance"]),
            assessment=tuple(SourceQuote(_text(a["source"]), _text(a["text"]), a.get("url"))
                             for a in item.get("assessment", ())),
            resources=tuple(item.get("resources", ())), source=doc.at(at)))
    return tuple(out)


def _honours(doc: YamlDocument | None, edition: Edition, wards: Mapping[str, Any],
             programmes: Mapping[str, Programme]) -> list[Honour]:
    if doc is None:
        return []
    _unique_ids(doc, "honours", ("gương điển hình", "honour-roll entry"))
    out = []
    for index, item in enumerate(doc.data["honours"]):
        at: Path_ = ("honours", index)
        owner = ("gương điển hình", "honour-roll entry", item["id"])
        if "ward" in item:
            _known(doc, at + ("ward",), wards, owner, _ward_target(edition))
        if "model" in item:
            _known(doc, at + ("model",), programmes, owner, PROGRAMME)
        # A withdrawn entry (consent taken back, say) is no longer published: it needs no consent.
        if item["kind"] in PERSON_KINDS and item.get("consent") is not True and "withdrawn" not in item:
            _no_consent(doc, at, item)
        out.append(Honour(
            id=item["id"], edition=edition.year, name=_text(item["name"]), kind=item["kind"],
            achievement=_text(item["achievement"]), sample=item["sample"], ward=item.get("ward"),
            model=item.get("model"), honoured_by=_text(item["honoured_by"]) if "honoured_by" in item else None,
            date=date_at(doc, at + ("date",)) if "date" in item else None, photo=_photo(doc, at, item),
            consent=item.get("consent", False), withdrawn=build_withdrawal(doc, at), source=doc.at(at)))
    return out


def _banners(doc: YamlDocument | None, edition: Edition, wards: Mapping[str, Any]) -> list[BannerReport]:
    if doc is None:
        return []
    out = []
    count = len(edition.slogans)
    for index, item in enumerate(doc.data["banners"]):
        at: Path_ = ("banners", index)
        owner = ("băng rôn", "banner report", f"số {index + 1}|number {index + 1}")
        _known(doc, at + ("ward",), wards, owner, _ward_target(edition))
        if not 1 <= item["slogan"] <= count:
            raise doc.error(at + ("slogan",), *bilingual(
                f"`slogan: {item['slogan']}` của băng rôn số {index + 1}: không có khẩu hiệu số {item['slogan']} "
                f"trong data/editions/{edition.year}/edition.yml (năm {edition.year} có {count} khẩu hiệu)",
                f"Ghi số thứ tự của khẩu hiệu trong `slogans`, từ 1 đến {count}" if count else
                "Thêm các khẩu hiệu của năm vào `slogans` trước",
                f"`slogan: {item['slogan']}` of banner report number {index + 1} is not a slogan of "
                f"data/editions/{edition.year}/edition.yml ({edition.year} has {count})",
                f"Write the slogan's number in `slogans`, from 1 to {count}" if count else
                "Add the year's slogans to `slogans` first"))
        start = date_at(doc, at + ("start",))
        end = date_at(doc, at + ("end",)) if "end" in item else None
        if end is not None and end < start:
            raise doc.error(at + ("end",), *bilingual(
                f"băng rôn số {index + 1} được tháo ({end}) trước ngày treo ({start})",
                "Sửa `end` thành ngày từ `start` trở đi", f"banner report number {index + 1} ends ({end}) "
                f"before it starts ({start})", "Make `end` the same day as `start` or later"))
        out.append(BannerReport(
            edition=edition.year, ward=item["ward"], place=_text(item["place"]), slogan=item["slogan"],
            start=start, end=end, count=item.get("count", 1), sample=item["sample"], photo=_photo(doc, at, item),
            source=doc.at(at)))
    return out


def _cooperation(doc: YamlDocument | None, years: Mapping[str, Edition],
                 libraries: Mapping[str, Any]) -> tuple[tuple[Rotation, ...], tuple[ReadingModel, ...]]:
    if doc is None:
        return (), ()
    rotations = []
    for index, item in enumerate(doc.data.get("rotations", ())):
        at: Path_ = ("rotations", index)
        owner = ("đợt luân chuyển", "rotation", f"số {index + 1}|number {index + 1}")
        for end in ("from", "to"):
            _known(doc, at + (end,), libraries, owner, LIBRARY)
        if item["from"] == item["to"]:
            raise doc.error(at + ("to",), *bilingual(
                f"`from` và `to` của đợt luân chuyển số {index + 1} cùng là thư viện `{item['from']}`",
                "Ghi ở `to` thư viện nhận", f"rotation number {index + 1} goes from `{item['from']}` to itself",
                "Write the receiving library in `to`"))
        _edition(doc, at + ("edition",), years, owner)
        rotations.append(Rotation(from_library=item["from"], to_library=item["to"], date=date_at(doc, at + ("date",)),
                                  edition=item["edition"], what=_text(item["what"]), sample=item["sample"],
                                  source=doc.at(at)))
    models = []
    if "reading_models" in doc.data:
        _unique_ids(doc, "reading_models", ("mô hình khuyến đọc", "reading model"))
    for index, item in enumerate(doc.data.get("reading_models", ())):
        at = ("reading_models", index)
        owner = ("mô hình khuyến đọc", "reading model", item["id"])
        for n in range(len(item["libraries"])):
            _known(doc, at + ("libraries", n), libraries, owner, LIBRARY)
        models.append(ReadingModel(id=item["id"], name=_text(item["name"]), libraries=tuple(item["libraries"]),
                                   description=_text(item["description"]), sample=item["sample"], source=doc.at(at)))
    return tuple(rotations), tuple(models)


# --- Checks ---------------------------------------------------------------------------------------------

# What a reference points to: (Vietnamese words, English noun, where they are listed: Vietnamese, English).
LIBRARY = ("mã thư viện nào", "library", "data/libraries.yml", "data/libraries.yml")
PROGRAMME = ("mã chương trình nào", "programme", "data/programmes.yml", "data/programmes.yml")
RESOURCE = ("mã tài nguyên nào", "resource", "data/resources.yml", "data/resources.yml")


def _ward_target(edition: Edition) -> tuple[str, str, str, str]:
    listed = f"data/editions/{edition.year}/edition.yml"
    return (f"mã phường nào tham gia năm {edition.year}", f"ward taking part in {edition.year}",
            f"`wards` của {listed}", f"`wards` of {listed}")


def _owner_words(owner: tuple[str, str, str]) -> tuple[str, str]:
    """``("hoạt động `x`", "activity `x`")``; an owner without id is ``"số 3|number 3"``."""
    vi_noun, en_noun, name = owner
    vi_name, _, en_name = name.partition("|")
    if en_name:
        return f"{vi_noun} {vi_name}", f"{en_noun} {en_name}"
    return f"{vi_noun} `{name}`", f"{en_noun} `{name}`"


def _known(doc: YamlDocument, path: Path_, known: Mapping[str, Any], owner: tuple[str, str, str],
           target: tuple[str, str, str, str]) -> None:
    value = value_at(doc, path)
    if value in known:
        return
    vi_noun, en_noun, vi_listed, en_listed = target
    vi_owner, en_owner = _owner_words(owner)
    field = ".".join(str(p) for p in path[2:] if isinstance(p, str))
    close = closest(value, known)
    keys = quote_list(known) or "(chưa có / none yet)"
    raise doc.error(path, *bilingual(
        f"`{value}` không phải {vi_noun} (ở `{field}` của {vi_owner})",
        (f"Có phải là `{close}`? " if close else "") + f"Các mã có trong {vi_listed}: {keys}",
        f"`{value}` is not a known {en_noun} (in `{field}` of {en_owner})",
        (f"Did you mean `{close}`? " if close else "") + f"Known values are listed in {en_listed}"))


def _edition(doc: YamlDocument, path: Path_, years: Mapping[str, Edition], owner: tuple[str, str, str]) -> None:
    value = value_at(doc, path)
    if str(value) in years:
        return
    vi_owner, en_owner = _owner_words(owner)
    close = closest(str(value), years)
    raise doc.error(path, *bilingual(
        f"năm {value} (ở `edition` của {vi_owner}) không có thư mục data/editions/{value}/",
        (f"Có phải là {close}? " if close else "") + f"Các năm có: {', '.join(years)}",
        f"{value} (in `edition` of {en_owner}) has no folder data/editions/{value}/",
        (f"Did you mean {close}? " if close else "") + f"Editions: {', '.join(years)}"))


def _no_consent(doc: YamlDocument, at: Path_, item: Mapping[str, Any]) -> None:
    where = at + ("consent",) if "consent" in item else at
    kind = item["kind"]
    who_vi = "một người" if kind == "individual" else "một gia đình"
    who_en = "a person" if kind == "individual" else "a family"
    raise doc.error(where, *bilingual(
        f"`{item['id']}` là {who_vi} (`kind: {kind}`) nhưng không có `consent: true`: chỉ được đăng tên, ảnh và "
        "thành tích khi đã có đồng ý bằng văn bản",
        "Khi đã có giấy đồng ý, ghi `consent: true`; chưa có thì xóa mục này",
        f"honour-roll entry `{item['id']}` is about {who_en} (`kind: {kind}`) and has no `consent: true`",
        "Write `consent: true` once they have agreed in writing to be published; until then remove the entry"))


def _unique_ids(doc: YamlDocument, list_key: str, noun: tuple[str, str]) -> None:
    """No id twice (data.checks.unique), and none that is the list page's own address."""
    for index, item in enumerate(doc.data[list_key]):
        if item["id"] == _RESERVED:
            raise doc.error((list_key, index, "id"), *bilingual(
                f"mã `{_RESERVED}` là địa chỉ của trang danh sách", f"Đặt cho {noun[0]} này mã khác",
                f"the id `{_RESERVED}` is the address of the list page", f"Give this {noun[1]} another id"))
    unique(doc, list_key, "id", noun)


def _photo(doc: YamlDocument, at: Path_, item: Mapping[str, Any]) -> Photo | None:
    photo = item.get("photo")
    if photo is None:
        return None
    return Photo(file=photo["file"], alt=_text(photo["alt"]), source=doc.at(at + ("photo", "file")))


def _text(value: Mapping[str, str]) -> Text:
    return Text(vi=value["vi"].strip(), en=value["en"].strip())


__all__ += ["DataError"]  # what every check raises (re-exported for callers' except clauses)
