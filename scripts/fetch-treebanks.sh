#!/usr/bin/env bash
# Extracts the held-out test splits the tagger is scored on (UD English-EWT test, UniversalNER
# English-EWT test; both CC BY-SA 4.0) from snapshots fetched with the search tool
# (`fetch github:UniversalDependencies/UD_English-EWT`, `fetch github:UniversalNER/UNER_English-EWT`)
# into a folder outside the repository (default /work/treebanks; DOSSIER_TREEBANKS overrides).
# Fetched data is never committed; the score tests skip with a note when the files are absent.
set -euo pipefail
mirror="${DOSSIER_MIRROR:-/work/.mirror}"
out="${DOSSIER_TREEBANKS:-/work/treebanks}"
mkdir -p "$out"
git --git-dir="$mirror/UniversalDependencies+UD_English-EWT/repo" show HEAD:en_ewt-ud-test.conllu > "$out/en_ewt-ud-test.conllu"
git --git-dir="$mirror/UniversalNER+UNER_English-EWT/repo" show HEAD:en_ewt-ud-test.iob2 > "$out/en_ewt-uner-test.iob2"
echo "treebank test splits in $out"
