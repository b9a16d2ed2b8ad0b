#!/usr/bin/env bash
# Installs the Debian 12 packages Integration Studio needs to build, run and test.
# Idempotent: does nothing when every package is already present. Uses sudo only when not root.
set -euo pipefail

# Build: compiler, CMake, Ninja, ccache; Qt 6.4 modules; QtKeychain; OpenSSL; yaml-cpp.
build_pkgs=(
  g++ make cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev
  qt6-httpserver-dev qt6-websockets-dev  # Debian 12 forgets that HttpServer needs WebSockets
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qtkeychain-qt6-dev libssl-dev libyaml-cpp-dev zlib1g-dev
  libdeflate-dev  # the request log compresses bodies with libdeflate (zlib format, about twice as fast)
)
# Run: SQL drivers for the SQL endpoint kind, platform plugins, a font for offscreen rendering,
# and libsecret, which QtKeychain loads at run time (dlopen) to reach the Secret Service — without it no keychain works.
run_pkgs=(
  libqt6sql6-sqlite libqt6sql6-psql libqt6sql6-mysql libqt6sql6-odbc
  qt6-qpa-plugins fonts-dejavu-core libsecret-1-0
)
# Test: a real keyring under a private D-Bus session, an independent OAuth implementation,
# TLS and HTTP peers, and a virtual display for screenshots.
test_pkgs=(
  dbus dbus-bin gnome-keyring libsecret-tools python3 python3-oauthlib openssl
  xvfb xauth
)
# Benchmarks: load generator and baseline web server, jq.
bench_pkgs=(wrk nginx-light jq hyperfine sqlite3 curl)

pkgs=("${build_pkgs[@]}" "${run_pkgs[@]}" "${test_pkgs[@]}")
# Node.js runs the npm test peers (graphql-js server, newman). Any installed Node.js >= 18 will do
# (Debian's, or NodeSource's which bundles npm and conflicts with Debian's npm package).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then pkgs+=(nodejs npm); fi
if [ "${STUDIO_BENCH_DEPS:-0}" = 1 ]; then pkgs+=("${bench_pkgs[@]}"); fi

missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
