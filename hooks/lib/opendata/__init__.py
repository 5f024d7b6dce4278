"""Machine-readable and printable outputs: resource catalogue as JSON/CSV/OPDS (catalogue), iCalendar
(ical), schema.org JSON-LD and social meta (jsonld), QR codes (qrcodes) and the banner kit as SVG and
PDF (banners, banner_pdf). Pure Python, no MkDocs import; used by hooks/hook_opendata.py.
"""
