#!/usr/bin/env bash
# Baza's one entry point for newcomers and CI: installs what is missing, configures, builds,
# tests and runs. See `./baza.sh help`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

# Debian/Ubuntu packages the build, the tests and the app need.
APT_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6svg6 libgl-dev
    libsqlcipher-dev sqlcipher libsodium-dev zlib1g-dev libphonenumber-dev qtkeychain-qt6-dev
    libgtest-dev libgmock-dev libbenchmark-dev clang-format xvfb xauth
    clang libclang-rt-dev
    # baza-server and its tests: PostgreSQL 15 (server, pgbench, libpq), HTTPS, nginx
    postgresql-15 postgresql-contrib libpq-dev libcpp-httplib-dev openssl nginx-light
)
BREW_FORMULAE=(cmake ninja pkg-config qt sqlcipher libsodium libphonenumber qtkeychain
    googletest google-benchmark clang-format)

DEMO_DIR="$ROOT/.demo"
DEMO_DB="$DEMO_DIR/demo.baza"

say() { printf '%s\n' "$*"; }
die() { printf 'baza.sh: %s\n' "$*" >&2; exit 1; }

usage() {
    cat <<USAGE
Usage: ./baza.sh COMMAND [ARGS...]

Commands:
  run [ARGS]   set up, build, create a demo database on first run, open the desktop app
               (extra ARGS go to the app, e.g. --lang pl)
  test         set up, build, run every test suite through ctest
  build        set up and build
  format       run clang-format over the sources
  help         show this text

Environment:
  CI=true      use the "ci" CMake preset (warnings are errors) instead of "dev"
  BAZA_PRESET  use this CMake preset whatever CI says
USAGE
}

preset() {
    if [[ -n "${BAZA_PRESET:-}" ]]; then
        printf '%s\n' "$BAZA_PRESET"
    elif [[ "${CI:-}" == "true" ]]; then
        printf 'ci\n'
    else
        printf 'dev\n'
    fi
}

missing_apt_packages() {
    local pkg
    for pkg in "${APT_PACKAGES[@]}"; do
        if [[ "$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)" != "installed" ]]; then
            printf '%s\n' "$pkg"
        fi
    done
}

install_debian_packages() {
    local missing=()
    mapfile -t missing < <(missing_apt_packages)
    [[ ${#missing[@]} -eq 0 ]] && return 0

    local sudo=()
    if [[ "$(id -u)" -ne 0 ]]; then
        command -v sudo >/dev/null || die "missing packages (${missing[*]}) and no sudo to install them"
        sudo=(sudo)
    fi
    say "Installing missing packages: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        "${missing[@]}"
}

print_macos_help() {
    cat <<HELP
Baza builds on macOS with Homebrew. Install the dependencies, then configure by hand:

  brew install ${BREW_FORMULAE[*]}
  cmake --preset dev -DCMAKE_PREFIX_PATH="\$(brew --prefix qt)"
  cmake --build --preset dev && ctest --preset dev

(./baza.sh automates the set-up on Debian and Ubuntu only.)
HELP
}

print_windows_help() {
    cat <<HELP
Baza builds on Windows with vcpkg in manifest mode (vcpkg.json lists the dependencies):

  git clone https://github.com/microsoft/vcpkg && .\\vcpkg\\bootstrap-vcpkg.bat
  .\\vcpkg\\vcpkg install            (run in the Baza folder; reads vcpkg.json)
  cmake --preset dev -DCMAKE_TOOLCHAIN_FILE=vcpkg\\scripts\\buildsystems\\vcpkg.cmake
  cmake --build --preset dev && ctest --preset dev

(./baza.sh automates the set-up on Debian and Ubuntu only.)
HELP
}

setup() {
    case "$(uname -s)" in
        Linux)
            if command -v apt-get >/dev/null && command -v dpkg-query >/dev/null; then
                install_debian_packages
            else
                say "Not a Debian/Ubuntu system: make sure these (or your distribution's equivalents)"
                say "are installed: ${APT_PACKAGES[*]}"
            fi
            ;;
        Darwin)
            print_macos_help
            exit 1
            ;;
        MINGW* | MSYS* | CYGWIN* | Windows_NT)
            print_windows_help
            exit 1
            ;;
        *)
            die "unsupported system $(uname -s); see README.md for the dependencies"
            ;;
    esac
}

build() {
    local p
    p="$(preset)"
    setup
    # Configure once; afterwards Ninja re-runs CMake by itself when a CMakeLists.txt changes.
    if [[ ! -f "build/$p/CMakeCache.txt" || ! -f "build/$p/build.ninja" ]]; then
        cmake --preset "$p"
    fi
    cmake --build --preset "$p"
}

run_tests() {
    build
    ctest --preset "$(preset)" --output-on-failure -j2
}

# 128 random bits as eight groups of four hex digits: easy to type, hard to guess.
new_passphrase() {
    od -An -N16 -tx1 /dev/urandom | tr -d ' \n' | sed -E 's/(....)/\1-/g; s/-$//'
}

create_demo_database() {
    local cli="$1"
    local passphrase
    mkdir -p "$DEMO_DIR"
    chmod 700 "$DEMO_DIR"
    passphrase="$(new_passphrase)"
    say "Creating a demo database with 2000 contacts at ${DEMO_DB#"$ROOT"/} ..."
    # The passphrase travels in the environment, never on a command line (visible in ps).
    if ! BAZA_PASSPHRASE="$passphrase" "$cli" --db "$DEMO_DB" demo --contacts 2000; then
        rm -f "$DEMO_DB" "$DEMO_DB-wal" "$DEMO_DB-shm"
        die "could not create the demo database"
    fi
    cat <<NOTE

  Demo database: .demo/demo.baza
  Passphrase:    $passphrase

  It is shown this once and stored nowhere. Forgot it? Delete .demo/ and run
  ./baza.sh run again for a fresh demo database.

NOTE
}

run_app() {
    build
    local p cli app
    p="$(preset)"
    cli="build/$p/app/cli/baza-cli"
    app="build/$p/app/desktop/baza"
    [[ -x "$app" ]] || die "the desktop app was not built ($app is missing)"
    if [[ ! -f "$DEMO_DB" ]]; then
        [[ -x "$cli" ]] || die "baza-cli is not built ($cli is missing), so the demo database cannot be created"
        create_demo_database "$cli"
    else
        say "Opening .demo/demo.baza with the passphrase printed when it was created."
        say "(Forgot it? Delete .demo/ and run ./baza.sh run again.)"
    fi
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        say "No display: neither DISPLAY nor WAYLAND_DISPLAY is set, so the window cannot open."
        say "To try it on a virtual display:  xvfb-run -a $app --db .demo/demo.baza"
        exit 1
    fi
    exec "$app" --db "$DEMO_DB" "$@"
}

format_sources() {
    command -v clang-format >/dev/null || setup
    git ls-files -z -- '*.cpp' '*.h' | xargs -0 clang-format -i
}

main() {
    local cmd="${1:-help}"
    [[ $# -gt 0 ]] && shift
    case "$cmd" in
        run) run_app "$@" ;;
        test) run_tests ;;
        build) build ;;
        format) format_sources ;;
        help | -h | --help) usage ;;
        *)
            usage >&2
            exit 1
            ;;
    esac
}

main "$@"
