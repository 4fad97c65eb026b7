#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a given time.
#   scripts/fuzz.sh [SECONDS_PER_TARGET=600] [TARGET...]     (targets: tests/fuzz/fuzz_*.cpp)
# Seeds are real files of each format: the repository's config.json fixtures, catalogs,
# lessons and tests/fuzz/seeds, plus slices of ../shared/data read in place. Crashers land in
# build-fuzz/artifacts/<target>/; keep each one in tests/fuzz/regressions/<target>/, where the
# normal test suite replays it. A summary line per target goes to build-fuzz/summary.txt.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${TCE_FUZZ_BUILD:-$ROOT/build-fuzz}
SECONDS_PER_TARGET=${1:-600}
shift || true
SHARED=$(cd "$ROOT/.." && pwd)/shared/data

command -v clang++ >/dev/null || { echo "fuzz.sh: needs clang and libclang-rt-14-dev" >&2; exit 2; }
cmake -S "$ROOT" -B "$OUT" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DTCE_FUZZ=ON >/dev/null
cmake --build "$OUT" --parallel "$(nproc)"

all=()
for f in "$ROOT"/tests/fuzz/fuzz_*.cpp; do all+=("$(basename "$f" .cpp)"); done
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=("${all[@]}")

seed() { # target, files...
    local dir=$OUT/corpus/$1; shift
    mkdir -p "$dir"
    for f in "$@"; do [[ -f $f ]] && cp "$f" "$dir/seed-$(basename "$f")"; done
}
for t in "${all[@]}"; do
    mkdir -p "$OUT/corpus/$t" "$OUT/artifacts/$t"
    [[ -d $ROOT/tests/fuzz/seeds/$t ]] && seed "$t" "$ROOT"/tests/fuzz/seeds/"$t"/*
    [[ -d $ROOT/tests/fuzz/regressions/$t ]] && seed "$t" "$ROOT"/tests/fuzz/regressions/"$t"/*
done
seed fuzz_config "$ROOT"/tests/data/configs/*.json
seed fuzz_lessons "$ROOT"/resources/lessons/lessons.json
i=0
for f in models hardware engines prices workloads; do
    { printf "\\x$(printf %02x $i)"; cat "$ROOT/resources/catalog/$f.json"; } \
        >"$OUT/corpus/fuzz_catalog/seed-$f.bin"
    i=$((i + 1))
done
if [[ -d $SHARED ]]; then
    for f in "$SHARED"/azure-llm-inference-2023/*.csv; do
        head -n 200 "$f" >"$OUT/corpus/fuzz_trace_csv/seed-$(basename "$f")"
    done
    # The LiteLLM catalog is 1.4 MB: seed with slices of 40 entries from three places in it.
    python3 - "$SHARED/litellm-prices/model_prices_and_context_window.json" \
        "$OUT/corpus/fuzz_litellm" <<'PY'
import json, sys
entries = list(json.load(open(sys.argv[1])).items())
for start in (0, len(entries) // 2, len(entries) - 40):
    with open(f"{sys.argv[2]}/seed-litellm-{start}.json", "w") as out:
        json.dump(dict(entries[start:start + 40]), out, indent=4)
PY
fi

: >"$OUT/summary.txt"
for t in "${targets[@]}"; do
    echo "== $t: ${SECONDS_PER_TARGET}s"
    log=$OUT/$t.log
    set +e
    "$OUT/tests/fuzz/$t" "$OUT/corpus/$t" -dict="$ROOT/tests/fuzz/json.dict" \
        -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$OUT/artifacts/$t/" >"$log" 2>&1
    status=$?
    set -e
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo "?")
    found=$(find "$OUT/artifacts/$t" -type f | wc -l)
    line="$t: ${SECONDS_PER_TARGET}s, $runs executions, coverage $cov edges, corpus $(ls "$OUT/corpus/$t" | wc -l) inputs, $found crashers, exit $status"
    echo "$line" | tee -a "$OUT/summary.txt"
done
