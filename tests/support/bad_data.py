"""The bad-data cases: the small valid data set, one defect each, and the message each must give.

Shared by the loader's unit tests (tests/unit/test_sitedata.py) and the real strict builds
(tests/build/test_bad_data_builds.py), so every case is proven at both levels.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

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
    file: str        # data file the defect is in
    patch: Patch
    where: str       # exact start of the message
    phrase: str      # a key phrase the message must contain


CASES = [
    Case("yaml_syntax_error", "editions/2022/activities.yml",
         replace("    type: launch_ceremony\n", "    type: launch_ceremony\n   ward: cau-dat\n"),
         "data/editions/2022/activities.yml:6:", "YAML syntax error"),
    Case("tab_indentation", "wards.yml", replace('    name: "Cầu Đất"', '\tname: "Cầu Đất"'),
         "data/wards.yml:4:", "YAML syntax error at column 1: a tab character is used. Indent with spaces only"),
    Case("wrong_type_list", "resources.yml", replace("language: [en]", "language: en"),
         "data/resources.yml:20:", "`language` of resource `mit-opencourseware` should be a list"),
    Case("wrong_type_boolean_yes", "editions/2022/activities.yml",
         replace("    link: \"https://vi.khanacademy.org/\"\n    sample: true", "    link: \"https://vi.khanacademy.org/\"\n    sample: yes"),
         "data/editions/2022/activities.yml:25:", "should be `true` or `false`, but it is the text `yes`"),
    Case("missing_required_field", "editions/2022/activities.yml", replace("    ward: cau-dat\n", ""),
         "data/editions/2022/activities.yml:3:", "activity `launch` is missing the required field `ward`. Add a line `ward:` to it"),
    Case("missing_translation", "editions/2022/edition.yml",
         replace('  en: "Promoting digital transformation for lifelong learning after the COVID-19 pandemic"\n', ""),
         "data/editions/2022/edition.yml:3:", "`theme` is missing the required field `en`"),
    Case("text_not_bilingual", "editions/2022/activities.yml",
         replace('title: {vi: "Lễ phát động", en: "Launch ceremony"}', 'title: "Lễ phát động"'),
         "data/editions/2022/activities.yml:4:", "`title` of activity `launch` should be a block of fields, but it is the text `Lễ phát động`. "
         'Write it as two indented lines `vi: "..."` and `en: "..."`'),
    Case("language_key_typo", "wards.yml", replace('en: "Đông Khê Ward"', 'eng: "Đông Khê Ward"'),
         "data/wards.yml:8:", "unknown field `eng` in `full_name` of ward `dong-khe`. Did you mean `en`?"),
    Case("empty_translation", "editions/2022/activities.yml", replace('en: "Online session"', 'en: "  "'),
         "data/editions/2022/activities.yml:15:", "`title.en` of activity `online-session` is empty"),
    Case("unknown_key_typo", "editions/2022/activities.yml", replace('    title: {vi: "Lễ phát động"', '    titel: {vi: "Lễ phát động"'),
         "data/editions/2022/activities.yml:4:", "unknown field `titel` in activity `launch`. Did you mean `title`?"),
    Case("duplicate_id", "editions/2022/activities.yml", replace("  - id: online-session", "  - id: launch"),
         "data/editions/2022/activities.yml:14:", "the id `launch` is used twice (first on line 3)"),
    Case("duplicate_yaml_key", "editions/2022/activities.yml",
         replace("    sample: true\n  - id: online-session", "    sample: true\n    sample: false\n  - id: online-session"),
         "data/editions/2022/activities.yml:14:", "the field `sample` is written twice in the same block (first on line 13)"),
    Case("impossible_date", "editions/2022/edition.yml", replace("  date: 2022-10-03", "  date: 2022-02-30"),
         "data/editions/2022/edition.yml:10:", "`document.date` is `2022-02-30`, which is not a real date (February 2022 has 28 days)"),
    Case("badly_written_date", "editions/2022/edition.yml", replace("start: 2022-10-01", "start: 1/10/2022"),
         "data/editions/2022/edition.yml:6:", "Write the date as YYYY-MM-DD"),
    Case("end_before_start", "editions/2022/activities.yml", replace("end: 2022-10-01T09:30", "end: 2022-10-01T07:30"),
         "data/editions/2022/activities.yml:7:", "activity `launch` ends (2022-10-01T07:30) before it starts (2022-10-01T08:00)"),
    Case("activity_outside_week", "editions/2022/activities.yml",
         replace("start: 2022-10-03T19:30\n    end: 2022-10-03T21:00", "start: 2022-10-08T19:30\n    end: 2022-10-08T21:00"),
         "data/editions/2022/activities.yml:17:", "is outside the Week (2022-10-01 to 2022-10-07)"),
    Case("unknown_ward", "editions/2022/activities.yml", replace("ward: dong-khe", "ward: dong-kh"),
         "data/editions/2022/activities.yml:19:", "`dong-kh` is not a known ward of this year (in `ward` of activity `online-session`). Did you mean `dong-khe`?"),
    Case("javascript_url", "resources.yml", replace('url: "https://ocw.mit.edu/"', 'url: "javascript:alert(1)"'),
         "data/resources.yml:17:", "`url` of resource `mit-opencourseware` is `javascript:alert(1)`, which is not valid. Use a full web address that starts with https://"),
    Case("data_url_link", "editions/2022/activities.yml",
         replace('link: "https://vi.khanacademy.org/"', 'link: "data:text/html;base64,PHNjcmlwdD4="'),
         "data/editions/2022/activities.yml:24:", "Use a full web address that starts with https://"),
    Case("not_utf8", "wards.yml", replace_with_latin1('name: "Đông Khê"', 'name: "Café"'),
         "data/wards.yml:7:", "the file is not saved as UTF-8"),
    Case("unknown_format_enum", "editions/2022/activities.yml", replace("format: online", "format: offline"),
         "data/editions/2022/activities.yml:21:", "`offline` is not an allowed value for `format` of activity `online-session`. Did you mean `online`?"),
    Case("unknown_activity_type", "editions/2022/activities.yml", replace("type: launch_ceremony", "type: launch-ceremony"),
         "data/editions/2022/activities.yml:5:", "`launch-ceremony` is not an allowed value for `type` of activity `launch`. Did you mean `launch_ceremony`?"),
    Case("type_missing_from_vocabulary", "vocabularies.yml",
         replace("  - id: online_learning\n    label: {vi: \"Học tập trực tuyến\", en: \"Online learning\"}\n", ""),
         "data/editions/2022/activities.yml:16:", "`online_learning` is not a known activity type"),
    Case("old_free_text_licence", "resources.yml",
         replace("licence: free_to_use", 'licence: "Miễn phí sử dụng / Free to use"'),
         "data/resources.yml:8:", "is not an allowed value for `licence` of resource `khan-academy-vi`"),
    Case("licence_missing_from_vocabulary", "vocabularies.yml",
         replace('  - id: free_to_use\n    label: {vi: "Miễn phí sử dụng", en: "Free to use"}\n', ""),
         "data/resources.yml:8:", "`free_to_use` is not a known licence"),
    Case("alias_collides_with_id", "resources.yml", replace("aliases: [mit-ocw]", "aliases: [khan-academy-vi]"),
         "data/resources.yml:14:", "the alias `khan-academy-vi` of resource `mit-opencourseware` is already the id of resource `khan-academy-vi` (line 3)"),
    Case("invalid_id", "resources.yml", replace("- id: khan-academy-vi", "- id: Khan Academy"),
         "data/resources.yml:3:", "`id` of resource number 1 is `Khan Academy`, which is not valid. Use only lowercase letters a-z"),
    Case("python_tag", "resources.yml", replace('provider: "MIT"', 'provider: !!python/object/apply:os.system ["echo hacked"]'),
         "data/resources.yml:18:", "a YAML tag (`!` or `!!`) is not allowed here"),
    Case("yaml_alias", "editions/2022/activities.yml",
         both(replace('venue: {vi: "Nhà văn hóa", en: "Cultural house"}', 'venue: &place {vi: "Nhà văn hóa", en: "Cultural house"}'),
              replace('venue: {vi: "Trực tuyến", en: "Online"}', "venue: *place")),
         "data/editions/2022/activities.yml:20:", "YAML aliases (`*name`) are not supported"),
    Case("control_character", "wards.yml", replace('name: "Đông Khê"', 'name: "Đông\x07Khê"'),
         "data/wards.yml:7:", "invisible control character (code 0x07)"),
    Case("bidi_control_in_name", "wards.yml", replace('name: "Đông Khê"', 'name: "Đông \u202eKhê"'),
         "data/wards.yml:7:", "column 17 holds U+202E RIGHT-TO-LEFT OVERRIDE, a bidirectional control character"),
    Case("zero_width_space_in_id", "resources.yml", replace("- id: khan-academy-vi", "- id: khan-academy\u200b-vi"),
         "data/resources.yml:3:", "U+200B ZERO WIDTH SPACE"),
    Case("text_too_long", "resources.yml",
         replace('description: {vi: "Video bài giảng."', 'description: {vi: "' + "Video bài giảng. " * 1200 + '"'),
         "data/resources.yml:5:", "this text is 20,400 characters long, over the limit of 20,000 for one text"),
    Case("file_too_large", "resources.yml", grow_to(11 * 1024 * 1024),
         "data/resources.yml:1:", "the file is 11.0 MB, over the limit of 10 MB for a data file"),
    Case("yaml_anchor", "wards.yml", replace('name: "Đông Khê"', 'name: &dk "Đông Khê"'),
         "data/wards.yml:7:", "YAML anchors (`&name`) are not supported here"),
    Case("missing_file", "libraries.yml", delete, "data/libraries.yml:1:", "the file is missing"),
    Case("empty_file", "resources.yml", empty, "data/resources.yml:1:", "the file is empty"),
    Case("top_level_list", "wards.yml", replace("wards:\n", "- wards:\n"),
         "data/wards.yml:2:", "the file should be a block of fields"),
    # Latitude and longitude swapped, the likeliest slip when copying coordinates from a map.
    Case("coordinates_swapped", "libraries.yml",
         replace('    address: {vi: "Phường Cầu Đất", en: "Cầu Đất Ward"}\n',
                 '    address: {vi: "Phường Cầu Đất", en: "Cầu Đất Ward"}\n    coordinates: {lat: 106.6978, lon: 20.8586}\n'),
         "data/libraries.yml:8:", "`coordinates.lat` of library `tthtcd-cau-dat` is `106.6978`, more than 90, the largest "
         "allowed value. Latitude, -90 to 90 (Hải Phòng: about 20.8)."),
]
