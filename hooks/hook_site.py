"""Whole-site output: one build at a time, and always a whole site.

A real ``mkdocs build`` (the Vietnamese "parent" build; see hook_i18n) takes the build lock
``<site>.lock`` (a second build waits, then stops with a message), removes what a killed build left,
and builds both languages into a new release folder ``<site>.releases/<id>/``. Once both languages
are there it merges the sitemaps and writes the security headers, then publishes the release by
renaming one new symlink over ``<site>``: a web server reading ``<site>`` sees the previous
complete site or the new complete one, nothing in between (hooks/lib/site/release.py). A failed
build - an error, or a warning under ``--strict`` - removes its release and publishes nothing. An
operating-system error (read-only folder, full disk, permission) ends the build with one located
sentence instead of a traceback. ``mkdocs serve`` builds into its own temporary folder: no lock,
no release.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from pathlib import Path

from mkdocs.exceptions import Abort, PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import CountHandler

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
from hooks import childbuild  # noqa: E402
from hooks.context import build_context  # noqa: E402
from hooks.lib import i18n
from hooks.lib.site import (  # noqa: E402
    buildlock,
    headers,  # noqa: E402
    material_patch,
    messages,
    pause,
    release,
    sitemaps,
)

log = logging.getLogger("mkdocs.hooks.site")

# How long a build waits for another one writing the same site. The whole site builds in seconds
# (a minute or two at thousands of resources, scripts/benchmark.py): ten minutes means it is stuck.
LOCK_TIMEOUT_ENV = "HOCTAP_BUILD_LOCK_TIMEOUT"
DEFAULT_LOCK_TIMEOUT = 600.0


class SiteGuard(CountHandler):
    """The parent build's hold on the output: the lock, the new release, the count of warnings.

    MkDocs counts strict-mode warnings only *after* on_post_build, where we publish, so we count them
    ourselves. Attached to the "mkdocs" logger for one build, which is also how on_build_error (which
    receives no config) finds it. The forked English build inherits a copy: ``owner`` keeps the copy
    from removing or publishing anything.
    """

    def __init__(self, layout: release.Layout, lock: buildlock.BuildLock, strict: bool, writers: list[int]):
        super().__init__()
        self.setLevel(logging.WARNING)
        self.layout, self.build_lock, self.strict, self.writers = layout, lock, strict, writers
        self.owner = os.getpid()
        self.release_dir: Path | None = None
        self.published = False

    def discard(self) -> None:
        """Stop whoever still writes into the new release, remove it, unlock."""
        logging.getLogger("mkdocs").removeHandler(self)
        while self.writers:
            childbuild.stop(self.writers.pop())
        if self.release_dir is not None and not self.published:
            release.remove_quietly(self.release_dir)
        self.build_lock.release()


def _guard(owned: bool = True) -> SiteGuard | None:
    for handler in logging.getLogger("mkdocs").handlers:
        # By class name: the English build loads its own copy of this module.
        if type(handler).__name__ == "SiteGuard" and (not owned or handler.owner == os.getpid()):
            return handler
    return None


def _lock_timeout() -> float:
    try:
        return float(os.environ.get(LOCK_TIMEOUT_ENV, DEFAULT_LOCK_TIMEOUT))
    except ValueError:
        return DEFAULT_LOCK_TIMEOUT


@event_priority(90)  # after hook_i18n (100) set the language; before any hook writes output
def on_config(config):
    if config.theme["language"] != i18n.DEFAULT_LANGUAGE or build_context(config).serve:
        return config  # the English build writes into the parent's release; serve into a temp folder
    layout = release.Layout.for_site(config.site_dir)
    try:
        config.site_dir = str(_take_output(layout, bool(config.strict), build_context(config).output_writers))
    except OSError as exc:  # e.g. a read-only disk: say so before MkDocs starts (on_build_error cleans up)
        raise PluginError(messages.os_error(exc, layout.site)) from None
    return config


def _take_output(layout: release.Layout, strict: bool, writers: list[int]) -> Path:
    """Lock the output, remove what killed builds left, and make the new release folder to build into."""
    layout.site.parent.mkdir(parents=True, exist_ok=True)
    lock, timeout = buildlock.BuildLock(layout.lock), _lock_timeout()
    try:
        lock.acquire(timeout, lambda who: log.info(messages.lock_waiting(layout.lock, layout.site, who, timeout)))
    except buildlock.LockTimeout as exc:
        raise PluginError(messages.lock_timeout(layout.lock, layout.site, exc.holder, exc.waited)) from None
    guard = SiteGuard(layout, lock, strict, writers)
    logging.getLogger("mkdocs").addHandler(guard)
    try:
        for path in release.leftovers(layout):  # only now: the lock says no other build is running
            log.info(messages.removing_leftover(path))
            release.remove(path)
    except release.SiteLayoutError as exc:
        raise PluginError(messages.site_layout(exc.site, exc.target, layout.releases)) from None
    guard.release_dir = release.new_release(layout, dt.datetime.now(dt.UTC))
    return guard.release_dir


@event_priority(-100)  # last: after hook_i18n (-90) finished the English build
def on_post_build(config):
    site_dir = Path(config.site_dir)
    try:
        material_patch.patch_material_bundle(site_dir)
    except material_patch.SiteOutputError as exc:
        raise PluginError(str(exc)) from None
    if config.theme["language"] != i18n.DEFAULT_LANGUAGE:
        pause.pause_at("english-build")
        return
    # Whole-site steps: they need both languages' output, so they run here, once, before publishing.
    sitemaps.merge_sitemaps(site_dir, [site_dir / "en"])
    headers.write_security_headers(site_dir)
    if (guard := _guard()) is not None:
        _publish(guard)


def _publish(guard: SiteGuard) -> None:
    layout = guard.layout
    if guard.strict and guard.get_counts():
        guard.discard()
        log.error(messages.strict_warnings(layout.site))
        return
    atomic = release.publish(layout, guard.release_dir, pause.pause_at)
    guard.published = True
    if not atomic:
        log.info(messages.converted_non_atomic(layout.site, layout.releases / release.CONVERTED_NAME))
    try:
        for path in release.leftovers(layout):  # keeps the new release and the previous one
            release.remove(path)
    except OSError as exc:  # the site is published; the next build retries
        log.info(messages.prune_failed(exc, layout.releases))
    guard.discard()


@event_priority(-100)  # last: it may end the build with Abort, which skips any handler after it
def on_build_error(error):
    guard = _guard()
    if guard is not None:
        guard.discard()
    if isinstance(error, OSError):
        any_guard = guard or _guard(owned=False)  # in the English build: the parent's copy
        log.error(messages.os_error(error, any_guard.layout.site if any_guard else "site_dir"))
        # Abort (not the OSError MkDocs would re-raise) ends `mkdocs build` with exit code 1 and
        # no traceback; under `mkdocs serve` it is printed like any failed rebuild.
        raise Abort(messages.OS_ERROR_ABORT) from None
