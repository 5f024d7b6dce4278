# Shared set-up for scripts/serve and scripts/test: a virtualenv in .venv with pinned requirements.
# Usage: . scripts/_env.sh <requirements file>
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
apt_install() {  # apt_install PACKAGE... (Debian); one `apt-get update` per run
  if [ -z "${_APT_UPDATED:-}" ]; then $SUDO apt-get update -qq; _APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
  echo "Installing python3-venv (Debian package)…"
  apt_install python3-venv
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
# Re-install only when the requirements changed since the last install.
stamp=".venv/.installed-$(cat "$1" requirements.txt | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "Installing Python packages from $1…"
  .venv/bin/python -m pip install -q --disable-pip-version-check -r "$1"
  touch "$stamp"
fi
export PATH="$ROOT/.venv/bin:$PATH"
# We pin MkDocs 1.6.x on purpose; Material's MkDocs 2.0 banner would read like an error to staff.
export NO_MKDOCS_2_WARNING=true
