//! The guide's success story 1 as it was shipped: "After: Rust via PyO3". A CPython extension
//! module, `rust_core_py`, whose `calculate_fingerprint(ast_nodes)` is rust-core's, called from
//! the unchanged Python program in place of the prototype's function (`python+rust@pyo3`). PyO3
//! converts the Python list of str to Rust `&str`s at the boundary (borrowing each string's UTF-8).

use pyo3::prelude::*;

/// calculate_fingerprint(ast_nodes) -> int: the fingerprint of one file's node strings, computed
/// by rust-core (the same bits as the Python prototype's).
#[pyfunction]
fn calculate_fingerprint(ast_nodes: Vec<&str>) -> u64 {
    rust_core::fingerprint::calculate_fingerprint(&ast_nodes)
}

#[pymodule]
fn rust_core_py(_py: Python, module: &PyModule) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(calculate_fingerprint, module)?)?;
    Ok(())
}
