#!/usr/bin/env bash
# Installs what is missing, builds Scorecard and serves it at http://127.0.0.1:8080/.
# The app opens on the embedded (fictional) demo partnership.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# Trunk finds the pinned wasm-opt here (Trunk.toml [tools]) and never downloads one.
export PATH="$PWD/tools/node_modules/.bin:$PATH"
echo "==> Building and serving; open http://127.0.0.1:8080/ when Trunk says it is ready."
exec trunk serve --release --offline "$@"
