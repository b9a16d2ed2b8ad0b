#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a fresh, unlocked gnome-keyring (Secret Service),
# so keychain tests talk to a real keyring and never touch the user's own.
set -euo pipefail
if [ -z "${STUDIO_IN_PRIVATE_DBUS:-}" ]; then
  exec dbus-run-session -- env STUDIO_IN_PRIVATE_DBUS=1 "$0" "$@" 2> >(grep -v 'Failed to set fd limit' >&2)
fi
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home"
if command -v gnome-keyring-daemon >/dev/null; then
  eval "$(printf 'studio-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL
fi
"$@"
