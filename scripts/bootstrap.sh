#!/usr/bin/env bash
# Installs what Dossier needs and is missing: libedit-dev (the line editor), libre2-dev (the
# linear-time regex engine behind every user pattern) and, for the test
# that validates notebook exports, Python's nbformat. Safe to run again.
set -euo pipefail
need_sudo() { if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then echo sudo; fi; }
if ! pkg-config --exists libedit 2>/dev/null; then
    echo "bootstrap: installing libedit-dev" >&2
    $(need_sudo) apt-get update -qq
    $(need_sudo) apt-get install -y -qq libedit-dev pkg-config >&2
fi
if [ ! -f /usr/include/re2/re2.h ]; then
    echo "bootstrap: installing libre2-dev" >&2
    $(need_sudo) apt-get update -qq
    $(need_sudo) apt-get install -y -qq libre2-dev >&2
fi
if command -v python3 >/dev/null && ! python3 -c "import nbformat" 2>/dev/null; then
    echo "bootstrap: installing nbformat (validates ipynb exports in the tests)" >&2
    python3 -m pip install -q nbformat >&2 || echo "bootstrap: nbformat unavailable; the ipynb validation test will say so" >&2
fi
