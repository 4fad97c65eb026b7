# Shared by run.sh and test.sh: install what is missing, then configure and build.
# shellcheck shell=bash

TCE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TCE_BUILD=${TCE_BUILD:-$TCE_ROOT/build}

# Debian 12 / Ubuntu 24.04 package names, tested on a fresh Debian 12.
TCE_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqcustomplot-dev libeigen3-dev
    xvfb xauth imagemagick xdotool poppler-utils fonts-dejavu-core fonts-wqy-microhei
    qt6-translations-l10n desktop-file-utils appstream dpkg-dev
)

tce_install_missing() {
    local missing=()
    for pkg in "${TCE_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        return 0
    fi
    echo "Installing: ${missing[*]}"
    local sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# CI builds with warnings as errors, and without the benchmarks it does not run.
tce_werror() {
    [[ ${CI:-} == true ]] && echo -DTCE_WERROR=ON || echo -DTCE_WERROR=OFF
}
tce_benchmarks() {
    [[ ${CI:-} == true ]] && echo -DTCE_BENCHMARKS=OFF || echo -DTCE_BENCHMARKS=ON
}

# A unity build (files compiled in batches of 8): GCC parses Qt's and QCustomPlot's headers
# once per batch instead of once per file, which halves a clean build's CPU time (723 s to 379
# s here). Files of a batch share their anonymous namespaces, so two files cannot each define a
# helper of one name. The sanitizer build (scripts/test-sanitized.sh) compiles the model file
# by file, which shows a file that compiles only thanks to its batch's includes; a plain
# `cmake -B build` does the same for every layer.
tce_build() {
    cmake -S "$TCE_ROOT" -B "$TCE_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_UNITY_BUILD=ON \
        "$(tce_werror)" "$(tce_benchmarks)" >/dev/null
    cmake --build "$TCE_BUILD" --parallel "$(nproc)"
}
