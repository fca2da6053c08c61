#!/usr/bin/env bash
# Installs what the tests and the demo need on a fresh machine, then puts Node 24 first on PATH.
# Sourced by scripts/test.sh and scripts/demo.sh. Needs the npm registry and Debian's packages.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# Debian packages: git, ssh-keygen and gpg for the repositories and signed tags, docker-registry and
# skopeo for a real OCI registry on 127.0.0.1 (htpasswd and openssl for its Basic and token auth),
# the shell checker for the scripts and the run: blocks of the workflows, and jq, which some of
# those blocks run (the tests run them too).
need_apt=()
command -v git >/dev/null || need_apt+=(git)
command -v ssh-keygen >/dev/null || need_apt+=(openssh-client)
command -v gpg >/dev/null || need_apt+=(gnupg)
command -v docker-registry >/dev/null || need_apt+=(docker-registry)
command -v skopeo >/dev/null || need_apt+=(skopeo)
command -v shellcheck >/dev/null || need_apt+=(shellcheck)
command -v htpasswd >/dev/null || need_apt+=(apache2-utils)
command -v openssl >/dev/null || need_apt+=(openssl)
command -v jq >/dev/null || need_apt+=(jq)
if [ "${#need_apt[@]}" -gt 0 ]; then
  echo "setup: installing ${need_apt[*]} from Debian's packages" >&2
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# Tools outside package.json, installed from the npm registry into .tools/: Node 24 (the runtime of
# `using: node24`) when the machine has no Node 24 on PATH, and git-cliff, the peer of the
# side-by-side changelog test and benchmark (its npm package carries per-platform binaries as
# optional dependencies, which a strict `npm ci` cannot lock for every platform). The npm packages
# are installed exactly as locked. The two installs do not depend on each other (the locked
# packages have no install scripts): on a fresh clone they run at the same time.
tools=(git-cliff@2.14.2)
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
[ "$node_major" -ge 24 ] || tools+=(node@24)
missing=0
[ -x .tools/node_modules/.bin/git-cliff ] || missing=1
[ "$node_major" -ge 24 ] || [ -x .tools/node_modules/.bin/node ] || missing=1
installs=()
if [ "$missing" -eq 1 ]; then
  echo "setup: installing ${tools[*]} into .tools/ from the npm registry" >&2
  npm install --prefix .tools --no-save --no-audit --no-fund --loglevel=error "${tools[@]}" >/dev/null &
  installs+=("$!")
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error >/dev/null &
  installs+=("$!")
fi
for pid in "${installs[@]}"; do wait "$pid"; done
export PATH="$root/.tools/node_modules/.bin:$PATH"
echo "setup: node $(node --version), git $(git --version | cut -d' ' -f3)" >&2
