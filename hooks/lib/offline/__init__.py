"""Offline reading and "add to home screen": the service worker's build-time facts and the web app manifest.

Pure Python, no MkDocs import (hooks/hook_offline.py is the MkDocs glue).
"""
