"""Security headers (hooks/lib/site/headers.py): one fixed policy, whatever the pages contain."""

from __future__ import annotations

from hooks.lib.site import headers

POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'"
)


def test_policy_is_fixed_and_allows_no_inline_script():
    assert headers.content_security_policy() == POLICY
    assert "'unsafe-inline'" not in POLICY and "'sha256-" not in POLICY and "'unsafe-eval'" not in POLICY


def test_meta_policy_leaves_out_what_a_meta_tag_cannot_carry():
    assert headers.meta_content_security_policy() == POLICY.removesuffix("; frame-ancestors 'none'")


def test_headers_file_does_not_depend_on_the_pages(tmp_path):
    empty, full = tmp_path / "empty", tmp_path / "full"
    empty.mkdir()
    (full / "a" / "b").mkdir(parents=True)
    (full / "index.html").write_text("<script>alert(1)</script>", encoding="utf-8")
    (full / "a" / "b" / "index.html").write_text('<script>__md_scope=new URL("../..",location)</script>')
    assert headers.write_security_headers(empty) == headers.write_security_headers(full)
    assert (empty / "_headers").read_bytes() == (full / "_headers").read_bytes()
    assert sorted(p.name for p in empty.iterdir()) == ["_headers"]


def test_headers_file_round_trip(tmp_path):
    written = headers.write_security_headers(tmp_path)
    text = (tmp_path / "_headers").read_text(encoding="utf-8")
    assert text.splitlines()[1] == "/*"
    assert f"  Content-Security-Policy: {POLICY}" in text.splitlines()
    assert (
        headers.parse_netlify_headers(text)
        == written
        == {
            "Content-Security-Policy": POLICY,
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "strict-origin-when-cross-origin",
            "X-Frame-Options": "DENY",
            "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        }
    )
