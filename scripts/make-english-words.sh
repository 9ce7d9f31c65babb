#!/usr/bin/env bash
# Writes src/SanctionsWatch.Core/Matching/Data/english-words.txt: the common English words of SCOWL (sizes 10-50 of the
# English, American and British lists; lower-case words of letters only), which the matcher takes for descriptors of an
# organisation's name (plant, productive, armament) rather than its distinctive words (Stupino, Vympel, Rostec).
# Installs Debian's scowl package when it is missing. Run it again only to refresh the list.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dict=/usr/share/dict/scowl
if [ ! -d "$dict" ]; then
  apt-get install -y -qq scowl >/dev/null
fi
out="$root/src/SanctionsWatch.Core/Matching/Data/english-words.txt"
{
  echo "# Common English words: SCOWL (Spell Checker Oriented Word Lists, http://wordlist.aspell.net/), sizes 10-50 of"
  echo "# english-words, american-words and british-words; made by scripts/make-english-words.sh from Debian's scowl package."
  echo "# Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell these word lists, the"
  echo "# associated scripts, the output created from the scripts, and its documentation for any purpose is hereby granted"
  echo "# without fee, provided that the above copyright notice appears in all copies and that both that copyright notice"
  echo "# and this permission notice appear in supporting documentation. Kevin Atkinson makes no representations about the"
  echo "# suitability of this array for any purpose. It is provided \"as is\" without express or implied warranty."
  for s in 10 20 35 40 50; do
    for l in english american british; do
      [ -f "$dict/$l-words.$s" ] && cat "$dict/$l-words.$s"
    done
  done | iconv -f latin1 -t utf-8 | grep -E '^[a-z]+$' | LC_ALL=C sort -u
} > "$out"
echo "$(grep -vc '^#' "$out") words -> $out"
