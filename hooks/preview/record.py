"""What each language's last good build left, for rebuilding one saved page on it (MkDocs-aware glue).

During a full build of the preview, hooks/hook_preview.py hands a :class:`Recorder` each language's
files, menu (nav) and template environment as MkDocs makes them, each hand-written page's front
matter as written, each page's title once read, and how many of Material's search entries each page
added, in order. A one-page rebuild (pageonly.py) reuses all of it; while it runs the recorder only
watches the rebuilt pages: whether a title changed (then other pages' menus must change: a full build)
and which search entries replace the page's old ones, at the same place (the index is the same bytes
as a full build's).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hooks.lib.preview.changes import front_matter


@dataclass
class LanguageBuild:
    """One language's last build: MkDocs' objects and what the page rebuild checks against."""

    config: Any
    files: Any = None
    nav: Any = None
    env: Any = None
    built: bool = False
    front_matter: dict[str, str] = field(default_factory=dict)  # hand-written page -> front matter as written
    titles: dict[str, Any] = field(default_factory=dict)        # page -> title once read (before escaping)
    order: list[str] = field(default_factory=list)              # pages in the order they were written
    entries: dict[str, int] = field(default_factory=dict)       # page -> number of search entries it added
    changed_titles: set[str] = field(default_factory=set)       # rebuilt pages whose title is not the same
    _indexing: int = 0                                          # search entries before the page in hand
    _rebuilt: dict[str, tuple[int, int]] = field(default_factory=dict)  # page -> its new entries (start, count)

    search_index: Any = None                                    # Material's index of this language's pages

    def search_plugin(self):
        return self.config.plugins.get("material/search") or self.config.plugins.get("search")

    def search_entries(self) -> list:
        return self.search_index.entries if self.search_index is not None else []

    def activate(self) -> None:
        """Before rebuilding pages: MkDocs gives both languages' configurations one instance of Material's
        search plugin (it keeps plugins across configurations), which holds the index of the language
        built last. Give it this language's index back."""
        if self.search_index is not None:
            self.search_plugin().search_index = self.search_index

    def splice_entries(self, src: str) -> None:
        """Put the rebuilt page's new search entries (appended at the end) where its old ones were."""
        entries = self.search_entries()
        start, count = self._rebuilt.pop(src)
        new = entries[start:start + count]
        del entries[start:start + count]
        at = sum(self.entries[other] for other in self.order[:self.order.index(src)])
        entries[at:at + self.entries[src]] = new
        self.entries[src] = count


class Recorder:
    """The preview's record of one full build of both languages (hooks/hook_preview.py feeds it)."""

    def __init__(self, build_date: str) -> None:
        self.build_date = build_date  # MkDocs' build date: pages show it; a new day needs a full build
        self.languages: dict[str, LanguageBuild] = {}
        self.recording = True         # the full build runs; False once it is done (page rebuilds then)

    def language(self, config) -> LanguageBuild:
        return self.languages[config.theme["language"]]

    def complete(self, languages) -> bool:
        return all(lang in self.languages and self.languages[lang].built for lang in languages)

    # Events of the full build (hooks/hook_preview.py)
    def files(self, config, files) -> None:
        if not self.recording:
            return
        build = LanguageBuild(config=config, files=files)
        build.search_index = getattr(build.search_plugin(), "search_index", None)  # made by its on_config
        self.languages[config.theme["language"]] = build
        for file in files.documentation_pages():
            if file.generated_by is None and file.abs_src_path:
                build.front_matter[file.src_uri] = page_front_matter(Path(file.abs_src_path))

    def nav(self, config, nav) -> None:
        if self.recording:
            self.language(config).nav = nav

    def env(self, config, env) -> None:
        if self.recording:
            self.language(config).env = env

    def built(self, config) -> None:
        if self.recording:
            self.language(config).built = True

    # Events of every page, in a full build and in a page rebuild
    def page_read(self, config, page) -> None:
        build, src = self.language(config), page.file.src_uri
        if self.recording:
            build.titles[src] = page.title
        elif build.titles.get(src) != page.title:
            build.changed_titles.add(src)

    def page_indexing(self, config, page) -> None:
        build = self.language(config)
        build._indexing = len(build.search_entries())

    def page_written(self, config, page) -> None:
        build, src = self.language(config), page.file.src_uri
        count = len(build.search_entries()) - build._indexing
        if self.recording:
            build.order.append(src)
            build.entries[src] = count
        else:
            build._rebuilt[src] = (build._indexing, count)


def page_front_matter(path: Path) -> str | None:
    """The front matter of the page at ``path`` as written; ``None`` if it cannot be read as text."""
    try:
        return front_matter(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None
