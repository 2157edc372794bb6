# Installs Debian's Chromium, which the browser tests (tests/Dps.IntegrationTests/Processes/BrowserCorsTests.cs) drive
# headless, when it is missing; sourced by test.sh. DPS_CHROMIUM names another binary instead.
ensure_chromium_installed() {
  if [ -n "${DPS_CHROMIUM:-}" ] || [ -x /usr/bin/chromium ]; then return 0; fi
  echo "Chromium not found: installing chromium for the browser tests" >&2
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  [ -x /usr/bin/chromium ] || { echo "Chromium installation failed" >&2; return 1; }
}
