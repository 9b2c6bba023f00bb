#!/usr/bin/env bash
# Builds the pinned test tools from the Go module proxy into a cache folder, once per version, and prints
# `export` lines for them. A warm cache costs nothing: each tool is rebuilt only when its folder is missing.
#   eval "$(scripts/test-tools.sh)"
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=${MESH_GATE_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/mesh-mtls-gate/tools}
FORTIO_VERSION=v1.75.2

build_fortio() {
  local dir="$cache/fortio-$FORTIO_VERSION"
  if [ ! -x "$dir/fortio" ]; then
    echo "building fortio $FORTIO_VERSION into $dir" >&2
    mkdir -p "$dir.tmp"
    # The wrapper module pins fortio.org/fortio and stubs grol.io/grol, which the proxy here does not serve.
    (cd "$here/fortio" && GOFLAGS=-mod=mod go build -trimpath -o "$dir.tmp/fortio" .) >&2
    rm -rf "$dir" && mv "$dir.tmp" "$dir"
  fi
  echo "export FORTIO_BIN=$dir/fortio"
}

build_fortio
