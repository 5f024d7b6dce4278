"""Going live: ``scripts/publish`` builds the site strictly into a temporary folder, then copies it to a
destination - a folder on this computer or ``user@host:/path`` over SSH (rsync) - as a new release
folder ``DEST/releases/<id>/`` and switches ``DEST/current`` (the web server's root) to it by renaming
one new symlink over the old one, so readers see the old site or the new one, never a mix. ``rules``
holds the pure decisions (which address is an example, release names, which release to prune or roll
back to, the content hash), ``destination`` the few file operations on the destination (one shell
snippet each, run locally or over SSH), ``messages`` every sentence a staff member reads (Vietnamese
first, then English) and ``cli`` the command itself. No MkDocs import: the build runs as a subprocess.
"""
