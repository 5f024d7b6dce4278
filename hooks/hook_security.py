"""Security: one fixed Content-Security-Policy, and no executable inline script in any page.

* ``on_config`` hands the policy (hooks/lib/site/headers.py) to overrides/partials/security-meta.html, which
  writes it as a ``<meta http-equiv>`` tag in every page for hosts that ignore ``_headers``.
* ``on_post_page`` / ``on_post_template`` stop the build, naming the page's source file (and the line,
  when the source writes the ``<script>``), if a page's final HTML has an executable inline script.
  The policy is ``script-src 'self'`` with no hash, so such a script could never run anyway: failing
  the build tells staff now instead of leaving a silently broken page.
"""
from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
from hooks.context import project_root  # noqa: E402
from hooks.lib.site import headers, inline_scripts  # noqa: E402


def on_config(config):
    config.extra["_security"] = {"meta_csp": headers.meta_content_security_policy()}
    return config


@event_priority(-100)  # last: check the HTML exactly as it is written, after every other hook
def on_post_page(output, page, config):
    found = inline_scripts.executable_inline_scripts(output)
    if found:
        file = page.file
        docs = Path(config.docs_dir).resolve().relative_to(project_root(config)).as_posix()
        line = None
        if file.generated_by is None and file.abs_src_path:
            line = inline_scripts.source_line(Path(file.abs_src_path).read_text(encoding="utf-8-sig"))
        raise PluginError(inline_scripts.page_message(f"{docs}/{file.src_uri}", found[0], line))
    return output


@event_priority(-100)
def on_post_template(output_content, template_name, config):
    if template_name.endswith(".html") and (found := inline_scripts.executable_inline_scripts(output_content)):
        raise PluginError(inline_scripts.page_message(f"{template_name} (template)", found[0], None))
    return output_content
