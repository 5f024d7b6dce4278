"""Foundations every other package uses: located errors (file, line, problem, fix) and the strict YAML
reader that remembers the line of every value. Pure Python, no MkDocs import.
"""
