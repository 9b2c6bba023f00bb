#!/usr/bin/env bash
# Removes what the integration harness leaves on this machine when a run ends or was killed, and proves it:
#   node-cleanup.sh           remove it all, print one line per item removed (none: nothing was left)
#   node-cleanup.sh --check   remove nothing; print what is left and exit 1 if anything is
# What counts (see docs/integration-harness.md):
#   - network namespaces mesh-gate-PID whose scripts/in-netns.sh (PID) is gone, and every process in them (the
#     control plane, containerd, its shims, the kubelet); the namespace takes the node's bridges, its iptables
#     chains and its ip_forward with it;
#   - the node's pods: every process in the cgroups under /mesh-gate-node (in every hierarchy), then those cgroups;
#   - mounts under a harness folder (the kubelet's root and pod volumes, containerd's rootfs, shm and pod netns
#     mounts) and the harness folders in the temp folder that no living process uses;
#   - the fixed host paths the node cannot relocate (/run/containerd, /var/lib/kubelet, /var/lib/cni,
#     /var/log/containers), each only
#     when the harness's marker file says the harness made it;
#   - the host-wide sysctls the kubelet (and Cilium's agent) set, restored from the values the harness saved before
#     starting it;
#   - for the Cilium node: the BPF file system the harness mounted at /sys/fs/bpf (Cilium's pins go with it), the
#     host paths it made for Cilium's chart (harness/node.ts, listed in /run/mesh-gate-harness.created), and a
#     check that no BPF program of Cilium (named cil_*) is still loaded.
# The node's state is exclusive to the run holding the lock of scripts/in-netns.sh, which is the only caller (with
# the suite's global teardown, which runs inside it): all node state is therefore this run's or a dead run's.
set -uo pipefail
check=false
[ "${1:-}" = --check ] && check=true
tmp=${TMPDIR:-/tmp}
cgroup_name=mesh-gate-node
marker=.mesh-gate-harness
sysctl_file=/run/mesh-gate-harness.sysctl
found=0

item() { # item DESCRIPTION: something was left
  found=$((found + 1))
  if $check; then echo "left: $1"; else echo "removed: $1"; fi
}

alive() { [ -d "/proc/$1" ] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }

kill_all() { # kill_all PID... : SIGKILL and wait (bounded) until gone
  [ $# -eq 0 ] && return
  kill -9 "$@" 2>/dev/null
  for _ in $(seq 50); do
    local any=false
    for p in "$@"; do alive "$p" && any=true; done
    $any || return 0
    sleep 0.1
  done
}

# 1. Namespaces of runs that are gone, with whatever still runs in them.
for ns in $(ip netns list 2>/dev/null | awk '{print $1}' | grep '^mesh-gate-[0-9]*$'); do
  owner=${ns#mesh-gate-}
  alive "$owner" && continue
  pids=$(ip netns pids "$ns" 2>/dev/null | tr '\n' ' ')
  item "network namespace $ns of a run that is gone${pids:+, processes $pids}"
  if ! $check; then
    # shellcheck disable=SC2086
    kill_all $pids
    ip netns delete "$ns" 2>/dev/null
  fi
done

# 2. The node's pods and the processes of the node (the kubelet, containerd, its shims) wherever they are.
cgroup_dirs() { for h in /sys/fs/cgroup/*/"$cgroup_name"; do [ -d "$h" ] && echo "$h"; done; }
node_pids() {
  for h in $(cgroup_dirs); do find "$h" -name cgroup.procs -exec cat {} + 2>/dev/null; done
  local pid comm args
  while read -r pid comm args; do
    case "$comm" in
      kubelet | containerd) [[ $args == *mesh-gate-harness-* ]] && echo "$pid" ;;
      containerd-shim*) [ -e "/run/containerd/$marker" ] && [[ $args == *"-address /run/containerd/containerd.sock"* ]] && echo "$pid" ;;
    esac
  done < <(ps -eo pid=,comm=,args=)
}
pids=$(node_pids | sort -un | tr '\n' ' ')
if [ -n "${pids// /}" ]; then
  item "processes of the node: $pids($(for p in $pids; do tr '\0' ' ' < "/proc/$p/cmdline" 2>/dev/null | cut -c1-40; echo -n '; '; done))"
  # shellcheck disable=SC2086
  $check || kill_all $pids
fi

# 3. Mounts under harness folders and the fixed paths, deepest first.
mounts() {
  awk '{print $5}' /proc/self/mountinfo |
    grep -E "^($tmp/mesh-gate-harness-|/run/containerd/|/var/lib/kubelet/|/var/lib/cni/|/sys/fs/cgroup/[^/]+/$cgroup_name)" |
    sort -r
}
for m in $(mounts); do
  item "mount $m"
  $check || umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null
done
# A bind mount of a folder onto itself can be stacked: repeat while any is left.
if ! $check; then
  for _ in 1 2 3 4 5; do
    [ -z "$(mounts)" ] && break
    for m in $(mounts); do umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null; done
  done
fi

# 4. The node's cgroups, leaves first (a cgroup can be removed once no process is in it).
# A process killed in step 2 may still be exiting, and a pod's process may have forked after step 2 listed it: kill
# what is still in the cgroup and try again (bounded).
for h in $(cgroup_dirs); do
  item "cgroup $h"
  $check && continue
  for _ in $(seq 50); do
    find "$h" -depth -type d -exec rmdir {} \; 2>/dev/null
    [ -d "$h" ] || break
    left=$(find "$h" -name cgroup.procs -exec cat {} + 2>/dev/null | tr '\n' ' ')
    # shellcheck disable=SC2086
    [ -n "${left// /}" ] && kill -9 $left 2>/dev/null
    sleep 0.1
  done
done

# 5. Harness folders in the temp folder that no living process uses (a run being set up is younger than a minute).
all_args=$(ps -eo args=)
# The end-to-end tests' folders (repositories, artifacts: test/integration/gate-run.ts) and the gate's own temporary
# folders of a run that was killed (its mesh values, its work folder) count too.
for d in "$tmp"/mesh-gate-harness-* "$tmp"/gate-e2e-* "$tmp"/mesh-gate-cilium-* "$tmp"/mesh-mtls-gate-*; do
  [ -e "$d" ] || continue
  # MESH_GATE_KEEP_HARNESS: the run's global teardown marks its folder to be kept for a look at the logs.
  [ -e "$d/.keep" ] && continue
  [ -n "$(find "$d" -maxdepth 0 -mmin -1 2>/dev/null)" ] && continue
  used=false
  grep -qF "$d" <<< "$all_args" && used=true
  $used && continue
  item "harness state $d"
  $check || rm -rf "$d"
done

# 6. The fixed host paths, when the harness made them.
for d in /run/containerd /var/lib/kubelet /var/lib/cni /var/log/containers; do
  [ -e "$d/$marker" ] || continue
  item "$d (made by the harness)"
  $check || rm -rf "$d"
done

# 7. The host-wide sysctls the kubelet changed.
if [ -s "$sysctl_file" ]; then
  item "kubelet sysctls (restored: $(tr '\n' ' ' < "$sysctl_file"))"
  if ! $check; then
    while IFS='=' read -r key value; do
      [ -n "$key" ] && sysctl -q -w "$key=$value" > /dev/null
    done < "$sysctl_file"
    rm -f "$sysctl_file"
  fi
fi

# 8. What the harness made for Cilium, once no pod uses it (step 2): the BPF file system it mounted, the host paths.
created_file=/run/mesh-gate-harness.created
if [ -e "$created_file" ]; then
  while read -r kind path; do
    case "$kind" in
      shared)
        # A mount the harness made shared for the run (the root, for the agent's /var/run/netns): private again.
        if awk -v p="$path" '$5 == p' /proc/self/mountinfo | grep -q ' shared:'; then
          item "shared propagation of the mount $path"
          $check || mount --make-private "$path"
        fi
        ;;
      bind)
        # The node's cgroup folder bound onto itself (step 3 unmounts it before step 4 removes the cgroup).
        if awk -v p="$path" '$5 == p' /proc/self/mountinfo | grep -q .; then
          item "bind mount $path"
          $check || umount "$path" 2>/dev/null || umount -l "$path" 2>/dev/null
        fi
        ;;
      bpffs)
        if awk -v p="$path" '$5 == p && / - bpf /' /proc/self/mountinfo | grep -q .; then
          item "BPF file system at $path (with Cilium's pins)"
          $check || umount "$path" 2>/dev/null || umount -l "$path" 2>/dev/null
        fi
        ;;
      dir | file)
        if [ -e "$path" ]; then
          item "$path (made by the harness for Cilium)"
          $check || rm -rf "$path"
        fi
        ;;
    esac
  done < "$created_file"
  if $check; then item "the record $created_file"; else rm -f "$created_file"; fi
fi

# 9. Cilium's BPF programs: they are freed once nothing holds them (the agent, the pins, the interfaces of the
# suite's namespace); one still loaded is reported (no process can remove it but the kernel, when its last holder
# goes). bpftool is one of the node packages of .ci/run.
if command -v bpftool > /dev/null; then
  loaded=$(bpftool prog show 2>/dev/null | grep -c ' name cil_' || true)
  [ "$loaded" -gt 0 ] && item "$loaded BPF program(s) of Cilium still loaded (bpftool prog show: name cil_*)"
fi

if $check && [ "$found" -gt 0 ]; then
  echo "node-cleanup: $found item(s) of the harness left on this machine" >&2
  exit 1
fi
exit 0
