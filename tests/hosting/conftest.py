"""Fixtures of the hosting tests: Debian's nginx serving the session's built site (tests/support/nginx.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.nginx import Nginx, make_certificate, require_nginx, start_nginx


@pytest.fixture(scope="session")
def tls_certificate(tmp_path_factory) -> tuple[Path, Path]:
    require_nginx()
    return make_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture(scope="session")
def nginx(tls_certificate, built_site, tmp_path_factory) -> Nginx:
    """nginx serving the session's built site."""
    server = start_nginx(built_site, tmp_path_factory.mktemp("nginx"), tls_certificate)
    yield server
    server.stop()
