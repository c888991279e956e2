#!/bin/sh
# Make data/fonts/: DejaVu Sans (regular and bold, from the dejavu-fonts-ttf package) cut down to the characters
# charts use, for resvg. resvg reads a font's file again for each glyph it draws, so a 110 KB font draws a chart's
# text about three times as fast as the 757 KB original; the PNGs are the same, byte for byte
# (test/chart/chartFonts.test.ts). Glyphs, advance widths, kerning and ligatures are kept; hinting, which resvg does
# not use, is not. Run it again only when the dejavu-fonts-ttf package changes.
# Needs fontTools (Debian: apt-get install python3-fonttools).
set -eu
cd "$(dirname "$0")/.."
UNICODES='U+0020-007E,U+00A0-024F,U+2000-206F,U+20A0-20BF,U+2100-214F,U+2190-21FF,U+2200-22FF,U+25A0-25FF'
for font in DejaVuSans DejaVuSans-Bold; do
  python3 -m fontTools.subset "node_modules/dejavu-fonts-ttf/ttf/$font.ttf" --unicodes="$UNICODES" --no-hinting \
    --layout-features='*' --drop-tables+=FFTM --output-file="data/fonts/$font-charts.ttf"
done
cp node_modules/dejavu-fonts-ttf/LICENSE data/fonts/LICENSE
