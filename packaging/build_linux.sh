#!/usr/bin/env bash
# Build the Linux bundle here, self-test it offscreen, print its size; then pack a tarball.
#   packaging/build_linux.sh            (PyInstaller comes with: pip install -e '.[bundle]')
# The work is done by packaging/build.py, which the release workflow also runs.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
start=$(date +%s)
python packaging/build.py --tarball "$@"
echo "Total: $(( $(date +%s) - start )) s"
