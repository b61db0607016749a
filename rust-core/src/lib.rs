//! The Rust versions of oxbench's stories, written to compute exactly what the prototypes in
//! `polyglot-samples/` compute (see `polyglot-samples/PORTING.md`).
//!
//! One source, two artifacts: a native library called through Java's FFM API and a wasm32
//! module run by GraalWasm. Both expose the same C ABI, defined in [`abi`].

pub mod abi;
pub mod boundary;
pub mod duplicates;
pub mod fingerprint;
pub mod nodelist;
pub mod patterns;
pub mod service;
