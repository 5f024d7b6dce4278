"""Words, labels and formatting of the data pages, per language (pure, no MkDocs import)."""
from __future__ import annotations

import html
from datetime import date

from hooks.lib import i18n
from hooks.lib.i18n import routes
from hooks.lib.data.model import Activity


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
    """``Thứ Bảy, 01/10/2022`` / ``Saturday 1 October 2022``: the site's date format with the weekday."""
    separator = ", " if lang == "vi" else " "
    return _WEEKDAYS[lang][day.weekday()] + separator + i18n.format_date(day, lang)


def format_short_date(day: date, lang: str) -> str:
    """``01/10`` / ``1 Oct``."""
    return f"{day:%d/%m}" if lang == "vi" else f"{day.day} {i18n.MONTHS_EN[day.month - 1][:3]}"


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
