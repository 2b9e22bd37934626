#!/usr/bin/env bash
# Installs what Baocao needs from the system when it is missing: Lua 5.4's headers and library
# (Debian: liblua5.4-dev) with pkg-config, which SwiftPM uses to find them, and SQLite's headers
# (libsqlite3-dev) for the embedded store, and zlib's (zlib1g-dev) for reading XLSX files.
# Uses apt-get directly when run as root, through sudo otherwise. Does nothing when everything
# is there.
set -euo pipefail

if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists lua5.4 zlib && [ -f /usr/include/sqlite3.h ]; then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: Lua 5.4 (lua5.4.pc) or SQLite's headers are missing and this system has no apt-get." >&2
    echo "install-deps: install Lua 5.4 with its headers and pkg-config file, and SQLite 3's headers, then run make again." >&2
    exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "install-deps: need root or sudo to install liblua5.4-dev and libsqlite3-dev." >&2
    exit 1
fi

echo "install-deps: installing liblua5.4-dev, libsqlite3-dev, zlib1g-dev and pkg-config with apt-get"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends liblua5.4-dev libsqlite3-dev zlib1g-dev pkg-config >/dev/null
pkg-config --exists lua5.4
echo "install-deps: $(pkg-config --modversion lua5.4) ready"
