"""Values shared by several hooks within one `mkdocs build` (both languages), MkDocs-aware glue.

The Vietnamese build and its English child build (hooks/hook_i18n.py) share one dict, kept on the
config object: the data files are read and validated once per build instead of once per hook and
language (at 3,000 resources that is seconds each time). A `mkdocs serve` rebuild starts from a new
config, so nothing here outlives a build. Not a registered hook.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from hooks.lib.sitedata import DataError, SiteData, load_site_data

SHARED_KEY = "_shared"


def shared(config) -> dict:
    """The dict shared by every hook of this build and of its English child build."""
    return config.extra.setdefault(SHARED_KEY, {})


def project_root(config) -> Path:
    return Path(config.config_file_path).resolve().parent


def is_serve(config) -> bool:
    """True under `mkdocs serve` (set by hook_i18n, which learns it from on_startup)."""
    return bool(shared(config).get("serve", False))


def output_writers(config) -> list[int]:
    """Pids of other processes writing into this build's output folder (the forked English build).

    hook_i18n adds the English build here while it runs; hook_site stops those still listed before it
    removes the output of a failed build.
    """
    return shared(config).setdefault("output_writers", [])


def site_data(config) -> SiteData:
    """The validated data of data/*.yml, loaded once per build; bad data stops the build, located."""
    values = shared(config)
    if "site_data" not in values:
        root = project_root(config)
        try:
            values["site_data"] = load_site_data(root / "data", root)
        except DataError as err:
            raise PluginError(str(err)) from None
    return values["site_data"]
