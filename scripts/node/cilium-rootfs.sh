#!/usr/bin/env bash
# Makes the root filesystem of the Cilium agent image from Debian's packages, with no image registry (needs root,
# debootstrap and the network to deb.debian.org):
#   cilium-rootfs.sh ROOTFS
# A minimal Debian with what cilium-agent and the chart's agent pod run besides Cilium's own binaries: clang (the
# agent compiles its BPF programs at start: pkg/datapath/loader runs `clang --target=bpf -nostdinc`, and nothing
# else of LLVM), iptables/ip6tables and their -save/-restore (nft and legacy: the chart's wait-for-kube-proxy runs
# both), ipset, ip (iproute2), kmod, bash, mount and nsenter (util-linux: the chart's mount-cgroup and
# apply-sysctl-overwrites init containers), ca-certificates.
set -euo pipefail
agent=$(realpath -m "$1")
suite=bookworm
mirror=http://deb.debian.org/debian
# Cilium 1.20 asks for LLVM >= 18.1; bookworm has 16, which loads the IPv4 datapath (the harness runs IPv4 only) but
# fails the verifier on two IPv6 tail calls of bpf_lxc.
clang="clang-16"
# debootstrap mounts /proc and /sys inside the target while it installs and unmounts them when it ends.
mounted() { findmnt -rn -o TARGET | awk -v p="$1/" 'index($0, p) == 1 { found = 1 } END { exit !found }'; }
debootstrap --variant=minbase "$suite" "$agent" "$mirror" >&2
echo 'APT::Install-Recommends "false";' > "$agent/etc/apt/apt.conf.d/90no-recommends"
chroot "$agent" apt-get -q update >&2
DEBIAN_FRONTEND=noninteractive chroot "$agent" apt-get -q install -y \
  "$clang" iptables ipset iproute2 kmod bash ca-certificates util-linux mount >&2
# The host's kubelet and the harness's node use iptables-nft (Debian's default): the agent's rules go to the same
# back end.
chroot "$agent" update-alternatives --set iptables /usr/sbin/iptables-nft >&2
chroot "$agent" update-alternatives --set ip6tables /usr/sbin/ip6tables-nft >&2
ln -sf "$clang" "$agent/usr/bin/clang"
# clang's dependencies for compiling and linking C on the host, which `clang --target=bpf -nostdinc -c` never uses
# (upstream's image has only the clang binary): the C library's and libstdc++'s headers, GCC's runtime and
# sanitizer libraries, binutils, clang's own headers and the linker plugins. 482 MB -> 336 MB.
chroot "$agent" dpkg --purge --force-depends binutils binutils-common binutils-x86-64-linux-gnu libbinutils libctf0 \
  libctf-nobfd0 libgprofng0 libc6-dev libc-dev-bin libcrypt-dev libnsl-dev libtirpc-dev linux-libc-dev rpcsvc-proto \
  libgcc-12-dev libstdc++-12-dev libobjc-12-dev libobjc4 libasan8 libtsan2 liblsan0 libubsan1 libitm1 libquadmath0 \
  libgomp1 libclang1-16 llvm-16-linker-tools libclang-common-16-dev >&2
chroot "$agent" clang --version >&2
if mounted "$agent"; then
  echo "cilium-rootfs: debootstrap left a mount under $agent" >&2
  exit 1
fi
# What a container does not need: documentation, locales, apt's package lists and caches, logs, and the device nodes
# (the runtime mounts /dev).
rm -rf "${agent:?}"/usr/share/doc/* "$agent"/usr/share/man/* "$agent"/usr/share/info/* "$agent"/usr/share/locale/* \
  "$agent"/var/lib/apt/lists/* "$agent"/var/cache/apt/* "$agent"/var/cache/debconf/*-old "$agent"/var/log/* \
  "${agent:?}"/tmp/* "${agent:?}"/dev/*
