//! Success story 2 of the migration guide: the pattern matcher (JavaScript `matchPatterns` ->
//! Rust in WebAssembly). The prototype is `polyglot-samples/javascript/patterns.js`.
//!
//! - A fingerprint is a code fragment's set of AST node hashes: `u64`s, sorted ascending and
//!   without duplicates. A pattern is such a set too.
//! - [`calculate_similarity`] is the Jaccard similarity of two sets,
//!   `shared / (pattern.len() + fingerprint.len() - shared)` computed as `f64 / f64` of two exact
//!   integers, so it is bit-identical to JavaScript's and Python's division; 0 when both are empty.
//! - [`match_patterns`] keeps `(index, similarity)` for every pattern whose similarity is strictly
//!   above [`THRESHOLD`], in the patterns' order.
//!
//! Two boundary styles call this (see [`crate::abi`]): a typed one (`u64` arrays and offsets in
//! linear memory) and the guide's JSON one, whose wire format is defined here ([`match_json`]).

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

/// Patterns with a similarity strictly above this are matches.
pub const THRESHOLD: f64 = 0.75;

/// Jaccard similarity of two sorted, deduplicated hash lists (merge walk); 0.0 when both are empty.
pub fn calculate_similarity(pattern: &[u64], fingerprint: &[u64]) -> f64 {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < pattern.len() && j < fingerprint.len() {
        let (a, b) = (pattern[i], fingerprint[j]);
        if a == b {
            shared += 1;
            i += 1;
            j += 1;
        } else if a < b {
            i += 1;
        } else {
            j += 1;
        }
    }
    let union = pattern.len() + fingerprint.len() - shared;
    if union == 0 {
        0.0
    } else {
        shared as f64 / union as f64
    }
}

/// The matches among `patterns`, lazily and without allocating: `(index, similarity)` for every
/// pattern with a similarity above [`THRESHOLD`], in order. Indices count from 0 as `u32`.
pub fn matches<'a, I>(patterns: I, fingerprint: &'a [u64]) -> impl Iterator<Item = (u32, f64)> + 'a
where
    I: IntoIterator<Item = &'a [u64]>,
    I::IntoIter: 'a,
{
    patterns
        .into_iter()
        .enumerate()
        .map(move |(index, pattern)| (index as u32, calculate_similarity(pattern, fingerprint)))
        .filter(|&(_, similarity)| similarity > THRESHOLD)
}

/// The guide's `matchPatterns(patterns, fingerprint)`: `(index, similarity)` for every pattern
/// with a similarity strictly above [`THRESHOLD`], in the patterns' order.
pub fn match_patterns(patterns: &[&[u64]], fingerprint: &[u64]) -> Vec<(u32, f64)> {
    matches(patterns.iter().copied(), fingerprint).collect()
}

/// True when `hashes` is strictly ascending (sorted and without duplicates), the precondition of
/// [`calculate_similarity`]. Both boundaries reject input that breaks it.
pub fn is_strictly_ascending(hashes: &[u64]) -> bool {
    hashes.windows(2).all(|pair| pair[0] < pair[1])
}

// ---- The JSON wire format ----------------------------------------------------------------------
//
// Input patterns: `[{"id": "<string>", "hashes": ["<16 lowercase hex digits>", ...]}, ...]`
// (other keys in a pattern object are ignored); input fingerprint: `["<16 hex>", ...]`. Every hash
// list must be strictly ascending. Output: `[{"pattern":"<id>","similarity":<f64>},...]` without
// whitespace, the matches in input order, floats in serde_json's (ryu's) shortest round-trip form
// (e.g. `0.8`, `1.0`: a JSON parser reads back the exact same f64).

/// A hash written as exactly 16 lowercase hexadecimal digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hex(pub u64);

/// Parses exactly 16 lowercase hex digits (`0-9a-f`); anything else (uppercase, a sign, `0x`,
/// another length) is `None`.
pub fn parse_hex(text: &str) -> Option<u64> {
    let bytes = text.as_bytes();
    if bytes.len() != 16 {
        return None;
    }
    let mut value = 0u64;
    for &byte in bytes {
        let digit = match byte {
            b'0'..=b'9' => byte - b'0',
            b'a'..=b'f' => byte - b'a' + 10,
            _ => return None,
        };
        value = (value << 4) | u64::from(digit);
    }
    Some(value)
}

/// Formats a hash as 16 lowercase hex digits (the inverse of [`parse_hex`]).
pub fn format_hex(value: u64) -> String {
    format!("{value:016x}")
}

impl<'de> Deserialize<'de> for Hex {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct HexVisitor;
        impl<'de> Visitor<'de> for HexVisitor {
            type Value = Hex;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string of 16 lowercase hex digits")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Hex, E> {
                parse_hex(text).map(Hex).ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
            }
        }
        deserializer.deserialize_str(HexVisitor)
    }
}

/// Deserializes a JSON array of hex strings straight into `u64`s.
fn hashes<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u64>, D::Error> {
    let hexes = Vec::<Hex>::deserialize(deserializer)?;
    // Hex is a transparent u64 newtype; a plain map keeps this safe and is optimized away.
    Ok(hexes.into_iter().map(|Hex(value)| value).collect())
}

/// One pattern of the JSON input.
#[derive(Debug, Deserialize)]
pub struct JsonPattern<'a> {
    #[serde(borrow)]
    pub id: Cow<'a, str>,
    #[serde(deserialize_with = "hashes")]
    pub hashes: Vec<u64>,
}

/// One match of the JSON output: the guide's `Match { pattern, similarity }`, the pattern named by its id.
#[derive(Debug, Serialize)]
pub struct JsonMatch<'a> {
    #[serde(rename = "pattern")]
    pub id: &'a str,
    pub similarity: f64,
}

/// Why JSON input was rejected.
#[derive(Debug)]
pub enum JsonError {
    /// Not UTF-8, not JSON, or not the shape above (including a malformed hex string).
    Malformed(serde_json::Error),
    /// A hash list that is not strictly ascending.
    NotSorted,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsonError::Malformed(error) => write!(f, "malformed JSON input: {error}"),
            JsonError::NotSorted => f.write_str("a hash list is not sorted ascending without duplicates"),
        }
    }
}

/// The JSON boundary: parses `patterns` and `fingerprint` (UTF-8 JSON as described above), runs
/// [`match_patterns`], and returns the output JSON.
pub fn match_json(patterns: &[u8], fingerprint: &[u8]) -> Result<String, JsonError> {
    let patterns: Vec<JsonPattern> = serde_json::from_slice(patterns).map_err(JsonError::Malformed)?;
    let fingerprint: Vec<Hex> = serde_json::from_slice(fingerprint).map_err(JsonError::Malformed)?;
    let fingerprint: Vec<u64> = fingerprint.into_iter().map(|Hex(value)| value).collect();
    if !is_strictly_ascending(&fingerprint) || !patterns.iter().all(|p| is_strictly_ascending(&p.hashes)) {
        return Err(JsonError::NotSorted);
    }
    let found: Vec<JsonMatch> = matches(patterns.iter().map(|p| p.hashes.as_slice()), &fingerprint)
        .map(|(index, similarity)| JsonMatch { id: &patterns[index as usize].id, similarity })
        .collect();
    serde_json::to_string(&found).map_err(JsonError::Malformed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_sets_are_fully_similar() {
        assert_eq!(calculate_similarity(&[1, 2, 3], &[1, 2, 3]), 1.0);
        assert_eq!(calculate_similarity(&[7], &[7]), 1.0);
    }

    #[test]
    fn disjoint_and_empty_sets_are_not_similar() {
        assert_eq!(calculate_similarity(&[1, 3], &[2, 4]), 0.0);
        assert_eq!(calculate_similarity(&[], &[]), 0.0);
        assert_eq!(calculate_similarity(&[1], &[]), 0.0);
        assert_eq!(calculate_similarity(&[], &[1]), 0.0);
    }

    #[test]
    fn similarity_is_shared_over_union() {
        // 3 shared, union 5.
        let similarity = calculate_similarity(&[1, 2, 3, 4], &[2, 3, 4, 5]);
        assert_eq!(similarity.to_bits(), 0.6f64.to_bits());
        assert_eq!(calculate_similarity(&[1, 2, 3], &[1, 2, 3, 4]).to_bits(), 0.75f64.to_bits());
        // Extreme hash values and different lengths: 2 shared of union 7.
        let a = [0, 5, u64::MAX - 1, u64::MAX];
        let b = [0, 1, 2, 3, u64::MAX];
        assert_eq!(calculate_similarity(&a, &b).to_bits(), (2.0f64 / 7.0).to_bits());
        assert_eq!(calculate_similarity(&a, &b), calculate_similarity(&b, &a));
    }

    #[test]
    fn threshold_is_strict_and_order_is_kept() {
        let query: &[u64] = &[1, 2, 3, 4];
        let patterns: [&[u64]; 4] = [
            &[1, 2, 3],       // 3/4 = 0.75 exactly: not kept
            query,            // 1.0
            &[9],             // 0.0
            &[1, 2, 3, 4, 5], // 4/5 = 0.8
        ];
        assert_eq!(THRESHOLD, 0.75);
        assert_eq!(match_patterns(&patterns, query), vec![(1, 1.0), (3, 0.8)]);
        assert_eq!(match_patterns(&[], query), vec![]);
    }

    #[test]
    fn hex_parsing_is_strict() {
        assert_eq!(parse_hex("0000000000000000"), Some(0));
        assert_eq!(parse_hex("ffffffffffffffff"), Some(u64::MAX));
        assert_eq!(parse_hex("0123456789abcdef"), Some(0x0123_4567_89ab_cdef));
        for bad in ["0123456789ABCDEF", "0123456789abcde", "0123456789abcdef0", "", "+123456789abcdef", "0x23456789abcdef", "012345678 abcdef", "0123456789abcdeg"] {
            assert_eq!(parse_hex(bad), None, "{bad:?}");
        }
        assert_eq!(parse_hex(&format_hex(0xf92d_f8cd_6e41_16cb)), Some(0xf92d_f8cd_6e41_16cb));
        assert_eq!(format_hex(1), "0000000000000001");
    }

    #[test]
    fn json_round_trip_of_the_worked_example() {
        let patterns = br#"[{"id":"exactly-threshold","hashes":["0000000000000001","0000000000000002","0000000000000003"]},
            {"id":"same","hashes":["0000000000000001","0000000000000002","0000000000000003","0000000000000004"]},
            {"id":"other","hashes":["0000000000000009"]},
            {"id":"close","hashes":["0000000000000001","0000000000000002","0000000000000003","0000000000000004","0000000000000005"]}]"#;
        let fingerprint = br#"["0000000000000001","0000000000000002","0000000000000003","0000000000000004"]"#;
        assert_eq!(match_json(patterns, fingerprint).unwrap(), r#"[{"pattern":"same","similarity":1.0},{"pattern":"close","similarity":0.8}]"#);
        assert_eq!(match_json(b"[]", b"[]").unwrap(), "[]");
    }

    #[test]
    fn json_ids_may_be_escaped() {
        let patterns = br#"[{"id":"a\"b\u00e9","hashes":[]}]"#;
        // Both empty: similarity 0, no match; an escaped id still parses.
        assert_eq!(match_json(patterns, b"[]").unwrap(), "[]");
        let patterns = br#"[{"id":"a\"b\u00e9","hashes":["0000000000000001"]}]"#;
        assert_eq!(match_json(patterns, br#"["0000000000000001"]"#).unwrap(), "[{\"pattern\":\"a\\\"bé\",\"similarity\":1.0}]");
    }

    #[test]
    fn json_rejects_malformed_input() {
        let ok = br#"["0000000000000001"]"#;
        for bad in [
            &b""[..],
            b"{}",
            b"[",
            br#"[{"id":"x"}]"#,
            br#"[{"hashes":[]}]"#,
            br#"[{"id":1,"hashes":[]}]"#,
            br#"[{"id":"x","hashes":["000000000000000A"]}]"#,
            br#"[{"id":"x","hashes":["1"]}]"#,
            br#"[{"id":"x","hashes":[1]}]"#,
            br#"[{"id":"x","hashes":["0000000000000002","0000000000000001"]}]"#,
            br#"[{"id":"x","hashes":["0000000000000001","0000000000000001"]}]"#,
            b"[{\"id\":\"\xff\",\"hashes\":[]}]",
        ] {
            assert!(match_json(bad, ok).is_err(), "{:?}", String::from_utf8_lossy(bad));
        }
        let patterns = br#"[{"id":"x","hashes":[]}]"#;
        for bad in [&b""[..], b"[\"0000000000000001\",]", br#"["00000000000000001"]"#, br#"["FFFFFFFFFFFFFFFF"]"#, br#"["0000000000000002","0000000000000001"]"#] {
            assert!(match_json(patterns, bad).is_err(), "{:?}", String::from_utf8_lossy(bad));
        }
    }
}
