"""The preview of ``scripts/serve``: both languages at http://127.0.0.1:8000/, rebuilt on every save.

A saved page is rebuilt alone when only its text changed; anything else rebuilds both languages. A
mistake shows as a page naming the file, the line and the fix at every address, until it is fixed;
the site is built in a temporary folder (never site/). See hooks/preview/.

Usage: scripts/serve [-a HOST:PORT] [-f mkdocs.yml] [-o] [-v | -q]
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="scripts/serve", description=__doc__.split("\n")[0])
    parser.add_argument(
        "-a",
        "--dev-addr",
        metavar="HOST:PORT",
        help="address to serve the preview at (default: dev_addr of mkdocs.yml, 127.0.0.1:8000)",
    )
    parser.add_argument("-f", "--config-file", type=Path, default=ROOT / "mkdocs.yml", help="the project's mkdocs.yml")
    parser.add_argument("-o", "--open", action="store_true", help="open the preview in a web browser")
    verbosity = parser.add_mutually_exclusive_group()
    verbosity.add_argument("-v", "--verbose", action="store_true", help="show debug messages")
    verbosity.add_argument("-q", "--quiet", action="store_true", help="show warnings and errors only")
    args = parser.parse_args(argv)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "true")  # Material's banner about MkDocs 2.0 reads like an error

    from mkdocs.__main__ import State

    level = logging.DEBUG if args.verbose else logging.WARNING if args.quiet else logging.INFO
    state = State(log_name="mkdocs", level=level)  # MkDocs' own terminal output (colours, levels)
    from hooks.preview.server import serve

    try:
        serve(args.config_file, args.dev_addr, open_in_browser=args.open)
    finally:
        del state


if __name__ == "__main__":
    main()
