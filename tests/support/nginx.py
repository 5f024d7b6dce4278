"""Debian's nginx, started by the tests with the README's server blocks (hosting/nginx.conf.template).

Each server runs in the foreground (``daemon off``) from a temporary prefix folder on 127.0.0.1, on free
ports, with a TLS certificate made with the openssl command; its fixture stops it. The tests that need
nginx are skipped only when HOCTAP_SKIP_NGINX=1 is set: a missing nginx is a failure that says to run
scripts/test (which installs it). Used by tests/hosting/ and tests/browser/test_nginx_rebuild.py.
"""

from __future__ import annotations

import http.client
import os
import shutil
import socket
import ssl
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from scripts.render_nginx_conf import TEMPLATE, render, values

NGINX = os.environ.get("NGINX", "/usr/sbin/nginx")
OPENSSL = shutil.which("openssl") or "/usr/bin/openssl"
SKIP_VARIABLE = "HOCTAP_SKIP_NGINX"
SERVER_NAME = "hoctapsuotdoi.test"

# The part of Debian's /etc/nginx/nginx.conf the template relies on, in a private prefix folder.
MAIN_CONF = """\
daemon off;
{user}
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 128; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    access_log off;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;
    include {prefix}/site.conf;
}}
"""


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes
    tls_version: str | None = None

    def header(self, name: str) -> str | None:
        return self.headers.get(name)


@dataclass
class Nginx:
    process: subprocess.Popen
    prefix: Path
    http_port: int
    https_port: int
    tls: ssl.SSLContext

    @property
    def https_url(self) -> str:
        return f"https://127.0.0.1:{self.https_port}/"

    def get(self, path: str, *, https: bool = True, gzip: bool = False) -> Response:
        """One GET, no redirect followed, body as sent (still compressed when gzip was asked for)."""
        if https:
            conn = http.client.HTTPSConnection("127.0.0.1", self.https_port, context=self.tls, timeout=10)
        else:
            conn = http.client.HTTPConnection("127.0.0.1", self.http_port, timeout=10)
        headers = {"Host": SERVER_NAME, "Accept-Encoding": "gzip" if gzip else "identity"}
        try:
            conn.request("GET", path, headers=headers)
            response = conn.getresponse()
            body = response.read()
            version = conn.sock.version() if https else None
            return Response(response.status, response.headers, body, version)
        finally:
            conn.close()

    def error_log(self) -> str:
        log = self.prefix / "error.log"
        return log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()  # SIGTERM: nginx's fast shutdown of master and workers
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for_port(port: int, process: subprocess.Popen, prefix: Path) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process.poll() is not None:
            logs = [
                (prefix / name).read_text(errors="replace")
                for name in ("stderr.log", "error.log")
                if (prefix / name).exists()
            ]
            pytest.fail(f"nginx exited with {process.returncode}:\n" + "\n".join(logs))
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.02)
    pytest.fail(f"nginx did not listen on 127.0.0.1:{port} within 10 s")


def start_nginx(site_root: Path, prefix: Path, certificate: tuple[Path, Path]) -> Nginx:
    """Start nginx serving ``site_root`` with the rendered template (HTTP and HTTPS on free ports)."""
    (prefix / "tmp").mkdir(parents=True, exist_ok=True)
    http_port, https_port = _free_port(), _free_port()
    cert, key = certificate
    conf = render(
        TEMPLATE.read_text(encoding="utf-8"),
        values(
            str(site_root),
            SERVER_NAME,
            str(cert),
            str(key),
            http_listen=f"127.0.0.1:{http_port}",
            https_listen=f"127.0.0.1:{https_port}",
        ),
    )
    (prefix / "site.conf").write_text(conf, encoding="utf-8")
    # As root (CI), workers would run as "nobody" and could not read pytest's private temp folders.
    user = "user root;" if os.geteuid() == 0 else ""
    (prefix / "nginx.conf").write_text(MAIN_CONF.format(prefix=prefix, user=user), encoding="utf-8")
    with (prefix / "stderr.log").open("wb") as stderr:  # startup errors nginx prints before its log is open
        process = subprocess.Popen(
            [NGINX, "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-e", str(prefix / "error.log")],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    _wait_for_port(https_port, process, prefix)
    _wait_for_port(http_port, process, prefix)
    tls = ssl.create_default_context(cafile=str(cert))
    return Nginx(process, prefix, http_port, https_port, tls)


def require_nginx() -> str:
    """nginx's path; skips when HOCTAP_SKIP_NGINX=1, fails (saying what to run) when nginx is missing."""
    if os.environ.get(SKIP_VARIABLE) == "1":
        pytest.skip(f"{SKIP_VARIABLE}=1: the nginx hosting tests are skipped on request")
    if not os.access(NGINX, os.X_OK):
        pytest.fail(
            f"{NGINX} is missing: run scripts/test, which installs Debian's nginx and openssl "
            f"(or set {SKIP_VARIABLE}=1 to skip the hosting tests on purpose)"
        )
    return NGINX


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for SERVER_NAME and 127.0.0.1, made with the openssl CLI."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            OPENSSL,
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            f"/CN={SERVER_NAME}",
            "-addext",
            f"subjectAltName=DNS:{SERVER_NAME},IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    return cert, key
