"""The few test parameters that come from the project's data files, read at collection time.

pytest needs a parametrised test's parameter list while it collects, before any fixture runs, so a
test with one case per page pair, per data file or per kind of page cannot get its list from a
fixture. Those lists - and only those - are read here, each once per session (cached), so a broken
data file fails collection in one place with the loader's own located message. Everything else a
test needs from the data comes from the session fixture ``site_data`` (tests/conftest.py).
"""

from __future__ import annotations

import functools
from pathlib import Path

from hooks.lib import i18n
from hooks.lib.data.load import SiteData, load_site_data
from tests.support.project import ROOT


@functools.cache
def site_data() -> SiteData:
    """The real data/ (validated); the ``site_data`` fixture returns this same object."""
    return load_site_data(ROOT / "data", ROOT)


@functools.cache
def page_pairs() -> tuple[i18n.PagePair, ...]:
    """The core pages of both languages, from data/pages.yml."""
    return tuple(i18n.load_page_pairs(ROOT / "data" / "pages.yml"))


def data_files() -> list[Path]:
    """Every data/*.yml file, in name order."""
    return sorted((ROOT / "data").glob("*.yml"))


def news_posts(lang_folder: str) -> list[str]:
    """File stems of the news posts in ``docs/<lang_folder>`` (e.g. ``vi/tin-tuc``), in name order."""
    return sorted(p.stem for p in (ROOT / "docs" / lang_folder).glob("*.md"))
