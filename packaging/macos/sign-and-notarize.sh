#!/usr/bin/env bash
# Signs "Account Desk.app" for the hardened runtime and notarizes the .dmg that carries it.
# Run on macOS with Xcode's command-line tools, after `cpack` has been configured (packaging/README.md):
#
#   packaging/macos/sign-and-notarize.sh sign "build/release/_CPack_Packages/.../Account Desk.app"
#       Signs inside-out, as codesign requires: every framework, dylib and plugin that macdeployqt
#       put into the bundle, the CLI (Contents/MacOS/accountdesk-cli), then the bundle itself; all with
#       --options runtime (the hardened runtime, required for notarization), --timestamp and the
#       entitlements in accountdesk.entitlements. CPack calls this step itself through
#       CPACK_PRE_BUILD_SCRIPTS when ACCOUNTDESK_CODESIGN_IDENTITY is set, so the .dmg holds the
#       signed app.
#   packaging/macos/sign-and-notarize.sh notarize build/release/accountdesk-0.1.0-Darwin.dmg
#       Signs the .dmg, sends it to Apple's notary service and waits for the verdict
#       (xcrun notarytool submit --wait), then staples the ticket to the .dmg (xcrun stapler staple)
#       so that Gatekeeper accepts it offline, and checks the result with spctl.
#
# Environment:
#   ACCOUNTDESK_CODESIGN_IDENTITY  "Developer ID Application: <name> (<team id>)" in the keychain
#   ACCOUNTDESK_NOTARY_PROFILE     a notarytool keychain profile, made once with
#                                  xcrun notarytool store-credentials <profile> --apple-id <id> \
#                                      --team-id <team id> --password <app-specific password>
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
entitlements="$here/accountdesk.entitlements"
identity="${ACCOUNTDESK_CODESIGN_IDENTITY:?set ACCOUNTDESK_CODESIGN_IDENTITY to a Developer ID Application identity}"

sign_one() {
    codesign --force --timestamp --options runtime --entitlements "$entitlements" --sign "$identity" "$1"
}

sign_app() {
    local app="$1"
    [[ -d "$app/Contents/MacOS" ]] || { echo "sign-and-notarize: $app is not an app bundle" >&2; exit 1; }
    # Inside-out: loose libraries and plugins, then frameworks, then the executables, then the bundle.
    while IFS= read -r -d '' library; do
        sign_one "$library"
    done < <(find "$app/Contents" \( -name '*.dylib' -o -name '*.so' \) -type f -print0)
    while IFS= read -r -d '' framework; do
        sign_one "$framework"
    done < <(find "$app/Contents/Frameworks" -maxdepth 1 -name '*.framework' -type d -print0 2>/dev/null)
    for executable in "$app"/Contents/MacOS/*; do
        [[ "$(basename "$executable")" == "$(defaults read "$app/Contents/Info" CFBundleExecutable)" ]] && continue
        sign_one "$executable"
    done
    sign_one "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
    codesign --display --entitlements - "$app"
}

notarize_dmg() {
    local dmg="$1"
    local profile="${ACCOUNTDESK_NOTARY_PROFILE:?set ACCOUNTDESK_NOTARY_PROFILE (xcrun notarytool store-credentials)}"
    codesign --force --timestamp --sign "$identity" "$dmg"
    xcrun notarytool submit "$dmg" --keychain-profile "$profile" --wait
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
}

case "${1:-}" in
    sign) sign_app "${2:?path of the .app}" ;;
    notarize) notarize_dmg "${2:?path of the .dmg}" ;;
    *)
        echo "usage: $0 sign <app bundle> | notarize <dmg>" >&2
        exit 2
        ;;
esac
