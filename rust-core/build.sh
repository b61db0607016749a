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

for need in "$CARGO" "$RUSTC" /usr/bin/wasm-ld-22 "$STD_VENDOR" "$DEBIAN_CRATES"; do
  if [ ! -e "$need" ]; then
    echo "rust-core: $need is missing; run ./bench setup (it installs the DEBIAN_PACKAGES listed in ./bench)" >&2
    exit 2
  fi
done

# One directory source (.cargo/config.toml) for both the std vendor crates (-Zbuild-std for
# wasm32 resolves std's own dependencies from it) and Debian's packaged crates (serde, serde_json
# and their dependencies, from librust-*-dev). Both trees name folders `<name>-<version>` and
# ship a .cargo-checksum.json, so one folder of symlinks serves as a directory source. A crate
# present in both at different versions (cfg-if, libc, hashbrown) is fine: the folder names
# differ and Cargo.lock / std's lock pick the version. Same name and version in both: the std
# copy wins (it is the one std's lock was made with). Links to uninstalled packages are dropped.
vendor=target/vendor
mkdir -p "$vendor"
find "$vendor" -maxdepth 1 -type l ! -exec test -e {} \; -delete
for crate in "$STD_VENDOR"/* "$DEBIAN_CRATES"/*; do
  [ -f "$crate/Cargo.toml" ] && [ -f "$crate/.cargo-checksum.json" ] || continue
  link="$vendor/$(basename "$crate")"
  [ -L "$link" ] || [ -e "$link" ] || ln -s "$crate" "$link"
done
for need in serde-1 serde_json-1; do
  if ! compgen -G "$vendor/$need.*" > /dev/null; then
    echo "rust-core: no ${need%-1} crate under $DEBIAN_CRATES; run ./bench setup (it installs librust-serde-json-dev librust-serde-derive-dev)" >&2
    exit 2
  fi
done

# --lib: the wasm module is the library alone; the binaries (the HTTP service) are native only.
wasm_build() {
  RUSTC_BOOTSTRAP=1 "$CARGO" build --release --lib --target wasm32-unknown-unknown \
    -Zbuild-std=std,panic_abort "$@"
}

# The Go drivers (go@go, go+rust@cgo): the Go port alone, and the same program linking
# librust_core.a through cgo. Without Go (./bench setup installs golang-go) their rows are unavailable.
go_build() {
  if ! command -v go > /dev/null; then
    echo "rust-core: go is not installed, so go@go and go+rust@cgo will be unavailable (./bench setup installs golang-go)" >&2
    return 0
  fi
  local out="$PWD/target/go"
  (cd ../polyglot-samples/go && GOFLAGS=-mod=mod go build -o "$out/oxbench-go-driver" ./cmd/oxbench-go-driver \
    && CGO_ENABLED=1 go build -tags rust -o "$out/oxbench-go-rust-driver" ./cmd/oxbench-go-driver)
}

# The CPython extension module (python+rust@pyo3), from Debian's librust-pyo3-dev (PyO3 0.17, for
# CPython <= 3.11) with plain cargo, copied to target/python/rust_core_py<EXT_SUFFIX>. Without PyO3
# or a python3 it is skipped and the row is unavailable.
pyo3_build() {
  if ! compgen -G "$vendor/pyo3-0.*" > /dev/null || ! command -v python3 > /dev/null; then
    echo "rust-core: PyO3 (librust-pyo3-dev) or python3 is missing, so python+rust@pyo3 will be unavailable (./bench setup installs them)" >&2
    return 0
  fi
  (cd pyo3 && PYO3_PYTHON="$(command -v python3)" "$CARGO" build --release)
  local suffix
  suffix=$(python3 -c "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))")
  mkdir -p target/python
  cp pyo3/target/release/librust_core_py.so "target/python/rust_core_py$suffix"
}

case "${1:-build}" in
  build)
    "$CARGO" build --release
    # The Node-API addon (js+rust@napi): its own crate, since its napi_* imports resolve only in node.
    (cd napi && "$CARGO" build --release)
    cp napi/target/release/librust_core_napi.so target/release/rust_core.node
    # oxbench-port, which folder stories' ports depend on (oxbench builds each port itself): checked
    # here so that a broken port crate shows at set-up, not in a user's first run.
    (cd port && "$CARGO" build --release)
    go_build
    pyo3_build
    wasm_build
    "$RUSTC" --version > target/rustc-version.txt
    ;;
  test)
    "$CARGO" test --release
    # The port ABI of folder stories (oxbench-port's export!), natively; PortWasmTest runs its wasm32 build.
    (cd port && "$CARGO" test --release)
    ;;
  *)
    echo "usage: build.sh [build|test]" >&2
    exit 2
    ;;
esac
