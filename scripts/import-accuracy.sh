#!/bin/sh
# Import accuracy: imports every fixture of Tests/Fixtures/import (with its example workspace's
# plugins) and prints, per field, found-correct / found-wrong / missing / rightly absent against
# the fields written by hand in each NAME.expected.yaml. Exit 1 when a value found is wrong.
set -e
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
if [ ! -x .build/debug/import-accuracy ] || [ "$1" = "--build" ]; then
	$SWIFT build --product import-accuracy >/dev/null
fi
exec .build/debug/import-accuracy Tests/Fixtures/import
