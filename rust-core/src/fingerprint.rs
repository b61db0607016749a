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
//!
//! [`fingerprint_json`] is the same function behind the guide's JSON boundary (pitfall 1,
//! "Unnecessary String Conversions"), which the `pitfall-json` story measures against the typed one.

use serde::Serialize;

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

// ---- The JSON wire format (pitfall 1) ----------------------------------------------------------
//
// Input: a JSON array of the node strings, `["Module", "Expr", ...]`. Output:
// `{"fingerprint":"<16 lowercase hex digits>"}` without whitespace.

/// The JSON output: the fingerprint as hex, since JSON numbers above 2^53 do not survive
/// JavaScript's (or many other) parsers.
#[derive(Debug, Serialize)]
struct JsonFingerprint {
    fingerprint: String,
}

/// The JSON boundary: parses the node list with serde_json (as the guide's
/// `serde_json::from_str`), runs [`calculate_fingerprint`] and serializes the result. Input that
/// is not UTF-8 JSON holding an array of strings is an error.
pub fn fingerprint_json(nodes: &[u8]) -> Result<String, serde_json::Error> {
    let nodes: Vec<String> = serde_json::from_slice(nodes)?;
    let fingerprint = calculate_fingerprint(&nodes);
    serde_json::to_string(&JsonFingerprint { fingerprint: format!("{fingerprint:016x}") })
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

    #[test]
    fn json_boundary_computes_the_same_fingerprint() {
        let json = br#"["Module", "Expr", "Call", "Name id='print'", "Constant value='hi' kind=None", "Load"]"#;
        assert_eq!(fingerprint_json(json).unwrap(), r#"{"fingerprint":"f92df8cd6e4116cb"}"#);
        assert_eq!(fingerprint_json(b"[]").unwrap(), format!("{{\"fingerprint\":\"{FNV_OFFSET:016x}\"}}"));
    }

    #[test]
    fn json_escapes_decode_to_the_strings_they_stand_for() {
        // Quotes, a backslash, a newline, a control character, \u escapes (BMP and a surrogate pair).
        let json = br#"["Constant value='\"\\\n\u0001'", "Name id='na\u00efve'", "Constant value='\ud83e\udd80'"]"#;
        let expected = calculate_fingerprint(&["Constant value='\"\\\n\u{1}'", "Name id='naïve'", "Constant value='🦀'"]);
        assert_eq!(fingerprint_json(json).unwrap(), format!("{{\"fingerprint\":\"{expected:016x}\"}}"));
    }

    #[test]
    fn json_that_is_not_an_array_of_strings_is_rejected() {
        for bad in [&b""[..], b"not json", b"[\"Module\"", b"[1]", b"{}", b"\"Module\"", b"[\"a\"] x", b"[\"\xff\"]", b"[null]"] {
            assert!(fingerprint_json(bad).is_err(), "{:?}", String::from_utf8_lossy(bad));
        }
    }
}
