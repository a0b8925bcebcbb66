#!/usr/bin/env bash
# Copies a model folder written by the train command into this module's resources, as the
# pretrained model shipped in the zoo jar. Usage:
#   zoo/ship-pretrained.sh runs/default-pytorch/model                  (stocktwits-spy)
#   zoo/ship-pretrained.sh runs/fast-pytorch/model pretrained-fast     (stocktwits-spy-fast)
set -euo pipefail
src=${1:?usage: $0 MODEL_DIR [pretrained|pretrained-fast]}
dst="$(dirname "$0")/src/main/resources/com/marketmood/sentiment/zoo/${2:-pretrained}"
rm -rf "$dst" && mkdir -p "$dst"
files=(model.json words.txt bigrams.txt stocktwits-sentiment-0000.params checksums.sha256
       MODEL_CARD.md evaluation.json evaluation.md)
: > "$dst/files.txt"
for f in "${files[@]}"; do
  if [ -f "$src/$f" ]; then
    cp "$src/$f" "$dst/$f"
    echo "$f" >> "$dst/files.txt"
  fi
done
(cd "$src" && sha256sum -c checksums.sha256 >/dev/null) || { echo "checksums do not match in $src" >&2; exit 1; }
du -ch "$dst"/* | tail -1
