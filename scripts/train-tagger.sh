#!/usr/bin/env bash
# Trains the tagger's weights (Sources/DossierModel/Corpus/Resources/tagger/) from treebank files.
#
# Usage: scripts/train-tagger.sh EWT_GIT_DIR UNER_GIT_DIR GUM_GIT_DIR PUD_GIT_DIR
#   git directories (or clones) of UniversalDependencies/UD_English-EWT, UniversalNER/UNER_English-EWT and
#   amir-zeldes/gum, UniversalDependencies/UD_English-PUD. Files are read with `git show HEAD:path`; nothing is downloaded and no treebank is
#   committed (only the weights and the lemma tables).
# Training data: EWT train and dev (POS, lemmas) + GUM documents of the genres whose texts are CC BY /
#   CC BY-SA (academic, bio, court, interview, news, voyage; annotations CC BY 4.0) + PUD (CC BY-SA 3.0)
#   + UNER EWT dev (NER).
#   The mirror's en_ewt-ud-train.conllu is missing (a file over 4 MiB), so the EWT train split is put
#   together from the repository's per-document sources in the order of not-to-release/file-lists/
#   files.train (the same lists rebuild the released test split exactly: every form and tag). The UNER
#   train split has no such sources and is not used.
# Test data: EWT test (POS, lemmas), UNER EWT test (NER).
set -euo pipefail
ewt=$1 uner=$2 gum=$3 pud=$4
work=.build/treebanks
rm -rf "$work" && mkdir -p "$work/gum"
git --git-dir="$ewt" show HEAD:en_ewt-ud-dev.conllu >"$work/en_ewt-ud-dev.conllu"
: >"$work/en_ewt-ud-train.conllu"
for f in $(git --git-dir="$ewt" show HEAD:not-to-release/file-lists/files.train); do
  git --git-dir="$ewt" show "HEAD:not-to-release/sources/$f" >>"$work/en_ewt-ud-train.conllu"
done
git --git-dir="$ewt" show HEAD:en_ewt-ud-test.conllu >"$work/en_ewt-ud-test.conllu"
git --git-dir="$pud" show HEAD:en_pud-ud-test.conllu >"$work/en_pud-ud.conllu"
git --git-dir="$uner" show HEAD:en_ewt-ud-dev.iob2 >"$work/en_ewt-uner-dev.iob2"
git --git-dir="$uner" show HEAD:en_ewt-ud-test.iob2 >"$work/en_ewt-uner-test.iob2"
for f in $(git --git-dir="$gum" ls-tree --name-only HEAD dep/ | grep -E '^dep/GUM_(academic|bio|court|interview|news|voyage)_'); do
  git --git-dir="$gum" show "HEAD:$f" >"$work/gum/$(basename "$f")"
done
swift build -c release --product dossier-train
.build/release/dossier-train \
  --pos "$work/en_ewt-ud-train.conllu" "$work/en_ewt-ud-dev.conllu" "$work/en_pud-ud.conllu" "$work"/gum/*.conllu \
  --pos-epochs 15 --ner "$work/en_ewt-uner-dev.iob2" \
  --test-pos "$work/en_ewt-ud-test.conllu" --test-ner "$work/en_ewt-uner-test.iob2" \
  --out Sources/DossierModel/Corpus/Resources/tagger
