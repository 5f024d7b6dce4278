"""Render hosting/nginx.conf.template into an nginx config for this site (prints it to stdout).

Usage:
  python3 scripts/render_nginx_conf.py --site-root /srv/hoctapsuotdoi/site \\
      --server-name hoctapsuotdoi.example \\
      --certificate /etc/letsencrypt/live/hoctapsuotdoi.example/fullchain.pem \\
      --certificate-key /etc/letsencrypt/live/hoctapsuotdoi.example/privkey.pem \\
      [--http-listen 80] [--https-listen 443] > /etc/nginx/sites-available/hoctapsuotdoi

Only the @...@ values are filled in; everything else is the template as the README shows it. The tests
(tests/hosting/) render the same template with their own ports, certificate and site folder.
Plain Python 3, no dependency: it runs on the web server without the project's virtualenv.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parents[1] / "hosting" / "nginx.conf.template"
_PLACEHOLDER = re.compile(r"@([A-Z_]+)@")
# A value is pasted into nginx syntax unquoted: refuse anything that could end or extend a directive.
_SAFE_VALUE = re.compile(r"[A-Za-z0-9_./:\[\]-]+")


class RenderError(ValueError):
    pass


def listen_port(listen: str) -> int:
    """The port of an nginx ``listen`` value: ``443``, ``127.0.0.1:8443``, ``[::]:443``."""
    port = listen.rsplit(":", 1)[-1] if not listen.isdigit() else listen
    if not port.isdigit():
        raise RenderError(f"listen value '{listen}' has no port: write e.g. 443 or 127.0.0.1:8443")
    return int(port)


def values(
    site_root: str,
    server_name: str,
    certificate: str,
    certificate_key: str,
    http_listen: str = "80",
    https_listen: str = "443",
) -> dict[str, str]:
    if not site_root.startswith("/"):
        raise RenderError(f"--site-root '{site_root}' must be an absolute path (nginx resolves others oddly)")
    port = listen_port(https_listen)
    origin = f"https://{server_name}" + ("" if port == 443 else f":{port}")
    return {
        "SITE_ROOT": site_root.rstrip("/") or "/",
        "SERVER_NAME": server_name,
        "TLS_CERTIFICATE": certificate,
        "TLS_CERTIFICATE_KEY": certificate_key,
        "HTTP_LISTEN": http_listen,
        "HTTPS_LISTEN": https_listen,
        "HTTPS_ORIGIN": origin,
    }


def render(template: str, filled: dict[str, str]) -> str:
    """Fill every ``@NAME@`` of ``template``; an unknown name or an unsafe value is an error."""
    for name, value in filled.items():
        if not _SAFE_VALUE.fullmatch(value.replace("https://", "", 1)):
            raise RenderError(f"{name.lower().replace('_', '-')} '{value}': use letters, digits and . / : - _ only")
    missing = sorted({m.group(1) for m in _PLACEHOLDER.finditer(template)} - filled.keys())
    if missing:
        raise RenderError(f"{TEMPLATE.name}: no value for {', '.join('@' + m + '@' for m in missing)}")
    return _PLACEHOLDER.sub(lambda m: filled[m.group(1)], template)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site-root", required=True, help="absolute path of the built site/ folder")
    parser.add_argument("--server-name", required=True, help="public host name, as in mkdocs.yml site_url")
    parser.add_argument("--certificate", required=True, help="TLS certificate chain (PEM)")
    parser.add_argument("--certificate-key", required=True, help="its private key (PEM)")
    parser.add_argument("--http-listen", default="80")
    parser.add_argument("--https-listen", default="443")
    args = parser.parse_args(argv)
    try:
        filled = values(
            args.site_root,
            args.server_name,
            args.certificate,
            args.certificate_key,
            args.http_listen,
            args.https_listen,
        )
        sys.stdout.write(render(TEMPLATE.read_text(encoding="utf-8"), filled))
    except RenderError as exc:
        print(f"render_nginx_conf.py: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
