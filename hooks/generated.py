"""Adding generated pages and files to MkDocs' file list - MkDocs-aware glue, not a registered hook.

One policy for every hook: a generated page or file never silently replaces a hand-written one. If a
file in docs/<lang>/ sits at an address the build generates (a data page, a news list, an open-data
file), the build stops with that file's path and what to do - staff would otherwise edit a page that
is never published.
"""
from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

from hooks.lib.core.errors import LocatedError, bilingual


def add_generated(files: Files, config, src: str, content: str | bytes, *, owner: str,
                  inclusion: InclusionLevel = InclusionLevel.NOT_IN_NAV) -> File:
    """Append a generated file at ``src``; a hand-written file there is a located error."""
    existing = files.get_file_from_path(src)
    if existing is not None:
        if existing.generated_by is None:
            docs = _docs_display(config)
            raise PluginError(str(LocatedError(f"{docs}/{src}", 1, *bilingual(
                f"tệp này nằm đúng địa chỉ mà trang web tự tạo từ {owner}", "Đổi tên hoặc xóa tệp này",
                f"this file sits at an address the build generates from {owner}", "Rename or delete it"))))
        files.remove(existing)  # generated twice in one build (a hook re-run): keep the newest
    file = File.generated(config, src, content=content, inclusion=inclusion)
    files.append(file)
    return file


def _docs_display(config) -> str:
    from pathlib import Path

    docs = Path(config.docs_dir).resolve()
    root = Path(config.config_file_path).resolve().parent
    try:
        return docs.relative_to(root).as_posix()
    except ValueError:
        return docs.as_posix()
