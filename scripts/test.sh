#!/usr/bin/env bash
# Installs what is missing, then runs every test: formatting (rustfmt and leptosfmt), clippy, the domain core's native tests,
# the widgets' component tests in headless Chromium, a release build of the app, and the browser
# tests against that build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
# Trunk finds the pinned wasm-opt here (Trunk.toml [tools]) and never downloads one.
export PATH="$PWD/tools/node_modules/.bin:$PATH"

echo "==> Formatting (rustfmt, and leptosfmt for the view! macros)"
cargo fmt --all --check
leptosfmt --check --quiet src tests

echo "==> Lints (clippy, warnings are errors)"
cargo clippy -p scorecard-core --all-targets --quiet -- -D warnings
cargo clippy -p scorecard --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings

echo "==> Native tests (domain core)"
cargo test -p scorecard-core --quiet

echo "==> Component tests (shared widgets, headless Chromium)"
# wasm-bindgen-test-runner comes with wasm-bindgen-cli (scripts/setup.sh installs the pinned one);
# it takes no --quiet, so this step is not quiet.
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}" \
  cargo test -p scorecard --target wasm32-unknown-unknown --test components

echo "==> Release build"
trunk build --release --offline

echo "==> Browser tests"
cd tests/e2e
node --test --test-concurrency=1 ./*.test.mjs
