#!/usr/bin/env bash
# Rebuilds src/main/resources/fonts/NotoSansSC-{Regular,Bold}.ttf: Noto Sans SC (SIL OFL 1.1) as TrueType from the npm
# package @expo-google-fonts/noto-sans-sc, subset to what the platform's documents print. Needs npm and Debian's
# fonttools package (pyftsubset). Run from the repository root: bash tools/fonts/subset-noto-sans-sc.sh
set -euo pipefail

VERSION=0.4.3
# ASCII, Latin-1 (· × ©), general punctuation (— “” … ‧), CJK symbols and punctuation (、。《》【】), the whole CJK
# Unified Ideographs block (every name GBK can write), half- and full-width forms (，：（）)
UNICODES="U+0020-007E,U+00A0-00FF,U+2000-206F,U+3000-303F,U+4E00-9FFF,U+FF00-FFEF"
TARGET="$(pwd)/src/main/resources/fonts"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

(cd "$WORK" && npm pack --silent "@expo-google-fonts/noto-sans-sc@$VERSION" >/dev/null && tar xzf ./*.tgz)
for weight in Regular:400Regular Bold:700Bold; do
    name="${weight%%:*}"
    source="${weight#*:}"
    pyftsubset "$WORK/package/$source/NotoSansSC_$source.ttf" --unicodes="$UNICODES" --layout-features='*' \
        --no-hinting --name-IDs='*' --name-languages='*' --output-file="$TARGET/NotoSansSC-$name.ttf"
done
cp "$WORK/package/LICENSE_FONT" "$TARGET/OFL.txt"
ls -l "$TARGET"
