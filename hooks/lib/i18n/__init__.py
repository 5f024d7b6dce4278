"""Languages: which languages the site has, where each language's pages live (URLs, twins, hreflang),
core page pairs, slugs, the UI strings tables and the date formats that use them.

Everything that depends on "which language is this page in" starts here. ``routes`` (where every data
page lives) is a module of this package but is imported directly (``hooks.lib.i18n.routes``). The
names below are the package's public face, re-exported so callers write ``i18n.page_url(...)``.
Pure Python: no MkDocs import.
"""
from hooks.lib.i18n.dates import (
    format_date,
    format_date_range,
    format_month,
    format_short_date,
    format_weekday_date,
    format_weekday_short_date,
)
from hooks.lib.i18n.languages import (
    DEFAULT_LANGUAGE,
    LANGUAGE_ROOT,
    LANGUAGES,
    hreflang_links,
    other_language,
    page_url,
    site_root_url,
    src_to_url,
    switch_href,
    twin_link,
)
from hooks.lib.i18n.pages import (
    PagePair,
    PagesFileError,
    all_page_pairs,
    archived_pages,
    check_source_name,
    load_page_pairs,
    menu,
    missing_translation_message,
    source_name_warning,
    twin_source,
)
from hooks.lib.i18n.slugs import slugify
from hooks.lib.i18n.strings import UiKeyError, UiStrings, load_ui_strings, missing_keys

__all__ = [
    "DEFAULT_LANGUAGE", "LANGUAGES", "LANGUAGE_ROOT", "PagePair", "all_page_pairs", "archived_pages", "menu", "PagesFileError", "UiKeyError", "UiStrings",
    "check_source_name", "format_date", "format_date_range", "format_month", "format_short_date",
    "format_weekday_date", "format_weekday_short_date", "hreflang_links", "load_page_pairs", "load_ui_strings", "missing_keys",
    "missing_translation_message", "other_language", "page_url", "site_root_url", "slugify", "source_name_warning",
    "src_to_url", "switch_href",
    "twin_link", "twin_source",
]
