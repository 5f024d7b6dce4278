"""The preview server of ``scripts/serve``: MkDocs' live-reload server that never leaves a browser waiting.

MkDocs' own server (``mkdocs serve``) answers no page while a rebuild fails ("The server will appear
stuck until build errors are resolved"): a browser waited minutes, the mistake only in the terminal.
Here the builder (builder.py) turns a failed rebuild into a failure the server shows: every address
of both languages answers with the error page (errorpage.py) until a fix builds, then every open page
reloads to the site. A request waits only for the rebuild under way, as in MkDocs. Pages load the
live-reload script from a file (livereload.py), so the site's Content-Security-Policy stays as it is.

The site is built in a temporary folder of its own, removed on exit: the preview never writes
``site/`` (the published build, ``scripts/build``) nor anything on a server.
"""
from __future__ import annotations

import logging
import shutil
import tempfile
import urllib.parse
from pathlib import Path

import watchdog.events
from mkdocs.config import load_config
from mkdocs.livereload import LiveReloadServer, _serve_url

from hooks.lib.preview.changes import is_ignored
from hooks.preview import livereload
from hooks.preview.builder import PreviewBuilder
from hooks.preview.errorpage import ASSETS_PATH

log = logging.getLogger("mkdocs.preview")

# What the preview serves itself, from overrides/ (it must work when no build does): name -> type.
OWN_FILES = {Path(livereload.SCRIPT).name: ("application/javascript", livereload.SCRIPT),
             Path(livereload.STYLE).name: ("text/css", livereload.STYLE)}
# Watched besides what MkDocs and the hooks watch, so a mistake that stops even the configuration from
# loading is still seen when it is fixed. The folders of the project root that the site is made from.
PROJECT_PARTS = ("docs", "data", "overrides", "hooks")
POLL_SECONDS = 0.25  # how often the watcher looks at the files (MkDocs: 0.5)


class PreviewServer(LiveReloadServer):
    live_reload_from_file = True  # hooks/preview/livereload.py: the script tag is ours already

    def __init__(self, builder: PreviewBuilder, host: str, port: int, mount_path: str) -> None:
        super().__init__(builder=self._rebuild, host=host, port=port, root=str(builder.site_dir),
                         mount_path=mount_path, polling_interval=POLL_SECONDS)
        self.preview = builder
        self.error_handler = self._not_found

    def _rebuild(self) -> None:
        if self.preview() is False:  # nothing the site is made from changed: open pages need no reload
            self._wanted_epoch = self._visible_epoch

    def watch(self, path: str, func=None, *, recursive: bool = True) -> None:
        """As MkDocs' ``watch``, but an editor's backup or lock file or Python's cache starts no rebuild."""
        path = str(Path(path).resolve())
        if path in self._watched_paths:
            self._watched_paths[path] += 1
            return
        self._watched_paths[path] = 1
        self.preview.watched.append(Path(path))
        root = self.preview.root

        def changed(event) -> None:
            if event.is_directory:
                return
            names = [p for p in (event.src_path, getattr(event, "dest_path", "")) if p]
            if all(_ignored(name, root) for name in names):
                return
            with self._rebuild_cond:
                self._want_rebuild = True
                self._rebuild_cond.notify_all()

        handler = watchdog.events.FileSystemEventHandler()
        handler.on_any_event = changed
        self._watch_refs[path] = self.observer.schedule(handler, path, recursive=recursive)

    def _serve_request(self, environ, start_response):
        path = environ["PATH_INFO"].encode("latin-1").decode("utf-8", "ignore")
        if path.startswith(ASSETS_PATH):
            return self._own_file(path[len(ASSETS_PATH):], start_response)
        if path.startswith("/livereload/"):
            return super()._serve_request(environ, start_response)
        with self._epoch_cond:  # only the rebuild under way is waited for; a failed one ends too
            self._epoch_cond.wait_for(lambda: self._visible_epoch == self._wanted_epoch)
            epoch = self._visible_epoch
        page = self.preview.error_page()
        if page is not None and (path + "/").startswith(self.mount_path):
            body, content_type = page
            if content_type.startswith("text/html"):
                body = self._inject_js_into_html(body, epoch)
            start_response("500 Internal Server Error", [
                ("Content-Type", content_type), ("Content-Length", str(len(body))), ("Cache-Control", "no-store")])
            return [body]
        return super()._serve_request(environ, start_response)

    def _inject_js_into_html(self, content: bytes, epoch: int) -> bytes:
        return livereload.inject(content, epoch, ASSETS_PATH + Path(livereload.SCRIPT).name)

    def _own_file(self, name: str, start_response):
        if name not in OWN_FILES:
            return None
        content_type, source = OWN_FILES[name]
        try:
            body = (self.preview.overrides / source).read_bytes()
        except OSError:
            return None
        start_response("200 OK", [("Content-Type", content_type), ("Content-Length", str(len(body))),
                                  ("Cache-Control", "no-store")])
        return [body]

    def _not_found(self, code: int) -> bytes | None:
        """As ``mkdocs serve``: the site's own 404 page."""
        page = Path(self.root) / f"{code}.html"
        return page.read_bytes() if code == 404 and page.is_file() else None


def _ignored(name: str, root: Path) -> bool:
    try:
        return is_ignored(Path(name).resolve().relative_to(root).as_posix())
    except ValueError:
        return False


def serve(config_file: Path, dev_addr: str | None = None, open_in_browser: bool = False) -> None:
    """Build, serve and rebuild until Ctrl+C; the temporary build folder is removed on the way out."""
    config_file = Path(config_file).resolve()
    host, port, mount_path = _address(config_file, dev_addr)
    site_dir = Path(tempfile.mkdtemp(prefix="hoctap-preview-"))
    builder = PreviewBuilder(config_file, site_dir, _serve_url(host, port, mount_path))
    server = PreviewServer(builder, host, port, mount_path)
    try:
        _watch(server, builder)
        builder()  # the first build, before serving (as MkDocs); a failure is served as the error page
        _watch_hooks(server, builder.built_config())
        try:
            server.serve(open_in_browser=open_in_browser)
        except KeyboardInterrupt:
            log.info("Shutting down...")
        finally:
            server.shutdown()
    finally:
        shutil.rmtree(site_dir, ignore_errors=True)


def _address(config_file: Path, dev_addr: str | None) -> tuple[str, int, str]:
    """Host, port and the site's path under them (``site_url``'s path, as ``mkdocs serve``)."""
    overrides = {"dev_addr": dev_addr} if dev_addr else {}
    try:
        config = load_config(config_file=str(config_file), **overrides)
        host, port = config.dev_addr
        return host, int(port), urllib.parse.urlsplit(config.site_url or "/").path
    except (Exception, SystemExit):  # mkdocs.yml is broken: the first build shows it; serve at the default
        host, _, port = (dev_addr or "127.0.0.1:8000").rpartition(":")
        return host or "127.0.0.1", int(port), "/"


def _watch(server: PreviewServer, builder: PreviewBuilder) -> None:
    server.watch(str(builder.config_file))
    for part in PROJECT_PARTS:
        if (builder.root / part).is_dir():
            server.watch(str(builder.root / part))


def _watch_hooks(server: PreviewServer, config) -> None:
    """What the configuration and the hooks ask to watch (``watch:`` of mkdocs.yml, ``on_serve``), as
    ``mkdocs serve`` after its first build. If that build failed, the project's folders are watched."""
    if config is None:
        return
    server.watch(config.docs_dir)
    for path in config.watch:
        server.watch(path)
    config.plugins.on_serve(server, config=config, builder=server.preview)
