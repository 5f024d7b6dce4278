"""Vietnamese-aware search: diacritic folding shared with the browser worker (vnfold) and the compact
per-language index the worker reads (index). Pure Python, no MkDocs import; used by hooks/hook_search.py.
"""
