#!/usr/bin/env bash
# Installs what 'make test' needs beyond the build: two Python packages (below), Chromium (Debian: chromium) for the browser
# test of 'baocao serve', and curl to drive it. Uses apt-get directly when run as root, through
# sudo otherwise. Does nothing when both are there.
set -euo pipefail

# The Python packages the tests read exports back with: icalendar (the schedule's ICS) and
# openpyxl (XLSX), from PyPI when python3 has pip and lacks them; the tests skip those checks
# without them.
if command -v python3 >/dev/null 2>&1 && ! python3 -c "import icalendar, openpyxl" >/dev/null 2>&1; then
    echo "install-test-deps: installing the Python packages icalendar and openpyxl with pip (to read exports back)"
    python3 -m pip install --quiet icalendar openpyxl >/dev/null 2>&1 \
        || python3 -m pip install --quiet --break-system-packages icalendar openpyxl >/dev/null 2>&1 \
        || echo "install-test-deps: pip could not install icalendar and openpyxl; the tests that read exports back with them will skip those checks." >&2
fi

need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v curl >/dev/null 2>&1 || need+=(curl)
[ ${#need[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-test-deps: ${need[*]} missing and this system has no apt-get; the browser test will be skipped." >&2
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "install-test-deps: need root or sudo to install ${need[*]}; the browser test will be skipped." >&2; exit 0; }
    SUDO=sudo
fi
echo "install-test-deps: installing ${need[*]} with apt-get (for the browser test of baocao serve)"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
