"""Languages: which languages the site has, where each language's pages live (URLs, twins, hreflang),
core page pairs, slugs and date formats.

Everything that depends on "which language is this page in" starts here. ``routes`` (where every data
page lives) is a module of this package but is imported directly (``hooks.lib.i18n.routes``). The
names below are the package's public face, re-exported so callers write ``i18n.page_url(...)``.
Pure Python: no MkDocs import.
"""
from hooks.lib.i18n.dates import MONTHS_EN, format_date, format_date_range
from hooks.lib.i18n.languages import (DEFAULT_LANGUAGE, LANGUAGE_NAME, LANGUAGE_ROOT, LANGUAGES, hreflang_links,
                                      other_language, page_url, site_root_url, src_to_url, twin_link, twin_source)
from hooks.lib.i18n.pages import (PagePair, PagesFileError, check_source_name, load_page_pairs,
                                  missing_translation_message)
from hooks.lib.i18n.slugs import slugify

__all__ = [
    "DEFAULT_LANGUAGE", "LANGUAGES", "LANGUAGE_NAME", "LANGUAGE_ROOT", "MONTHS_EN", "PagePair", "PagesFileError",
    "check_source_name", "format_date", "format_date_range", "hreflang_links", "load_page_pairs",
    "missing_translation_message", "other_language", "page_url", "site_root_url", "slugify", "src_to_url",
    "twin_link", "twin_source",
]
