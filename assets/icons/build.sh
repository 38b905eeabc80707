#!/usr/bin/env bash
# Renders the application icon (fieldreport.svg) to the PNG sizes desktops look for:
# fieldreport-16.png ... fieldreport-512.png beside this script. Needs rsvg-convert
# (Debian: librsvg2-bin). Run it after changing the SVG and commit the PNGs.
set -euo pipefail
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing (apt-get install librsvg2-bin)" >&2; exit 1; }
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" fieldreport.svg --output "fieldreport-$size.png"
done
