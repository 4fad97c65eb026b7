#!/usr/bin/env bash
# Installs what is missing, builds (Release) and starts Token Cost Explorer.
# Without a display it says so and prints the default scenario's report instead.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

tce_install_missing
tce_build
app="$TCE_BUILD/app/token-cost-explorer"

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && ${QT_QPA_PLATFORM:-} != offscreen ]]; then
    echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open."
    echo "Here is the default scenario's report instead (token-cost-explorer report --engine vllm --batch 16):"
    "$app" report --engine vllm --batch 16
    out="$TCE_BUILD/exports"
    echo
    echo "Exporting every chart of the default scenario (1920x1080 PNG) to $out:"
    # The window's default scenario: vLLM, batch 16.
    exec "$app" export --chart all --format png --size 1920x1080 --out "$out" --engine vllm --batch 16
fi
exec "$app" "$@"
