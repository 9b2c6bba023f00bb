#!/usr/bin/env bash
# Makes the root filesystem of the SPIRE init image: a static busybox with its applets in /bin, as upstream's
# busybox image that Cilium's chart names (authentication.mutual.spire.install.initImage) is:
#   busybox.sh ROOTFS
# The chart runs files/spire/init.bash and wait-for-spire.bash with /bin/sh, and they need ash's `&>` and aliases,
# `pgrep` and `nc -z HOST:PORT -w SECONDS`. Debian's busybox packages leave out pgrep (procps has it) and build the
# small nc without -z, so this builds Debian's busybox source (with Debian's security patches) with busybox's own
# default configuration, which has all three, linked statically. Needs gcc and the C library's static archive (the
# node's pause image needs them too) and the network to deb.debian.org (the source, through apt with a temporary
# configuration: nothing of the host's apt changes).
set -euo pipefail
rootfs=$(realpath -m "$1")
suite=bookworm
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/src"
echo "deb-src http://deb.debian.org/debian $suite main" > "$work/sources.list"
apt=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
  -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o APT::Sandbox::User=root)
apt-get "${apt[@]}" -q update >&2
(cd "$work" && apt-get "${apt[@]}" -q source --download-only busybox) >&2
tar -xjf "$work"/busybox_*.orig.tar.bz2 -C "$work/src" --strip-components=1
tar -xJf "$work"/busybox_*.debian.tar.xz -C "$work"
grep '^CVE-' "$work/debian/patches/series" | while read -r patch; do
  patch -s -d "$work/src" -p1 < "$work/debian/patches/$patch"
done
# busybox's default configuration (its shell features, nc's 1.10 compatibility with -z) with only the applets that
# the scripts and a look inside need (the other ~300 would triple the compile), linked statically.
applets="BUSYBOX ASH SH_IS_ASH BASH_IS_NONE NC PGREP PKILL PIDOF PS GREP EGREP SLEEP DATE CAT ECHO PRINTF TEST TEST1 TEST2 \
  TRUE FALSE LS MKDIR RM CP MV LN TOUCH CHMOD ENV ID WC HEAD TAIL SED TR CUT SORT UNIQ KILL XARGS FIND TIMEOUT \
  BASENAME DIRNAME HOSTNAME NSLOOKUP WGET"
make -s -C "$work/src" defconfig >&2
config=$work/src/.config
sed -i 's/^# CONFIG_STATIC is not set$/CONFIG_STATIC=y/' "$config"
grep -rhoE '^//applet:IF_[A-Z0-9_]+' "$work/src" | sed 's#^//applet:IF_##' | sort -u | while read -r symbol; do
  case " $applets " in
    *" $symbol "*) ;;
    *) sed -i "s/^CONFIG_$symbol=y\$/# CONFIG_$symbol is not set/" "$config" ;;
  esac
done
# (Every question left gets its default answer; `yes` ends on SIGPIPE when make stops reading.)
make -s -C "$work/src" oldconfig < <(yes "") > /dev/null 2>&1
# (GCC 12 warns a lot about busybox 1.35: the log is shown only when the build fails.)
make -s -C "$work/src" -j"$(nproc)" busybox > "$work/make.log" 2>&1 || { cat "$work/make.log" >&2; exit 1; }
mkdir -p "$rootfs/bin" "$rootfs/tmp"
chmod 1777 "$rootfs/tmp"
install -m 0755 "$work/src/busybox" "$rootfs/bin/busybox"
for applet in $("$rootfs/bin/busybox" --list); do
  [ -e "$rootfs/bin/$applet" ] || ln -s busybox "$rootfs/bin/$applet"
done
