#!/usr/bin/env bash
# Start-up against the floor of the stack: builds (release) fieldreport and benches/floor (an
# eframe window with one egui_plot chart, same versions and features), then measures both, one run
# of each per round, alternating which goes first, each with an empty home (no saved settings):
# - with firstpaint.sh: time from launch to the first painted frame seen on the Xvfb screen, and
#   peak memory. The poll of the screen costs ~30-60 ms per look, so single runs are coarse.
# - from each program's own log (RUST_LOG, milliseconds since start): when winit shows the window,
#   which eframe does once the first frame is rendered, and the CPU time (all threads) used by then.
#   Finer, and the CPU time is little disturbed by other work on the machine.
# Prints medians, minimums and ratios. Use several rounds, on a machine that is otherwise idle.
#
# Needs Xvfb, xdotool and ImageMagick's `import` (apt-get install xvfb xdotool imagemagick).
#
# usage: benches/startup.sh [ROUNDS]   (default 9; FIRSTPAINT=path/to/firstpaint.sh to override;
#        FLOOR=path/to/another/binary to compare fieldreport with it instead of the floor, for
#        instance an earlier build)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-9}
firstpaint=${FIRSTPAINT:-benches/firstpaint.sh}
[ -x "$firstpaint" ] || { echo "startup.sh: $firstpaint not found (set FIRSTPAINT)" >&2; exit 1; }
for tool in Xvfb xdotool import; do
  command -v "$tool" >/dev/null || { echo "startup.sh: $tool is missing: apt-get install xvfb xdotool imagemagick" >&2; exit 1; }
done
target=${CARGO_TARGET_DIR:-$PWD/target}

cargo build --release --locked --quiet
(cd benches/floor && CARGO_TARGET_DIR=$target cargo build --release --locked --quiet)
app=$target/release/fieldreport
floor=${FLOOR:-$target/release/fieldreport-floor}

runtime=$(mktemp -d)
chmod 700 "$runtime"
trap 'rm -rf "$runtime"' EXIT

declare -A ms kb
measure() { # name binary
  local home out
  home=$(mktemp -d)
  out=$(HOME=$home XDG_RUNTIME_DIR=$runtime "$firstpaint" 1 -- "$2")
  rm -rf "$home"
  # "first_paint_ms min M median M max M; peak_rss_kb median K"
  ms[$1]+="$(sed -E 's/.*median ([0-9]+) max.*/\1/' <<<"$out") "
  kb[$1]+="$(sed -E 's/.*peak_rss_kb median ([0-9]+).*/\1/' <<<"$out") "
}
for round in $(seq "$rounds"); do
  if [ $((round % 2)) -eq 1 ]; then measure floor "$floor"; measure app "$app"
  else measure app "$app"; measure floor "$floor"; fi
  printf '\rround %d of %d' "$round" "$rounds" >&2
done
echo >&2

shown() { # name binary: log time of "window shown" and CPU ms by then
  local home log p ut st
  home=$(mktemp -d); log=$home/log
  HOME=$home XDG_RUNTIME_DIR=$runtime DISPLAY=$display RUST_LOG=winit::window=debug "$2" 2>"$log" >/dev/null &
  p=$!
  for _ in $(seq 3000); do grep -q "set_visible; visible=true" "$log" && break; sleep 0.005; done
  read -r ut st < <(awk '{print $14, $15}' "/proc/$p/stat")
  kill "$p"; wait "$p" 2>/dev/null || true
  shown_ms[$1]+="$(grep -m1 "set_visible; visible=true" "$log" | awk '{printf "%d", $1}') "
  cpu_ms[$1]+="$(( (ut + st) * 1000 / $(getconf CLK_TCK) )) "
  rm -rf "$home"
}
declare -A shown_ms cpu_ms
for n in $(seq 150 190); do [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ] || { display=:$n; break; }; done
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$runtime"' EXIT
for _ in $(seq 50); do DISPLAY=$display xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
for round in $(seq "$rounds"); do
  if [ $((round % 2)) -eq 1 ]; then shown floor "$floor"; shown app "$app"
  else shown app "$app"; shown floor "$floor"; fi
done

stat() { # "values" -> "median min"
  tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)], v[1]}'
}
row() { # label floor-values app-values unit
  local fm fmin am amin
  read -r fm fmin <<<"$(stat "$2")"
  read -r am amin <<<"$(stat "$3")"
  awk -v l="$1" -v fm="$fm" -v fmin="$fmin" -v am="$am" -v amin="$amin" -v u="$4" 'BEGIN {
    printf "| %-34s | %9.1f %-2s | %9.1f %-2s | %5.2f | %17.2f |\n", l, fm / (u == "MB" ? 1024 : 1), u, am / (u == "MB" ? 1024 : 1), u, am / fm, amin / fmin
  }'
}
echo "$rounds runs of each, alternating; medians, and the ratio of the medians and of the minimums"
echo "| what                               |        floor |  fieldreport | ratio | ratio of minimums |"
echo "|------------------------------------|--------------|--------------|-------|-------------------|"
row "first paint on screen (firstpaint)" "${ms[floor]}" "${ms[app]}" ms
row "window shown, first frame (log)" "${shown_ms[floor]}" "${shown_ms[app]}" ms
row "CPU time used by then, all threads" "${cpu_ms[floor]}" "${cpu_ms[app]}" ms
row "peak memory (firstpaint)" "${kb[floor]}" "${kb[app]}" MB
echo "first paint, each run: floor ${ms[floor]}| fieldreport ${ms[app]}"
echo "window shown, each run: floor ${shown_ms[floor]}| fieldreport ${shown_ms[app]}"
