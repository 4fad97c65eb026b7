#!/usr/bin/env bash
# Builds the Debian package and installs it into a clean Debian 12 (debootstrap, minbase),
# where it must install with its dependencies, start its window (offscreen) and export a
# chart. Needs root and the network to a Debian mirror; takes a few minutes. Not part of CI.
#   scripts/check-package.sh [ROOTFS_DIR=/var/tmp/tce-deb12]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
rootfs=${1:-/var/tmp/tce-deb12}
[[ $(id -u) -eq 0 ]] || { echo "check-package.sh: run as root (debootstrap, chroot)" >&2; exit 2; }

tce_install_missing
command -v debootstrap >/dev/null || apt-get install -y -qq --no-install-recommends debootstrap
tce_build
out=$(mktemp -d)
(cd "$TCE_BUILD" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/*.deb)

if [[ ! -x $rootfs/usr/bin/apt-get ]]; then
    debootstrap --variant=minbase bookworm "$rootfs" http://deb.debian.org/debian
fi
cp "$deb" "$rootfs/tmp/package.deb"
mountpoint -q "$rootfs/proc" || mount -t proc proc "$rootfs/proc"
trap 'umount "$rootfs/proc" 2>/dev/null || true' EXIT
chroot "$rootfs" /bin/sh -e <<'IN'
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends /tmp/package.deb >/dev/null
token-cost-explorer --version
set +e
QT_QPA_PLATFORM=offscreen timeout 5 token-cost-explorer >/dev/null 2>&1
status=$?
set -e
[ "$status" -eq 124 ] || { echo "the window did not keep running (exit $status)"; exit 1; }
echo "window: still running after 5 s"
QT_QPA_PLATFORM=offscreen token-cost-explorer export --chart per-token --format png \
    --size 800x450 --out /tmp/chart.png >/dev/null
test -s /tmp/chart.png
echo "export: /tmp/chart.png"
fc-list :lang=zh | grep -q . && echo "fonts: Chinese glyphs installed"
IN
echo "check-package.sh: $(basename "$deb") installs and starts on a clean Debian 12"
