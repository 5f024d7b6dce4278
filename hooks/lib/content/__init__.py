"""Rules applied to the content of hand-written pages (pure Python, no MkDocs import): what of docs/ is
published (published), strict reading of a page and its front matter (frontmatter), the raw HTML policy
(rawhtml), video/map link cards (embeds), titles as HTML text (pagetext), external links (links) and
"last updated" dates (lastupdated).
"""
