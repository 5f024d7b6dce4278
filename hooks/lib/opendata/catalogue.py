"""The resource catalogue as open data: JSON, CSV (UTF-8 with BOM) and an OPDS 1.2 Atom catalogue.

One entry shape (:func:`resource_entries`) feeds all three formats, so they can never disagree. Each
entry: id, permanent page URL in both languages, title, description (in the build's language), resource
URL, licence (label in the build's language, with its id and the standard licence's URL when there is
one), language codes, audience, subject, format (ids and labels), provider, and whether it is sample data
(JSON ``sample``, CSV column ``sample``: ``true``/``false``; OPDS: ``[Dữ liệu mẫu]`` / ``[Sample data]``
before the title, see hooks/lib/data/status.py). Withdrawn resources are not in the data they receive.
Pure Python, no MkDocs import. File names are stable (libraries harvest them): see ``FILES``.
"""
from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from xml.sax.saxutils import escape, quoteattr

from hooks.lib.data.refs import RecordKind
from hooks.lib.data.status import sample_title
from hooks.lib.i18n import LANGUAGE_ROOT, LANGUAGES, routes

# Output files, relative to each language's site root (English under en/).
FILES = {
    "vi": {"json": "tai-nguyen.json", "csv": "tai-nguyen.csv", "opds": "opds.xml"},
    "en": {"json": "resources.json", "csv": "resources.csv", "opds": "opds.xml"},
}
MEDIA_TYPES = {
    "json": "application/json",
    "csv": "text/csv",
    "opds": "application/atom+xml;profile=opds-catalog;kind=acquisition",
}
CSV_COLUMNS = (
    "id", "page_url_vi", "page_url_en", "title", "description", "resource_url", "licence",
    "language", "audience", "audience_ids", "subject", "subject_ids", "format", "format_id", "provider",
    # Added later, so at the end: spreadsheets and scripts that read columns by position keep working.
    "licence_id", "licence_url", "sample",
)
SCHEMES = "https://schema.org/"  # category schemes are the schema.org properties they correspond to


def file_url(root_url: str, lang: str, kind: str) -> str:
    """Absolute URL of one output file (``kind`` = json | csv | opds)."""
    return routes.absolute_url(root_url, LANGUAGE_ROOT[lang] + FILES[lang][kind])


def _terms(vocabulary, keys, lang):
    return [{"id": key, "label": vocabulary.label(key, lang)} for key in keys]


def resource_entries(data, root_url: str, lang: str) -> list[dict]:
    """One dict per resource of ``data``, in file order."""
    vocab = data.vocabularies
    entries = []
    for r in data.resources:
        entries.append({
            "id": r.id,
            "page_url": {code: routes.absolute_url(root_url, routes.record_url(RecordKind.RESOURCE, r.id, code))
                         for code in LANGUAGES},
            "title": r.title.get(lang),
            "description": r.description.get(lang),
            "resource_url": r.url,
            "licence": r.licence_label(vocab.licences, lang),
            "licence_id": r.licence,
            "licence_url": vocab.licences.by_id[r.licence].url,
            "language": list(r.language),
            "audience": _terms(vocab.audiences, r.audience, lang),
            "subject": _terms(vocab.subjects, r.subject, lang),
            "format": {"id": r.format, "label": vocab.resource_formats.label(r.format, lang)},
            "provider": r.provider,
            "sample": r.sample,
        })
    return entries


def json_document(entries: list[dict], key: str, *, lang: str, url: str, publisher: str, generated: datetime,
                  title: str, formats: dict[str, str] | None = None) -> str:
    """One open-data JSON file (the catalogue, the honour roll): the same envelope, then ``key: entries``."""
    document = {
        "title": title,
        "language": lang,
        "publisher": publisher,
        "generated": generated.astimezone(UTC).isoformat().replace("+00:00", "Z"),
        "url": url,
        **({"formats": formats} if formats else {}),
        "count": len(entries),
        key: entries,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def to_json(entries: list[dict], *, lang: str, root_url: str, publisher: str, generated: datetime, title: str) -> str:
    formats = {kind: file_url(root_url, lang, kind) for kind in FILES[lang]}
    return json_document(entries, "resources", lang=lang, url=file_url(root_url, lang, "json"), publisher=publisher,
                         generated=generated, title=title, formats=formats)


# A cell a spreadsheet would read as a formula (=HYPERLINK(...), +cmd, -2+3, @SUM) or that starts with a
# tab/carriage return. OWASP's "CSV injection" advice: prefix such a cell with a single quote, which
# spreadsheets show as text and never evaluate.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """``cell`` as a spreadsheet will show it as text, never run it as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def to_csv(entries: list[dict]) -> bytes:
    """CSV with a UTF-8 byte order mark, so Excel shows Vietnamese correctly; lists joined with "; ".

    Every cell is staff-written text, so each one goes through :func:`spreadsheet_safe`.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for e in entries:
        writer.writerow(spreadsheet_safe(str(cell)) for cell in [
            e["id"], e["page_url"]["vi"], e["page_url"]["en"], e["title"], e["description"], e["resource_url"],
            e["licence"], "; ".join(e["language"]),
            "; ".join(t["label"] for t in e["audience"]), "; ".join(t["id"] for t in e["audience"]),
            "; ".join(t["label"] for t in e["subject"]), "; ".join(t["id"] for t in e["subject"]),
            e["format"]["label"], e["format"]["id"], e["provider"], e["licence_id"], e["licence_url"] or "",
            "true" if e["sample"] else "false",
        ])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


def _atom_time(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def to_opds(entries: list[dict], *, lang: str, root_url: str, publisher: str, generated: datetime, title: str,
            sample_label: str) -> str:
    """An OPDS 1.2 acquisition feed: one ``<entry>`` per resource, open-access link to the resource.
    ``sample_label`` ("Dữ liệu mẫu" / "Sample data") prefixes a sample resource's title."""
    updated = _atom_time(generated)
    self_url = file_url(root_url, lang, "opds")
    home = routes.absolute_url(root_url, LANGUAGE_ROOT[lang])
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/terms/" '
        'xmlns:opds="http://opds-spec.org/2010/catalog" xml:lang=' + quoteattr(lang) + ">",
        f"  <id>{escape(self_url)}</id>",
        f"  <title>{escape(title)}</title>",
        f"  <updated>{updated}</updated>",
        f"  <author><name>{escape(publisher)}</name><uri>{escape(home)}</uri></author>",
        f'  <link rel="self" href={quoteattr(self_url)} type="{MEDIA_TYPES["opds"]}"/>',
        f'  <link rel="start" href={quoteattr(self_url)} type="{MEDIA_TYPES["opds"]}"/>',
        f'  <link rel="alternate" href={quoteattr(home)} type="text/html"/>',
    ]
    for e in entries:
        out += [
            "  <entry>",
            f"    <id>{escape(e['page_url']['vi'])}</id>",
            f"    <dc:identifier>{escape(e['id'])}</dc:identifier>",
            f"    <title>{escape(sample_title(e['title'], sample_label, e['sample']))}</title>",
            f"    <updated>{updated}</updated>",
            f"    <author><name>{escape(e['provider'])}</name></author>",
            f"    <dc:publisher>{escape(e['provider'])}</dc:publisher>",
            f"    <summary type=\"text\">{escape(e['description'])}</summary>",
            f"    <rights>{escape(e['licence'])}</rights>",
        ]
        if e["licence_url"]:  # RFC 4946: the licence of the entry, as a link
            out.append(f"    <link rel=\"license\" type=\"text/html\" href={quoteattr(e['licence_url'])}/>")
        out += [f"    <dc:language>{escape(code)}</dc:language>" for code in e["language"]]
        out += [f"    <category scheme=\"{SCHEMES}audience\" term={quoteattr(t['id'])} label={quoteattr(t['label'])}/>"
                for t in e["audience"]]
        out += [f"    <category scheme=\"{SCHEMES}about\" term={quoteattr(t['id'])} label={quoteattr(t['label'])}/>"
                for t in e["subject"]]
        out.append(f"    <category scheme=\"{SCHEMES}learningResourceType\" term={quoteattr(e['format']['id'])} "
                   f"label={quoteattr(e['format']['label'])}/>")
        out += [f"    <link rel=\"alternate\" type=\"text/html\" hreflang=\"{code}\" href={quoteattr(url)}/>"
                for code, url in e["page_url"].items()]
        out.append(f"    <link rel=\"http://opds-spec.org/acquisition/open-access\" type=\"text/html\" "
                   f"href={quoteattr(e['resource_url'])}/>")
        out.append("  </entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n"
