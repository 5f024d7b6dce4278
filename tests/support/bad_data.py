"""The bad-data cases: the small valid data set, one defect each, and the message each must give.

Shared by the loader's unit tests (tests/unit/test_sitedata.py) and the real strict builds
(tests/build/test_bad_data_builds.py), so every case is proven at both levels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.support.project import ROOT

BASE = ROOT / "tests" / "fixtures" / "bad_data" / "valid_base"

Patch = Callable[[Path], None]


def replace(old: str, new: str) -> Patch:
    """Replace the one occurrence of ``old`` (fails loudly if the base file changed)."""

    def apply(path: Path) -> None:
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} must occur exactly once in {path.name}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    return apply


def replace_with_latin1(old: str, new: str) -> Patch:
    """Like :func:`replace`, but the new text is written in Latin-1, as an old editor would."""

    def apply(path: Path) -> None:
        raw = path.read_bytes()
        assert raw.count(old.encode("utf-8")) == 1
        path.write_bytes(raw.replace(old.encode("utf-8"), new.encode("latin-1")))

    return apply


def both(first: Patch, second: Patch) -> Patch:
    """Two edits that together make one defect."""

    def apply(path: Path) -> None:
        first(path)
        second(path)

    return apply


def grow_to(size: int) -> Patch:
    """Append a comment so the file is ``size`` bytes: a data file far too large to parse."""

    def apply(path: Path) -> None:
        with path.open("a", encoding="utf-8") as out:
            out.write("# " + "x" * (size - path.stat().st_size - 3) + "\n")

    return apply


def delete(path: Path) -> None:
    path.unlink()


def empty(path: Path) -> None:
    path.write_text("", encoding="utf-8")


@dataclass(frozen=True)
class Case:
    name: str
    file: str  # data file the defect is in
    patch: Patch
    where: str  # exact start of the message
    vi: str  # a key phrase of the Vietnamese half of the message (which comes first)
    en: str  # the same in the English half, after "(EN: "


CASES = [
    Case(
        "yaml_syntax_error",
        "editions/2022/activities.yml",
        replace("    type: launch_ceremony\n", "    type: launch_ceremony\n   ward: cau-dat\n"),
        "data/editions/2022/activities.yml:6:",
        "lỗi cách viết ở cột 4: dòng này thụt lề khác các dòng xung quanh",
        "YAML syntax error",
    ),
    Case(
        "tab_indentation",
        "wards.yml",
        replace('    name: "Cầu Đất"', '\tname: "Cầu Đất"'),
        "data/wards.yml:4:",
        "lỗi cách viết ở cột 1: có ký tự tab. Chỉ thụt lề bằng dấu cách",
        "YAML syntax error at column 1: a tab character is used. Indent with spaces only",
    ),
    Case(
        "wrong_type_list",
        "resources.yml",
        replace("language: [en]", "language: en"),
        "data/resources.yml:20:",
        "`language` của tài nguyên `mit-opencourseware` phải là một danh sách",
        "`language` of resource `mit-opencourseware` should be a list",
    ),
    Case(
        "wrong_type_boolean_yes",
        "editions/2022/activities.yml",
        replace(
            '    link: "https://vi.khanacademy.org/"\n    sample: true',
            '    link: "https://vi.khanacademy.org/"\n    sample: yes',
        ),
        "data/editions/2022/activities.yml:25:",
        "phải là `true` hoặc `false`, nhưng đang là đoạn chữ `yes`",
        "should be `true` or `false`, but it is the text `yes`",
    ),
    Case(
        "missing_required_field",
        "editions/2022/activities.yml",
        replace("    ward: cau-dat\n", ""),
        "data/editions/2022/activities.yml:3:",
        "hoạt động `launch` thiếu trường bắt buộc `ward`. Thêm một dòng `ward:` vào đó",
        "activity `launch` is missing the required field `ward`. Add a line `ward:` to it",
    ),
    Case(
        "missing_translation",
        "editions/2022/edition.yml",
        replace('  en: "Promoting digital transformation for lifelong learning after the COVID-19 pandemic"\n', ""),
        "data/editions/2022/edition.yml:3:",
        "`theme` thiếu trường bắt buộc `en`",
        "`theme` is missing the required field `en`",
    ),
    Case(
        "text_not_bilingual",
        "editions/2022/activities.yml",
        replace('title: {vi: "Lễ phát động", en: "Launch ceremony"}', 'title: "Lễ phát động"'),
        "data/editions/2022/activities.yml:4:",
        'Viết thành hai dòng thụt vào bên dưới: `vi: "..."` (tiếng Việt) và `en: "..."` (tiếng Anh)',
        "`title` of activity `launch` should be a block of fields, but it is the text "
        '`Lễ phát động`. Write it as two indented lines `vi: "..."` and `en: "..."`',
    ),
    Case(
        "language_key_typo",
        "wards.yml",
        replace('en: "Đông Khê Ward"', 'eng: "Đông Khê Ward"'),
        "data/wards.yml:8:",
        "không có trường nào tên `eng` trong `full_name` của phường `dong-khe`. Có phải là `en`?",
        "unknown field `eng` in `full_name` of ward `dong-khe`. Did you mean `en`?",
    ),
    Case(
        "empty_translation",
        "editions/2022/activities.yml",
        replace('en: "Online session"', 'en: "  "'),
        "data/editions/2022/activities.yml:15:",
        "`title.en` của hoạt động `online-session` đang để trống. Viết phần tiếng Anh",
        "`title.en` of activity `online-session` is empty",
    ),
    Case(
        "unknown_key_typo",
        "editions/2022/activities.yml",
        replace('    title: {vi: "Lễ phát động"', '    titel: {vi: "Lễ phát động"'),
        "data/editions/2022/activities.yml:4:",
        "không có trường nào tên `titel` trong hoạt động `launch`. Có phải là `title`?",
        "unknown field `titel` in activity `launch`. Did you mean `title`?",
    ),
    Case(
        "duplicate_id",
        "editions/2022/activities.yml",
        replace("  - id: online-session", "  - id: launch"),
        "data/editions/2022/activities.yml:14:",
        "mã `launch` được dùng hai lần (lần đầu ở dòng 3). Mỗi hoạt động cần một mã riêng",
        "the id `launch` is used twice (first on line 3)",
    ),
    Case(
        "duplicate_yaml_key",
        "editions/2022/activities.yml",
        replace(
            "    sample: true\n  - id: online-session", "    sample: true\n    sample: false\n  - id: online-session"
        ),
        "data/editions/2022/activities.yml:14:",
        "trường `sample` được viết hai lần trong cùng một khối (lần đầu ở dòng 13)",
        "the field `sample` is written twice in the same block (first on line 13)",
    ),
    Case(
        "impossible_date",
        "editions/2022/edition.yml",
        replace("  date: 2022-10-03", "  date: 2022-02-30"),
        "data/editions/2022/edition.yml:10:",
        "`document.date` là `2022-02-30`, không phải ngày có thật (tháng 2 năm 2022 có 28 ngày)",
        "`document.date` is `2022-02-30`, which is not a real date (February 2022 has 28 days)",
    ),
    Case(
        "badly_written_date",
        "editions/2022/edition.yml",
        replace("start: 2022-10-01", "start: 1/10/2022"),
        "data/editions/2022/edition.yml:6:",
        "Viết ngày theo dạng NĂM-THÁNG-NGÀY",
        "Write the date as YYYY-MM-DD",
    ),
    Case(
        "end_before_start",
        "editions/2022/activities.yml",
        replace("end: 2022-10-01T09:30", "end: 2022-10-01T07:30"),
        "data/editions/2022/activities.yml:7:",
        "hoạt động `launch` kết thúc (2022-10-01T07:30) trước khi bắt đầu (2022-10-01T08:00)",
        "activity `launch` ends (2022-10-01T07:30) before it starts (2022-10-01T08:00)",
    ),
    Case(
        "timezone_with_daylight_saving",
        "editions/2022/edition.yml",
        replace('timezone: "Asia/Ho_Chi_Minh"', 'timezone: "Europe/Paris"'),
        "data/editions/2022/edition.yml:12:",
        "múi giờ `Europe/Paris` có đổi giờ mùa hè, tệp lịch (.ics) không hỗ trợ",
        "the time zone `Europe/Paris` has daylight saving, which the calendars (.ics) do not support",
    ),
    Case(
        "activity_outside_week",
        "editions/2022/activities.yml",
        replace(
            "start: 2022-10-03T19:30\n    end: 2022-10-03T21:00", "start: 2022-10-08T19:30\n    end: 2022-10-08T21:00"
        ),
        "data/editions/2022/activities.yml:17:",
        "nằm ngoài Tuần lễ (2022-10-01 đến 2022-10-07)",
        "is outside the Week (2022-10-01 to 2022-10-07)",
    ),
    Case(
        "unknown_ward",
        "editions/2022/activities.yml",
        replace("ward: dong-khe", "ward: dong-kh"),
        "data/editions/2022/activities.yml:19:",
        "`dong-kh` không có trong danh sách phường tham gia năm nay (ở `ward` "
        "của hoạt động `online-session`). Có phải là `dong-khe`?",
        "`dong-kh` is not a known ward of this year (in `ward` of activity `online-session`). Did you mean `dong-khe`?",
    ),
    Case(
        "ward_written_as_its_name",
        "editions/2022/activities.yml",
        replace("ward: dong-khe", "ward: Đông Khê"),
        "data/editions/2022/activities.yml:19:",
        "`Đông Khê` là tên phường, không phải mã phường. Viết mã phường: `ward: dong-khe`",
        "`Đông Khê` is the ward's name, not its id. Write the ward's id: `ward: dong-khe`",
    ),
    Case(
        "ward_written_without_diacritics",
        "libraries.yml",
        replace("ward: cau-dat", "ward: cau dat"),
        "data/libraries.yml:6:",
        "`cau dat` là tên phường, không phải mã phường. Viết mã phường: `ward: cau-dat`",
        "Write the ward's id: `ward: cau-dat`",
    ),
    Case(
        "ward_written_as_its_full_name",
        "editions/2022/edition.yml",
        replace("wards: [cau-dat, dong-khe]", 'wards: [cau-dat, "Phường Đông Khê"]'),
        "data/editions/2022/edition.yml:15:",
        "`Phường Đông Khê` là tên phường, không phải mã phường. Viết mã phường: `dong-khe`",
        "`Phường Đông Khê` is the ward's name, not its id. Write the ward's id: `dong-khe`",
    ),
    Case(
        "javascript_url",
        "resources.yml",
        replace('url: "https://ocw.mit.edu/"', 'url: "javascript:alert(1)"'),
        "data/resources.yml:17:",
        "`url` của tài nguyên `mit-opencourseware` là `javascript:alert(1)`, không hợp lệ. "
        "Dùng địa chỉ web đầy đủ, bắt đầu bằng https://",
        "`url` of resource `mit-opencourseware` is "
        "`javascript:alert(1)`, which is not valid. Use a full web address that starts with https://",
    ),
    Case(
        "data_url_link",
        "editions/2022/activities.yml",
        replace('link: "https://vi.khanacademy.org/"', 'link: "data:text/html;base64,PHNjcmlwdD4="'),
        "data/editions/2022/activities.yml:24:",
        "Dùng địa chỉ web đầy đủ, bắt đầu bằng https://",
        "Use a full web address that starts with https://",
    ),
    Case(
        "not_utf8",
        "wards.yml",
        replace_with_latin1('name: "Đông Khê"', 'name: "Café"'),
        "data/wards.yml:7:",
        "tệp không được lưu theo mã UTF-8",
        "the file is not saved as UTF-8",
    ),
    Case(
        "unknown_format_enum",
        "editions/2022/activities.yml",
        replace("format: online", "format: offline"),
        "data/editions/2022/activities.yml:21:",
        "`offline` không phải giá trị được phép cho `format` của hoạt động `online-session`. Có phải là `online`?",
        "`offline` is not an allowed value for `format` of activity `online-session`. Did you mean `online`?",
    ),
    Case(
        "unknown_activity_type",
        "editions/2022/activities.yml",
        replace("type: launch_ceremony", "type: launch-ceremony"),
        "data/editions/2022/activities.yml:5:",
        "`launch-ceremony` không phải giá trị được phép cho `type` của hoạt "
        "động `launch`. Có phải là `launch_ceremony`?",
        "`launch-ceremony` is not an allowed value for `type` of activity `launch`. Did you mean `launch_ceremony`?",
    ),
    Case(
        "type_missing_from_vocabulary",
        "vocabularies.yml",
        replace('  - id: online_learning\n    label: {vi: "Học tập trực tuyến", en: "Online learning"}\n', ""),
        "data/editions/2022/activities.yml:16:",
        "`online_learning` không có trong danh sách loại hoạt động",
        "`online_learning` is not a known activity type",
    ),
    Case(
        "old_free_text_licence",
        "resources.yml",
        replace("licence: free_to_use", 'licence: "Miễn phí sử dụng / Free to use"'),
        "data/resources.yml:8:",
        "không phải giá trị được phép cho `licence` của tài nguyên `khan-academy-vi`",
        "is not an allowed value for `licence` of resource `khan-academy-vi`",
    ),
    Case(
        "licence_missing_from_vocabulary",
        "vocabularies.yml",
        replace('  - id: free_to_use\n    label: {vi: "Miễn phí sử dụng", en: "Free to use"}\n', ""),
        "data/resources.yml:8:",
        "`free_to_use` không có trong danh sách giấy phép",
        "`free_to_use` is not a known licence",
    ),
    Case(
        "alias_collides_with_id",
        "resources.yml",
        replace("aliases: [mit-ocw]", "aliases: [khan-academy-vi]"),
        "data/resources.yml:14:",
        "bí danh `khan-academy-vi` của tài nguyên `mit-opencourseware` đã là mã của tài "
        "nguyên `khan-academy-vi` (dòng 3)",
        "the alias `khan-academy-vi` of resource `mit-opencourseware` is already "
        "the id of resource `khan-academy-vi` (line 3)",
    ),
    Case(
        "invalid_id",
        "resources.yml",
        replace("- id: khan-academy-vi", "- id: Khan Academy"),
        "data/resources.yml:3:",
        "`id` của tài nguyên thứ 1 là `Khan Academy`, không hợp lệ. Chỉ dùng chữ thường không dấu a-z",
        "`id` of resource number 1 is `Khan Academy`, which is not valid. Use only lowercase letters a-z",
    ),
    Case(
        "python_tag",
        "resources.yml",
        replace('provider: "MIT"', 'provider: !!python/object/apply:os.system ["echo hacked"]'),
        "data/resources.yml:18:",
        "không được dùng dấu `!` hoặc `!!` (thẻ YAML) ở đây",
        "a YAML tag (`!` or `!!`) is not allowed here",
    ),
    Case(
        "yaml_alias",
        "editions/2022/activities.yml",
        both(
            replace(
                'venue: {vi: "Nhà văn hóa", en: "Cultural house"}',
                'venue: &place {vi: "Nhà văn hóa", en: "Cultural house"}',
            ),
            replace('venue: {vi: "Trực tuyến", en: "Online"}', "venue: *place"),
        ),
        "data/editions/2022/activities.yml:20:",
        "không dùng được cách viết tắt `*tên` (bí danh YAML)",
        "YAML aliases (`*name`) are not supported",
    ),
    Case(
        "control_character",
        "wards.yml",
        replace('name: "Đông Khê"', 'name: "Đông\x07Khê"'),
        "data/wards.yml:7:",
        "dòng này có một ký tự điều khiển vô hình (mã 0x07)",
        "invisible control character (code 0x07)",
    ),
    Case(
        "bidi_control_in_name",
        "wards.yml",
        replace('name: "Đông Khê"', 'name: "Đông \u202eKhê"'),
        "data/wards.yml:7:",
        "cột 17 có U+202E RIGHT-TO-LEFT OVERRIDE, ký tự điều khiển hướng chữ",
        "column 17 holds U+202E RIGHT-TO-LEFT OVERRIDE, a bidirectional control character",
    ),
    Case(
        "zero_width_space_in_id",
        "resources.yml",
        replace("- id: khan-academy-vi", "- id: khan-academy\u200b-vi"),
        "data/resources.yml:3:",
        "cột 21 có U+200B ZERO WIDTH SPACE, ký tự vô hình",
        "column 21 holds U+200B ZERO WIDTH SPACE, an invisible formatting character",
    ),
    Case(
        "text_too_long",
        "resources.yml",
        replace('description: {vi: "Video bài giảng."', 'description: {vi: "' + "Video bài giảng. " * 1200 + '"'),
        "data/resources.yml:5:",
        "giá trị này dài 20.400 ký tự, quá giới hạn 20.000 ký tự cho một mục chữ",
        "this text is 20,400 characters long, over the limit of 20,000 for one text",
    ),
    Case(
        "file_too_large",
        "resources.yml",
        grow_to(11 * 1024 * 1024),
        "data/resources.yml:1:",
        "tệp nặng 11,0 MB, quá giới hạn 10 MB cho một tệp dữ liệu",
        "the file is 11.0 MB, over the limit of 10 MB for a data file",
    ),
    Case(
        "yaml_anchor",
        "wards.yml",
        replace('name: "Đông Khê"', 'name: &dk "Đông Khê"'),
        "data/wards.yml:7:",
        "không dùng được dấu `&tên` (neo YAML)",
        "YAML anchors (`&name`) are not supported here",
    ),
    Case("missing_file", "libraries.yml", delete, "data/libraries.yml:1:", "không có tệp này", "the file is missing"),
    Case("empty_file", "resources.yml", empty, "data/resources.yml:1:", "tệp trống", "the file is empty"),
    Case(
        "withdrawn_impossible_date",
        "resources.yml",
        replace("aliases: [mit-ocw]", "aliases: [mit-ocw]\n    withdrawn: 2022-09-31"),
        "data/resources.yml:15:",
        "`withdrawn` của tài nguyên `mit-opencourseware` là `2022-09-31`, không phải ngày có thật",
        "`withdrawn` of resource `mit-opencourseware` is `2022-09-31`, which is not a real date",
    ),
    Case(
        "withdrawn_reason_without_date",
        "editions/2022/activities.yml",
        replace(
            '    link: "https://vi.khanacademy.org/"\n',
            '    link: "https://vi.khanacademy.org/"\n    withdrawn_reason: {vi: "Hủy.", en: "Cancelled."}\n',
        ),
        "data/editions/2022/activities.yml:25:",
        "có `withdrawn_reason` nhưng chưa có ngày `withdrawn`",
        "activity `online-session` has `withdrawn_reason` but no `withdrawn` date. Add `withdrawn: YYYY-MM-DD`",
    ),
    Case(
        "top_level_list",
        "wards.yml",
        replace("wards:\n", "- wards:\n"),
        "data/wards.yml:2:",
        "tệp phải là một nhóm trường",
        "the file should be a block of fields",
    ),
    # Latitude and longitude swapped, the likeliest slip when copying coordinates from a map.
    Case(
        "coordinates_swapped",
        "libraries.yml",
        replace(
            '    address: {vi: "Phường Cầu Đất", en: "Cầu Đất Ward"}\n',
            '    address: {vi: "Phường Cầu Đất", en: "Cầu Đất Ward"}\n    coordinates: {lat: 106.6978, lon: 20.8586}\n',
        ),
        "data/libraries.yml:8:",
        "`coordinates.lat` của thư viện `tthtcd-cau-dat` là `106.6978`, nhưng phải không quá 90. Vĩ độ, từ -90 đến 90",
        "`coordinates.lat` of library `tthtcd-cau-dat` is `106.6978`, but it must be at most 90. Latitude, -90 to 90",
    ),
    # The guidance's programmes (hooks/lib/data/programme_records.py): honour roll, banner reports, library
    # cooperation, programmes, and the activities' links to libraries and programmes.
    Case(
        "honour_person_without_consent",
        "editions/2022/honours.yml",
        replace("    consent: true\n", ""),
        "data/editions/2022/honours.yml:3:",
        "`nguyen-van-a` là một người (`kind: individual`) nhưng không có `consent: true`: chỉ được đăng tên, ảnh và thành tích khi đã có đồng ý bằng văn bản",
        "honour-roll entry `nguyen-van-a` is about a person (`kind: individual`) and has no `consent: true`",
    ),
    Case(
        "honour_family_consent_false",
        "editions/2022/honours.yml",
        both(replace("    kind: individual\n", "    kind: family\n"), replace("consent: true", "consent: false")),
        "data/editions/2022/honours.yml:9:",
        "`nguyen-van-a` là một gia đình (`kind: family`) nhưng không có `consent: true`: chỉ được đăng tên, ảnh và thành tích khi đã có đồng ý bằng văn bản",
        "honour-roll entry `nguyen-van-a` is about a family (`kind: family`) and has no `consent: true`",
    ),
    Case(
        "honour_contact_field",
        "editions/2022/honours.yml",
        replace("    consent: true\n", '    consent: true\n    phone: "0912 345 678"\n'),
        "data/editions/2022/honours.yml:10:",
        "không có trường nào tên `phone` trong gương điển hình `nguyen-van-a`",
        "unknown field `phone` in honour-roll entry `nguyen-van-a`",
    ),
    Case(
        "honour_unknown_ward",
        "editions/2022/honours.yml",
        replace("ward: dong-khe", "ward: dong-kh"),
        "data/editions/2022/honours.yml:14:",
        "`dong-kh` không phải mã phường nào tham gia năm 2022 (ở `ward` của gương điển hình `to-dan-pho`)",
        "`dong-kh` is not a known ward taking part in 2022 (in `ward` of honour-roll entry `to-dan-pho`)",
    ),
    Case(
        "honour_unknown_model",
        "editions/2022/honours.yml",
        replace("model: gia-dinh-hoc-tap", "model: gia-dinh-hoc"),
        "data/editions/2022/honours.yml:7:",
        "`gia-dinh-hoc` không phải mã chương trình nào (ở `model` của gương điển hình `nguyen-van-a`)",
        "`gia-dinh-hoc` is not a known programme (in `model` of honour-roll entry `nguyen-van-a`)",
    ),
    Case(
        "honour_duplicate_id",
        "editions/2022/honours.yml",
        replace("  - id: to-dan-pho", "  - id: nguyen-van-a"),
        "data/editions/2022/honours.yml:11:",
        "mã `nguyen-van-a` được dùng hai lần (lần đầu ở dòng 3)",
        "the id `nguyen-van-a` is used twice (first on line 3)",
    ),
    Case(
        "banner_unknown_ward",
        "editions/2022/banners.yml",
        replace("  - ward: cau-dat", "  - ward: cau-dta"),
        "data/editions/2022/banners.yml:3:",
        "`cau-dta` không phải mã phường nào tham gia năm 2022 (ở `ward` của băng rôn số 1)",
        "`cau-dta` is not a known ward taking part in 2022 (in `ward` of banner report number 1)",
    ),
    Case(
        "banner_unknown_slogan",
        "editions/2022/banners.yml",
        replace("slogan: 1", "slogan: 6"),
        "data/editions/2022/banners.yml:5:",
        "`slogan: 6` của băng rôn số 1: không có khẩu hiệu số 6 trong data/editions/2022/edition.yml (năm 2022 có 2 khẩu hiệu)",
        "`slogan: 6` of banner report number 1 is not a slogan of data/editions/2022/edition.yml (2022 has 2)",
    ),
    Case(
        "banner_end_before_start",
        "editions/2022/banners.yml",
        replace("end: 2022-10-07", "end: 2022-10-02"),
        "data/editions/2022/banners.yml:7:",
        "băng rôn số 1 được tháo (2022-10-02) trước ngày treo (2022-10-04)",
        "banner report number 1 ends (2022-10-02) before it starts (2022-10-04)",
    ),
    Case(
        "rotation_unknown_library",
        "library-cooperation.yml",
        replace("to: tthtcd-cau-dat", "to: tthtcd-cau-da"),
        "data/library-cooperation.yml:4:",
        "`tthtcd-cau-da` không phải mã thư viện nào (ở `to` của đợt luân chuyển số 1)",
        "`tthtcd-cau-da` is not a known library (in `to` of rotation number 1)",
    ),
    Case(
        "activity_unknown_library",
        "editions/2022/activities.yml",
        replace("    format: in_person\n", "    format: in_person\n    library: tthtcd-cau-da\n"),
        "data/editions/2022/activities.yml:11:",
        "`tthtcd-cau-da` không phải mã thư viện nào (ở `library` của hoạt động `launch`)",
        "`tthtcd-cau-da` is not a known library (in `library` of activity `launch`)",
    ),
    Case(
        "programme_quote_of_unknown_edition",
        "programmes.yml",
        replace("      - edition: 2022", "      - edition: 2020"),
        "data/programmes.yml:7:",
        "năm 2020 (ở `edition` của chương trình `gia-dinh-hoc-tap`) không có thư mục data/editions/2020/",
        "2020 (in `edition` of programme `gia-dinh-hoc-tap`) has no folder data/editions/2020/",
    ),
]

# More programme cases, proven by the loader's unit tests only (tests/unit/test_programmes.py): the build shows
# the loader's message the same way for every case (the cases above prove it), and each strict build costs
# seconds of the suite.
PROGRAMME_UNIT_CASES = [
    Case(
        "honour_id_index",
        "editions/2022/honours.yml",
        replace("  - id: to-dan-pho", "  - id: index"),
        "data/editions/2022/honours.yml:11:",
        "mã `index` là địa chỉ của trang danh sách",
        "the id `index` is the address of the list page",
    ),
    Case(
        "banner_slogan_zero",
        "editions/2022/banners.yml",
        replace("slogan: 1", "slogan: 0"),
        "data/editions/2022/banners.yml:5:",
        "`slogan: 0` của băng rôn số 1: không có khẩu hiệu số 0 trong data/editions/2022/edition.yml (năm 2022 có 2 khẩu hiệu)",
        "`slogan: 0` of banner report number 1 is not a slogan of data/editions/2022/edition.yml (2022 has 2)",
    ),
    Case(
        "banner_slogan_as_text",
        "editions/2022/banners.yml",
        replace("slogan: 1", 'slogan: "Học tập suốt đời"'),
        "data/editions/2022/banners.yml:5:",
        "`slogan` của băng rôn thứ 1 phải là một số nguyên, nhưng đang là đoạn chữ `Học tập suốt đời`",
        "`slogan` of banner report number 1 should be a whole number, but it is the text `Học tập suốt đời`",
    ),
    Case(
        "rotation_to_itself",
        "library-cooperation.yml",
        replace("to: tthtcd-cau-dat", "to: thu-vien-quan"),
        "data/library-cooperation.yml:4:",
        "`from` và `to` của đợt luân chuyển số 1 cùng là thư viện `thu-vien-quan`",
        "rotation number 1 goes from `thu-vien-quan` to itself",
    ),
    Case(
        "rotation_unknown_edition",
        "library-cooperation.yml",
        replace("    edition: 2022", "    edition: 2021"),
        "data/library-cooperation.yml:6:",
        "năm 2021 (ở `edition` của đợt luân chuyển số 1) không có thư mục data/editions/2021/",
        "2021 (in `edition` of rotation number 1) has no folder data/editions/2021/",
    ),
    Case(
        "reading_model_unknown_library",
        "library-cooperation.yml",
        replace("libraries: [tthtcd-cau-dat]", "libraries: [tthtcd-caudat]"),
        "data/library-cooperation.yml:12:",
        "`tthtcd-caudat` không phải mã thư viện nào (ở `libraries` của mô hình khuyến đọc `cung-doc`)",
        "`tthtcd-caudat` is not a known library (in `libraries` of reading model `cung-doc`)",
    ),
    Case(
        "activity_unknown_programme",
        "editions/2022/activities.yml",
        replace("    format: in_person\n", "    format: in_person\n    programmes: [gia-dinh-hoctap]\n"),
        "data/editions/2022/activities.yml:11:",
        "`gia-dinh-hoctap` không phải mã chương trình nào (ở `programmes` của hoạt động `launch`)",
        "`gia-dinh-hoctap` is not a known programme (in `programmes` of activity `launch`)",
    ),
    Case(
        "programme_unknown_kind",
        "programmes.yml",
        replace("kind: learning_model", "kind: learning-model"),
        "data/programmes.yml:4:",
        "`learning-model` không phải giá trị được phép cho `kind` của chương trình `gia-dinh-hoc-tap`",
        "`learning-model` is not an allowed value for `kind` of programme `gia-dinh-hoc-tap`",
    ),
]
