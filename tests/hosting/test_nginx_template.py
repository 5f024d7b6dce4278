"""The nginx template and its renderer, without running nginx: no drift from the build's headers or
the README, and values that cannot break the config."""

from __future__ import annotations

import re

import pytest

from hooks.lib.site.headers import security_headers
from scripts.render_nginx_conf import TEMPLATE, RenderError, main, render, values
from tests.support.project import ROOT

ADD_HEADER = re.compile(r'^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;', re.M)


def template() -> str:
    return TEMPLATE.read_text(encoding="utf-8")


def test_template_sends_the_same_security_headers_as_the_build():
    sent = dict(ADD_HEADER.findall(template()))
    assert sent.pop("Strict-Transport-Security") == "max-age=31536000"
    assert sent == security_headers()


def test_no_location_sets_its_own_headers():
    # nginx drops every inherited add_header in a location that has one: keep them at server level.
    config = re.sub(r"#.*", "", template())
    blocks = re.findall(r"^\s*location\s[^{]*\{(?:[^{}]|\{[^{}]*\})*\}", config, re.M)
    assert len(blocks) == 4  # the HTTP redirect, _headers, feed.xml, opds.xml
    for block in blocks:
        assert "add_header" not in block, block


def test_readme_shows_the_template_as_it_is():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```nginx\n(.*?)```", readme, re.S)
    assert blocks == [template()]


def test_render_fills_every_value():
    text = render(
        template(), values("/srv/hoctapsuotdoi/site", "hoctapsuotdoi.example", "/etc/ssl/site.pem", "/etc/ssl/site.key")
    )
    assert "@" not in re.sub(r"#.*", "", text)
    assert "    root /srv/hoctapsuotdoi/site;" in text.splitlines()
    assert "        return 301 https://hoctapsuotdoi.example$request_uri;" in text.splitlines()
    assert "    listen 443 ssl http2;" in text.splitlines() and "    listen 80;" in text.splitlines()


def test_https_origin_names_a_port_other_than_443():
    filled = values("/s", "example.test", "/c", "/k", http_listen="127.0.0.1:8080", https_listen="127.0.0.1:8443")
    assert filled["HTTPS_ORIGIN"] == "https://example.test:8443"


@pytest.mark.parametrize("site_root", ["site", "/srv/site; include /etc/passwd", "/srv/my site", "/srv/$x"])
def test_unsafe_values_are_refused(site_root):
    with pytest.raises(RenderError):
        render(template(), values(site_root, "example.test", "/c", "/k"))


def test_command_line_refuses_with_a_message(capsys):
    assert (
        main(["--site-root", "site", "--server-name", "a.test", "--certificate", "/c", "--certificate-key", "/k"]) == 2
    )
    assert "--site-root 'site' must be an absolute path" in capsys.readouterr().err
