"""Publishing: `mkdocs gh-deploy` stops before building, with a message pointing to scripts/publish.

Why not let it run: it pushes whatever the local build produced to a gh-pages branch without the
checks of scripts/publish (site_url still the example address, a strict build, a previous release
to go back to). It also copies `config.site_dir` after the build, and the bilingual build does not
leave that pointing at the finished site (tried before this hook: it failed after a full build with
"Not a directory: site.building"). Forge Pages: the hosting/ci/ templates; own servers: scripts/publish.
"""
from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
from hooks.lib.publish import messages  # noqa: E402


def on_startup(command: str, dirty: bool) -> None:
    if command == "gh-deploy":
        raise PluginError(messages.gh_deploy_refused())
