#!/usr/bin/env bash
# Installs everything Husly needs on a Debian 12 machine. Idempotent: skips what is there.
# Usage: scripts/install-deps.sh [--no-web]   (run as root, or with sudo available)
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  libboost-dev libsoci-dev libsqlite3-dev libpq-dev sqlite3
  nlohmann-json3-dev libsodium-dev libcli11-dev libfmt-dev libspdlog-dev libzxcvbn-dev coinor-libclp-dev
  libgtest-dev libgmock-dev
  libcairo2-dev libpango1.0-dev fonts-dejavu-core poppler-utils libxlsxwriter-dev unzip
  postgresql-15 postgresql-client-15
  clang clang-tidy-19 clang-format libclang-rt-14-dev clang-19 libclang-rt-19-dev
  chromium chromium-driver wrk curl
)

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if ! command -v node >/dev/null 2>&1; then missing+=(nodejs npm); fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "install-deps: Debian packages already installed" >&2
fi

if [ "${1:-}" != "--no-web" ]; then
  # npm ci only when the lock file changed since the last install.
  stamp=web/node_modules/.husly-lock-stamp
  if [ ! -f "$stamp" ] || ! cmp -s web/package-lock.json "$stamp"; then
    echo "install-deps: npm ci in web/" >&2
    (cd web && npm ci --no-audit --no-fund --loglevel=error)
    cp web/package-lock.json "$stamp"
  else
    echo "install-deps: web dependencies up to date" >&2
  fi
fi
