#!/usr/bin/env bash
# Runs a command inside a fresh network namespace with only loopback up, then removes the namespace.
# The integration suite runs here: the API server dials whatever webhooks and aggregated APIs point at (kwok pod
# IPs such as 10.x once real mesh manifests are applied), and inside this namespace such a dial fails at once
# ("network is unreachable") instead of leaving the machine. Any process still in the namespace afterwards is
# reported and killed, and makes the run fail: the harness must stop everything it started.
set -uo pipefail
if [ "$(id -u)" != 0 ]; then
  echo "in-netns: creating a network namespace needs root (ip netns add); run as root, e.g. sudo -E npm run test:integration" >&2
  exit 2
fi
ns="mesh-gate-$$"
ip netns add "$ns" || { echo "in-netns: ip netns add $ns failed" >&2; exit 2; }
cleanup() { ip netns delete "$ns" 2>/dev/null; }
trap cleanup EXIT
ip netns exec "$ns" ip link set lo up
echo "in-netns: running in network namespace $ns (interfaces: $(ip netns exec "$ns" ls /sys/class/net | tr '\n' ' '))"
ip netns exec "$ns" "$@"
status=$?
left=$(ip netns pids "$ns" | tr '\n' ' ')
if [ -n "$left" ]; then
  echo "in-netns: processes left in the namespace after the run: $left" >&2
  ps -o pid,args -p ${left// /,} >&2 || true
  kill -9 $left 2>/dev/null
  [ "$status" = 0 ] && status=1
else
  echo "in-netns: no process left in the namespace"
fi
exit $status
