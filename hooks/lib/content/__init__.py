"""Rules applied to the content of hand-written pages: external links (links) and "last updated" dates
(lastupdated). Pure Python, no MkDocs import.
"""
