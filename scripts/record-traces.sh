#!/usr/bin/env bash
# Records the real traces of `npm run bench` (test/traces/record.traces.ts) into the folder given, on the
# integration harness's real node: needs root and the harness's tools (eval "$(bash scripts/test-tools.sh all)"),
# and holds the harness's lock for its whole run (no `npm run test:integration` meanwhile).
#   npm run record-traces -- <out dir>
# Settings of the recording (cases, delays, repetitions, calibrate mode): MESH_GATE_TRACES_* (see the recorder).
set -euo pipefail
if [ $# -ne 1 ] || [ -z "$1" ]; then
  echo "record-traces: usage: npm run record-traces -- <out dir>" >&2
  exit 2
fi
out=$(mkdir -p "$1" && cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
export MESH_GATE_TRACES_OUT=$out
export NODE_OPTIONS=--experimental-vm-modules
exec bash "$here/in-netns.sh" "$here/../node_modules/.bin/jest" -c jest.traces.config.js
