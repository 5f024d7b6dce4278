"""Which generated page shows which data record's photo (pure, no MkDocs import).

A record's photo (an honour-roll entry's, a banner report's) is a file under the project's ``docs/anh/``
(``photo.file`` in the data, relative to docs/). The page that shows it writes it as a Markdown image
``![](<src>)`` with ``src`` relative to that page's place in docs/<lang>/, exactly as a hand-written page
shows a photo, so hooks/hook_media.py publishes resized, metadata-free versions and never the original.
hook_data (the pages) and hook_media (the files) both take the list from :func:`page_photos`.
"""
from __future__ import annotations

from dataclasses import dataclass

from hooks.lib.data.programmes import Photo
from hooks.lib.data.refs import RecordKind
from hooks.lib.i18n import routes


@dataclass(frozen=True)
class PhotoView:
    src: str        # relative to the page that shows it (the Markdown image's path)
    alt: str
    file: str       # relative to docs/ (as written in the data)
    where: str      # "data/editions/2022/honours.yml:12": where messages point


def photo_view(photo: Photo | None, page_src: str, lang: str) -> PhotoView | None:
    """``photo`` as the page at ``page_src`` (relative to docs/<lang>/) reaches it: up to docs/, then its path."""
    if photo is None:
        return None
    return PhotoView(src="../" * (page_src.count("/") + 1) + photo.file, alt=photo.alt.get(lang),
                     file=photo.file, where=str(photo.source))


def honour_src(honour, data, lang: str) -> str:
    """Source path of an honour-roll entry's page."""
    prefix = routes.record_prefix(RecordKind.HONOUR, data.editions_by_year[honour.edition])
    return routes.record_src(RecordKind.HONOUR, honour.id, lang, prefix)


def page_photos(data, lang: str) -> dict[str, list[PhotoView]]:
    """Source path of each generated page that shows data photos -> its photos, in the page's order:
    an honour-roll entry's page its photo; a ward's page its banner reports' photos, newest edition first."""
    out: dict[str, list[PhotoView]] = {}
    for honour in data.programme_data.honours:
        src = honour_src(honour, data, lang)
        if honour.photo:
            out.setdefault(src, []).append(photo_view(honour.photo, src, lang))
    for banner in sorted(data.programme_data.banners, key=lambda b: -b.edition):
        src = routes.record_src(RecordKind.WARD, banner.ward, lang)
        if banner.photo:
            out.setdefault(src, []).append(photo_view(banner.photo, src, lang))
    return out
