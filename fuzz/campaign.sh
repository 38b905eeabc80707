#!/usr/bin/env bash
# Runs every fuzz target in turn with AFL++ and keeps the record of each run under fuzz/runs/:
# the commit fuzzed, executions, run time, crashes, hangs and coverage, from AFL++'s fuzzer_stats.
#
#   bash fuzz/campaign.sh                 # 10 million executions per target (hours on 2 cores)
#   EXECS=1000000 bash fuzz/campaign.sh   # fewer
#   SECONDS_EACH=600 bash fuzz/campaign.sh # at most ten minutes per target
#   TARGETS="cells events" bash fuzz/campaign.sh
#   BUILD=0 TARGETS=cells bash fuzz/campaign.sh  # beside a running campaign, on its build
#   setsid nohup bash fuzz/campaign.sh > fuzz.log 2>&1 &  # in the background, yielding to builds
#
# Needs `cargo install cargo-afl` and `cargo afl config --build` once; builds the targets first.
# One target runs at a time, at the lowest priority, so the machine stays usable. Findings are
# left in the run's output folder (printed at the end) for `fuzz/regressions/`.
set -euo pipefail
cd "$(dirname "$0")"
EXECS=${EXECS:-10000000}
TARGETS=${TARGETS:-"pipeline invariants table cells events"}
OUT=${OUT:-$(mktemp -d -t fieldreport-fuzz-XXXX)}
mkdir -p "$OUT"
# `nice` alone does not yield to other sessions where the kernel groups processes by session
# (autogroup, on by default in Debian): a campaign started in its own session (`setsid`) took
# as much of the processors as a build beside it. Started so, it lowers its whole session; in
# a terminal's session it leaves the terminal's priority alone.
if [[ $(ps -o sid= -p $$ | tr -d ' ') == "$$" && -w /proc/self/autogroup ]]; then
    echo 19 > /proc/self/autogroup 2>/dev/null || true
fi
export AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 RUST_BACKTRACE=0 AFL_NO_UI=1
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
# BUILD=0 runs the targets as last built (another campaign may be running them): the commit
# recorded is the one they were built from.
if [[ ${BUILD:-1} != 0 ]]; then
    cargo afl build --release
    commit=$(git rev-parse HEAD)
    dirty=$(git status --porcelain -- ../src . | grep -v '^??' | head -1 || true)
    echo "$commit${dirty:+ (with uncommitted changes)}" > target/release/built-from
    dirty=
else
    commit=$(cat target/release/built-from)
    dirty=
fi
for target in $TARGETS; do
    case $target in
        pipeline | invariants) corpus=corpus; extra=(-x json.dict) ;;
        table) corpus=corpus-table; extra=() ;;
        cells) corpus=corpus-cells; extra=() ;;
        events) corpus=corpus-events; extra=() ;;
        *) echo "no such target: $target" >&2; exit 2 ;;
    esac
    limit=(-E "$EXECS")
    if [[ -n ${SECONDS_EACH:-} ]]; then limit+=(-V "$SECONDS_EACH"); fi
    rm -rf "$OUT/$target"
    # AFL++ starts the target in a session of its own (setsid), which the kernel schedules as a
    # group of its own at normal priority however nice afl-fuzz is: lower that group too, again
    # whenever AFL++ starts the target anew, while the run lasts.
    (
        while sleep 5; do
            for pid in $(pgrep -f "target/release/$target\$" || true); do
                echo 19 > "/proc/$pid/autogroup" 2>/dev/null || true
            done
        done
    ) &
    lowering=$!
    nice -n 19 cargo afl fuzz -i "$corpus" -o "$OUT/$target" "${extra[@]}" "${limit[@]}" -- "target/release/$target" \
        > "$OUT/$target.log" 2>&1 || true
    kill "$lowering" 2>/dev/null || true
    stats="$OUT/$target/default/fuzzer_stats"
    if [[ ! -f $stats ]]; then
        echo "$target: the fuzzer did not start; see $OUT/$target.log" >&2
        continue
    fi
    record="runs/$(date -u +%F)-$target.txt"
    n=2
    while [[ -e $record ]]; do record="runs/$(date -u +%F)-$target-$n.txt"; n=$((n + 1)); done
    {
        echo "target: $target"
        echo "commit: $commit${dirty:+ (with uncommitted changes)}"
        echo "asked: ${EXECS} executions${SECONDS_EACH:+, at most ${SECONDS_EACH} s}"
        echo "machine: $(nproc) cores, $(uname -sr)"
        grep -E '^(start_time|last_update|run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|stability|bitmap_cvg|afl_version|command_line)' "$stats"
    } > "$record"
    cat "$record"
    echo "crashes: $(ls "$OUT/$target/default/crashes" 2>/dev/null | grep -vc README || true) in $OUT/$target/default/crashes"
done
echo "output: $OUT"
