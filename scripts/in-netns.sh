#!/usr/bin/env bash
# Runs a command inside a fresh network namespace with only loopback up, then removes the namespace.
# The integration suite runs here: the API server dials whatever webhooks and aggregated APIs point at (kwok pod
# IPs such as 10.x once real mesh manifests are applied), and inside this namespace such a dial fails at once
# ("network is unreachable") instead of leaving the machine. The harness's real node (kubelet, containerd, the
# CNI bridge) lives here too: its bridges, iptables chains and ip_forward stay inside the namespace.
#
# One run at a time on a machine (a lock): the node uses host paths that cannot be relocated (/run/containerd,
# /var/lib/kubelet, the cgroup root). Before the run, whatever a killed run left is removed
# (scripts/node-cleanup.sh); after it, any process still in the namespace or anything of the node left behind is
# reported, removed, and makes the run fail: the harness must stop everything it started.
set -uo pipefail
if [ "$(id -u)" != 0 ]; then
  echo "in-netns: creating a network namespace needs root (ip netns add); run as root, e.g. sudo -E npm run test:integration" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
lock=/run/mesh-gate-integration.lock
exec 9> "$lock"
if ! flock -n 9; then
  echo "in-netns: another integration run holds $lock; waiting for it (at most 60 min)"
  flock -w 3600 9 || { echo "in-netns: still locked after 60 min" >&2; exit 2; }
fi
# Left by a run that was killed (its namespace, processes, pods, mounts, cgroups, temp folders).
bash "$here/node-cleanup.sh" | sed 's/^/in-netns: before the run, /'

ns="mesh-gate-$$"
ip netns add "$ns" || { echo "in-netns: ip netns add $ns failed" >&2; exit 2; }
cleanup() { ip netns delete "$ns" 2>/dev/null; }
trap cleanup EXIT
ip netns exec "$ns" ip link set lo up
# Interfaces made later in the namespace (the node's bridges) get no IPv6: no route but the harness's own.
ip netns exec "$ns" sysctl -q -w net.ipv6.conf.default.disable_ipv6=1
echo "in-netns: running in network namespace $ns (interfaces: $(ip netns exec "$ns" ls /sys/class/net | tr '\n' ' '))"
# nsenter --net, not `ip netns exec`: that one gives its command a private mount namespace with /sys remounted,
# where the kubelet finds no cgroup hierarchy. Here only the network namespace changes.
# In the background with the lock's descriptor closed (nothing the run starts may hold the lock), and Ctrl-C or a
# TERM passed on as TERM: the run then ends without its teardown, which the cleanup below makes up for.
MESH_GATE_NETNS=$ns nsenter --net="/var/run/netns/$ns" -- "$@" 9>&- &
child=$!
trap 'echo "in-netns: interrupted, stopping the run" >&2; kill -TERM $child 2>/dev/null' INT TERM
status=0
while kill -0 $child 2>/dev/null; do
  wait $child
  status=$?
done
trap - INT TERM
left=$(ip netns pids "$ns" | tr '\n' ' ')
if [ -n "${left// /}" ]; then
  echo "in-netns: processes left in the namespace after the run: $left" >&2
  # shellcheck disable=SC2086
  ps -o pid,args -p ${left// /,} >&2 || true
  # shellcheck disable=SC2086
  kill -9 $left 2>/dev/null
  [ "$status" = 0 ] && status=1
else
  echo "in-netns: no process left in the namespace"
fi
ip netns delete "$ns" 2>/dev/null
leftovers=$(bash "$here/node-cleanup.sh")
if [ -n "$leftovers" ]; then
  echo "$leftovers" | sed 's/^/in-netns: after the run, /' >&2
  [ "$status" = 0 ] && status=1
fi
if bash "$here/node-cleanup.sh" --check > /dev/null; then
  echo "in-netns: nothing of the harness left on this machine"
else
  bash "$here/node-cleanup.sh" --check >&2
  [ "$status" = 0 ] && status=1
fi
exit $status
