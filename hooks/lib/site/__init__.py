"""Whole-site output, as plain file operations (no MkDocs import; used by hooks/hook_site.py).

A build writes a new *release* folder ``<site>.releases/<id>/`` while holding ``<site>.lock``
(buildlock), and publishes it by renaming one new symlink over ``<site>`` (release), so a web server
reading ``<site>`` sees the previous complete site or the new complete one, never a mix and never
nothing; the previous release is kept for rollback and older ones are pruned. The next build
removes what a killed build left. sitemaps merges the languages' sitemaps, material_patch narrows
one lookup in Material's bundle, messages words every failure (lock, disk, permissions) as one
located sentence, Vietnamese first, and pause offers the tests a named point at which to kill a build.
"""
