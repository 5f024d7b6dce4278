"""Pages of the guidance's programmes, one language (pure, no MkDocs import).

* ``chuong-trinh/`` (``programmes/``): the programmes; ``chuong-trinh/<id>/`` one page per learning model,
  the classroom-bookshelf movement and library cooperation: what the guidance says (quoted, with its
  section), how a model is assessed (only from a source in data/programmes.yml, else a staff block), the
  activities, honours and resources linked to it.
* ``guong-dien-hinh/`` (``honour-roll/``): every edition's honour roll; ``<year>/guong-dien-hinh/`` one
  edition's; ``<year>/guong-dien-hinh/<id>/`` one entry, at a permanent address.
* ``thu-vien/<id>/`` (``libraries/<id>/``): one library, with its activities, rotations and reading models
  (the directory keeps its ``#<id>`` entries).
* Blocks inside pages hooks/hook_data.py renders: the district table of banner reports on each edition's
  banner-kit page, the launch ceremony on the home page while it is upcoming or running.

The pages are :class:`~hooks.lib.datapages.pages.PageSpec` like every data page. Building
:class:`ProgrammePages` also gives the ward views their honours and banner reports, so it must exist before
the data pages make theirs: :func:`generated_pages` builds both in that order (hooks/hook_data.py and the
tests use it).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from hooks.lib.data.refs import RecordKind, RecordRef
from hooks.lib.datapages.pages import DataPages, PageSpec
from hooks.lib.datapages.programme_links import HONOUR_ROLL
from hooks.lib.datapages.programme_views import ProgrammeViews
from hooks.lib.i18n import routes
from hooks.lib.opendata import honours as honours_export


def generated_pages(data, lang: str, site_root_url: str, table, moment: dt.datetime) -> GeneratedPages:
    """Every generated page of one language: the data pages, then the programmes' (which first give the
    ward views their honours and banner reports)."""
    pages = DataPages(data, lang, site_root_url, table, moment)
    return GeneratedPages(pages, ProgrammePages(pages, moment))


@dataclass(frozen=True)
class GeneratedPages:
    data: DataPages
    programmes: ProgrammePages

    def pages(self) -> list[PageSpec]:
        return self.data.pages() + self.programmes.pages()


class ProgrammePages:
    def __init__(self, pages: DataPages, moment: dt.datetime) -> None:
        self.dp = pages
        self.lang, self.other, self.data = pages.lang, pages.other, pages.data
        self.ui = pages.strings.programmes
        self.views = ProgrammeViews(pages.data, pages.lang, pages.strings, pages.views, moment)

    def pages(self) -> list[PageSpec]:
        """Every page above (the two section indexes even without data: they are in the menu)."""
        return self._programme_pages() + self._honour_pages() + self._library_pages()

    def _programme_pages(self) -> list[PageSpec]:
        ui, lang, nav = self.ui, self.lang, self.dp.nav_links()
        programmes = list(self.views.programmes.values())
        pages = [PageSpec(
            src=routes.section_index_src("programmes", lang), template="data/programmes.html", title=ui.title,
            description=ui.description, alternate=routes.section_index_src("programmes", self.other), in_nav=True,
            context={"programmes": programmes, "nav": nav})]
        for view in programmes:
            if view.kind == HONOUR_ROLL:  # its page is the honour roll
                continue
            pages.append(PageSpec(
                src=routes.programme_src(view.id, lang), template="data/programme.html", title=view.name,
                description=ui.programme_desc.format(label=view.name),
                alternate=routes.programme_src(view.id, self.other), sample=view.sample,
                context={"programme": view, "cooperation": self._cooperation(view), "nav": nav}))
        return pages

    def _cooperation(self, view) -> dict[str, Any] | None:
        """Library cooperation's own lists: rotations, reading models and the district-level libraries."""
        if view.kind != "library_cooperation":
            return None
        return {"rotations": self.views.rotations, "reading_models": self.views.reading_models,
                "district_libraries": [lib for lib in self.dp.libraries if lib.ward is None]}

    def _honour_pages(self) -> list[PageSpec]:
        ui, lang, nav = self.ui, self.lang, self.dp.nav_links()
        years = [self.views.honour_year(e) for e in sorted(self.data.editions, key=lambda e: -e.year)]
        pages = [PageSpec(
            src=routes.section_index_src("honours", lang), template="data/honours.html", title=ui.honours,
            description=ui.honours_desc, alternate=routes.section_index_src("honours", self.other), in_nav=True,
            sample=any(y.sample for y in years),
            context={"years": years, "single": False, "nav": nav, "json": honours_export.FILES[lang]})]
        for edition, year in zip(sorted(self.data.editions, key=lambda e: -e.year), years, strict=True):
            pages.append(PageSpec(
                src=routes.section_index_src("honours", lang, edition.home_prefix), template="data/honours.html",
                title=ui.honours_of.format(label=year.name), description=ui.honours_desc,
                alternate=routes.section_index_src("honours", self.other, edition.home_prefix), sample=year.sample,
                context={"years": [year], "single": True, "nav": nav, "json": honours_export.FILES[lang]}))
        for honour, view in zip(self.data.programme_data.honours, self.views.honours, strict=True):
            edition = self.data.editions_by_year[honour.edition]
            prefix = routes.record_prefix(RecordKind.HONOUR, edition)
            pages.append(PageSpec(
                src=routes.record_src(RecordKind.HONOUR, honour.id, lang, prefix), template="data/honour.html",
                title=view.name, description=view.achievement,
                alternate=routes.record_src(RecordKind.HONOUR, honour.id, self.other, prefix),
                record=RecordRef(RecordKind.HONOUR, honour.id, honour.edition), sample=view.sample,
                context={"honour": view, "nav": nav}))
        return pages

    def _library_pages(self) -> list[PageSpec]:
        lang, nav = self.lang, self.dp.nav_links()
        return [PageSpec(
            src=routes.record_src(RecordKind.LIBRARY, page.library.id, lang), template="data/library.html",
            title=page.library.name, description=self.ui.library_desc.format(label=page.library.name),
            alternate=routes.record_src(RecordKind.LIBRARY, page.library.id, self.other),
            record=RecordRef(RecordKind.LIBRARY, page.library.id), sample=page.sample,
            context={"page": page, "cooperation_url": self._cooperation_url(), "nav": nav})
            for page in self.views.library_pages.values()]

    def _cooperation_url(self) -> str | None:
        view = next((p for p in self.views.programmes.values() if p.kind == "library_cooperation"), None)
        return view.url if view else None

    # Blocks inside other pages -------------------------------------------------------------------------

    def banner_table(self, page_src: str) -> dict[str, Any] | None:
        """The district table of banner reports for the banner-kit page at ``page_src``, if it is one."""
        for edition in self.data.editions:
            kit = edition.page("banner_kit")
            if kit is not None and kit.src(self.lang) == page_src:
                rows = self.views.banner_rows(edition)
                return {"rows": rows, "total": sum(r.count for r in rows), "year": edition.year,
                        "sample": any(r.sample for r in rows)}
        return None

    def launch(self) -> list:
        """The current edition's launch ceremonies still to come or running (for the home page)."""
        return self.views.launches()
