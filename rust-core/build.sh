#!/usr/bin/env bash
# Builds rust-core twice from one source: the native library (for Java's FFM API) and the wasm32
# module (for GraalWasm). Called by the Maven build (`build`, `test`) and usable by hand.
# Uses Debian's rustc-web toolchain for both, so the wasm target's std can be built from
# rust-web-src (rustup cannot add targets on these machines). Cargo's own fingerprints make a
# second call a no-op when nothing changed.
set -euo pipefail
cd "$(dirname "$0")"

# Debian's cargo must drive Debian's rustc; ~/.cargo/bin would otherwise come first on PATH.
export PATH=/usr/bin:/bin
export RUSTC=/usr/bin/rustc
CARGO=/usr/bin/cargo
STD_VENDOR=/usr/lib/rustlib/src/rust/library/vendor
DEBIAN_CRATES=/usr/share/cargo/registry

for need in "$CARGO" "$RUSTC" /usr/bin/wasm-ld-22 "$STD_VENDOR"; do
  if [ ! -e "$need" ]; then
    echo "rust-core: $need is missing; run ./bench setup (it installs rustc-web cargo-web rust-web-src lld-22)" >&2
    exit 2
  fi
done

# One directory source for both the std vendor crates and Debian's crates (no name clashes).
vendor=target/vendor
mkdir -p "$vendor"
for crate in "$STD_VENDOR"/* "$DEBIAN_CRATES"/*; do
  [ -d "$crate" ] || continue
  link="$vendor/$(basename "$crate")"
  [ -e "$link" ] || ln -s "$crate" "$link"
done

wasm_build() {
  RUSTC_BOOTSTRAP=1 "$CARGO" build --release --target wasm32-unknown-unknown \
    -Zbuild-std=std,panic_abort "$@"
}

case "${1:-build}" in
  build)
    "$CARGO" build --release
    wasm_build
    "$RUSTC" --version > target/rustc-version.txt
    ;;
  test)
    "$CARGO" test --release
    ;;
  *)
    echo "usage: build.sh [build|test]" >&2
    exit 2
    ;;
esac
