//! Success story 1 of the migration guide: the fingerprint generator.
//!
//! A file's fingerprint is computed from the list of its AST node strings:
//! 1. every node string is hashed with 64-bit FNV-1a over its UTF-8 bytes
//!    (the guide's `expensive_computation`);
//! 2. the node hashes are combined by FNV-1a over their 8-byte little-endian encodings, in order
//!    (the guide's `combine_hashes`).
//!
//! FNV-1a is used because it is stable across runs and languages and fits in a few lines of
//! plain Python; Python's built-in `hash()` is salted per process and Rust's `DefaultHasher`
//! is not specified to be stable.

/// FNV-1a 64-bit offset basis.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a 64-bit prime.
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// 64-bit FNV-1a of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash = FNV_OFFSET;
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

/// The guide's `expensive_computation(node)`: the stable hash of one node string.
pub fn expensive_computation(node: &str) -> u64 {
    fnv1a64(node.as_bytes())
}

/// The guide's `combine_hashes(fingerprint)`: FNV-1a over the hashes' little-endian bytes.
pub fn combine_hashes(hashes: &[u64]) -> u64 {
    let mut hash = FNV_OFFSET;
    for value in hashes {
        for byte in value.to_le_bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(FNV_PRIME);
        }
    }
    hash
}

/// The guide's `calculate_fingerprint(ast_nodes)`.
pub fn calculate_fingerprint<S: AsRef<str>>(ast_nodes: &[S]) -> u64 {
    let fingerprint: Vec<u64> = ast_nodes
        .iter()
        .map(|node| expensive_computation(node.as_ref()))
        .collect();
    combine_hashes(&fingerprint)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Published FNV-1a 64 test vectors.
    #[test]
    fn fnv1a64_matches_reference_vectors() {
        assert_eq!(fnv1a64(b""), 0xcbf29ce484222325);
        assert_eq!(fnv1a64(b"a"), 0xaf63dc4c8601ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x85944171f73967e8);
    }

    #[test]
    fn node_hash_is_over_utf8_bytes() {
        assert_eq!(expensive_computation("é"), fnv1a64(&[0xc3, 0xa9]));
        assert_eq!(expensive_computation("Name id='naïve'"), fnv1a64("Name id='naïve'".as_bytes()));
    }

    #[test]
    fn combine_of_nothing_is_the_offset_basis() {
        assert_eq!(combine_hashes(&[]), FNV_OFFSET);
        assert_eq!(calculate_fingerprint::<&str>(&[]), FNV_OFFSET);
    }

    #[test]
    fn combine_hashes_each_value_as_eight_little_endian_bytes() {
        let value = 0x0102_0304_0506_0708u64;
        assert_eq!(combine_hashes(&[value]), fnv1a64(&value.to_le_bytes()));
    }

    #[test]
    fn fingerprint_depends_on_node_order() {
        let forward = calculate_fingerprint(&["Module", "Expr", "Constant value=1"]);
        let reversed = calculate_fingerprint(&["Constant value=1", "Expr", "Module"]);
        assert_ne!(forward, reversed);
    }

    // Cross-language vector: the nodes of `print("hi")` as the Python prototype describes them.
    // The harness tests assert the same value for the prototype in GraalPy, so a drift on
    // either side fails one of them.
    #[test]
    fn fingerprint_of_a_small_module_matches_the_python_prototype() {
        let nodes = ["Module", "Expr", "Call", "Name id='print'", "Constant value='hi' kind=None", "Load"];
        assert_eq!(calculate_fingerprint(&nodes), 0xf92d_f8cd_6e41_16cb);
    }
}
