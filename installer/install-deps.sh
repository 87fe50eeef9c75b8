#!/usr/bin/env bash
# Installs the Debian 12 packages QA Workbench needs to build, run and test, when they are missing.
# Idempotent and non-interactive; uses sudo only when not root. Prints what it installs.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # Qt 6.4: Core/Gui/Widgets/Sql/Test, Multimedia (+ GStreamer backend), Charts, Linguist tools
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-multimedia-dev qt6-charts-dev libqt6opengl6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
  # GStreamer headers: waveform peaks decoded in one streaming thread (core/peakdecoder.h)
  libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev
  # text: ICU (normalisation, charset detection, break iteration), Hunspell + dictionaries
  libicu-dev libhunspell-dev hunspell-en-us
  # storage: system SQLite (FTS5, session extension) and its shell (import benchmark reference)
  libsqlite3-dev sqlite3
  # fonts so Chinese renders in the GUI and in PDFs
  fonts-wqy-microhei
  # tests: pdftotext reads the coaching PDF back
  poppler-utils
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"; then
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
