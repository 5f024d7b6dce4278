"""The typed context of one `mkdocs build` (both languages) - MkDocs-aware glue, not a registered hook.

The Vietnamese build and its English child build (hooks/hook_i18n.py) share one :class:`BuildContext`,
kept on the config object (``config.extra["_build"]``) and handed to the English config by reference:
the data files are read and validated once per build instead of once per hook and language (at 3,000
resources that is seconds each time), and the UI tables are read once. A `mkdocs serve` rebuild starts
from a new config, so nothing here outlives a build.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.exceptions import PluginError

from hooks.lib.core.errors import LocatedError
from hooks.lib.data.load import SiteData, load_site_data
from hooks.lib.editions.status import build_moment
from hooks.lib.i18n import LANGUAGES, UiStrings, all_page_pairs, load_page_pairs, load_ui_strings
from hooks.lib.opendata.qrcodes import QrCache

CONTEXT_KEY = "_build"


@dataclass
class BuildContext:
    """What every hook of one build (both languages) shares; created by the first hook that asks."""

    root: Path                      # the project folder (where mkdocs.yml is)
    locales_dir: Path               # overrides/locales: the UI strings tables
    serve: bool = False             # `mkdocs serve` (set by hook_i18n, which learns it from on_startup)
    _site_data: SiteData | None = None
    _ui: dict[str, UiStrings] = field(default_factory=dict)
    _moment: object = None
    git_dates: dict[str, int] | None = None                       # hook_updated: one `git log` per build
    banner_files: dict[str, list] = field(default_factory=dict)   # hook_opendata: made once for both languages
    qr_caches: dict[str, QrCache] = field(default_factory=dict)   # hook_opendata: one per language
    # Pids of other processes writing into this build's output folder (the forked English build):
    # hook_i18n adds it while it runs; hook_site stops those still listed before removing a failed output.
    output_writers: list[int] = field(default_factory=list)
    # The preview's recorder (hooks/preview/record.py) while `scripts/serve` builds; None in any other build.
    preview: object = None

    def site_data(self) -> SiteData:
        """The validated data of data/*.yml, loaded once per build; bad data stops the build, located."""
        if self._site_data is None:
            try:
                self._site_data = load_site_data(self.root / "data", self.root)
            except LocatedError as err:
                raise PluginError(str(err)) from None
        return self._site_data

    def listed_pages(self, lang: str) -> frozenset[str]:
        """Source paths (relative to docs/<lang>/) of the hand-written pages the page lists name.

        The one place that knows where the page lists are: data/pages.yml (the site's own pages) and
        every edition's ``pages:`` (data/editions/<year>/edition.yml). hook_content refuses a hand-written
        page that is in none of them, is not a news post and is not ``hidden: true``.
        """
        try:
            pairs = all_page_pairs(load_page_pairs(self.root / "data" / "pages.yml"), self.site_data().editions)
        except LocatedError as err:
            raise PluginError(str(err)) from None
        return frozenset(pair.src(lang) for pair in pairs)

    def ui_table(self, lang: str) -> UiStrings:
        """This language's UI strings as written (``{week_name}``-style placeholders not filled)."""
        if lang not in self._ui:
            try:
                self._ui[lang] = load_ui_strings(self.locales_dir, lang, _display(self.locales_dir, self.root))
            except LocatedError as err:
                raise PluginError(str(err)) from None
        return self._ui[lang]

    def ui(self, lang: str) -> UiStrings:
        """This language's UI strings with the site-wide placeholders filled for the current edition."""
        key = f"{lang}:filled"
        if key not in self._ui:
            self._ui[key] = self.ui_table(lang).filled(self.site_data().facts(lang))
        return self._ui[key]

    @property
    def moment(self):
        """The moment of this build (``SOURCE_DATE_EPOCH`` or now), the same for both languages."""
        if self._moment is None:
            self._moment = build_moment(os.environ)
        return self._moment


def project_root(config) -> Path:
    return Path(config.config_file_path).resolve().parent


def build_context(config) -> BuildContext:
    """The context of this build (the English child build sees its parent's)."""
    context = config.extra.get(CONTEXT_KEY)
    if context is None:
        root = project_root(config)
        custom_dir = config.theme.custom_dir or str(root / "overrides")
        context = BuildContext(root=root, locales_dir=Path(custom_dir) / "locales")
        config.extra[CONTEXT_KEY] = context
    return context


def _display(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


__all__ = ["BuildContext", "CONTEXT_KEY", "LANGUAGES", "build_context", "project_root"]
