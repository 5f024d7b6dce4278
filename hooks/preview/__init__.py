"""The preview behind ``scripts/serve`` (MkDocs-aware glue, not registered hooks).

* server.py - MkDocs' live-reload server, with the page that names a failed build's mistakes (at
  every address of both languages) and the live-reload script from a file (livereload.py).
* builder.py - each rebuild: what changed (hooks/lib/preview/changes.py), then a full build of both
  languages exactly as ``mkdocs serve`` makes it, or the saved pages alone (pageonly.py) on the last
  build that record.py kept; a failure becomes the error page (errorpage.py), never a stuck server.

``scripts/serve`` runs ``scripts/preview.py``, which starts server.py. ``mkdocs serve`` still works
as MkDocs made it (full rebuilds, a stuck page after a failed build) with live reload fixed
(hooks/hook_preview.py).
"""
