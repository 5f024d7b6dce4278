"""Size limits of everything staff write, in one place (pure, no imports).

Why limits at all: a pasted 50 MB description once gave an 875 MB site and a 58 MB search index that
every reader's phone would download, and a YAML "alias bomb" grew to 21 GB in memory. Each limit is far
above any real content of this site and far below what hurts a build or a reader; each is checked where
the text is read, with a located message (file:line) naming the limit and the fix:

* ``FRONT_MATTER_MAX_BYTES`` - the YAML block at the top of a page (hooks/lib/content/frontmatter.py);
* ``TEXT_MAX_CHARS`` - one text value in any YAML file or front matter (hooks/lib/core/yamlload.py).
  ``data/schemas/common.schema.json`` repeats it as ``maxLength`` so VS Code underlines a too-long
  text while it is typed (tests/unit/test_limits.py keeps the two equal);
* ``PAGE_MAX_BYTES`` - one Markdown page, front matter included (hooks/lib/content/frontmatter.py);
* ``DATA_FILE_MAX_BYTES`` - one YAML data file, checked before it is parsed (hooks/lib/core/yamlload.py).
"""
from __future__ import annotations

KB = 1024
MB = 1024 * 1024

FRONT_MATTER_MAX_BYTES = 16 * KB
"""Front matter holds a title, a description and a few settings: 16 kB is ~40 times a long one."""

TEXT_MAX_CHARS = 20_000
"""One text value (a title, a description...): about ten printed pages; the longest today is ~600."""

PAGE_MAX_BYTES = 1 * MB
"""One Markdown page: the longest today (the guidance document) is ~20 kB. Split longer pages."""

DATA_FILE_MAX_BYTES = 10 * MB
"""One YAML data file: ~720 bytes per resource, so room for some 14,000 resources."""


def describe(size: int) -> str:
    """``16 kB`` / ``1 MB`` / ``20,000`` - a limit as a message shows it."""
    if size >= MB and size % MB == 0:
        return f"{size // MB} MB"
    if size >= KB and size % KB == 0:
        return f"{size // KB} kB"
    return f"{size:,}"


__all__ = ["DATA_FILE_MAX_BYTES", "FRONT_MATTER_MAX_BYTES", "PAGE_MAX_BYTES", "TEXT_MAX_CHARS", "describe"]
