"""Security headers computed from the built site (hooks/lib/headers.py)."""
from __future__ import annotations

import base64
import hashlib

from hooks.lib import headers

PAGE = """<!doctype html><html><head>
<script>__md_scope=new URL(".",location)</script>
<script src="assets/x.js"></script>
<script type="application/ld+json">{"@type": "Event"}</script>
<script id="__config" type="application/json">{"base": "."}</script>
<SCRIPT type="text/javascript">
var a = "</div>";
</SCRIPT>
<script type="module">import "./m.js"</script>
</head><body><p>script in text</p></body></html>"""


def test_inline_scripts_keeps_only_executable_inline_code():
    assert headers.inline_scripts(PAGE) == [
        '__md_scope=new URL(".",location)', '\nvar a = "</div>";\n', 'import "./m.js"',
    ]


def test_script_hash_is_the_csp_sha256_of_the_exact_text():
    digest = base64.b64encode(hashlib.sha256(b"alert(1)").digest()).decode()
    assert headers.script_hash("alert(1)") == f"'sha256-{digest}'"


def test_policy_allows_no_inline_script_without_hash():
    policy = headers.content_security_policy(["'sha256-abc'"])
    directives = dict(d.split(" ", 1) for d in policy.split("; "))
    assert directives["script-src"] == "'self' 'sha256-abc'"
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
    assert directives["object-src"] == "'none'" and directives["default-src"] == "'self'"


def test_write_and_parse_headers_round_trip(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "a" / "index.html").write_text("<script>x()</script>", encoding="utf-8")
    written = headers.write_security_headers(tmp_path)
    parsed = headers.parse_netlify_headers((tmp_path / "_headers").read_text(encoding="utf-8"))
    assert parsed == written
    assert headers.script_hash("x()") in parsed["Content-Security-Policy"]
    nginx = (tmp_path / "_headers.nginx.conf").read_text(encoding="utf-8")
    assert 'add_header X-Content-Type-Options "nosniff" always;' in nginx
