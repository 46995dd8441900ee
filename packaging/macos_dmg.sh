#!/usr/bin/env bash
# Sign, package and notarize the macOS app: dist/Desktop Invoicer.app -> dist/DesktopInvoicer-<ver>.dmg
#   packaging/macos_dmg.sh VERSION
# Signing and notarization run only when the CI secrets are present (see release.yml):
#   MACOS_CERT_P12 (base64 Developer ID Application .p12), MACOS_CERT_PASSWORD,
#   MACOS_SIGN_IDENTITY ("Developer ID Application: Name (TEAMID)"),
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD (an app-specific password).
# Without them the .dmg is built unsigned (fine for testing; Gatekeeper will warn).
set -euo pipefail
cd "$(dirname "$0")/.."
version="$1"
app="dist/Desktop Invoicer.app"
dmg="dist/DesktopInvoicer-${version}-macos.dmg"

if [ -n "${MACOS_CERT_P12:-}" ]; then
  keychain="$RUNNER_TEMP/signing.keychain-db"
  security create-keychain -p "" "$keychain"
  security set-keychain-settings -lut 21600 "$keychain"
  security unlock-keychain -p "" "$keychain"
  echo "$MACOS_CERT_P12" | base64 --decode > "$RUNNER_TEMP/cert.p12"
  security import "$RUNNER_TEMP/cert.p12" -k "$keychain" -P "$MACOS_CERT_PASSWORD" -T /usr/bin/codesign
  security set-key-partition-list -S apple-tool:,apple: -s -k "" "$keychain"
  security list-keychains -d user -s "$keychain"
  # Hardened runtime is required for notarization; sign inside-out with --deep.
  codesign --force --deep --options runtime --timestamp \
    --entitlements packaging/entitlements.plist --sign "$MACOS_SIGN_IDENTITY" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
fi

hdiutil create -volname "Desktop Invoicer" -srcfolder "$app" -ov -format UDZO "$dmg"

if [ -n "${MACOS_CERT_P12:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
  xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$dmg"
fi
echo "Built $dmg"
