"""How the browser tests start Chromium (Debian's, never a downloaded one) and the two screen sizes."""

from __future__ import annotations

import os

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]
PHONE = {"width": 390, "height": 844}
NARROW = {"width": 320, "height": 640}  # the narrowest phones in use: nothing may scroll sideways
DESKTOP = {"width": 1366, "height": 768}  # the most common laptop screen
# Collects the page's Content-Security-Policy violations in window.__csp (added before any page script).
RECORD_CSP = """
window.__csp = [];
document.addEventListener('securitypolicyviolation',
  e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""
