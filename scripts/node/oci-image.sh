#!/usr/bin/env bash
# Writes a single-layer OCI image layout tar from a folder, with no registry and no image tool:
#   oci-image.sh ROOTFS OUT.tar ENTRYPOINT_JSON NAME [NAME...]
# ROOTFS becomes the layer (an uncompressed, reproducible tar: sorted, owner 0, mtime 0), ENTRYPOINT_JSON is the
# image's Entrypoint (e.g. '["/usr/bin/fortio"]'), each NAME (e.g. mesh-gate.local/fortio:v1.75.2) is one entry of
# index.json annotated with io.containerd.image.name, which `ctr image import` names the image by.
# Formats: https://github.com/opencontainers/image-spec (image-layout.md, manifest.md, config.md).
set -euo pipefail
rootfs=$1 out=$2 entrypoint=$3
shift 3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
blobs="$work/layout/blobs/sha256"
mkdir -p "$blobs"
put() { # put FILE -> prints "sha256:HEX SIZE", the file moved into blobs/
  local hex size
  hex=$(sha256sum "$1" | cut -d' ' -f1)
  size=$(stat -c %s "$1")
  mv "$1" "$blobs/$hex"
  echo "sha256:$hex $size"
}
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C "$rootfs" -cf "$work/layer.tar" .
read -r layer layer_size < <(put "$work/layer.tar")
printf '{"architecture":"amd64","os":"linux","config":{"Entrypoint":%s,"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],"WorkingDir":"/"},"rootfs":{"type":"layers","diff_ids":["%s"]}}' \
  "$entrypoint" "$layer" > "$work/config.json"
read -r config config_size < <(put "$work/config.json")
printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"%s","size":%s},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar","digest":"%s","size":%s}]}' \
  "$config" "$config_size" "$layer" "$layer_size" > "$work/manifest.json"
read -r manifest manifest_size < <(put "$work/manifest.json")
entries=""
for name in "$@"; do
  entries="$entries${entries:+,}{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"$manifest\",\"size\":$manifest_size,\"annotations\":{\"io.containerd.image.name\":\"$name\",\"org.opencontainers.image.ref.name\":\"${name##*:}\"}}"
done
printf '{"schemaVersion":2,"manifests":[%s]}' "$entries" > "$work/layout/index.json"
printf '{"imageLayoutVersion":"1.0.0"}' > "$work/layout/oci-layout"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C "$work/layout" -cf "$out" .
