//! The Rust port of prototype.py's `word_frequencies`: replace it with the port of your own function.
//!
//! The port takes the input's bytes and returns the bytes the prototype returns (a `str` as its UTF-8
//! bytes); oxbench checks that they are the same for every input before it times anything.
//! `oxbench_port::export!` exports it through oxbench's C ABI (the name is `rust.function` in
//! oxbench.toml). A panic fails only this implementation, with the panic's message.

use std::collections::HashMap;

const TOP: usize = 10;

/// The ten most frequent words, most frequent first (ties in byte order), one `COUNT WORD` line each:
/// the words of prototype.py's `[a-z0-9]+(?:'[a-z0-9]+)*` on the ASCII-lowercased bytes.
fn word_frequencies(data: &[u8]) -> Vec<u8> {
    let lower = data.to_ascii_lowercase();
    let mut counts: HashMap<&[u8], usize> = HashMap::new();
    let word_byte = |i: usize| i < lower.len() && (lower[i].is_ascii_lowercase() || lower[i].is_ascii_digit());
    let mut i = 0;
    while i < lower.len() {
        if !word_byte(i) {
            i += 1;
            continue;
        }
        let start = i;
        while word_byte(i) {
            i += 1;
        }
        // An apostrophe continues the word only when a letter or digit follows it.
        while i < lower.len() && lower[i] == b'\'' && word_byte(i + 1) {
            i += 1;
            while word_byte(i) {
                i += 1;
            }
        }
        *counts.entry(&lower[start..i]).or_insert(0) += 1;
    }
    let mut top: Vec<(&[u8], usize)> = counts.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut out = Vec::new();
    for (word, count) in top.into_iter().take(TOP) {
        out.extend_from_slice(count.to_string().as_bytes());
        out.push(b' ');
        out.extend_from_slice(word);
        out.push(b'\n');
    }
    out
}

oxbench_port::export!(word_frequencies);
