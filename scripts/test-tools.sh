#!/usr/bin/env bash
# Builds the pinned test tools from the Go module proxy into a cache folder, once per version, and prints
# `export` lines for them. A warm cache costs nothing: each tool is rebuilt only when its folder is missing.
#   eval "$(scripts/test-tools.sh)"            # fortio only (unit tests, bench)
#   eval "$(scripts/test-tools.sh all)"        # + kube-apiserver, controller-manager, scheduler, kubelet, etcd, kwok,
#                                               #   istioctl, and the Cilium node's tools and images (as root)
#   eval "$(scripts/test-tools.sh harness)"    # the unit and integration suites' (`all` without the Cilium node's)
#   eval "$(scripts/test-tools.sh cilium-node)" # the Cilium node's only: Cilium, SPIRE and their images (as root)
#   eval "$(scripts/test-tools.sh cilium)"     # the Cilium node's with the cluster tools (Helm among them; as root)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=${MESH_GATE_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/mesh-mtls-gate/tools}
FORTIO_VERSION=v1.75.2
# The newest Kubernetes minor whose go.mod asks for no newer Go than the machine's 1.26.
KUBERNETES_VERSION=v1.37.2
ETCD_VERSION=v3.6.16
KWOK_VERSION=v0.8.0
ACTIONLINT_VERSION=v1.7.12
# istioctl, from a pseudo-version of istio.io/istio (Istio's tags lack the `v` prefix).
ISTIO_VERSION=v0.0.0-20260827124520-eed52ebb66ad
# Cilium's data plane, and the SPIRE that its mutual authentication runs. Cilium's go.mod requires
# github.com/osrg/gobgp/v4 at a pseudo-version that the proxy refuses; its release v4.7.0 builds. The operator
# imports sigs.k8s.io/mcs-api/controllers, which the proxy does not serve: scripts/cilium/mcs-api-controllers-stub.
CILIUM_VERSION=v1.20.2
CILIUM_GOBGP_VERSION=v4.7.0
# SPIRE's go.mod requires spire-plugin-sdk at a pseudo-version the proxy refuses (the release of the same number
# builds) and ejbca-go-client-sdk v1.1.0, which the proxy does not serve (v1.0.2 builds).
SPIRE_VERSION=v1.15.3
SPIRE_PLUGIN_SDK_VERSION=v1.15.3
SPIRE_EJBCA_SDK_VERSION=v1.0.2
# The Helm that plays cilium-cli's `install` (cilium-cli is not on the proxy) is the one istio.io/istio requires at
# ISTIO_VERSION (helm.sh/helm/v4 v4.2.0), built in the same module graph as istioctl (see build_cluster_tools).
#
# What a cold build costs is what it compiles: every Go build here but SPIRE's (cgo for its SQLite) is static
# (CGO_ENABLED=0, as the projects' release builds), with -trimpath and without DWARF, so that the standard library and
# every dependency at the same version compile once for all of them; the compiler's DWARF would only be stripped by
# the linker's -w.
export GOFLAGS="-mod=mod -trimpath -gcflags=all=-dwarf=false" GOTOOLCHAIN=local CGO_ENABLED=0

log() { echo "test-tools: $*" >&2; }

# Builds into "$dir.tmp" and renames at the end, so an interrupted build never leaves a half-filled cache folder.
finish() { rm -rf "$1" && mv "$1.tmp" "$1"; }

build_fortio() {
  local dir="$cache/fortio-$FORTIO_VERSION"
  if [ ! -x "$dir/fortio" ]; then
    log "building fortio $FORTIO_VERSION into $dir"
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
    # The wrapper module pins fortio.org/fortio and stubs grol.io/grol, which the proxy here does not serve.
    (cd "$here/fortio" && go build -ldflags "-s -w" -o "$dir.tmp/fortio" .) >&2
    finish "$dir"
  fi
  echo "export FORTIO_BIN=$dir/fortio"
}

# The module graph of the harness's cluster tools: one wrapper module requires k8s.io/kubernetes, kwok and istio.io/istio
# (and, through istio, Helm), so that the Kubernetes libraries and everything else they share compile once for the
# seven commands instead of once per project at its own versions. k8s.io/kubernetes replaces its k8s.io/* staging
# modules with ./staging paths (so `go install` refuses it); the wrapper replaces each with its published v0.Y.Z, the
# list read from the real go.mod. Those replacements hold for the whole graph: kwok (v0.36.1 of the Kubernetes
# libraries in its own go.mod), istioctl (v0.36.x) and Helm build against the control plane's v0.37.2, and minimal
# version selection lifts three libraries of the control plane by a patch or minor release (fsnotify 1.10.1,
# gnostic-models 0.7.1, zap 1.28.0, measured when this was written). None of them is under test: they are the harness.
cluster_tools="kube-apiserver kube-controller-manager kube-scheduler kubelet kwok istioctl helm"
cluster_tools_dir() {
  echo "$cache/cluster-tools-$KUBERNETES_VERSION-kwok-$KWOK_VERSION-istio-${ISTIO_VERSION##*-}-$(declare -f build_cluster_tools | sha256sum | cut -c1-10)"
}
build_cluster_tools() {
  local dir
  dir=$(cluster_tools_dir)
  # shellcheck disable=SC2086
  if ! all_executable "$dir" $cluster_tools || [ ! -s "$dir/stages.yaml" ]; then
    log "building the cluster tools (Kubernetes $KUBERNETES_VERSION control plane and kubelet, kwok $KWOK_VERSION, istioctl, helm) into $dir (cold: ~25 min on 2 cores)"
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
    local gomod staging minor
    gomod=$(module_field "k8s.io/kubernetes@$KUBERNETES_VERSION" GoMod)
    staging="v0.${KUBERNETES_VERSION#v1.}"
    minor=$(echo "$KUBERNETES_VERSION" | cut -d. -f2)
    local reps=()
    mapfile -t reps < <(sed -n 's#^[[:space:]]*\(k8s\.io/[^ ]*\) => \./staging/.*#\1 => \1 '"$staging"'#p' "$gomod")
    wrapper_module "$dir.tmp/src" k8s.io/kubernetes "$KUBERNETES_VERSION" "${reps[@]}"
    (
      cd "$dir.tmp/src"
      go get "sigs.k8s.io/kwok@$KWOK_VERSION" "istio.io/istio@$ISTIO_VERSION"
      # One `go build` of the seven commands, so that their packages compile side by side to the end and the links
      # overlap. Stamped as the projects' own builds stamp them: the Kubernetes libraries with the release's version
      # (without it a build calls itself v0.0.0-master; every command here links those libraries at that release), Helm
      # as its Makefile does (without it, `helm version` says v4.2-dev or so).
      local pkg="k8s.io/component-base/version" cgo="k8s.io/client-go/pkg/version" date ldflags="-s -w" p
      date=$(date -u +%Y-%m-%dT%H:%M:%SZ)
      for p in $pkg $cgo; do
        ldflags="$ldflags -X $p.gitVersion=$KUBERNETES_VERSION -X $p.gitMajor=1 -X $p.gitMinor=$minor -X $p.gitTreeState=clean -X $p.buildDate=$date"
      done
      ldflags="$ldflags -X helm.sh/helm/v4/internal/version.version=$(go list -m -f '{{.Version}}' helm.sh/helm/v4)"
      local k=k8s.io/kubernetes/cmd
      go build -ldflags "$ldflags" -o ../ "$k/kube-apiserver" "$k/kube-controller-manager" "$k/kube-scheduler" \
        "$k/kubelet" sigs.k8s.io/kwok/cmd/kwok istio.io/istio/istioctl/cmd/istioctl helm.sh/helm/v4/cmd/helm
    ) >&2
    # kwok's binary has no stages of its own (kwokctl passes its defaults): the harness gives it the project's "fast"
    # node and pod stages plus the node heartbeat, taken from the same release's module source.
    local src f
    src=$(module_field "sigs.k8s.io/kwok@$KWOK_VERSION" Dir)/kustomize/stage
    for f in node/fast/node-initialize.yaml node/heartbeat/node-heartbeat.yaml pod/fast/pod-ready.yaml \
      pod/fast/pod-complete.yaml pod/fast/pod-delete.yaml; do
      echo "---"
      cat "$src/$f"
    done > "$dir.tmp/stages.yaml"
    rm -rf "$dir.tmp/src"
    finish "$dir"
  fi
  echo "export KUBE_APISERVER_BIN=$dir/kube-apiserver"
  echo "export KUBE_CONTROLLER_MANAGER_BIN=$dir/kube-controller-manager"
  echo "export KUBE_SCHEDULER_BIN=$dir/kube-scheduler"
  echo "export KUBELET_BIN=$dir/kubelet"
  echo "export KWOK_BIN=$dir/kwok"
  echo "export KWOK_STAGES=$dir/stages.yaml"
  # The oracle of test/integration/istioctl-oracle.test.ts: `istioctl x describe pod` composes a pod's effective
  # PeerAuthentication with Istio's own code, reading only the API server.
  echo "export ISTIOCTL_BIN=$dir/istioctl"
  echo "export HELM_BIN=$dir/helm"
}

# etcd's server module replaces its sibling modules with ../ paths: a wrapper module replaces them with the release.
build_etcd() {
  local dir="$cache/etcd-$ETCD_VERSION-static"
  if [ ! -x "$dir/etcd" ]; then
    log "building etcd $ETCD_VERSION into $dir"
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
    local gomod reps=()
    gomod=$(module_field "go.etcd.io/etcd/server/v3@$ETCD_VERSION" GoMod)
    mapfile -t reps < <(sed -n 's#^[[:space:]]*\(go\.etcd\.io/etcd/[^ ]*\) => \.\./.*#\1 => \1 '"$ETCD_VERSION"'#p' "$gomod")
    wrapper_module "$dir.tmp/src" go.etcd.io/etcd/server/v3 "$ETCD_VERSION" "${reps[@]}"
    (cd "$dir.tmp/src" && go build -ldflags "-s -w" -o ../etcd go.etcd.io/etcd/server/v3) >&2
    rm -rf "$dir.tmp/src"
    finish "$dir"
  fi
  echo "export ETCD_BIN=$dir/etcd"
}

# The workflow linter that test/e2e/workflows.test.ts runs on the README's and .github's workflows.
build_actionlint() {
  local dir="$cache/actionlint-$ACTIONLINT_VERSION"
  if [ ! -x "$dir/actionlint" ]; then
    log "building actionlint $ACTIONLINT_VERSION into $dir"
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
    GOBIN="$dir.tmp" go install -ldflags "-s -w" "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION" >&2
    finish "$dir"
  fi
  echo "export ACTIONLINT_BIN=$dir/actionlint"
}

# The images of the harness's real node, as OCI layout tars that `ctr -n k8s.io image import` takes (no registry):
# Fortio (a static build of the pinned release; the probe pod runs the same image under its own name) and the pod
# sandbox (scripts/node/pause.c). The folder name carries a hash of the scripts that make them.
build_node_images() {
  local rev dir
  rev=$(cat "$here/node/pause.c" "$here/node/oci-image.sh" | sha256sum | cut -c1-10)
  dir="$cache/node-images-$FORTIO_VERSION-$rev"
  if [ ! -s "$dir/fortio.tar" ] || [ ! -s "$dir/pause.tar" ]; then
    log "building the node's images into $dir"
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp/fortio/usr/bin" "$dir.tmp/fortio/tmp" "$dir.tmp/pause"
    chmod 1777 "$dir.tmp/fortio/tmp"
    # Static (no cgo): the image holds nothing but the binary. FORTIO_BIN is that build (build_fortio runs first); a
    # cache folder from before the builds were static holds a cgo one, so the image then builds its own.
    local bin="$cache/fortio-$FORTIO_VERSION/fortio"
    if [ -x "$bin" ] && go version -m "$bin" | grep -q 'CGO_ENABLED=0'; then
      install -m 0755 "$bin" "$dir.tmp/fortio/usr/bin/fortio"
    else
      (cd "$here/fortio" && go build -ldflags "-s -w" -o "$dir.tmp/fortio/usr/bin/fortio" .) >&2
    fi
    gcc -static -O2 -o "$dir.tmp/pause/pause" "$here/node/pause.c" >&2
    bash "$here/node/oci-image.sh" "$dir.tmp/fortio" "$dir.tmp/fortio.tar" '["/usr/bin/fortio"]' \
      "mesh-gate.local/fortio:$FORTIO_VERSION" "mesh-gate.local/probe:$FORTIO_VERSION"
    bash "$here/node/oci-image.sh" "$dir.tmp/pause" "$dir.tmp/pause.tar" '["/pause"]' "mesh-gate.local/pause:1"
    rm -rf "$dir.tmp/fortio" "$dir.tmp/pause"
    finish "$dir"
  fi
  echo "export NODE_IMAGES_DIR=$dir"
  echo "export NODE_IMAGE_FORTIO=mesh-gate.local/fortio:$FORTIO_VERSION"
  echo "export NODE_IMAGE_PROBE=mesh-gate.local/probe:$FORTIO_VERSION"
  echo "export NODE_IMAGE_PAUSE=mesh-gate.local/pause:1"
}

# Where the Go module proxy's copy of a module version lives in the module cache (downloaded if missing), and a
# field of its `go mod download -json` answer.
module_field() { go mod download -json "$1" | sed -n 's/.*"'"$2"'": "\(.*\)".*/\1/p'; }

# A wrapper module that requires $2 at $3 (go directive from the module's own go.mod) with the replace lines $4...,
# written into the folder $1, whose `go get` resolves the rest.
wrapper_module() {
  local src=$1 module=$2 version=$3
  shift 3
  mkdir -p "$src"
  {
    echo "module mesh-mtls-gate/wrapper"
    echo
    echo "go $(sed -n 's/^go //p' "$(module_field "$module@$version" GoMod)")"
    echo
    echo "require $module $version"
    echo
    local r
    for r in "$@"; do echo "replace $r"; done
  } > "$src/go.mod"
  (cd "$src" && go get "$module@$version") >&2
}

all_executable() {
  local dir=$1 f
  shift
  for f in "$@"; do [ -x "$dir/$f" ] || return 1; done
}

# Cilium's commands, built as its Makefiles build them (Makefile.defs: CGO_ENABLED=0, -tags osusergo, -s -w; the
# operator's generic variant adds ipam_provider_operator): static, so that cilium-cni (run by the node's container
# runtime) and cilium-mount and cilium-sysctlfix (which the chart's init containers run in the host's mount
# namespace) depend on no C library. pkg/version.ciliumVersion is "VERSION REVISION AUTHOR-DATE" (what the agent logs
# at start and `cilium-dbg version` prints); the proxy has no git revision, so the tag stands in for it, and the
# date is the tag's time from the proxy.
cilium_commands="cilium-agent cilium-dbg cilium-health cilium-health-responder cilium-mount cilium-sysctlfix
  cilium-cni cilium-operator-generic"
build_cilium() {
  local dir="$cache/cilium-$CILIUM_VERSION"
  # shellcheck disable=SC2086
  if ! all_executable "$dir" $cilium_commands; then
    log "building cilium $CILIUM_VERSION into $dir (cold: ~30 min on 2 cores)"
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
    local c=github.com/cilium/cilium date ldflags
    wrapper_module "$dir.tmp/src" "$c" "$CILIUM_VERSION" \
      "github.com/osrg/gobgp/v4 => github.com/osrg/gobgp/v4 $CILIUM_GOBGP_VERSION" \
      "sigs.k8s.io/mcs-api/controllers => $here/cilium/mcs-api-controllers-stub"
    date=$(sed -n 's/.*"Time": *"\([^"]*\)".*/\1/p' "$(module_field "$c@$CILIUM_VERSION" Info)")
    ldflags="-s -w -X '$c/pkg/version.ciliumVersion=${CILIUM_VERSION#v} $CILIUM_VERSION $date'"
    (
      cd "$dir.tmp/src"
      export CGO_ENABLED=0
      # One `go build` for the agent image's commands, so that they share the compiled packages and link side by side;
      # each lands under its package's last path element.
      go build -tags osusergo -ldflags "$ldflags" -o ../ "$c/daemon" "$c/cilium-dbg" "$c/cilium-health" \
        "$c/cilium-health/responder" "$c/tools/mount" "$c/tools/sysctlfix" "$c/plugins/cilium-cni"
      go build -tags osusergo,ipam_provider_operator -ldflags "$ldflags" -o ../cilium-operator-generic \
        "$c/operator"
    ) >&2
    mv "$dir.tmp/daemon" "$dir.tmp/cilium-agent"
    mv "$dir.tmp/responder" "$dir.tmp/cilium-health-responder"
    mv "$dir.tmp/mount" "$dir.tmp/cilium-mount"
    mv "$dir.tmp/sysctlfix" "$dir.tmp/cilium-sysctlfix"
    rm -rf "$dir.tmp/src"
    finish "$dir"
  fi
  echo "export CILIUM_VERSION=$CILIUM_VERSION"
  echo "export CILIUM_BIN_DIR=$dir"
  # The chart, read in place from the module cache (read-only; Helm only reads it).
  local src
  src=$(module_field "github.com/cilium/cilium@$CILIUM_VERSION" Dir)
  echo "export CILIUM_CHART_DIR=$src/install/kubernetes/cilium"
}

# SPIRE's server and agent, built as its Dockerfile builds them for its images: cgo (the server's SQLite datastore,
# which the chart configures, is go-sqlite3) linked statically, here against glibc (upstream: musl) with the pure-Go
# resolver and user lookup and without SQLite's extension loading, the parts of a static glibc that would need
# shared libraries at run time. `spire-server --version` prints the tag (pkg/common/version.gittag).
#
# One change to SPIRE's source: its plugin catalogs (pkg/server/catalog, pkg/agent/catalog) list every built-in plugin,
# and those that call a cloud provider's or a secret store's API bring in half of what SPIRE compiles (the AWS, Azure
# and Google Cloud SDKs, Vault's and EJBCA's clients: 67 of 134 MB of Go source). They are left out of the catalogs;
# the chart configures none of them (server: k8s_psat, disk key manager, k8sbundle notifier, the sql datastore; agent:
# k8s_psat, memory key manager, k8s workload attestor), and a configuration naming one fails at start as an unknown
# plugin. Everything that runs is SPIRE's code as released.
spire_cloud_plugins="awsiid azureimds azuremsi gcpiit awskms azurekeyvault gcpkms hashicorpvault awspca awssecret gcpcas
  vault ejbca certmanager gcsbundle awsrolesanywhere awss3 azureblob gcpcloudstorage awssecretsmanager gcpsecretmanager
  docker"
spire_dir() { echo "$cache/spire-$SPIRE_VERSION-$(declare -f build_spire | sha256sum | cut -c1-10)"; }
build_spire() {
  local dir
  dir=$(spire_dir)
  if ! all_executable "$dir" spire-server spire-agent; then
    log "building spire $SPIRE_VERSION into $dir (cold: ~12 min on 2 cores)"
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
    local s=github.com/spiffe/spire
    wrapper_module "$dir.tmp/src" "$s" "$SPIRE_VERSION" \
      "github.com/spiffe/spire-plugin-sdk => github.com/spiffe/spire-plugin-sdk $SPIRE_PLUGIN_SDK_VERSION" \
      "github.com/Keyfactor/ejbca-go-client-sdk => github.com/Keyfactor/ejbca-go-client-sdk $SPIRE_EJBCA_SDK_VERSION"
    # The release's source, writable, with the cloud plugins' imports and catalog entries deleted; the build stops if
    # a catalog still names one (a new SPIRE version that registers them otherwise).
    cp -R "$(module_field "$s@$SPIRE_VERSION" Dir)" "$dir.tmp/spire-src"
    chmod -R u+w "$dir.tmp/spire-src"
    local names f
    # shellcheck disable=SC2086
    names=$(echo $spire_cloud_plugins | tr ' ' '|')
    for f in "$dir.tmp"/spire-src/pkg/{server,agent}/catalog/*.go; do
      case $f in *_test.go) continue ;; esac
      sed -i -E "/^\s*\"github\.com\/spiffe\/spire\/pkg\/(server|agent)\/plugin\/[a-z]+\/($names)\"\$/d; /^\s*($names)\.BuiltIn\(\),\$/d" "$f"
    done
    if grep -n -E "/($names)\"|\b($names)\.BuiltIn" "$dir.tmp"/spire-src/pkg/{server,agent}/catalog/*.go | grep -v _test.go >&2; then
      log "spire: the catalogs above still name a cloud plugin"
      return 1
    fi
    (
      cd "$dir.tmp/src"
      go mod edit -replace "$s=../spire-src"
      CGO_ENABLED=1 go build -tags netgo,osusergo,sqlite_omit_load_extension \
        -ldflags "-s -w -X $s/pkg/common/version.gittag=${SPIRE_VERSION#v} -linkmode external -extldflags -static" \
        -o ../ "$s/cmd/spire-server" "$s/cmd/spire-agent"
    ) >&2
    rm -rf "$dir.tmp/src" "$dir.tmp/spire-src"
    finish "$dir"
  fi
  echo "export SPIRE_VERSION=$SPIRE_VERSION"
  echo "export SPIRE_SERVER_BIN=$dir/spire-server"
  echo "export SPIRE_AGENT_BIN=$dir/spire-agent"
}

# The root filesystems of the Cilium agent image (Debian's packages: scripts/node/cilium-rootfs.sh, which needs root)
# and of the SPIRE init image (busybox from Debian's source: scripts/node/busybox.sh), apart from the images so that
# they download and build while Go compiles. The folder name carries a hash of those scripts.
cilium_rootfs_dir() {
  echo "$cache/cilium-rootfs-$(cat "$here/node/cilium-rootfs.sh" "$here/node/busybox.sh" | sha256sum | cut -c1-10)"
}
build_cilium_rootfs() {
  local dir
  dir=$(cilium_rootfs_dir)
  if [ ! -x "$dir/agent/usr/bin/clang" ] || [ ! -x "$dir/init/bin/busybox" ]; then
    if [ "$(id -u)" -ne 0 ]; then
      log "the Cilium node's root filesystems ($dir) need root (debootstrap, chroot): run as root"
      return 1
    fi
    # A killed debootstrap can leave /proc or /sys mounted in its target, which `rm -rf` would descend into.
    if findmnt -rn -o TARGET | awk -v p="$dir.tmp/" 'index($0, p) == 1 { found = 1 } END { exit !found }'; then
      log "something is still mounted under $dir.tmp (a killed build?): unmount it first"
      return 1
    fi
    log "making the Cilium node's root filesystems in $dir (debootstrap and Debian's clang, iptables; busybox)"
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
    bash "$here/node/cilium-rootfs.sh" "$dir.tmp/agent"
    bash "$here/node/busybox.sh" "$dir.tmp/init"
    finish "$dir"
  fi
}

# The Cilium node's images as OCI layout tars for `ctr -n k8s.io image import`, named as the chart composes them from
# a repository and tag (the operator's repository gets the -generic suffix), in a folder whose name carries the
# versions and a hash of the scripts that make them. Layouts as upstream's Dockerfiles (images/cilium,
# images/operator, SPIRE's Dockerfile): the agent's commands in /usr/bin (and `cilium`, the old name of cilium-dbg),
# cilium-cni in /opt/cni/bin, the BPF sources in /var/lib/cilium/bpf (the agent compiles them at start), the chart's
# three scripts at /; the operator alone with CA certificates; SPIRE in /opt/spire/bin with its directories,
# entrypoint `run` (the chart passes only -config). Unlike upstream's SPIRE server (uid 1000) every image runs as
# root: the layer tar has one owner.
cilium_images_rev() {
  {
    cat "$here/node/cilium-rootfs.sh" "$here/node/busybox.sh" "$here/node/oci-image.sh"
    declare -f build_cilium_images build_spire
  } | sha256sum | cut -c1-10
}
build_cilium_images() {
  local dir rootfs
  dir="$cache/cilium-images-$CILIUM_VERSION-spire-$SPIRE_VERSION-$(cilium_images_rev)"
  rootfs=$(cilium_rootfs_dir)
  local bin="$cache/cilium-$CILIUM_VERSION" spire
  spire=$(spire_dir)
  local tag=${SPIRE_VERSION#v} t
  local tars="cilium.tar operator-generic.tar spire-server.tar spire-agent.tar busybox.tar"
  local missing=0
  for t in $tars; do [ -s "$dir/$t" ] || missing=1; done
  if [ "$missing" -ne 0 ]; then
    log "building the Cilium node's images into $dir"
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
    local src
    src=$(module_field "github.com/cilium/cilium@$CILIUM_VERSION" Dir)
    # The agent: hard links to the cached root filesystem (no copy), Cilium's files added.
    cp -al "$rootfs/agent" "$dir.tmp/cilium"
    local r="$dir.tmp/cilium" c
    for c in cilium-agent cilium-dbg cilium-health cilium-health-responder cilium-mount cilium-sysctlfix; do
      install -m 0755 "$bin/$c" "$r/usr/bin/$c"
    done
    ln -s cilium-dbg "$r/usr/bin/cilium"
    install -D -m 0755 "$bin/cilium-cni" "$r/opt/cni/bin/cilium-cni"
    install -m 0755 "$src/images/cilium/init-container.sh" "$src/plugins/cilium-cni/install-plugin.sh" \
      "$src/plugins/cilium-cni/cni-uninstall.sh" "$r/"
    # Makefile.defs' BPF_SRCFILES: bpf/ without its tests, complexity tests, custom programs and Makefiles.
    mkdir -p "$r/var/lib/cilium"
    cp -R "$src/bpf" "$r/var/lib/cilium/bpf"
    rm -rf "$r/var/lib/cilium/bpf/tests" "$r/var/lib/cilium/bpf/complexity-tests" "$r/var/lib/cilium/bpf/custom" \
      "$r/var/lib/cilium/bpf/Makefile" "$r/var/lib/cilium/bpf/Makefile.bpf" "$r/var/lib/cilium/bpf/.gitignore"
    chmod -R u+w,go-w "$r/var/lib/cilium"
    mkdir -p "$r/home/cilium"
    bash "$here/node/oci-image.sh" "$r" "$dir.tmp/cilium.tar" '["/usr/bin/cilium-dbg"]' \
      "mesh-gate.local/cilium:$CILIUM_VERSION"
    # The operator.
    r="$dir.tmp/operator"
    install -D -m 0755 "$bin/cilium-operator-generic" "$r/usr/bin/cilium-operator-generic"
    install -D -m 0644 "$rootfs/agent/etc/ssl/certs/ca-certificates.crt" "$r/etc/ssl/certs/ca-certificates.crt"
    mkdir -p "$r/tmp" && chmod 1777 "$r/tmp"
    bash "$here/node/oci-image.sh" "$r" "$dir.tmp/operator-generic.tar" '["/usr/bin/cilium-operator-generic"]' \
      "mesh-gate.local/operator-generic:$CILIUM_VERSION"
    # SPIRE's server and agent.
    for c in server agent; do
      r="$dir.tmp/spire-$c"
      install -D -m 0755 "$spire/spire-$c" "$r/opt/spire/bin/spire-$c"
      install -D -m 0644 "$rootfs/agent/etc/ssl/certs/ca-certificates.crt" "$r/etc/ssl/certs/ca-certificates.crt"
      mkdir -p "$r/etc/spire/$c" "$r/var/lib/spire/$c" "$r/tmp"
      chmod 1777 "$r/tmp"
      case $c in
        # The chart's server.conf keeps its data in /run/spire/data (a volume only with dataStorage.enabled).
        server) mkdir -p "$r/run/spire/server/private" "$r/tmp/spire-server/private" "$r/run/spire/data" ;;
        agent) mkdir -p "$r/run/spire/agent/public" "$r/tmp/spire-agent/public" ;;
      esac
      bash "$here/node/oci-image.sh" "$r" "$dir.tmp/spire-$c.tar" "[\"/opt/spire/bin/spire-$c\",\"run\"]" \
        "mesh-gate.local/spire-$c:$tag"
    done
    # The chart's initImage (upstream busybox).
    bash "$here/node/oci-image.sh" "$rootfs/init" "$dir.tmp/busybox.tar" '["/bin/sh"]' \
      "mesh-gate.local/busybox:bookworm"
    rm -rf "$dir.tmp/cilium" "$dir.tmp/operator" "$dir.tmp/spire-server" "$dir.tmp/spire-agent"
    finish "$dir"
  fi
  echo "export CILIUM_IMAGES_DIR=$dir"
  echo "export CILIUM_IMAGE_AGENT=mesh-gate.local/cilium:$CILIUM_VERSION"
  echo "export CILIUM_IMAGE_OPERATOR=mesh-gate.local/operator-generic:$CILIUM_VERSION"
  echo "export CILIUM_IMAGE_SPIRE_SERVER=mesh-gate.local/spire-server:$tag"
  echo "export CILIUM_IMAGE_SPIRE_AGENT=mesh-gate.local/spire-agent:$tag"
  echo "export CILIUM_IMAGE_SPIRE_INIT=mesh-gate.local/busybox:bookworm"
}

# Runs groups of builds side by side, each group's builds in order, and prints their exports in the order given (a
# group is a space-separated list of build functions). A cold build mostly waits on the module proxy and on the
# linker, not on the CPU: built one after another, the tools took 48 minutes at 114% of this machine's 2 cores.
# Go's module and build caches are safe for concurrent use; the control plane and the kubelet stay in one group,
# so that the kubelet reuses the packages the control plane compiled instead of compiling them a second time.
in_parallel() {
  local i=0 failed=0 pid
  build_out=$(mktemp -d)
  build_groups=()
  # An interrupted script takes its builds with it (each build's .tmp folder is never renamed into the cache). Each
  # group runs in a process group of its own (job control, set -m) whose id is its subshell's pid, so one kill stops
  # the subshell and the `go` it is running (with its compilers and linker): killing the subshell alone leaves its
  # `go build` running. A script's background jobs ignore SIGINT, so a Ctrl-C never reaches them by itself: INT,
  # TERM and HUP end the script, and its EXIT trap stops every group.
  trap stop_builds EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  trap 'exit 129' HUP
  set -m
  for group in "$@"; do
    (
      for build in $group; do "$build"; done
    ) > "$build_out/$i" &
    build_groups+=($!)
    i=$((i + 1))
  done
  set +m
  for pid in "${build_groups[@]}"; do wait "$pid" || failed=1; done
  if [ "$failed" -ne 0 ]; then
    log "a build failed (its output is above)"
    exit 1
  fi
  for ((i = 0; i < $#; i++)); do cat "$build_out/$i"; done
  rm -rf "$build_out"
  build_groups=()
  trap - EXIT INT TERM HUP
}

# The EXIT trap of in_parallel: stops every group still running (the whole process group: subshell, go and its
# compilers and linker) and removes the groups' output.
build_groups=()
build_out=
stop_builds() {
  local pid
  for pid in "${build_groups[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  if [ -n "$build_out" ]; then rm -rf "$build_out"; fi
}

case "${1:-}" in
  # Only the harness's real node (the cluster tools with its kubelet, and its images): safe beside a running build of
  # the others, whose folders it leaves alone.
  node)
    build_cluster_tools
    build_fortio
    build_node_images
    ;;
  # What the unit and integration suites need: Fortio, actionlint, etcd, the cluster tools, the node's images.
  harness)
    in_parallel "build_fortio build_actionlint build_etcd build_node_images" "build_cluster_tools"
    ;;
  # What only the Cilium node adds (as root): Cilium, SPIRE, their root filesystems and images. Safe beside a running
  # `harness` build (.ci/run runs both at once), whose folders it leaves alone.
  cilium-node)
    in_parallel "build_cilium" "build_spire" "build_cilium_rootfs"
    build_cilium_images
    ;;
  # The Cilium node's tools and images with the cluster tools (Helm is one of them), as root.
  cilium)
    in_parallel "build_cilium" "build_spire" "build_cluster_tools" "build_cilium_rootfs"
    build_cilium_images
    ;;
  # Everything: Cilium's and SPIRE's compiles run beside the others; the root filesystems download meanwhile; the
  # images are put together from all of them at the end.
  all)
    in_parallel "build_fortio build_actionlint build_etcd build_node_images" "build_cluster_tools" "build_cilium" \
      "build_spire" "build_cilium_rootfs"
    build_cilium_images
    ;;
  *)
    build_fortio
    build_actionlint
    ;;
esac
