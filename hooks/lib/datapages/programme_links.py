"""Where a programme of data/programmes.yml is shown (pure, no MkDocs import): its own page, except the
honouring programme (``kind: honour_roll``), whose page is the honour roll."""
from __future__ import annotations

from hooks.lib.datapages.text import page_link
from hooks.lib.datapages.views import LinkView
from hooks.lib.i18n import routes

HONOUR_ROLL = "honour_roll"


def programme_url(programme, lang: str) -> str:
    """URL (relative to ``lang``'s site root) of the page that shows ``programme``."""
    if programme.kind == HONOUR_ROLL:
        return page_link(routes.section_index_src("honours", lang))
    return page_link(routes.programme_src(programme.id, lang))


def programme_link(programme, lang: str) -> LinkView:
    return LinkView(programme.name.get(lang), programme_url(programme, lang))
