#!/usr/bin/env bash
# The model's tests and the fuzz targets' replays under AddressSanitizer and
# UndefinedBehaviorSanitizer: any report fails the test it happens in. Used by CI beside
# scripts/test.sh; build folder build-asan/. The model holds every reader of outside files and
# every formula; the window's tests (Qt drawing our code hands values to) run in the normal
# suite only, which keeps CI under 12 minutes (issue 12). TCE_SANITIZE_ALL=1 builds and runs
# every test under the sanitizers instead.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

tce_install_missing
build=${TCE_ASAN_BUILD:-$TCE_ROOT/build-asan}
# -O0 with line tables: the instrumented build costs what a Release build does (at -O2 the
# sanitizers triple the compile time) and reports still name file and line.
cmake -S "$TCE_ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O0 -g1" \
    -DTCE_SANITIZE=ON -DCMAKE_UNITY_BUILD=OFF "$(tce_werror)" >/dev/null
# The packaging and metadata checks are not C++: the normal suite runs them.
skip='package_deb|appstream_metainfo|desktop_file|translations_up_to_date'
if [[ ${TCE_SANITIZE_ALL:-} == 1 ]]; then
    cmake --build "$build" --parallel "$(nproc)"
    only=()
else
    cmake --build "$build" --parallel "$(nproc)" --target model_tests
    only=(--label-regex '^model$')
    # tst_servingaccuracy compares the simulation with 523 published rows: an accuracy
    # report, 40 s under the sanitizers, whose code tst_serving already runs there.
    skip+='|tst_servingaccuracy'
fi
# halt on the first report; leaks too. Leaks inside system libraries that outlive main
# (fontconfig's caches, Mesa) are not ours: tests/sanitizer/lsan.supp lists them, nothing else.
export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$TCE_ROOT/tests/sanitizer/lsan.supp:print_suppressions=0
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" "${only[@]}" --exclude-regex "^($skip)\$"
