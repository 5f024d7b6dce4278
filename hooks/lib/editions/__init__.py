"""Editions of the week, one per year: where each stands in time (status) and how a new one is made
(scaffold, used by scripts/new-edition). The records themselves are in hooks/lib/data/. Pure Python,
no MkDocs import.
"""
