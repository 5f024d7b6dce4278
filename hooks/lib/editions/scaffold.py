"""Make next year's edition (``scripts/new-edition``): plan every file first, then write them all.

``plan_new_edition`` reads the project (data, the templates of data/new-edition/) and returns a
:class:`Plan` - the new files' text and the new text of data/site.yml - or raises :class:`Refused`
with a message in Vietnamese, then English. It writes nothing, so a refused command leaves the tree
exactly as it was. ``apply`` writes the plan; if writing fails half-way it removes what it wrote.

What a new edition starts with is not in this code but in data/new-edition/ (edition.yml,
activities.yml and the page stubs under pages/vi/ and pages/en/, copied to docs/<lang>/<year>/),
so another district changes it without a programmer. In those templates ``@name@`` is replaced by a
value (plain text) and ``@name:q@`` by the same value as a quoted YAML string; the values are listed
in :func:`template_values`. The generated edition.yml is checked with the same schema and rules as
the build before anything is written. Pure Python, no MkDocs import.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from hooks.lib.content.frontmatter import read_page
from hooks.lib.core.errors import LocatedError
from hooks.lib.core.yamlload import load_yaml_text
from hooks.lib.data.load import DATA_FILES, EDITIONS_DIR, SiteData, edition_years, load_site_data
from hooks.lib.data.model import Edition
from hooks.lib.data.records import build_activities, build_edition
from hooks.lib.data.schema import load_schemas
from hooks.lib.i18n.pages import all_page_pairs, load_page_pairs

TEMPLATE_DIR = "data/new-edition"
_TOKEN = re.compile(r"@([a-z_]+)(:q)?@")
_CURRENT_LINE = re.compile(r"^(current_edition:[ \t]*)(\d+)([ \t]*(?:#.*)?)$", re.M)


class Refused(Exception):
    """The command is refused; ``vi`` and ``en`` say why and what to do. Nothing was changed."""

    def __init__(self, vi: str, en: str) -> None:
        self.vi, self.en = vi.strip(), en.strip()
        super().__init__(f"{self.vi}\n{self.en}")


@dataclass(frozen=True)
class Request:
    """What was typed: ``scripts/new-edition YEAR --start … --end … --theme … --theme-en …``."""

    year: str
    start: str
    end: str
    theme_vi: str
    theme_en: str


@dataclass(frozen=True)
class Plan:
    """Everything ``apply`` writes. Paths are relative to the project root."""

    year: int
    previous: int
    files: tuple[tuple[str, str], ...]     # (path, text) of every new file
    site_text: str                         # the new text of data/site.yml
    new_dirs: tuple[str, ...]              # folders that did not exist (removed again if writing fails)


NOTHING_CHANGED_VI = "Chưa tạo hay sửa tệp nào."
NOTHING_CHANGED_EN = "Nothing was created or changed."


def plan_new_edition(root: Path, request: Request) -> Plan:
    """Check the request against the project and compute every file; raise :class:`Refused`."""
    root = Path(root)
    newest = _newest_year(root)
    year = _year(request.year, newest)
    _refuse_existing(root, year)
    theme_vi, theme_en = _theme(request.theme_vi, "--theme"), _theme(request.theme_en, "--theme-en")
    start, end = _date(request.start, "--start", year), _date(request.end, "--end", year)
    if end < start:
        raise Refused(f"ngày kết thúc ({end.isoformat()}) sớm hơn ngày bắt đầu ({start.isoformat()}). "
                      f"Ghi --end là ngày bắt đầu hoặc muộn hơn. {NOTHING_CHANGED_VI}",
                      f"the end ({end.isoformat()}) is before the start ({start.isoformat()}). "
                      f"Make --end the start day or later. {NOTHING_CHANGED_EN}")
    for day, option in ((start, "--start"), (end, "--end")):
        if day.year != year:
            raise Refused(f"{option} {day.isoformat()} không thuộc năm {year}. Tuần lễ năm {year} diễn ra trong "
                          f"năm {year}: kiểm tra lại năm của ngày. {NOTHING_CHANGED_VI}",
                          f"{option} {day.isoformat()} is not in {year}. The week of {year} is held in {year}: "
                          f"check the year of the date. {NOTHING_CHANGED_EN}")
    if year <= newest:
        raise Refused(f"đã có Tuần lễ năm {newest}; lệnh này tạo năm sau năm mới nhất, ví dụ {newest + 1}. "
                      f"{NOTHING_CHANGED_VI}",
                      f"there is already a week of {newest}; this command makes a year after the newest, "
                      f"e.g. {newest + 1}. {NOTHING_CHANGED_EN}")
    data = _load_data(root)
    current = data.current
    values = template_values(current, year, start, end, theme_vi, theme_en)
    files = _render_templates(root, year, values)
    _check_generated(root, data, year, dict(files))
    site_path = root / "data" / "site.yml"
    site_text = _switch_current(site_path.read_text(encoding="utf-8"), year)
    # data/editions/<year>, docs/vi/<year>, docs/en/<year>: checked absent above.
    new_dirs = sorted({Path(*Path(path).parts[:3]).as_posix() for path, _ in files})
    return Plan(year=year, previous=current.year, files=tuple(files), site_text=site_text,
                new_dirs=tuple(new_dirs))


def template_values(current: Edition, year: int, start: dt.date, end: dt.date, theme_vi: str,
                    theme_en: str) -> dict[str, str]:
    """The values the templates may name: the new year's own, and the current edition's locality,
    city, issuer, time zone and wards (a new year usually keeps them; staff change them in the file)."""
    return {
        "year": str(year), "previous_year": str(current.year),
        "start": start.isoformat(), "end": end.isoformat(),
        "name_vi": _next_name(current.name.vi, current.year, year),
        "name_en": _next_name(current.name.en, current.year, year),
        "theme_vi": theme_vi, "theme_en": theme_en,
        "issuer_vi": current.issuer.vi, "issuer_en": current.issuer.en,
        "locality_vi": current.locality.vi, "locality_en": current.locality.en,
        "city_vi": current.city.vi, "city_en": current.city.en,
        "timezone": current.timezone,
        "wards": "[" + ", ".join(current.ward_ids) + "]",
    }


def fill(template: str, values: dict[str, str], where: str) -> str:
    """Replace ``@name@`` (plain) and ``@name:q@`` (quoted YAML string) in ``template``."""
    def replace(match: re.Match) -> str:
        name, quoted = match.group(1), match.group(2)
        if name not in values:
            raise Refused(f"{where}: không có giá trị @{name}@. Các giá trị dùng được: "
                          f"{', '.join('@' + k + '@' for k in values)}. {NOTHING_CHANGED_VI}",
                          f"{where}: there is no value @{name}@. Known values: "
                          f"{', '.join('@' + k + '@' for k in values)}. {NOTHING_CHANGED_EN}")
        return json.dumps(values[name], ensure_ascii=False) if quoted else values[name]
    return _TOKEN.sub(replace, template)


def apply(root: Path, plan: Plan) -> None:
    """Write the plan: new files first, data/site.yml last (one rename). On any error, remove what
    was written and leave data/site.yml as it was, then raise the error."""
    root = Path(root)
    written: list[Path] = []
    try:
        for path, text in plan.files:
            target = root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "x", encoding="utf-8", newline="\n") as handle:
                written.append(target)
                handle.write(text)
        site = root / "data" / "site.yml"
        temporary = site.with_name(".site.yml.new-edition")
        temporary.write_text(plan.site_text, encoding="utf-8", newline="\n")
        os.replace(temporary, site)
    except BaseException:
        for target in written:
            target.unlink(missing_ok=True)
        for folder in plan.new_dirs:
            shutil.rmtree(root / folder, ignore_errors=True)
        (root / "data" / ".site.yml.new-edition").unlink(missing_ok=True)
        raise


# --- checks ------------------------------------------------------------------------------------------

def _load_data(root: Path) -> SiteData:
    try:
        return load_site_data(root / "data", root)
    except LocatedError as err:
        raise Refused(f"dữ liệu hiện có đang lỗi, sửa lỗi này trước rồi chạy lại: {err}",
                      "the current data has an error; fix it first, then run again (message above).") from None


def _newest_year(root: Path) -> int:
    try:
        return max(edition_years(root / "data", "data"))
    except LocatedError as err:
        raise Refused(f"dữ liệu hiện có đang lỗi, sửa lỗi này trước rồi chạy lại: {err}",
                      "the current data has an error; fix it first, then run again (message above).") from None


def _year(text: str, newest: int) -> int:
    text = (text or "").strip()
    if not re.fullmatch(r"[0-9]{4}", text):
        raise Refused(f"năm phải là 4 chữ số, ví dụ {newest + 1} (không phải “{text}”). {NOTHING_CHANGED_VI}",
                      f"the year must be 4 digits, e.g. {newest + 1} (not “{text}”). {NOTHING_CHANGED_EN}")
    return int(text)


def _theme(text: str, option: str) -> str:
    text = " ".join((text or "").split())
    if not text:
        raise Refused(f"{option} trống: ghi chủ đề của năm trong dấu ngoặc kép, ví dụ {option} \"…\". "
                      f"{NOTHING_CHANGED_VI}",
                      f"{option} is empty: write the year's theme in double quotes, e.g. {option} \"…\". "
                      f"{NOTHING_CHANGED_EN}")
    return text


def _date(text: str, option: str, year: int) -> dt.date:
    text = (text or "").strip()
    try:
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise Refused(f"{option} “{text}” không phải một ngày có thật dạng NĂM-THÁNG-NGÀY, ví dụ {option} "
                      f"{year}-10-01. {NOTHING_CHANGED_VI}",
                      f"{option} “{text}” is not a real date written YYYY-MM-DD, e.g. {option} {year}-10-01. "
                      f"{NOTHING_CHANGED_EN}") from None


def _refuse_existing(root: Path, year: int) -> None:
    for folder in (f"data/{EDITIONS_DIR}/{year}", f"docs/vi/{year}", f"docs/en/{year}"):
        if os.path.lexists(root / folder):
            raise Refused(f"năm {year} đã có: {folder}/ đã tồn tại. Muốn sửa năm {year} thì sửa thẳng các tệp của "
                          f"nó; muốn tạo lại thì xóa thư mục đó trước. {NOTHING_CHANGED_VI}",
                          f"the year {year} already exists: {folder}/ is there. To change {year}, edit its files; "
                          f"to make it again, remove that folder first. {NOTHING_CHANGED_EN}")


def _next_name(name: str, previous: int, year: int) -> str:
    """The new edition's name: the current one with its year changed (staff check it in edition.yml)."""
    return re.sub(rf"\b{previous}\b", str(year), name)


def _render_templates(root: Path, year: int, values: dict[str, str]) -> list[tuple[str, str]]:
    templates = root / TEMPLATE_DIR
    data_templates = [templates / f"{stem}.yml" for stem in ("edition", "activities")]
    missing = [p for p in data_templates if not p.is_file()]
    if missing:
        where = missing[0].relative_to(root).as_posix()
        raise Refused(f"thiếu tệp mẫu {where}. Lấy lại tệp này từ lịch sử git. {NOTHING_CHANGED_VI}",
                      f"the template {where} is missing. Restore it from git history. {NOTHING_CHANGED_EN}")
    files = [(f"data/{EDITIONS_DIR}/{year}/{p.name}", fill(p.read_text(encoding="utf-8"), values,
                                                         p.relative_to(root).as_posix())) for p in data_templates]
    for lang in ("vi", "en"):
        folder = templates / "pages" / lang
        for page in sorted(folder.rglob("*.md")) if folder.is_dir() else []:
            rel = page.relative_to(folder).as_posix()
            files.append((f"docs/{lang}/{year}/{rel}",
                          fill(page.read_text(encoding="utf-8"), values, page.relative_to(root).as_posix())))
    return files


def _check_generated(root: Path, data: SiteData, year: int, files: dict[str, str]) -> None:
    """The new edition.yml and activities.yml pass the build's own checks, and every page they list is
    written (or already exists), before anything is written."""
    schemas = load_schemas(root / "data" / "schemas", DATA_FILES, "data/schemas")
    folder = f"data/{EDITIONS_DIR}/{year}"
    try:
        edition_doc = load_yaml_text(files[f"{folder}/edition.yml"], f"{folder}/edition.yml")
        schemas.validate("edition", edition_doc)
        edition = build_edition(edition_doc, year, data.wards_by_id)
        activities_doc = load_yaml_text(files[f"{folder}/activities.yml"], f"{folder}/activities.yml")
        schemas.validate("activities", activities_doc)
        edition = dataclasses.replace(edition, activities=build_activities(
            activities_doc, edition, data.wards_by_id, data.vocabularies))
        all_page_pairs(load_page_pairs(root / "data" / "pages.yml"), data.editions + (edition,))
        for path, text in files.items():
            if path.endswith(".md"):  # the stubs' front matter, read as the build reads it
                read_page(text.encode("utf-8"), path)
    except LocatedError as err:
        raise Refused(f"tệp tạo ra từ {TEMPLATE_DIR}/ sẽ lỗi: {err} Sửa tệp mẫu hoặc giá trị đã gõ. "
                      f"{NOTHING_CHANGED_VI}",
                      f"a file made from {TEMPLATE_DIR}/ would be wrong (message above). Fix the template or "
                      f"the value you typed. {NOTHING_CHANGED_EN}") from None
    for page in edition.pages:
        for lang in ("vi", "en"):
            path = f"docs/{lang}/{page.src(lang)}"
            if path not in files and not (root / path).is_file():
                raise Refused(f"{folder}/edition.yml (từ {TEMPLATE_DIR}/edition.yml) ghi trang {page.src(lang)}, "
                              f"nhưng không có tệp mẫu {TEMPLATE_DIR}/pages/{lang}/… cho trang đó. "
                              f"{NOTHING_CHANGED_VI}",
                              f"{folder}/edition.yml (from {TEMPLATE_DIR}/edition.yml) lists the page "
                              f"{page.src(lang)}, but {TEMPLATE_DIR}/pages/{lang}/ has no template for it. "
                              f"{NOTHING_CHANGED_EN}")


def _switch_current(site_text: str, year: int) -> str:
    """data/site.yml with its ``current_edition:`` line changed in place (comments and order kept)."""
    matches = _CURRENT_LINE.findall(site_text)
    if len(matches) != 1:
        raise Refused("data/site.yml: không thấy đúng một dòng “current_edition: <năm>” ở đầu dòng. Khôi phục "
                      f"dòng đó (xem lịch sử git). {NOTHING_CHANGED_VI}",
                      "data/site.yml: there is not exactly one line “current_edition: <year>” at the start of a "
                      f"line. Restore it (see git history). {NOTHING_CHANGED_EN}")
    return _CURRENT_LINE.sub(lambda m: f"{m.group(1)}{year}{m.group(3)}", site_text)
