#!/usr/bin/env bash
# Makes the small Noto Sans files OneDoor uses offline: WOFF for the screens and kiosks, TTF for
# the paper ticket renderer (Java2D reads TTF). Latin, Vietnamese and the punctuation and arrows
# the UIs show. Needs Debian's fonts-noto-core and python3-fonttools (Debian's python3, where
# python3-fonttools lives). Run from the repository root; the results are committed (a commune
# LAN has no internet).
set -euo pipefail
web=src/main/resources/META-INF/resources/fonts
paper=src/main/resources/print
unicodes="U+0000-00FF,U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0309,U+0323,U+1EA0-1EF9,U+2000-206F,U+20AB,U+2190-2193,U+2212,U+25CF"
for weight in Regular Bold; do
  /usr/bin/python3 -m fontTools.subset "/usr/share/fonts/truetype/noto/NotoSans-$weight.ttf" --unicodes="$unicodes" \
    --layout-features='*' --flavor=woff --output-file="$web/NotoSans-$weight.woff"
  /usr/bin/python3 -m fontTools.subset "/usr/share/fonts/truetype/noto/NotoSans-$weight.ttf" --unicodes="$unicodes" \
    --layout-features='*' --output-file="$paper/NotoSans-$weight.ttf"
done
cp "$web/OFL.txt" "$paper/OFL.txt"
ls -l "$web" "$paper"
