#!/usr/bin/env bash
# Installs what is missing, builds Scorecard and serves it at http://127.0.0.1:8080/.
# The app opens on the embedded (fictional) demo partnership.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
echo "==> Building and serving; open http://127.0.0.1:8080/ when Trunk says it is ready."
exec trunk serve --release --offline "$@"
