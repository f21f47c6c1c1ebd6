#!/usr/bin/env bash
# The README's picture of a Word file with tracked changes (docs/images/word-tracked-changes.png): the
# end-to-end tests' made-up pair (test/e2e/workspace/springs-base.unres → springs-draft.unres) written
# by `unres compare --format docx` — the writer "unres: Export Tracked Changes to Word" uses too —,
# converted to PDF by LibreOffice (which shows the changes in markup: insertions underlined,
# deletions struck through, a bar in the margin) and the top of the first page turned into a PNG.
# Needs a build (node scripts/build.mjs), LibreOffice (soffice) and poppler-utils (pdftoppm).
# Usage: bash scripts/word-tracked-image.sh [OUT.png]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$ROOT/docs/images/word-tracked-changes.png}"
FIXTURES="$ROOT/test/e2e/workspace"
for program in soffice pdftoppm; do
  command -v "$program" >/dev/null || { echo "word-tracked-image: $program is not installed" >&2; exit 2; }
done
[ -f "$ROOT/dist/cli.js" ] || { echo "word-tracked-image: no dist/cli.js: run node scripts/build.mjs" >&2; exit 2; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

node "$ROOT/dist/cli.js" compare --format docx --author "Delegation of Testland" --out "$TMP/springs.docx" \
  "$FIXTURES/springs-base.unres" "$FIXTURES/springs-draft.unres"
# A profile of its own: a LibreOffice already open (or its first-run profile) does not get in the way.
soffice "-env:UserInstallation=file://$TMP/profile" --headless --convert-to pdf --outdir "$TMP" "$TMP/springs.docx" \
  >/dev/null 2>&1
[ -f "$TMP/springs.pdf" ] || { echo "word-tracked-image: LibreOffice wrote no PDF" >&2; exit 1; }
# 120 dpi, the page's text block (US Letter: the masthead to the last paragraph), without the blank rest.
pdftoppm -png -r 120 -f 1 -l 1 -singlefile -x 80 -y 90 -W 870 -H 730 "$TMP/springs.pdf" "${OUT%.png}"
echo "word-tracked-image: wrote $OUT"
