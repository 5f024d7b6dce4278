"""The YAML data of data/*.yml: typed immutable records (model), the JSON-Schema check in staff's words
(schema), cross-record rules (records) and the single entry point ``load_site_data`` (load).
Pure Python, no MkDocs import.
"""
