"""Pages generated from ``data/*.yml``: schedule, activities, resources, facets, wards, libraries.

Pure Python (no MkDocs import): this module turns a validated :class:`SiteData` into a list of
:class:`PageSpec` - one per generated page of one language - each with its front matter, the Jinja
template (``overrides/data/*.html``) that renders its body and the template's context. The hook
(``hooks/hook_data.py``) only renders them and hands them to MkDocs.

Every grouping (by day, by ward, by facet value) is computed once per build in a single pass over the
records, and every record's view (labels, formatted dates, links) is built once and shared by every
page that shows it, so the work is linear in the number of records (3,000 resources must stay fast).

Links in the views are URLs relative to *this language's* site root (``tai-nguyen/khan-academy-vi/``,
``lich-hoat-dong/#ngay-2022-10-01``); the hook makes them relative to the page being rendered.
Paths come from :mod:`hooks.lib.routes`; the only paths decided here are the facet folders of the
catalogue (``tai-nguyen/chu-de/<subject>.md`` ...), which exist only for these pages.
"""
from __future__ import annotations

import html
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable, Optional

from hooks.lib import i18n, routes
from hooks.lib.dataerror import DataError
from hooks.lib.sitemodel import Activity, Library, Resource, Ward

# --- Words -----------------------------------------------------------------------------------------

UI: dict[str, dict[str, str]] = {
    "vi": {
        "schedule": "Lịch hoạt động",
        "schedule_intro": "Các hoạt động của Tuần lễ theo từng ngày, từ {start} đến {end}.",
        "schedule_desc": "Lịch hoạt động Tuần lễ hưởng ứng học tập suốt đời năm 2022 tại quận Ngô Quyền, theo ngày và theo phường.",
        "jump_to_day": "Chọn ngày",
        "by_ward": "Theo phường",
        "no_activities_day": "Chưa có hoạt động nào trong ngày này.",
        "no_activities_ward": "Chưa có hoạt động nào ở phường này.",
        "time": "Thời gian",
        "ward": "Phường",
        "venue": "Địa điểm",
        "format": "Hình thức",
        "organiser": "Đơn vị tổ chức",
        "type": "Loại hoạt động",
        "details": "Thông tin",
        "more_info": "Thông tin thêm",
        "back_schedule": "Xem toàn bộ lịch hoạt động",
        "resources": "Tài nguyên học tập",
        "resources_intro": "Tài nguyên học tập miễn phí và tài nguyên giáo dục mở (OER), lọc theo lĩnh vực, đối tượng, dạng tài nguyên và ngôn ngữ.",
        "resources_desc": "Danh mục tài nguyên học tập miễn phí và tài nguyên giáo dục mở (OER) cho Tuần lễ hưởng ứng học tập suốt đời năm 2022.",
        "filter": "Lọc danh mục",
        "filter_all": "Tất cả",
        "filter_reset": "Bỏ lọc",
        "filter_count": "Đang hiện {shown}/{total} tài nguyên",
        "browse_by": "Duyệt theo",
        "facet_title": "Tài nguyên học tập – {facet}: {value}",
        "facet_desc": "{count} tài nguyên học tập có {facet} “{value}”.",
        "facet_count": "{count} tài nguyên",
        "all_resources": "Xem toàn bộ danh mục tài nguyên",
        "provider": "Đơn vị cung cấp",
        "licence": "Giấy phép",
        "languages": "Ngôn ngữ",
        "audience": "Đối tượng",
        "subject": "Lĩnh vực",
        "resource_format": "Dạng tài nguyên",
        "open_resource": "Mở tài nguyên",
        "external_note": "(trang web bên ngoài)",
        "permanent_url": "Địa chỉ cố định của trang này (dùng để trích dẫn)",
        "former_urls": "Địa chỉ cũ vẫn dùng được",
        "wards": "Các phường",
        "wards_intro": "12 phường của quận Ngô Quyền năm 2022, với hoạt động và thư viện, trung tâm học tập cộng đồng của từng phường.",
        "wards_desc": "12 phường của quận Ngô Quyền: hoạt động Tuần lễ hưởng ứng học tập suốt đời 2022, thư viện và trung tâm học tập cộng đồng.",
        "ward_desc": "{ward}: hoạt động Tuần lễ hưởng ứng học tập suốt đời 2022, thư viện và trung tâm học tập cộng đồng.",
        "ward_activities": "Hoạt động",
        "ward_libraries": "Thư viện, trung tâm học tập cộng đồng",
        "ward_schedule_link": "Xem phần của phường trong lịch hoạt động",
        "counts": "{activities} hoạt động, {libraries} thư viện/điểm học tập",
        "no_libraries_ward": "Chưa có thư viện hay trung tâm học tập cộng đồng nào được ghi cho phường này.",
        "libraries": "Thư viện, trung tâm học tập cộng đồng",
        "libraries_intro": "Thư viện, trung tâm học tập cộng đồng và nhà văn hóa theo phường.",
        "libraries_desc": "Danh bạ thư viện, trung tâm học tập cộng đồng và nhà văn hóa của 12 phường quận Ngô Quyền, Hải Phòng.",
        "kind": "Loại",
        "address": "Địa chỉ",
        "hours": "Giờ mở cửa",
        "contact": "Liên hệ",
        "phone": "Điện thoại",
        "email": "Thư điện tử",
        "website": "Trang web",
        "no_contact": "Chưa có thông tin liên hệ đã xác minh.",
        "all_wards": "Xem tất cả các phường",
        "redirect_title": "Trang đã chuyển",
        "redirect_text": "Trang này đã chuyển tới địa chỉ mới:",
    },
    "en": {
        "schedule": "Schedule",
        "schedule_intro": "The activities of the Week day by day, from {start} to {end}.",
        "schedule_desc": "Schedule of Lifelong Learning Week 2022 in Ngô Quyền district, by day and by ward.",
        "jump_to_day": "Go to a day",
        "by_ward": "By ward",
        "no_activities_day": "No activities on this day yet.",
        "no_activities_ward": "No activities in this ward yet.",
        "time": "Time",
        "ward": "Ward",
        "venue": "Venue",
        "format": "Format",
        "organiser": "Organiser",
        "type": "Type of activity",
        "details": "Details",
        "more_info": "More information",
        "back_schedule": "See the whole schedule",
        "resources": "Learning resources",
        "resources_intro": "Free learning resources and open educational resources (OER), filtered by subject, audience, format and language.",
        "resources_desc": "Catalogue of free learning resources and open educational resources (OER) for Lifelong Learning Week 2022.",
        "filter": "Filter the catalogue",
        "filter_all": "All",
        "filter_reset": "Clear filters",
        "filter_count": "Showing {shown} of {total} resources",
        "browse_by": "Browse by",
        "facet_title": "Learning resources – {facet}: {value}",
        "facet_desc": "{count} learning resources with {facet} “{value}”.",
        "facet_count": "{count} resources",
        "all_resources": "See the whole resource catalogue",
        "provider": "Provider",
        "licence": "Licence",
        "languages": "Languages",
        "audience": "Audience",
        "subject": "Subject",
        "resource_format": "Format",
        "open_resource": "Open the resource",
        "external_note": "(external website)",
        "permanent_url": "Permanent address of this page (for citing)",
        "former_urls": "Former addresses that still work",
        "wards": "Wards",
        "wards_intro": "The 12 wards of Ngô Quyền district in 2022, with each ward's activities, libraries and community learning centres.",
        "wards_desc": "The 12 wards of Ngô Quyền district: Lifelong Learning Week 2022 activities, libraries and community learning centres.",
        "ward_desc": "{ward}: Lifelong Learning Week 2022 activities, libraries and community learning centres.",
        "ward_activities": "Activities",
        "ward_libraries": "Libraries and community learning centres",
        "ward_schedule_link": "See this ward's part of the schedule",
        "counts": "{activities} activities, {libraries} libraries/learning centres",
        "no_libraries_ward": "No library or community learning centre is listed for this ward yet.",
        "libraries": "Libraries and community learning centres",
        "libraries_intro": "Libraries, community learning centres and cultural houses, by ward.",
        "libraries_desc": "Directory of libraries, community learning centres and cultural houses in the 12 wards of Ngô Quyền district, Hải Phòng.",
        "kind": "Kind",
        "address": "Address",
        "hours": "Opening hours",
        "contact": "Contact",
        "phone": "Phone",
        "email": "Email",
        "website": "Website",
        "no_contact": "No verified contact details yet.",
        "all_wards": "See all wards",
        "redirect_title": "This page has moved",
        "redirect_text": "This page has moved to its new address:",
    },
}

_WEEKDAYS = {
    "vi": ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")

# Names of content languages (BCP 47 primary subtag) for the language facet; others show the code.
LANGUAGE_NAMES = {
    "vi": {"vi": "Tiếng Việt", "en": "Vietnamese"},
    "en": {"vi": "Tiếng Anh", "en": "English"},
    "fr": {"vi": "Tiếng Pháp", "en": "French"},
    "zh": {"vi": "Tiếng Trung", "en": "Chinese"},
    "ja": {"vi": "Tiếng Nhật", "en": "Japanese"},
    "ko": {"vi": "Tiếng Hàn", "en": "Korean"},
    "de": {"vi": "Tiếng Đức", "en": "German"},
    "ru": {"vi": "Tiếng Nga", "en": "Russian"},
    "es": {"vi": "Tiếng Tây Ban Nha", "en": "Spanish"},
}

# --- Catalogue facets: the only paths decided outside routes.py (they exist only for these pages) ---

FACETS = ("subject", "audience", "format", "language")
_FACET_LABEL_KEY = {"subject": "subject", "audience": "audience", "format": "resource_format", "language": "languages"}

DESCRIPTION_LIMIT = 160


def page_link(src: str) -> str:
    """URL of a page relative to its language's site root."""
    return i18n.src_to_url(src)


def alias_redirect_path(alias: str, lang: str) -> str:
    """Output file (relative to the language's site_dir) of the redirect page at a former resource URL."""
    return page_link(routes.record_src("resource", alias, lang)) + "index.html"


# --- Formatting ------------------------------------------------------------------------------------

def format_date(day: date, lang: str) -> str:
    """``Thứ Bảy, 01/10/2022`` / ``Saturday 1 October 2022``."""
    weekday = _WEEKDAYS[lang][day.weekday()]
    if lang == "vi":
        return f"{weekday}, {day:%d/%m/%Y}"
    return f"{weekday} {day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def format_short_date(day: date, lang: str) -> str:
    """``01/10`` / ``1 Oct``."""
    return f"{day:%d/%m}" if lang == "vi" else f"{day.day} {_MONTHS_EN[day.month - 1][:3]}"


def format_time_range(activity: Activity, lang: str) -> str:
    """``08:00–11:00``; an activity over several days: ``01/10 07:00 – 07/10 17:00``."""
    if activity.start.date() == activity.end.date() or len(activity.days) == 1:
        return f"{activity.start:%H:%M}–{activity.end:%H:%M}"
    return (f"{format_short_date(activity.start.date(), lang)} {activity.start:%H:%M} – "
            f"{format_short_date(activity.end.date(), lang)} {activity.end:%H:%M}")


def format_when(activity: Activity, lang: str) -> str:
    """Full date and time: ``Thứ Bảy, 01/10/2022, 08:00–11:00`` (or a range of days)."""
    if len(activity.days) == 1:
        return f"{format_date(activity.start.date(), lang)}, {activity.start:%H:%M}–{activity.end:%H:%M}"
    return (f"{format_date(activity.start.date(), lang)}, {activity.start:%H:%M} – "
            f"{format_date(activity.end.date(), lang)}, {activity.end:%H:%M}")


def day_anchor(day: date) -> str:
    """Anchor of a day on the schedule page (same in both languages)."""
    return f"ngay-{day.isoformat()}"


def ward_anchor(ward_id: str) -> str:
    """Anchor of a ward's part of the schedule page (same in both languages)."""
    return f"phuong-{ward_id}"


def language_name(code: str, lang: str) -> str:
    names = LANGUAGE_NAMES.get(code.split("-")[0].lower())
    return names[lang] if names else code


def shorten(text: str, limit: int = DESCRIPTION_LIMIT) -> str:
    """One line of at most ``limit`` characters, cut at a word boundary with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.–-") + "…"


def meta_text(text: str) -> str:
    """Front-matter ``title``/``description`` as MkDocs and Material expect them: HTML text.

    Material prints ``page.meta.title`` and ``page.meta.description`` without escaping, and puts
    ``page.title | striptags`` (which *un*escapes entities) in ``<title>``; so data text is escaped,
    and angle brackets become look-alike quotation marks, which stay text even after ``striptags``.
    """
    return html.escape(text.replace("<", "‹").replace(">", "›"), quote=True)


# --- Views (built once per record per build, shared by every page that shows the record) ------------

@dataclass(frozen=True)
class Term:
    key: str
    label: str
    url: Optional[str] = None  # facet page, if any


@dataclass(frozen=True)
class WardRef:
    id: str
    name: str
    full_name: str
    url: str


@dataclass(frozen=True)
class ActivityView:
    id: str
    url: str
    title: str
    description: str
    type: Term
    ward: WardRef
    venue: str
    format: Term
    organiser: str
    link: Optional[str]
    sample: bool
    when: str          # full date(s) and time
    time: str          # time (or short range) as shown in a day's list
    start_iso: str
    end_iso: str


@dataclass(frozen=True)
class ResourceView:
    id: str
    url: str
    title: str
    description: str
    provider: str
    licence: str
    link: str
    languages: tuple[Term, ...]
    audiences: tuple[Term, ...]
    subjects: tuple[Term, ...]
    format: Term
    sample: bool
    permanent_url: str
    former_urls: tuple[str, ...]

    def keys(self, facet: str) -> str:
        """Space-separated keys of one facet, for the ``data-*`` attributes the filter script reads."""
        terms = {"subject": self.subjects, "audience": self.audiences, "language": self.languages,
                 "format": (self.format,)}[facet]
        return " ".join(term.key for term in terms)


@dataclass(frozen=True)
class LibraryView:
    id: str
    anchor_url: str   # its entry in the library directory
    name: str
    kind: Term
    ward: WardRef
    address: str
    hours: str
    phone: Optional[str]
    email: Optional[str]
    website: Optional[str]
    sample: bool


@dataclass
class WardView:
    ref: WardRef
    note: Optional[str]
    schedule_url: str
    activities: list[ActivityView] = field(default_factory=list)
    libraries: list[LibraryView] = field(default_factory=list)

    @property
    def sample(self) -> bool:
        """True when anything listed on the ward's page is sample data."""
        return any(a.sample for a in self.activities) or any(lib.sample for lib in self.libraries)


@dataclass(frozen=True)
class FacetValue:
    facet: str
    key: str
    label: str
    url: str
    src: str
    resources: tuple[ResourceView, ...]

    @property
    def count(self) -> int:
        return len(self.resources)


@dataclass(frozen=True)
class Day:
    date: date
    label: str
    anchor: str
    activities: tuple[ActivityView, ...]


# --- Pages -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PageSpec:
    """One generated page: where it lives, its front matter, and how its body is rendered."""

    src: str
    template: str
    title: str
    description: str
    alternate: str
    context: dict[str, Any]
    kind: Optional[str] = None
    record_id: Optional[str] = None
    sample: bool = False
    in_nav: bool = False  # the four section indexes (listed in data/pages.yml)

    @property
    def url(self) -> str:
        return page_link(self.src)

    def front_matter(self) -> dict[str, Any]:
        meta: dict[str, Any] = {"title": meta_text(self.title),
                                "description": meta_text(shorten(self.description)),
                                "alternate": self.alternate}
        if self.kind:
            meta["kind"] = self.kind
            meta["record_id"] = self.record_id
        if self.sample:
            meta["sample"] = True
        return meta

    def markdown(self, body_html: str) -> str:
        """The page's Markdown: YAML front matter, then the rendered HTML as one raw block."""
        # JSON values are valid YAML flow scalars, and json is ~50x faster than yaml.safe_dump (which
        # matters at 3,000 resources); ASCII escapes keep U+2028 and friends from breaking a line.
        front = "".join(f"{key}: {json.dumps(value)}\n" for key, value in self.front_matter().items())
        return f"---\n{front}---\n\n{raw_html_block(body_html)}\n"


@dataclass(frozen=True)
class Redirect:
    """A page at a resource's former URL, sending visitors to its current one."""

    path: str            # output file relative to the language's site_dir
    url: str             # the old page's URL (relative to the language's site root)
    target: str          # the current page's URL (relative to the language's site root)
    canonical: str       # absolute URL of the current page
    title: str
    alternates: tuple[tuple[str, str], ...]  # (hreflang, absolute URL of a redirect page)


def raw_html_block(body_html: str) -> str:
    """Make rendered HTML one raw block for Python-Markdown: no blank lines, no indentation.

    A blank line or four leading spaces could end the raw block and turn the rest into Markdown
    (a ``<pre>`` or an indented code block); the templates wrap everything in one ``<div>``.
    """
    return "\n".join(line.strip() for line in body_html.splitlines() if line.strip())


def check_record_ids(data) -> None:
    """Reject record ids (and resource aliases) that would take a generated page's address."""
    reserved_resources = {"index"} | {routes.FACET_DIRS[f][lang] for f in FACETS for lang in i18n.LANGUAGES}
    for activity in data.activities:
        if activity.id == "index":
            raise DataError(activity.source, "the activity id `index` is the address of the schedule page",
                            "Choose another id")
    for resource in data.resources:
        for value, what in [(resource.id, "id")] + [(alias, "alias") for alias in resource.aliases]:
            if value in reserved_resources:
                raise DataError(resource.source,
                                f"the resource {what} `{value}` is the address of a catalogue page "
                                f"(reserved: {', '.join(f'`{r}`' for r in sorted(reserved_resources))})",
                                "Choose another id")


class DataPages:
    """All generated pages of one language, computed once per build."""

    def __init__(self, data, lang: str, site_root_url: str) -> None:
        self.data, self.lang, self.site_root_url = data, lang, site_root_url
        self.other = i18n.other_language(lang)
        self.ui = UI[lang]
        self.wards = {w.id: self._ward_view(w) for w in data.wards}
        self.activities = [self._activity_view(a) for a in data.activities]
        self.facet_values = self._facet_skeleton(data.resources)
        self.resources = sorted((self._resource_view(r) for r in data.resources),
                                key=lambda r: (i18n.slugify(r.title), r.id))
        self.libraries = [self._library_view(lib) for lib in data.libraries]
        # Groupings: one pass each.
        by_day: dict[date, list[ActivityView]] = {day: [] for day in data.week.days}
        for activity, view in zip(data.activities, self.activities):
            for day in activity.days:
                by_day.setdefault(day, []).append(view)
            self.wards[activity.ward].activities.append(view)
        order = {a.id: (a.start, a.id) for a in data.activities}
        for ward in self.wards.values():
            ward.activities.sort(key=lambda v: order[v.id])
        self.days = tuple(
            Day(date=day, label=format_date(day, lang), anchor=day_anchor(day),
                activities=tuple(sorted(items, key=lambda v: order[v.id])))
            for day, items in sorted(by_day.items())
        )
        for view in self.libraries:
            self.wards[view.ward.id].libraries.append(view)
        members: dict[tuple[str, str], list[ResourceView]] = defaultdict(list)
        for view in self.resources:
            for facet in FACETS:
                for key in view.keys(facet).split():
                    members[(facet, key)].append(view)
        self.facets: dict[str, tuple[FacetValue, ...]] = {
            facet: tuple(FacetValue(facet, key, label, page_link(routes.facet_src(facet, key, lang)),
                                    routes.facet_src(facet, key, lang), tuple(members[(facet, key)]))
                         for key, label in self.facet_values[facet] if members[(facet, key)])
            for facet in FACETS
        }

    # Views -------------------------------------------------------------------------------------------

    def _link(self, kind: str, record_id: str) -> str:
        return page_link(routes.record_src(kind, record_id, self.lang))

    def _ward_view(self, ward: Ward) -> WardView:
        ref = WardRef(ward.id, ward.name, ward.full_name.get(self.lang), self._link("ward", ward.id))
        schedule = page_link(routes.section_index_src("schedule", self.lang)) + "#" + ward_anchor(ward.id)
        return WardView(ref=ref, note=ward.note.get(self.lang) if ward.note else None, schedule_url=schedule)

    def _activity_view(self, a: Activity) -> ActivityView:
        lang, vocab = self.lang, self.data.vocabularies
        return ActivityView(
            id=a.id, url=self._link("activity", a.id), title=a.title.get(lang),
            description=a.description.get(lang),
            type=Term(a.type, vocab.activity_types.label(a.type, lang)), ward=self.wards[a.ward].ref,
            venue=a.venue.get(lang), format=Term(a.format, vocab.formats.label(a.format, lang)),
            organiser=a.organiser.get(lang), link=a.link, sample=a.sample,
            when=format_when(a, lang), time=format_time_range(a, lang),
            start_iso=a.start.isoformat(timespec="minutes"), end_iso=a.end.isoformat(timespec="minutes"))

    def _facet_skeleton(self, resources: Iterable[Resource]) -> dict[str, list[tuple[str, str]]]:
        """Every facet's possible values (key, label), in vocabulary order (languages: first seen)."""
        vocab, lang = self.data.vocabularies, self.lang
        codes: dict[str, None] = {}
        for r in resources:
            for code in r.language:
                codes.setdefault(code, None)
        return {
            "subject": [(t.id, t.label.get(lang)) for t in vocab.subjects],
            "audience": [(t.id, t.label.get(lang)) for t in vocab.audiences],
            "format": [(t.id, t.label.get(lang)) for t in vocab.resource_formats],
            "language": [(code, language_name(code, lang)) for code in codes],
        }

    def _term(self, facet: str, key: str, label: str) -> Term:
        return Term(key, label, page_link(routes.facet_src(facet, key, self.lang)))

    def _resource_view(self, r: Resource) -> ResourceView:
        lang, vocab = self.lang, self.data.vocabularies
        url = self._link("resource", r.id)
        return ResourceView(
            id=r.id, url=url, title=r.title.get(lang), description=r.description.get(lang),
            provider=r.provider, licence=r.licence, link=r.url,
            languages=tuple(self._term("language", c, language_name(c, lang)) for c in r.language),
            audiences=tuple(self._term("audience", k, vocab.audiences.label(k, lang)) for k in r.audience),
            subjects=tuple(self._term("subject", k, vocab.subjects.label(k, lang)) for k in r.subject),
            format=self._term("format", r.format, vocab.resource_formats.label(r.format, lang)),
            sample=r.sample,
            permanent_url=routes.absolute_url(self.site_root_url, routes.record_url("resource", r.id, lang)),
            former_urls=tuple(routes.absolute_url(self.site_root_url, routes.record_url("resource", alias, lang))
                              for alias in r.aliases),
        )

    def _library_view(self, lib: Library) -> LibraryView:
        lang = self.lang
        return LibraryView(
            id=lib.id, anchor_url=page_link(routes.section_index_src("libraries", lang)) + "#" + lib.id,
            name=lib.name.get(lang), kind=Term(lib.kind, self.data.vocabularies.library_kinds.label(lib.kind, lang)),
            ward=self.wards[lib.ward].ref, address=lib.address.get(lang), hours=lib.opening_hours.get(lang),
            phone=lib.contact.phone, email=lib.contact.email, website=lib.contact.url, sample=lib.sample)

    # Pages -------------------------------------------------------------------------------------------

    def _twin(self, kind: str, record_id: str) -> str:
        return routes.record_src(kind, record_id, self.other)

    def _index_twin(self, section: str) -> str:
        return routes.section_index_src(section, self.other)

    def pages(self) -> list[PageSpec]:
        """Every generated page of this language (section indexes first)."""
        ui, lang, week = self.ui, self.lang, self.data.week
        nav = self.nav_links()
        pages = [
            PageSpec(src=routes.section_index_src("schedule", lang), template="data/schedule.html",
                     title=ui["schedule"], description=ui["schedule_desc"],
                     alternate=self._index_twin("schedule"), in_nav=True,
                     sample=any(a.sample for a in self.activities),
                     context={"days": self.days, "wards": list(self.wards.values()), "nav": nav,
                              "intro": ui["schedule_intro"].format(start=format_date(week.start, lang),
                                                                   end=format_date(week.end, lang))}),
            PageSpec(src=routes.section_index_src("resources", lang), template="data/catalogue.html",
                     title=ui["resources"], description=ui["resources_desc"],
                     alternate=self._index_twin("resources"), in_nav=True,
                     context={"resources": self.resources, "facets": self._facet_groups(), "nav": nav}),
            PageSpec(src=routes.section_index_src("wards", lang), template="data/wards.html",
                     title=ui["wards"], description=ui["wards_desc"], alternate=self._index_twin("wards"),
                     in_nav=True, context={"wards": list(self.wards.values()), "nav": nav}),
            PageSpec(src=routes.section_index_src("libraries", lang), template="data/libraries.html",
                     title=ui["libraries"], description=ui["libraries_desc"],
                     alternate=self._index_twin("libraries"), in_nav=True,
                     sample=any(lib.sample for lib in self.libraries),
                     context={"wards": [w for w in self.wards.values() if w.libraries], "nav": nav}),
        ]
        for view in self.activities:
            pages.append(PageSpec(
                src=routes.record_src("activity", view.id, lang), template="data/activity.html",
                title=view.title, description=view.description, alternate=self._twin("activity", view.id),
                kind="activity", record_id=view.id, sample=view.sample, context={"activity": view, "nav": nav}))
        for view in self.resources:
            pages.append(PageSpec(
                src=routes.record_src("resource", view.id, lang), template="data/resource.html",
                title=view.title, description=view.description, alternate=self._twin("resource", view.id),
                kind="resource", record_id=view.id, sample=view.sample, context={"resource": view, "nav": nav}))
        for facet in FACETS:
            for value in self.facets[facet]:
                facet_name = ui[_FACET_LABEL_KEY[facet]]
                pages.append(PageSpec(
                    src=value.src, template="data/facet.html",
                    title=ui["facet_title"].format(facet=facet_name, value=value.label),
                    description=ui["facet_desc"].format(count=value.count, facet=facet_name.lower(),
                                                        value=value.label),
                    alternate=routes.facet_src(facet, value.key, self.other),
                    context={"value": value, "facet_name": facet_name, "siblings": self.facets[facet],
                             "nav": nav}))
        for ward in self.wards.values():
            pages.append(PageSpec(
                src=routes.record_src("ward", ward.ref.id, lang), template="data/ward.html",
                title=ward.ref.full_name, description=ui["ward_desc"].format(ward=ward.ref.full_name),
                alternate=self._twin("ward", ward.ref.id), kind="ward", record_id=ward.ref.id,
                sample=ward.sample, context={"ward": ward, "nav": nav}))
        return pages

    def _facet_groups(self) -> list[dict[str, Any]]:
        return [{"facet": facet, "name": self.ui[_FACET_LABEL_KEY[facet]], "terms": self.facets[facet]}
                for facet in FACETS]

    def nav_links(self) -> dict[str, str]:
        """Section index URLs, for the links between sections."""
        return {section: page_link(routes.section_index_src(section, self.lang)) for section in routes.SECTIONS}

    def redirects(self) -> list[Redirect]:
        """A redirect page for every former id (alias) of every resource."""
        out = []
        by_id = {view.id: view for view in self.resources}
        for resource in self.data.resources:
            for alias in resource.aliases:
                alternates = tuple(
                    (code, routes.absolute_url(self.site_root_url, routes.record_url("resource", alias, code)))
                    for code in i18n.LANGUAGES)
                out.append(Redirect(
                    path=alias_redirect_path(alias, self.lang),
                    url=page_link(routes.record_src("resource", alias, self.lang)),
                    target=self._link("resource", resource.id),
                    canonical=by_id[resource.id].permanent_url, title=by_id[resource.id].title,
                    alternates=alternates + (("x-default", alternates[0][1]),)))
        return out
