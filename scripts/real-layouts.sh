#!/usr/bin/env bash
# Builds the PDF and Word fixtures of the real-layouts development set from their HTML sources:
#   test/fixtures/real-layouts-src/<name>.pdf.html  -> test/fixtures/real-layouts/<name>.pdf   (printed by Chromium)
#   test/fixtures/real-layouts-src/<name>.docx.html -> test/fixtures/real-layouts/<name>.docx  (saved by LibreOffice)
# Needs Debian's chromium and libreoffice-writer (only to rebuild the fixtures; the tests read the built files).
# Usage: scripts/real-layouts.sh [name ...]   (default: every source)
# FIXTURES=lineage builds the lineage set instead: test/fixtures/lineage-src/<name>.html -> test/fixtures/lineage/<name>.
set -euo pipefail
if [ "${FIXTURES:-real-layouts}" = lineage ]; then
  cd "$(dirname "$0")/../test/fixtures/lineage"
  src=../lineage-src
else
  cd "$(dirname "$0")/../test/fixtures/real-layouts"
  src=../real-layouts-src
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for source in "$src"/*.pdf.html "$src"/*.docx.html; do [ -e "$source" ] && names+=("$(basename "$source" .html)"); done
fi
for name in "${names[@]}"; do
  name="${name%.html}"
  case "$name" in
    *.pdf)
      chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
        --disable-sync --no-first-run --user-data-dir="$work/chromium" --no-pdf-header-footer \
        --print-to-pdf="$name" "$src/$name.html" 2>/dev/null
      ;;
    *.docx)
      cp "$src/$name.html" "$work/${name%.docx}.html"
      soffice --headless -env:UserInstallation=file://"$work/lo" --infilter="HTML (StarWriter)" \
        --convert-to docx:"MS Word 2007 XML" --outdir "$work" "$work/${name%.docx}.html" >/dev/null 2>&1
      mv "$work/${name%.docx}.docx" "$name"
      ;;
    *) echo "skip $name: sources end in .pdf.html or .docx.html" >&2 ;;
  esac
  echo "built $name"
done
