#!/usr/bin/env bash
# Puts Debian's syncthing builds into .cache/syncthing/<version>/syncthing, idempotently.
#
# apt works entirely inside a scratch directory (its own sources list, lists and cache), so the
# system's apt configuration is never changed. The archive's address is the one this machine's
# apt already uses for bookworm, so the script names no mirror of its own.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
cache="$top/.cache/syncthing"
keyring=/usr/share/keyrings/debian-archive-keyring.gpg

# version  package version  sha256 of the .deb
pins=(
  "1.19.2 1.19.2~ds1-1+b4 27666ffe53138110ef0dd909bb275bd65e3c0150efa92506c2807d2d9e4153a2"
  "1.29.5 1.29.5~ds1-2 fab3719b0233f530540859221a7ee969f07846e5ab509f2ea6daea5dd1cf4309"
)

missing=()
for pin in "${pins[@]}"; do
  read -r version _ _ <<<"$pin"
  [ -x "$cache/$version/syncthing" ] || missing+=("$pin")
done
[ ${#missing[@]} -eq 0 ] && exit 0

archive_uri() {
  # The URI of the configured source that serves bookworm's main suite (deb822 or one-line style).
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -e "$f" ] || continue
    awk 'BEGIN{RS=""} /Suites:[^\n]*bookworm( |\n|$)/ && !/security/ {
           match($0, /URIs: *[^ \n]+/); print substr($0, RSTART+6, RLENGTH-6); exit }' "$f" | tr -d ' '
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -e "$f" ] || continue
    awk '$1=="deb" && $0 ~ / bookworm / && $0 !~ /security/ { for (i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' "$f"
  done
}
uri=$(archive_uri | head -n 1)
[ -n "$uri" ] || { echo "install-syncthing: no bookworm source in this machine's apt configuration" >&2; exit 1; }
[ -r "$keyring" ] || { echo "install-syncthing: $keyring missing (package debian-archive-keyring)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/debs"
{
  printf 'deb [signed-by=%s] %s bookworm main\n' "$keyring" "$uri"
  printf 'deb [signed-by=%s] %s trixie main\n' "$keyring" "$uri"
} >"$work/sources.list"
apt_opts=(
  -o "Dir::Etc::sourcelist=$work/sources.list" -o "Dir::Etc::sourceparts=-"
  -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache"
  -o "Dir::State::status=/var/lib/dpkg/status" -o "APT::Get::List-Cleanup=0" -o "APT::Sandbox::User=root"
)
echo "install-syncthing: reading the package index into $work" >&2
apt-get "${apt_opts[@]}" -qq update

for pin in "${missing[@]}"; do
  read -r version debversion sha <<<"$pin"
  (cd "$work/debs" && apt-get "${apt_opts[@]}" -qq download "syncthing=$debversion")
  deb=$(ls "$work"/debs/syncthing_*.deb | grep -F "${version}" | head -n 1)
  echo "$sha  $deb" | sha256sum --check --quiet - \
    || { echo "install-syncthing: checksum mismatch for syncthing $debversion" >&2; exit 1; }
  dpkg-deb -x "$deb" "$work/x-$version"
  mkdir -p "$cache/$version"
  install -m 0755 "$work/x-$version/usr/bin/syncthing" "$cache/$version/syncthing"
  echo "install-syncthing: syncthing $version -> $cache/$version/syncthing" >&2
done
