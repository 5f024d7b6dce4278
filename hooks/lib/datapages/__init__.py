"""Pages generated from the data: view models of records (views), the page list of one language
(pages) and the words and formatting they use (text). Pure Python, no MkDocs import; rendered by
hooks/hook_data.py with the templates in overrides/data/.
"""
