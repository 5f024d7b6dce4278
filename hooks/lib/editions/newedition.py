"""``scripts/new-edition``: make next year's edition and make it the one the home page shows.

Usage (the shell wrapper runs ``python -m hooks.lib.editions.newedition`` from the project root):
    scripts/new-edition YEAR --start YYYY-MM-DD --end YYYY-MM-DD --theme "…" --theme-en "…"

Every message is Vietnamese first, then English; a refused command exits non-zero and changes nothing
(see hooks/lib/editions/scaffold.py, which does the work).
"""
from __future__ import annotations

import sys
from pathlib import Path

from hooks.lib.editions.scaffold import (
    NOTHING_CHANGED_EN,
    NOTHING_CHANGED_VI,
    Refused,
    Request,
    apply,
    plan_new_edition,
)

PROJECT = Path(__file__).resolve().parents[3]
OPTIONS = {"--start": "start", "--end": "end", "--theme": "theme_vi", "--theme-en": "theme_en"}
USAGE_VI = ("Cách dùng: scripts/new-edition NĂM --start NĂM-THÁNG-NGÀY --end NĂM-THÁNG-NGÀY "
            "--theme \"Chủ đề tiếng Việt\" --theme-en \"English theme\"")
USAGE_EN = ("Usage: scripts/new-edition YEAR --start YYYY-MM-DD --end YYYY-MM-DD "
            "--theme \"Vietnamese theme\" --theme-en \"English theme\"")


def parse_args(argv: list[str]) -> Request | None:
    """The request typed, or ``None`` for ``--help``; a mistyped command is :class:`Refused`."""
    values: dict[str, str] = {}
    year = None
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg in ("-h", "--help"):
            return None
        name, has_value, value = arg.partition("=")
        if name in OPTIONS:
            if not has_value:
                if not args:
                    raise _usage(f"thiếu giá trị sau {name}.", f"{name} needs a value.")
                value = args.pop(0)
            values[OPTIONS[name]] = value
        elif arg.startswith("-") and len(arg) > 1:
            raise _usage(f"không có tùy chọn “{arg}”.", f"there is no option “{arg}”.")
        elif year is None:
            year = arg
        else:
            raise _usage(f"chỉ ghi một năm (“{arg}” là thừa; chủ đề phải nằm trong dấu ngoặc kép).",
                         f"give one year only (“{arg}” is extra; put the theme in double quotes).")
    if year is None:
        raise _usage("thiếu năm.", "the year is missing.")
    missing = [option for option, key in OPTIONS.items() if key not in values]
    if missing:
        raise _usage(f"thiếu {', '.join(missing)}.", f"missing {', '.join(missing)}.")
    return Request(year=year, **values)


def _usage(vi: str, en: str) -> Refused:
    return Refused(f"{vi} {USAGE_VI}. {NOTHING_CHANGED_VI}", f"{en} {USAGE_EN}. {NOTHING_CHANGED_EN}")


def main(argv: list[str] | None = None, root: Path = PROJECT) -> int:
    try:
        request = parse_args(sys.argv[1:] if argv is None else argv)
        if request is None:
            print(f"{USAGE_VI}\n{USAGE_EN}")
            return 0
        plan = plan_new_edition(root, request)
        apply(root, plan)
    except Refused as refused:
        print(f"scripts/new-edition: {refused.vi} (EN: {refused.en})", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"scripts/new-edition: không ghi được tệp ({exc.strerror}: {exc.filename}). Đã xóa những gì vừa "
              f"tạo; data/site.yml giữ nguyên. (EN: could not write a file ({exc.strerror}: {exc.filename}). "
              "What was made was removed; data/site.yml was left as it was.)", file=sys.stderr)
        return 1
    print(done_message(plan))
    return 0


def done_message(plan) -> str:
    year, previous = plan.year, plan.previous
    created = "\n".join(f"  {path}" for path, _ in plan.files)
    return (f"Đã tạo Tuần lễ năm {year} và đặt current_edition: {year} trong data/site.yml; năm {previous} vẫn "
            f"xem được ở /{previous}/ và trang Các năm trước.\n"
            f"Created the {year} edition and set current_edition: {year} in data/site.yml; {previous} stays online "
            f"at /{previous}/ and on the past-years page.\n{created}\n"
            f"Tiếp theo / Next: điền văn bản, khẩu hiệu, hoạt động theo chú thích trong các tệp trên (fill in the "
            f"document, slogans and activities as the comments in these files say); xem trước / preview: "
            f"scripts/serve; kiểm tra / check: scripts/build.")


if __name__ == "__main__":
    sys.exit(main())
