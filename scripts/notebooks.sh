#!/usr/bin/env bash
# The worked-analysis notebooks (notebooks/*.ipynb): a TypeScript (Deno) Jupyter kernel kept apart from the
# project's own dependencies, headless execution, and a check that the saved outputs are current.
#
# Usage:
#   scripts/notebooks.sh setup            install deno (notebooks/.kernel/, never into package.json) and its kernelspec
#   scripts/notebooks.sh execute [outdir] run every notebook headless; no outdir: rewrite the notebooks in place
#                                         (refreshes the saved outputs); with outdir: write the executed copies there
#   scripts/notebooks.sh check            execute into a temporary folder and compare the text outputs with the
#                                         saved ones; exits 1 with a diff when they differ
#   scripts/notebooks.sh env              print the `export` lines that let `jupyter notebook`, `jupyter lab` or
#                                         VS Code find the kernel:  eval "$(scripts/notebooks.sh env)"
#
# Needs: node and npm (the project's `npm ci` first: the notebooks import src/ and its node_modules), and
# Debian's jupyter-nbconvert, jupyter-client and python3-ipykernel for `execute` and `check`.
# Nothing is downloaded at run time: deno comes from the npm registry at setup, and the kernel reads the
# project's node_modules (notebooks/deno.json: nodeModulesDir "manual").
#
# Why a separate folder: deno's npm package pulls one platform package per OS; the registry mirror lacks the
# non-Linux ones, so a lockfile entry in the main package.json would break `npm ci`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NOTEBOOKS="$ROOT/notebooks"
KERNEL_DIR="$NOTEBOOKS/.kernel"
DENO_VERSION="2.9.6"
KERNEL_NAME="deno"

# Everything the kernel writes stays in notebooks/.kernel (gitignored): the kernelspec (which records the
# absolute path of the deno binary), deno's cache, Jupyter's runtime files.
export XDG_DATA_HOME="$KERNEL_DIR/share"
export JUPYTER_PATH="$KERNEL_DIR/share/jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}"
export DENO_DIR="$KERNEL_DIR/deno-dir"
export DENO_NO_UPDATE_CHECK=1
# `natural` (through dotenv) prints to stdout on import unless told not to; no ANSI colours in saved outputs.
export DOTENV_CONFIG_QUIET=true
export NO_COLOR=1

die() { echo "notebooks.sh: $*" >&2; exit 1; }

deno_bin() {
  local bin
  for bin in "$KERNEL_DIR"/node_modules/@deno/*/deno "$KERNEL_DIR/node_modules/deno/deno"; do
    if [[ -x "$bin" ]]; then echo "$bin"; return 0; fi
  done
  return 1
}

notebook_files() {
  local nb found=0
  for nb in "$NOTEBOOKS"/[0-9]*.ipynb; do
    [[ -e "$nb" ]] || continue
    found=1
    echo "$nb"
  done
  [[ $found == 1 ]] || die "no notebooks in $NOTEBOOKS"
}

cmd_setup() {
  command -v npm >/dev/null || die "npm not found"
  [[ -d "$ROOT/node_modules" ]] || die "run \`npm ci\` first: the notebooks import src/ and its dependencies"
  mkdir -p "$KERNEL_DIR"
  local deno
  if deno="$(deno_bin)" && [[ "$("$deno" --version | head -n 1)" == "deno $DENO_VERSION "* ]]; then
    echo "deno $DENO_VERSION already in notebooks/.kernel"
  else
    # Its own package.json, so npm neither walks up to the project's nor touches its lockfile.
    cat >"$KERNEL_DIR/package.json" <<JSON
{
  "name": "cpc-notebook-kernel",
  "private": true,
  "description": "The Deno Jupyter kernel for cpc's notebooks; written by scripts/notebooks.sh setup",
  "dependencies": { "deno": "$DENO_VERSION" }
}
JSON
    # --ignore-scripts: the binary is in the platform package; deno's postinstall only copies it.
    npm install --prefix "$KERNEL_DIR" --no-package-lock --ignore-scripts --no-audit --no-fund --loglevel=error
    deno="$(deno_bin)" || die "npm installed deno but no binary for this platform was found under $KERNEL_DIR/node_modules/@deno"
  fi
  "$deno" --version | head -n 1
  "$deno" jupyter --install --force --name "$KERNEL_NAME" --display "Deno (cpc)"
  # Give the kernel its environment whoever starts it (nbconvert, jupyter lab, VS Code).
  local spec="$XDG_DATA_HOME/jupyter/kernels/$KERNEL_NAME/kernel.json"
  [[ -f "$spec" ]] || die "deno jupyter --install wrote no $spec"
  SPEC="$spec" node --input-type=module -e '
    import { readFileSync, writeFileSync } from "node:fs";
    const file = process.env.SPEC;
    const spec = JSON.parse(readFileSync(file, "utf8"));
    spec.env = { ...(spec.env ?? {}), DENO_DIR: process.env.DENO_DIR, DENO_NO_UPDATE_CHECK: "1", DOTENV_CONFIG_QUIET: "true", NO_COLOR: "1" };
    writeFileSync(file, JSON.stringify(spec, null, 2) + "\n");
  '
  echo "kernelspec: ${spec#"$ROOT"/}"
}

require_kernel() {
  deno_bin >/dev/null || die "no deno kernel: run \`scripts/notebooks.sh setup\` first"
  [[ -f "$XDG_DATA_HOME/jupyter/kernels/$KERNEL_NAME/kernel.json" ]] || die "no kernelspec: run \`scripts/notebooks.sh setup\` first"
  command -v jupyter-nbconvert >/dev/null || die "jupyter-nbconvert not found (Debian: apt-get install jupyter-nbconvert jupyter-client python3-ipykernel)"
}

# Execute each notebook; into `outdir` when given, else in place. The kernel starts in notebooks/ (the
# notebook's folder), so `../src/index.ts` and notebooks/deno.json resolve the same either way.
cmd_execute() {
  local outdir="${1:-}" nb
  require_kernel
  local where=(--inplace)
  if [[ -n "$outdir" ]]; then
    mkdir -p "$outdir"
    where=(--output-dir "$(cd "$outdir" && pwd)")
  fi
  while IFS= read -r nb; do
    echo "executing ${nb#"$ROOT"/}" >&2
    if ! jupyter-nbconvert --to notebook --execute \
      --ExecutePreprocessor.timeout=300 \
      --ExecutePreprocessor.kernel_name="$KERNEL_NAME" \
      --ExecutePreprocessor.record_timing=False \
      --log-level=WARN \
      "${where[@]}" "$nb"; then
      die "executing ${nb#"$ROOT"/} failed (see the cell error above)"
    fi
  done < <(notebook_files)
}

# The text outputs of a notebook, one block per code cell: stream text (consecutive chunks joined), errors, and
# the text/plain, text/markdown, text/html, image/svg+xml and Vega-Lite JSON of results and displays.
# Execution counts and metadata are left out.
text_outputs() {
  node --input-type=module - "$1" <<'JS'
import { readFileSync } from 'node:fs';
const notebook = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const TEXT = ['text/plain', 'text/markdown', 'text/html', 'image/svg+xml'];
const isVegaLite = (mime) => /^application\/vnd\.vegalite\.v\d+\+json$/.test(mime);
const joined = (value) => (Array.isArray(value) ? value.join('') : String(value));
const lines = [];
notebook.cells.forEach((cell, index) => {
  if (cell.cell_type !== 'code') return;
  lines.push(`=== cell ${index}: ${joined(cell.source).split('\n')[0]}`);
  let stream = null;
  const flush = () => { if (stream) lines.push(`--- ${stream.name}`, stream.text); stream = null; };
  for (const output of cell.outputs ?? []) {
    if (output.output_type === 'stream') {
      if (stream && stream.name === output.name) stream.text += joined(output.text);
      else { flush(); stream = { name: output.name, text: joined(output.text) }; }
      continue;
    }
    flush();
    if (output.output_type === 'error') {
      lines.push(`--- error ${output.ename}: ${output.evalue}`);
      continue;
    }
    for (const mime of Object.keys(output.data ?? {}).sort()) {
      // One element a line, so that a diff of an SVG or HTML output shows what changed rather than one huge line.
      const text = (value) => (mime === 'image/svg+xml' || mime === 'text/html' ? value.replace(/></g, '>\n<') : value);
      if (TEXT.includes(mime)) lines.push(`--- ${output.output_type} ${mime}`, text(joined(output.data[mime])));
      else if (isVegaLite(mime)) lines.push(`--- ${output.output_type} ${mime}`, JSON.stringify(output.data[mime], null, 1));
    }
  }
  flush();
});
process.stdout.write(`${lines.join('\n')}\n`);
JS
}

cmd_check() {
  require_kernel
  local status=0 nb name tmp
  CHECK_TMP="$(mktemp -d)"
  trap 'rm -rf "$CHECK_TMP"' EXIT
  tmp="$CHECK_TMP"
  cmd_execute "$tmp/executed"
  while IFS= read -r nb; do
    name="$(basename "$nb")"
    text_outputs "$nb" >"$tmp/$name.saved.txt"
    text_outputs "$tmp/executed/$name" >"$tmp/$name.fresh.txt"
    if ! diff -U 2 --label "notebooks/$name (saved)" --label "notebooks/$name (re-executed)" \
      "$tmp/$name.saved.txt" "$tmp/$name.fresh.txt"; then
      echo "notebooks.sh: notebooks/$name: saved outputs differ from a fresh run" >&2
      status=1
    fi
  done < <(notebook_files)
  if [[ $status != 0 ]]; then
    echo "notebooks.sh: saved outputs are stale: run \`scripts/notebooks.sh execute\` and commit the notebooks" >&2
    return 1
  fi
  echo "notebooks: saved outputs match a fresh run"
}

cmd_env() {
  # JUPYTER_PATH adds the kernel to your own Jupyter's search path (XDG_DATA_HOME would hide your other kernels).
  printf 'export %s=%q\n' JUPYTER_PATH "$JUPYTER_PATH" DENO_DIR "$DENO_DIR" \
    DENO_NO_UPDATE_CHECK "$DENO_NO_UPDATE_CHECK" DOTENV_CONFIG_QUIET "$DOTENV_CONFIG_QUIET" NO_COLOR "$NO_COLOR"
}

usage() { sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

case "${1:-}" in
  setup) cmd_setup ;;
  execute) shift; cmd_execute "${1:-}" ;;
  check) cmd_check ;;
  env) cmd_env ;;
  -h | --help | help) usage ;;
  *) usage >&2; exit 2 ;;
esac
