"""The preview's decisions, as plain functions (no MkDocs import): what changed in the project since the
last rebuild and what must be rebuilt for it (changes), and the build's error lines as located problems
for the error page (problems). Used by hooks/preview/ (scripts/serve).
"""
