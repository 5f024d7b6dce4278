"""Raw HTML policy for staff pages: what HTML a page's Markdown may produce (pure, no MkDocs import).

Staff write content, not code. Markdown lets them type HTML, and three ways of typing it reach the
page: HTML tags, attribute lists (``{ onclick="..." }``) and links (``[x](javascript:...)``). A page
may therefore **not** produce:

* ``<script>``, event attributes (``onclick=``, ``onerror=``...) or ``javascript:``/``vbscript:``
  addresses - code running with the site's name and address;
* ``<iframe>``, ``<frame>``, ``<object>``, ``<embed>``, ``<applet>`` - another site's content inside
  ours, fetched from a third-party host (which then sees every reader) and able to imitate our pages;
  a video or a map comes through the ``!video`` / ``!map`` lines instead (hooks/lib/content/embeds.py);
* an image, video or other file (``src``, ``srcset``, ``poster``, ``data``) from another host: the
  site makes no request to any third-party host, on a reader's phone or anywhere;
* ``<style>`` or ``style=``: the Content-Security-Policy (``style-src 'self'``) blocks them, so they
  would silently do nothing, and they can hide or fake parts of a page;
* ``<link>``, ``<meta>``, ``<base>``, ``<form>``: they redirect the reader, change every link of the
  page or send what readers type elsewhere;
* ``data:`` addresses in links (a whole page hidden in an address).

The check runs on the HTML that MkDocs made from the page's Markdown (before any template adds to
it), because that is where every way of writing it ends up - entities such as ``&#106;avascript:``
decoded, code blocks already escaped (so a guide may *show* ``<script>`` in backticks). The source line
is then found in the Markdown (:func:`source_line`). hooks/hook_security.py checks the final pages for
inline scripts too, whatever wrote them; this check is the one staff meet, with their line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

FORBIDDEN_ELEMENTS = {
    "script": "code", "iframe": "frame", "frame": "frame", "frameset": "frame", "object": "frame",
    "embed": "frame", "applet": "frame", "style": "style", "link": "head", "meta": "head", "base": "head",
    "form": "form",
}
URL_ATTRIBUTES = ("href", "src", "srcset", "action", "formaction", "poster", "data", "xlink:href", "background",
                  "cite", "longdesc", "ping")
RESOURCE_ATTRIBUTES = ("src", "srcset", "poster", "data", "background")  # fetched when the page loads
_SCRIPT_SCHEME = re.compile(r"^(?:javascript|vbscript|livescript):", re.I)
# Browsers ignore ASCII whitespace and control characters inside an address's scheme ("java\tscript:").
_IGNORED_IN_SCHEME = re.compile(r"[\x00-\x20\x7f]+")
_THIRD_PARTY = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.I)


@dataclass(frozen=True)
class Finding:
    """One forbidden thing in a page's HTML: its kind and how to find it in the Markdown source."""

    kind: str           # code | frame | style | head | form | handler | script-url | data-url | third-party
    what: str           # as shown in the message: "<iframe>", "onclick=", "javascript:alert(1)"
    needles: tuple[str, ...]  # regular expressions that find it in the source, most precise first


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[Finding] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in FORBIDDEN_ELEMENTS:
            self.found.append(Finding(FORBIDDEN_ELEMENTS[tag], f"<{tag}>", (rf"<{tag}(?![\w-])",)))
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.found.append(Finding("handler", f"{name}=", (rf"\b{name}\s*=",)))
            elif name == "style":
                self.found.append(Finding("style", "style=", (r"\bstyle\s*=",)))
            elif name == "srcdoc":
                self.found.append(Finding("frame", "srcdoc=", (r"\bsrcdoc\s*=",)))
            elif name in URL_ATTRIBUTES:
                self._url(tag, name, value)

    handle_startendtag = handle_starttag

    def _url(self, tag: str, name: str, value: str) -> None:
        urls = [part.strip().split(" ")[0] for part in value.split(",")] if name == "srcset" else [value.strip()]
        for url in urls:
            scheme = _IGNORED_IN_SCHEME.sub("", url)
            shown = url if len(url) <= 60 else url[:57] + "..."
            needles = (re.escape(url[:40]), rf"\b{re.escape(name)}\s*=", r"\]\(")
            if _SCRIPT_SCHEME.match(scheme):
                self.found.append(Finding("script-url", shown, (re.escape(url[:40]), r"(?i)j\W*a\W*v\W*a\W*s\W*c\W*r\W*i\W*p\W*t\W*:",
                                                                 *needles[1:])))
            elif scheme.lower().startswith("data:") and name not in ("src", "srcset"):
                self.found.append(Finding("data-url", shown, needles))
            elif name in RESOURCE_ATTRIBUTES and _THIRD_PARTY.match(url):
                self.found.append(Finding("third-party", shown, needles))


def forbidden_html(html: str) -> list[Finding]:
    """Everything in ``html`` (a page's content, rendered from its Markdown) that the policy refuses."""
    scanner = _Scanner()
    scanner.feed(html)
    scanner.close()
    return scanner.found


def source_line(source: str, finding: Finding, first_line: int = 1) -> int:
    """Line of ``source`` (the whole page file) that writes ``finding``: outside code blocks, first match.

    Falls back to ``first_line`` (the body's first line) when no needle matches (e.g. an address
    written with entities).
    """
    lines = source.split("\n")
    code = _code_lines(lines)
    for needle in finding.needles:
        pattern = re.compile(needle, re.I)
        for number, text in enumerate(lines, start=1):
            if number < first_line or number in code:
                continue
            for match in pattern.finditer(text):
                if text.count("`", 0, match.start()) % 2 == 0:  # not inside a `code span`
                    return number
    return first_line


def _code_lines(lines: list[str]) -> set[int]:
    """Line numbers (1-based) inside fenced code blocks (``` or ~~~), fences included."""
    inside, fence, out = False, "", set()
    for number, text in enumerate(lines, start=1):
        stripped = text.lstrip()
        if not inside and stripped.startswith(("```", "~~~")):
            inside, fence = True, stripped[:3]
            out.add(number)
        elif inside:
            out.add(number)
            if stripped.startswith(fence):
                inside = False
    return out


# (Vietnamese problem, Vietnamese fix, English problem, English fix) per kind; {what} is the finding.
MESSAGES = {
    "code": ("trang có thẻ {what}: mã JavaScript không được viết trong trang",
             "Xóa thẻ này (muốn hiển thị nó như chữ thì đặt trong dấu `...`)",
             "the page contains {what}: pages may not carry JavaScript",
             "Delete it (to show it as text, put it in backticks)"),
    "frame": ("trang có thẻ {what}: nhúng nội dung của trang web khác, tải từ máy chủ khác và cho họ biết ai "
              "đang đọc", "Thay bằng một dòng `!video[Tiêu đề](https://...)` hoặc `!map[Tiêu đề](https://...)` "
              "(xem Hướng dẫn biên tập, mục HTML trong trang)",
              "the page contains {what}: it embeds another site, loaded from a third-party host that then "
              "sees every reader", "Use a line `!video[Title](https://...)` or `!map[Title](https://...)` "
              "instead (staff guide, section on HTML in pages)"),
    "style": ("trang có {what}: kiểu trình bày riêng bị chính sách bảo mật của website chặn và có thể che "
              "hoặc giả nội dung", "Xóa nó; cần một kiểu trình bày mới thì nhờ người phát triển thêm vào "
              "overrides/assets/stylesheets/",
              "the page contains {what}: the site's Content-Security-Policy blocks inline styles, and they can "
              "hide or fake content", "Delete it; ask a developer to add a style to overrides/assets/stylesheets/"),
    "head": ("trang có thẻ {what}: thẻ này đổi cách trình duyệt xử lý cả trang (chuyển hướng, đổi mọi liên kết)",
             "Xóa thẻ này", "the page contains {what}: it changes how browsers treat the whole page (redirects, "
             "every link)", "Delete it"),
    "form": ("trang có thẻ {what}: biểu mẫu gửi điều người đọc gõ đi nơi khác", "Xóa biểu mẫu; đặt liên kết tới "
             "biểu mẫu chính thức thay thế", "the page contains {what}: a form sends what readers type elsewhere",
             "Delete it; link to the official form instead"),
    "handler": ("trang có thuộc tính {what}: đó là mã JavaScript chạy khi người đọc bấm hoặc di chuột",
                "Xóa thuộc tính này", "the page contains the attribute {what}: it is JavaScript run on a "
                "click or a hover", "Delete the attribute"),
    "script-url": ("liên kết `{what}` là mã JavaScript, không phải địa chỉ trang web",
                   "Dùng một địa chỉ bắt đầu bằng https://", "the link `{what}` is JavaScript, not a web address",
                   "Use an address that starts with https://"),
    "data-url": ("liên kết `{what}` chứa cả một tệp trong địa chỉ (data:)", "Dùng một địa chỉ bắt đầu bằng https://, "
                 "hoặc đặt tệp vào docs/ rồi liên kết tới nó", "the link `{what}` holds a whole file in the "
                 "address (data:)", "Use an address that starts with https://, or put the file in docs/ and "
                 "link to it"),
    "third-party": ("trang tải `{what}` từ máy chủ khác: website không được gửi yêu cầu nào tới máy chủ khác "
                    "(người đọc bị theo dõi, trang chậm và hỏng khi máy chủ kia đổi)",
                    "Tải tệp về, đặt vào docs/ cạnh trang rồi dùng đường dẫn tới tệp đó; hoặc chỉ đặt một liên kết",
                    "the page loads `{what}` from another host: the site makes no request to a third-party host "
                    "(it would track readers, and break when that host changes)",
                    "Download the file into docs/ next to the page and use its path; or just link to it"),
}


def finding_message(finding: Finding) -> tuple[str, str, str, str]:
    """``(vi problem, vi fix, en problem, en fix)`` for a finding (see errors.bilingual)."""
    vi_problem, vi_fix, en_problem, en_fix = MESSAGES[finding.kind]
    return (vi_problem.format(what=finding.what), vi_fix, en_problem.format(what=finding.what), en_fix)


__all__ = ["FORBIDDEN_ELEMENTS", "Finding", "finding_message", "forbidden_html", "source_line"]
