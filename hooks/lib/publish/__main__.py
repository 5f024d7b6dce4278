"""``python -m hooks.lib.publish`` (what scripts/publish runs): see hooks/lib/publish/cli.py."""
import sys

from hooks.lib.publish.cli import main

sys.exit(main())
