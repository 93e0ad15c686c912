#!/usr/bin/env bash
# Reproducibility check: builds the same commit twice, in two different folders, and
# compares the results file by file.
#
#   build_scripts/build_twice_and_compare.sh [COMMIT]      (default HEAD)
#
# Both builds use the same pinned build environment (build/venv, from
# requirements/build.lock) and the same SOURCE_DATE_EPOCH (the commit's time). The
# source is exported with `git archive`, so uncommitted changes cannot leak in, and the
# two folders differ on purpose: an absolute path that ends up in the output shows.
#
# Output in build/repro/: sums-a.txt, sums-b.txt (sha256 of every file), differences.txt
# and, where diffoscope is installed, diffoscope/<file>.txt explaining each difference.
# Exit 0 when the two builds are identical, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
COMMIT=$(git rev-parse "${1:-HEAD}")
export SOURCE_DATE_EPOCH=$(git log -1 --format=%ct "$COMMIT")
export MFD_BUILD_COMMIT=$COMMIT
export BUILD_VENV=${BUILD_VENV:-$ROOT/build/venv}
REPRO=$ROOT/build/repro
rm -rf "$REPRO"
mkdir -p "$REPRO"

hash_list() {
  # "<sha256>  <relative path>" for every file, sorted; symlinks listed with their target.
  (cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
   find . -type l -printf 'symlink %p -> %l\n' | LC_ALL=C sort)
}

for side in a b; do
  src=$REPRO/src-$side
  mkdir -p "$src"
  git archive "$COMMIT" | tar -x -C "$src"
  echo "== Build $side aus $COMMIT in $src"
  start=$(date +%s)
  (cd "$src" && DIST_DIR="$REPRO/dist-$side" WORK_DIR="$REPRO/work-$side" build_scripts/build.sh) \
    >"$REPRO/build-$side.log" 2>&1 || { tail -20 "$REPRO/build-$side.log"; exit 1; }
  echo "   $(( $(date +%s) - start )) s"
  hash_list "$REPRO/dist-$side/mfd-desktop" >"$REPRO/sums-$side.txt"
done

if diff "$REPRO/sums-a.txt" "$REPRO/sums-b.txt" >"$REPRO/differences.txt"; then
  echo "Reproduzierbar: beide Builds sind Byte für Byte gleich ($(wc -l <"$REPRO/sums-a.txt") Dateien)."
  exit 0
fi

# The files whose hashes differ (present in both builds).
mapfile -t differing < <(join -j 2 -o 1.1,2.1,1.2 \
  <(grep -v '^symlink' "$REPRO/sums-a.txt" | sort -k2) \
  <(grep -v '^symlink' "$REPRO/sums-b.txt" | sort -k2) | awk '$1 != $2 {print $3}')
echo "NICHT reproduzierbar: ${#differing[@]} Datei(en) unterscheiden sich (Liste: $REPRO/differences.txt)"
printf '  %s\n' "${differing[@]}"
if command -v diffoscope >/dev/null; then
  mkdir -p "$REPRO/diffoscope"
  for rel in "${differing[@]}"; do
    out="$REPRO/diffoscope/$(echo "${rel#./}" | tr '/' '_').txt"
    timeout 300 diffoscope --text "$out" --max-report-size 2000000 \
      "$REPRO/dist-a/mfd-desktop/$rel" "$REPRO/dist-b/mfd-desktop/$rel" >/dev/null 2>&1 || true
  done
  echo "diffoscope-Berichte: $REPRO/diffoscope/"
else
  echo "(diffoscope ist nicht installiert; nur der Hash-Vergleich.)"
fi
exit 1
