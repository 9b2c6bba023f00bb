#!/usr/bin/env bash
# Builds the pinned test tools from the Go module proxy into a cache folder, once per version, and prints
# `export` lines for them. A warm cache costs nothing: each tool is rebuilt only when its folder is missing.
#   eval "$(scripts/test-tools.sh)"            # fortio only (unit tests, bench)
#   eval "$(scripts/test-tools.sh all)"        # + kube-apiserver, controller-manager, scheduler, kubelet, etcd, kwok,
#                                               #   istioctl
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=${MESH_GATE_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/mesh-mtls-gate/tools}
FORTIO_VERSION=v1.75.2
# The newest Kubernetes minor whose go.mod asks for no newer Go than the machine's 1.26.
KUBERNETES_VERSION=v1.37.2
ETCD_VERSION=v3.6.16
KWOK_VERSION=v0.8.0
ACTIONLINT_VERSION=v1.7.12
# istio.io/istio has no replace directives, so `go install` builds istioctl straight from the proxy (a pseudo-version:
# Istio's tags lack the `v` prefix).
ISTIO_VERSION=v0.0.0-20260827124520-eed52ebb66ad
export GOFLAGS=-mod=mod GOTOOLCHAIN=local

log() { echo "test-tools: $*" >&2; }

# Builds into "$dir.tmp" and renames at the end, so an interrupted build never leaves a half-filled cache folder.
finish() { rm -rf "$1" && mv "$1.tmp" "$1"; }

build_fortio() {
  local dir="$cache/fortio-$FORTIO_VERSION"
  if [ ! -x "$dir/fortio" ]; then
    log "building fortio $FORTIO_VERSION into $dir"
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
    # The wrapper module pins fortio.org/fortio and stubs grol.io/grol, which the proxy here does not serve.
    (cd "$here/fortio" && go build -trimpath -o "$dir.tmp/fortio" .) >&2
    finish "$dir"
  fi
  echo "export FORTIO_BIN=$dir/fortio"
}

# k8s.io/kubernetes replaces its k8s.io/* staging modules with ./staging paths, so `go install` refuses it. A wrapper
# module requires it and replaces each staging module with its published v0.Y.Z, the list read from the real go.mod.
# Builds each of the named commands (cmd/NAME) of k8s.io/kubernetes into the folder $1, stamped with the release's
# version (without the ldflags a build calls itself v0.0.0-master).
build_kubernetes_commands() {
  local out=$1
  shift
  rm -rf "$out.tmp" && mkdir -p "$out.tmp/src"
  local gomod staging minor
  gomod=$(go mod download -json "k8s.io/kubernetes@$KUBERNETES_VERSION" | sed -n 's/.*"GoMod": "\(.*\)".*/\1/p')
  staging="v0.${KUBERNETES_VERSION#v1.}"
  minor=$(echo "$KUBERNETES_VERSION" | cut -d. -f2)
  {
    echo "module mesh-mtls-gate/kubernetes-build"
    echo
    echo "go $(sed -n 's/^go //p' "$gomod")"
    echo
    echo "require k8s.io/kubernetes $KUBERNETES_VERSION"
    echo
    echo "replace ("
    sed -n 's#^[[:space:]]*\(k8s\.io/[^ ]*\) => \./staging/.*#\t\1 => \1 '"$staging"'#p' "$gomod"
    echo ")"
  } > "$out.tmp/src/go.mod"
  local pkg="k8s.io/component-base/version" cgo="k8s.io/client-go/pkg/version" date
  date=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  local ldflags="-s -w"
  for p in $pkg $cgo; do
    ldflags="$ldflags -X $p.gitVersion=$KUBERNETES_VERSION -X $p.gitMajor=1 -X $p.gitMinor=$minor -X $p.gitTreeState=clean -X $p.buildDate=$date"
  done
  (
    cd "$out.tmp/src"
    go get "k8s.io/kubernetes@$KUBERNETES_VERSION" >&2
    for c in "$@"; do
      log "  go build $c"
      go build -trimpath -ldflags "$ldflags" -o "../$c" "k8s.io/kubernetes/cmd/$c" >&2
    done
  )
  rm -rf "$out.tmp/src"
  finish "$out"
}

build_kubernetes() {
  local dir="$cache/kubernetes-$KUBERNETES_VERSION"
  if [ ! -x "$dir/kube-apiserver" ] || [ ! -x "$dir/kube-controller-manager" ] || [ ! -x "$dir/kube-scheduler" ]; then
    log "building kubernetes $KUBERNETES_VERSION control plane into $dir (cold: ~15 min on 2 cores)"
    build_kubernetes_commands "$dir" kube-apiserver kube-controller-manager kube-scheduler
  fi
  echo "export KUBE_APISERVER_BIN=$dir/kube-apiserver"
  echo "export KUBE_CONTROLLER_MANAGER_BIN=$dir/kube-controller-manager"
  echo "export KUBE_SCHEDULER_BIN=$dir/kube-scheduler"
}

# The kubelet of the harness's real node: a folder of its own (it shares most of the Go build cache with the control
# plane, so after the control plane it costs a few minutes more).
build_kubelet() {
  local dir="$cache/kubelet-$KUBERNETES_VERSION"
  if [ ! -x "$dir/kubelet" ]; then
    log "building kubelet $KUBERNETES_VERSION into $dir"
    build_kubernetes_commands "$dir" kubelet
  fi
  echo "export KUBELET_BIN=$dir/kubelet"
}

# etcd's server module replaces its sibling modules with ../ paths: the same wrapper technique.
build_etcd() {
  local dir="$cache/etcd-$ETCD_VERSION"
  if [ ! -x "$dir/etcd" ]; then
    log "building etcd $ETCD_VERSION into $dir"
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp/src"
    local gomod
    gomod=$(go mod download -json "go.etcd.io/etcd/server/v3@$ETCD_VERSION" | sed -n 's/.*"GoMod": "\(.*\)".*/\1/p')
    {
      echo "module mesh-mtls-gate/etcd-build"
      echo
      echo "go $(sed -n 's/^go //p' "$gomod")"
      echo
      echo "require go.etcd.io/etcd/server/v3 $ETCD_VERSION"
      echo
      echo "replace ("
      sed -n 's#^[[:space:]]*\(go\.etcd\.io/etcd/[^ ]*\) => \.\./.*#\t\1 => \1 '"$ETCD_VERSION"'#p' "$gomod"
      echo ")"
    } > "$dir.tmp/src/go.mod"
    (
      cd "$dir.tmp/src"
      go get "go.etcd.io/etcd/server/v3@$ETCD_VERSION" >&2
      go build -trimpath -o ../etcd go.etcd.io/etcd/server/v3 >&2
    )
    rm -rf "$dir.tmp/src"
    finish "$dir"
  fi
  echo "export ETCD_BIN=$dir/etcd"
}

# kwok's binary has no stages of its own (kwokctl passes its defaults): the harness gives it the project's
# "fast" node and pod stages plus the node heartbeat, taken from the same release's module source.
build_kwok() {
  local dir="$cache/kwok-$KWOK_VERSION"
  if [ ! -x "$dir/kwok" ] || [ ! -s "$dir/stages.yaml" ]; then
    log "building kwok $KWOK_VERSION into $dir"
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
    GOBIN="$dir.tmp" go install -trimpath "sigs.k8s.io/kwok/cmd/kwok@$KWOK_VERSION" >&2
    local src
    src=$(go mod download -json "sigs.k8s.io/kwok@$KWOK_VERSION" | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')/kustomize/stage
    for f in node/fast/node-initialize.yaml node/heartbeat/node-heartbeat.yaml pod/fast/pod-ready.yaml \
      pod/fast/pod-complete.yaml pod/fast/pod-delete.yaml; do
      echo "---"
      cat "$src/$f"
    done > "$dir.tmp/stages.yaml"
    finish "$dir"
  fi
  echo "export KWOK_BIN=$dir/kwok"
  echo "export KWOK_STAGES=$dir/stages.yaml"
}

# The workflow linter that test/e2e/workflows.test.ts runs on the README's and .github's workflows.
build_actionlint() {
  local dir="$cache/actionlint-$ACTIONLINT_VERSION"
  if [ ! -x "$dir/actionlint" ]; then
    log "building actionlint $ACTIONLINT_VERSION into $dir"
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
    GOBIN="$dir.tmp" go install "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION" >&2
    finish "$dir"
  fi
  echo "export ACTIONLINT_BIN=$dir/actionlint"
}

# The oracle of test/integration/istioctl-oracle.test.ts: `istioctl x describe pod` composes a pod's effective
# PeerAuthentication with Istio's own code, reading only the API server.
build_istioctl() {
  local dir="$cache/istioctl-$ISTIO_VERSION"
  if [ ! -x "$dir/istioctl" ]; then
    log "building istioctl $ISTIO_VERSION into $dir (cold: several minutes on 2 cores)"
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
    GOBIN="$dir.tmp" go install -trimpath "istio.io/istio/istioctl/cmd/istioctl@$ISTIO_VERSION" >&2
    finish "$dir"
  fi
  echo "export ISTIOCTL_BIN=$dir/istioctl"
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
    # Static (no cgo): the image holds nothing but the binary.
    (cd "$here/fortio" && CGO_ENABLED=0 go build -trimpath -o "$dir.tmp/fortio/usr/bin/fortio" .) >&2
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
  # Only the harness's real node (kubelet, images): safe beside a running build of the others, whose folders it leaves
  # alone.
  node)
    build_kubelet
    build_node_images
    ;;
  all)
    in_parallel "build_fortio build_actionlint build_etcd build_kwok build_node_images" \
      "build_kubernetes build_kubelet" "build_istioctl"
    ;;
  *)
    build_fortio
    build_actionlint
    ;;
esac
