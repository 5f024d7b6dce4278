"""News: where posts and lists live, categories, dates, list entries - no MkDocs import.

News model and file layout: where posts live, the front matter keys, the post record.
Posts are parsed and checked in posts.py, lists are made in listing.py, the feed in feed.py.

One Markdown file per post and language:

* Vietnamese: ``docs/vi/tin-tuc/<yyyy-mm-dd>-<slug>.md``
* English:    ``docs/en/news/<yyyy-mm-dd>-<slug>.md``

Front matter (between ``---`` lines)::

    title: Phường Máy Chai ra quân treo băng rôn   # required
    date: 2022-10-01                                # required, same as the file name's date
    ward: may-chai                                  # optional, a ward id (data/wards.yml)
    categories: [tuyen-truyen]                      # optional, ids from data/news-categories.yml
    tags: [băng rôn]                                # optional, free words
    draft: true                                     # optional: shown by `mkdocs serve` only
    sample: true                                    # optional: not real news, labelled "Sample data"
    alternate: news/2022-10-01-may-chai-banners.md  # optional: the twin in the other language
    description: One-sentence summary.              # optional: used in lists and feeds
    corrections: [{date: 2022-10-06, note: …}]      # optional: dated notes at the top and in the feed
    withdrawn: 2022-10-07                           # optional: taken down, a "removed" page stays
    withdrawn_reason: …                             # optional: why (shown on that page)
    aliases: [2022-10-01-old-name]                  # optional: former file names, which redirect here

(corrections, withdrawn, aliases: see changes.py)

Every problem is a :class:`NewsError` whose text is ``docs/<lang>/<dir>/<file>.md:<line>: what is wrong.
How to fix it.`` - staff read it in the terminal; the hook turns it into a PluginError.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from hooks.lib.core.errors import LocatedError
from hooks.lib.i18n import LANGUAGE_ROOT, src_to_url

NEWS_DIR = {"vi": "tin-tuc", "en": "news"}
# Generated listing pages, relative to NEWS_DIR.
PAGE_PREFIX = {"vi": "trang-", "en": "page-"}        # tin-tuc/trang-2.md, news/page-2.md
CATEGORY_DIR = {"vi": "chuyen-muc", "en": "category"}  # tin-tuc/chuyen-muc/<id>.md, news/category/<id>.md
ARCHIVE_DIR = {"vi": "luu-tru", "en": "archive"}       # tin-tuc/luu-tru/2022-10.md, news/archive/2022-10.md
PER_PAGE = 10
LATEST_COUNT = 3
FEED_FILE = "feed.xml"

KNOWN_KEYS = ("title", "date", "ward", "categories", "tags", "draft", "sample", "alternate", "description",
              "corrections", "withdrawn", "withdrawn_reason", "aliases")
# Keys MkDocs or Material understand on any page; allowed, never reported as typos.
PASS_THROUGH_KEYS = ("template", "hide", "search", "status", "icon", "subtitle", "social")

FILE_NAME = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})-(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
DATE_PATTERN = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


class NewsError(LocatedError):
    """A located, staff-readable problem in a post or in data/news-categories.yml."""


@dataclass(frozen=True)
class Category:
    id: str
    labels: dict  # {"vi": ..., "en": ...}

    def label(self, lang: str) -> str:
        return self.labels[lang]


@dataclass
class Post:
    lang: str
    src_uri: str        # relative to the language's docs_dir, e.g. "tin-tuc/2022-10-01-khai-mac.md"
    display: str        # path shown in messages, e.g. "docs/vi/tin-tuc/2022-10-01-khai-mac.md"
    title: str
    date: dt.date
    slug: str
    ward: str | None = None
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    draft: bool = False
    sample: bool = False
    alternate: str | None = None   # twin's source path in the other language
    description: str = ""
    corrections: tuple = ()        # changes.Correction, oldest first
    withdrawn: object = None       # a hooks.lib.data.status.Withdrawal: only a "removed" page stays
    aliases: tuple = ()            # former file names (without .md): redirect pages there

    @property
    def stem(self) -> str:
        """The file name without ``.md``: ``2022-10-01-khai-mac``."""
        return self.src_uri.rsplit("/", 1)[-1][: -len(".md")]

    @property
    def url(self) -> str:
        """URL relative to this language's site root."""
        return src_to_url(self.src_uri)

    @property
    def site_url(self) -> str:
        """URL relative to the whole site's root (with the language prefix)."""
        return LANGUAGE_ROOT[self.lang] + self.url

    @property
    def sort_key(self):
        return (self.date, self.slug)


def parse_date(text: str) -> dt.date | None:
    """A real calendar date from ``YYYY-MM-DD``; ``None`` when it is not one."""
    m = DATE_PATTERN.match(text.strip())
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
