#!/usr/bin/env bash
# Installs what is missing, builds (Release) and runs every test; non-zero exit on any failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

tce_install_missing
tce_build
cd "$TCE_BUILD"
ctest --output-on-failure --parallel "$(nproc)"
