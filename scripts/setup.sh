#!/usr/bin/env bash
# Installs whatever is missing to build Scorecard (and, with --browser, what the test command also
# needs: Chromium for the browser tests, and leptosfmt). Safe to run again: each step checks
# first and does nothing when the tool is there.
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=false
[ "${1:-}" = "--browser" ] && want_browser=true

TRUNK_VERSION=0.21.14
# Formats the view! macros, which rustfmt leaves alone (the test command checks it).
LEPTOSFMT_VERSION=0.1.33
# wasm-bindgen-cli must match the wasm-bindgen the app links (pinned in Cargo.toml).
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)

say() { printf '==> %s\n' "$*"; }

apt_install() {
  if ! command -v apt-get >/dev/null; then
    echo "Please install $* with your system's package manager." >&2
    exit 1
  fi
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  # Refresh the package lists once per run, only when something is missing.
  if [ -z "${APT_UPDATED:-}" ]; then
    $sudo apt-get update -qq
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown Rust target"
  rustup target add wasm32-unknown-unknown
fi

for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "Adding the $component Rust component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "Installing Trunk $TRUNK_VERSION (a few minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
  # Not --locked: one of its pinned dependencies is no longer in the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if $want_browser && [ "$(leptosfmt --version 2>/dev/null || true)" != "leptosfmt $LEPTOSFMT_VERSION" ]; then
  say "Installing leptosfmt $LEPTOSFMT_VERSION (a couple of minutes, once)"
  cargo install leptosfmt --version "$LEPTOSFMT_VERSION" --locked
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  say "Installing Node.js (npm brings binaryen's wasm-opt, and runs the browser tests)"
  apt_install nodejs npm
fi

# wasm-opt from the npm registry, the version Trunk.toml names: Debian's binaryen 108 breaks
# the reference-types tables that rustc and wasm-bindgen emit today.
if [ ! -x tools/node_modules/.bin/wasm-opt ] \
   || [ tools/package-lock.json -nt tools/node_modules/.package-lock.json ]; then
  say "Installing binaryen's wasm-opt from npm"
  (cd tools && npm ci --no-audit --no-fund --silent)
fi

# Fetch crates now so Trunk can build with --offline and never reach for the network itself.
cargo fetch --quiet

if $want_browser; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "Installing Chromium and ChromeDriver for the browser tests"
    apt_install chromium chromium-driver
  fi
  if [ ! -d tests/e2e/node_modules/playwright-core ] || [ ! -d tests/e2e/node_modules/axe-core ] \
     || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then
    say "Installing the browser-test packages (playwright-core, axe-core)"
    (cd tests/e2e && npm ci --no-audit --no-fund --silent)
  fi
fi
