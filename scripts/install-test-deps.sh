#!/usr/bin/env bash
# Installs what 'make test' needs beyond the build: Chromium (Debian: chromium) for the browser
# test of 'baocao serve', and curl to drive it. Uses apt-get directly when run as root, through
# sudo otherwise. Does nothing when both are there.
set -euo pipefail

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
