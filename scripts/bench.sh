#!/usr/bin/env bash
# Storage benchmark at the reference size: builds the release app, generates the reference
# workspace (a whole fictional integrated care system, about 18 MB), and times in headless
# Chromium what a first visit downloads, the import, a cold load, one edit and one actual saved,
# the render of each large page, and the storage used. Prints a table and writes bench-storage.json (see tests/e2e/bench/).
#
#   scripts/bench.sh
#
# Environment:
#   BENCH_SKIP_BUILD=1   use dist/ as it is (do not run while another build is writing it)
#   BENCH_SCALE=0.1      a smaller reference workspace, for a quick look (default 1)
#   BENCH_OUT=FILE       where the JSON goes (default bench-storage.json in the repository root)
#   BENCH_EDITS, BENCH_ACTUALS, BENCH_RENDERS   how many goal edits, actuals and renders of
#                        each large page to time (100, 20 and 5)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --browser

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  echo "==> Release build"
  # Trunk finds the pinned wasm-opt here (Trunk.toml [tools]) and never downloads one.
  export PATH="$PWD/tools/node_modules/.bin:$PATH"
  trunk build --release --offline
else
  echo "==> Using dist/ as it is (BENCH_SKIP_BUILD is set)"
fi

echo "==> Reference workspace (scale ${BENCH_SCALE:-1})"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
reference="$work/reference-workspace.json"
# Its own target folder, so it never waits for a build of the app holding target/.
CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target-tests}" \
  cargo run --release --quiet -p scorecard-core --example reference -- \
  --scale "${BENCH_SCALE:-1}" --out "$reference"

echo "==> Benchmark"
SCORECARD_REFERENCE="$reference" node tests/e2e/bench/storage.mjs "$reference"
