#!/usr/bin/env bash
# Installs the Debian package on a clean Debian 12 (bookworm) and runs it there, the way a
# desktop would: `apt-get install ./fieldreport_*.deb` in a fresh chroot (so the dependencies are
# resolved from the package's declared list alone), then the desktop entry's Exec line, headless
# (`render`) and as a window under Xvfb with a screenshot, then the file type and the default
# application as GLib sees them.
#
# usage (as root): benches/deb-install-test.sh [PACKAGE.deb]
#   Builds the package with `cargo deb` when none is given. The base system is made once with
#   debootstrap in $FIELDREPORT_CHROOT_BASE (default /var/tmp/fieldreport-bookworm-base) and copied
#   for each run. Output (screenshot, logs, rendered charts) goes to target/deb-install-test/.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" -eq 0 ] || { echo "deb-install-test: run as root (debootstrap, chroot, mount)" >&2; exit 1; }

base=${FIELDREPORT_CHROOT_BASE:-/var/tmp/fieldreport-bookworm-base}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
out=$PWD/target/deb-install-test
mkdir -p "$out"

need=()
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v import >/dev/null || need+=(imagemagick)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

deb=${1:-}
if [ -z "$deb" ]; then
  command -v cargo-deb >/dev/null || cargo install --locked cargo-deb
  cargo deb
  deb=$(ls -t target/debian/fieldreport_*.deb | head -1)
fi
echo "== package: $deb ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --field "$deb" Depends Recommends Suggests

if [ ! -e "$base/etc/debian_version" ]; then
  echo "== debootstrap bookworm into $base"
  debootstrap --variant=minbase bookworm "$base" "$mirror" >"$out/debootstrap.log"
fi

root=$(mktemp -d /var/tmp/fieldreport-deb-test.XXXXXX)
xpid=
cleanup() {
  [ -n "$xpid" ] && kill "$xpid" 2>/dev/null
  umount "$root/proc" "$root/dev" 2>/dev/null || true
  rm -rf "$root"
}
trap cleanup EXIT
cp -a "$base/." "$root/"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/fieldreport.deb"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

echo "== apt-get install ./fieldreport.deb on a clean bookworm"
before=$(in_root dpkg-query -W -f='.\n' | wc -l)
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q /tmp/fieldreport.deb >"$out/apt.log" 2>&1 \
  || { tail -20 "$out/apt.log"; exit 1; }
after=$(in_root dpkg-query -W -f='.\n' | wc -l)
echo "installed: fieldreport and $((after - before - 1)) packages it pulled in (log: $out/apt.log)"

desktop=$root/usr/share/applications/io.github.fieldreport.fieldreport.desktop
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
program=${exec_line%% *}
sample=/usr/share/doc/fieldreport/examples/nug-2025-military-review.json
echo "== desktop entry Exec=$exec_line"

status=0
echo "== $program render (no display, no XDG_RUNTIME_DIR)"
if in_root "$program" render "$sample" --out /tmp/x >"$out/render.out" 2>"$out/render.err"; then
  ls "$root/tmp/x"
  cp "$root"/tmp/x/*.png "$out/"
else
  echo "render failed:"; cat "$out/render.err"; status=1
fi
if [ -s "$out/render.err" ]; then echo "render wrote to stderr:"; cat "$out/render.err"; status=1; fi

echo "== the window, as the desktop starts it (${exec_line/\%F/$sample}) under Xvfb"
for n in $(seq 150 190); do [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ] || { disp=:$n; break; }; done
Xvfb "$disp" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xpid=$!
for _ in $(seq 50); do DISPLAY=$disp xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
# The chroot reaches the server through its abstract socket, which a chroot does not hide.
chroot "$root" env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 DISPLAY="$disp" \
  "$program" "$sample" >"$out/window.out" 2>"$out/window.err" &
apid=$!
win=
for _ in $(seq 600); do
  win=$(DISPLAY=$disp xdotool search --onlyvisible --pid "$apid" 2>/dev/null | head -1) && [ -n "$win" ] && break
  kill -0 "$apid" 2>/dev/null || break
  sleep 0.1
done
if [ -n "$win" ]; then
  sleep 3
  DISPLAY=$disp import -window root "$out/window.png"
  echo "window: $(DISPLAY=$disp xdotool getwindowname "$win"); screenshot $out/window.png"
else
  echo "no window appeared"; status=1
fi
kill "$apid" 2>/dev/null; wait "$apid" 2>/dev/null || true
if [ -s "$out/window.err" ]; then echo "the window wrote to stderr:"; cat "$out/window.err"; status=1; fi

echo "== file type and default application, once a desktop's MIME and menu tools are present"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
  shared-mime-info desktop-file-utils libglib2.0-bin >>"$out/apt.log" 2>&1
in_root cp "$sample" /tmp/report.fieldreport.json
in_root gio info -a standard::content-type /tmp/report.fieldreport.json | grep content-type
in_root gio mime application/x-fieldreport+json | sed -n 1p
in_root gio mime application/json | sed -n '2,$p'
if command -v appstreamcli >/dev/null; then
  echo "== appstreamcli validate-tree of the installed files"
  appstreamcli validate-tree --no-net --override=cid-desktopapp-is-not-rdns=info "$root" || status=1
fi
exit $status
