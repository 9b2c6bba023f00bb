#!/usr/bin/env bash
# What a runner downloads and how long the action takes to start, for docs/packaging.md. Not a test: timings on a
# shared machine are noisy, so it reports the median of N runs, wall clock and CPU (user+sys), for
#   main  - the action's main step up to its first decision (an invalid `mode`: bundle loaded, inputs read, exit 2)
#   post  - the post step with no cluster to delete
#   cli   - `mesh-mtls-gate --help` through bin/ (the compiled lib/)
# usage: bench/dist-size-and-start.sh [runs]   (run `npm run bundle` and `npm run build` first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
node=${NODE:-node_modules/.bin/node}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/state"

echo "dist/: $(du -sb dist | cut -f1) bytes in $(find dist -type f | wc -l) files"
echo "dist/*.js: $(ls -l dist/*.js | awk '{printf "%s=%s ", $9, $5}')"
# The runner downloads the repository at the action's ref as a tarball: dist/ is most of it.
git archive --format=tar.gz HEAD >"$tmp/action.tar.gz"
echo "action tarball of HEAD (git archive, committed files only): $(stat -c %s "$tmp/action.tar.gz") bytes"

measure() {
  local name=$1
  shift
  : >"$tmp/times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %U %S' -a -o "$tmp/times" env -i PATH=/usr/bin:/bin HOME="$tmp" RUNNER_TEMP="$tmp" \
      GITHUB_STATE="$tmp/state" "$@" >/dev/null 2>&1 || true
  done
  local wall cpu
  grep -E '^[0-9.]+ [0-9.]+ [0-9.]+$' "$tmp/times" >"$tmp/t" || true
  wall=$(awk '{ print $1 }' "$tmp/t" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  cpu=$(awk '{ print $2 + $3 }' "$tmp/t" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  echo "$name: median of $runs runs: wall ${wall} s, cpu (user+sys) ${cpu} s"
}

measure main env INPUT_MODE=bogus "$node" dist/index.js
# Before the one-bundle layout the post step had its own bundle: POST_ENTRY=dist/post/index.js.
measure post env STATE_is-post=true "$node" "${POST_ENTRY:-dist/index.js}"
measure cli "$node" bin/mesh-mtls-gate.js --help
