"""One rebuild of the preview, whatever happens: the site, or the page that names what went wrong.

MkDocs' server calls the builder after files change. The builder looks at what changed
(hooks/lib/preview/changes.py) and either rebuilds the saved pages alone on the last build
(pageonly.py), or builds both languages exactly as ``mkdocs serve`` does (``load_config``,
``on_startup("serve")`` once, ``build(config, serve_url=...)``), recording what a later page rebuild
needs (record.py). The build's ERROR lines are kept: a build that fails - a mistake in a page, the data,
a template, ``mkdocs.yml``, or a fault in our code - returns normally with :attr:`failure` set, so the
server still tells browsers to reload, and they get the error page (errorpage.py) instead of waiting
for a build that never comes. The next rebuild after a failure is a full one.
"""
from __future__ import annotations

import logging
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, BuildError, ConfigurationError
from mkdocs.utils import get_build_date

from hooks.context import build_context
from hooks.lib.i18n import LANGUAGES
from hooks.lib.preview import changes
from hooks.lib.preview.problems import Problem, problem, problems
from hooks.preview import errorpage, pageonly
from hooks.preview.record import Recorder

log = logging.getLogger("mkdocs.preview")


@dataclass(frozen=True)
class Failure:
    problems: tuple[Problem, ...]
    unexpected: bool  # a fault in our code, not in the content (the terminal has the traceback)


class ErrorLines(logging.Handler):
    """The ERROR lines MkDocs and the hooks log during one rebuild."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


class PreviewBuilder:
    def __init__(self, config_file: Path, site_dir: Path, serve_url: str) -> None:
        self.config_file = Path(config_file).resolve()
        self.root = self.config_file.parent
        self.site_dir, self.serve_url = Path(site_dir), serve_url
        self.watched: list[Path] = [self.config_file]   # the server adds what it watches
        self.failure: Failure | None = None
        self.overrides = self.root / "overrides"        # the theme's custom_dir, once a config loads
        self._kept: Recorder | None = None              # the last good full build, for page rebuilds
        self._seen: changes.Snapshot = {}
        self._git_head: str | None = None
        self._started = False
        self._error_page: tuple[bytes, str] | None = None
        self.last_rebuild = "none"  # what the last call rebuilt: "full", "pages" or "none" (for the tests)

    def __call__(self) -> bool:
        """Rebuild for what changed since the last call; ``False`` if nothing did. Never raises for a
        failed build."""
        current = changes.snapshot(self.root, self.watched)
        todo = changes.plan(changes.compare(self._seen, current), self._docs_dirs())
        self._seen = current
        if todo.kind == "none" and (self._kept is not None or self.failure is not None):
            self.last_rebuild = "none"
            return False
        errors = ErrorLines()
        logging.getLogger("mkdocs").addHandler(errors)
        started = time.monotonic()
        try:
            if todo.kind == "pages" and self._kept is not None:
                self._pages_or_full(todo.pages)
            else:
                self._full()
            self.failure, self._error_page = None, None
        except (Exception, SystemExit) as exc:  # Abort is a SystemExit: a failed build, not a reason to stop
            self._kept, self._error_page = None, None
            self.failure = self._failure(exc, errors.lines)
            log.error(f"Bản xem trước hiển thị lỗi ở mọi trang của {self.serve_url} / the preview shows the "
                      f"problem on every page of {self.serve_url}")
        finally:
            logging.getLogger("mkdocs").removeHandler(errors)
        if self.failure is None:
            log.info(f"Preview ready in {time.monotonic() - started:.2f} s")
        return True

    def error_page(self) -> tuple[bytes, str] | None:
        """``(body, content type)`` of the page for the last failure, or ``None`` while the site built."""
        if self.failure is None:
            return None
        if self._error_page is None:
            self._error_page = errorpage.render(self.failure.problems, self.failure.unexpected, self.overrides)
        return self._error_page

    def built_config(self):
        """The Vietnamese configuration of the last good full build (hooks ran on it), else ``None``."""
        return self._kept.languages["vi"].config if self._kept is not None else None

    def _docs_dirs(self) -> dict[str, str]:
        if self._kept is None:
            return {}
        return {lang: Path(b.config.docs_dir).resolve().relative_to(self.root).as_posix()
                for lang, b in self._kept.languages.items()}

    def _pages_or_full(self, pages) -> None:
        kept = self._kept
        try:
            if kept.build_date != get_build_date():
                raise pageonly.NeedsFullBuild("the date changed")
            if _git_head(self.root) != self._git_head:
                raise pageonly.NeedsFullBuild("a new git commit (pages show their last-updated date)")
            self.last_rebuild = "pages"  # also when a saved page has a mistake: it was found on its own
            pageonly.rebuild_pages(kept, pages)
            log.info("Rebuilt alone: " + ", ".join(f"docs/{lang}/{src}" for lang in pages for src in pages[lang]))
        except pageonly.NeedsFullBuild as why:
            log.info(f"Full rebuild: {why}")
            self._full()

    def _full(self) -> None:
        self._kept, self.last_rebuild = None, "full"
        config = load_config(config_file=str(self.config_file), site_dir=str(self.site_dir))
        if not self._started:  # as `mkdocs serve`: once, on the first configuration
            config.plugins.on_startup(command="serve", dirty=False)
            self._started = True
        config.site_url = self.serve_url
        if config.theme.custom_dir:
            self.overrides = Path(config.theme.custom_dir)
        recorder = Recorder(get_build_date())
        build_context(config).preview = recorder
        head = _git_head(self.root)
        build(config, serve_url=self.serve_url)
        recorder.recording = False
        if recorder.complete(LANGUAGES):
            self._kept, self._git_head = recorder, head

    def _failure(self, exc: BaseException, lines: Sequence[str]) -> Failure:
        expected = isinstance(exc, (Abort, BuildError, ConfigurationError))
        if not expected:
            log.exception("Lỗi chương trình khi dựng bản xem trước / unexpected error while building the preview")
        found = problems(lines)
        if not found or not expected:
            found.append(problem(f"{type(exc).__name__}: {exc}" if not expected else str(exc)))
        return Failure(tuple(found), not expected)


def _git_head(root: Path) -> str | None:
    """The commit checked out (pages show their last git date): ``None`` outside git."""
    try:
        result = subprocess.run(["git", "-C", str(root), "rev-parse", "-q", "--verify", "HEAD"],
                                capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() if result.returncode == 0 else None
