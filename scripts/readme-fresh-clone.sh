#!/usr/bin/env bash
# Runs the README's "On a fresh clone" block exactly as written, line by line, in a fresh clone of
# the committed tree (what a newcomer gets): `npm ci && npm run example`, then `npm test`. A line
# that fails fails CI. The block is read from the README, so the README cannot drift from what runs.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
git clone --quiet "$root" "$tmp/clone"
cd "$tmp/clone"
block="$(awk '/^## On a fresh clone/{f=1;next} f&&/^```sh/{g=1;next} g&&/^```/{exit} g{print}' README.md)"
if [ -z "$block" ]; then echo "README has no sh block under '## On a fresh clone'"; exit 1; fi
while IFS= read -r line; do
  cmd="${line%%#*}"
  [ -z "${cmd// }" ] && continue
  echo "readme-fresh-clone: \$ $cmd"
  bash -euo pipefail -c "$cmd" > "$tmp/out.txt" 2>&1 || { cat "$tmp/out.txt"; echo "readme-fresh-clone: failed: $cmd"; exit 1; }
  tail -n 3 "$tmp/out.txt"
done <<< "$block"
echo "readme-fresh-clone: every command of the README's fresh-clone block passed on a clean clone"
