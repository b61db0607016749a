//! The functions of the guide's pitfalls and strategies (issue "boundary costs"): as small as a
//! function can be, so that what is measured is the crossing, not the work.
//!
//! - [`add_one`]: a trivial call, one `u64` in and out: the floor of every bridge.
//! - [`hash_buffer`]: a 1 KiB buffer in, a `u64` out: the fingerprint story's FNV-1a over bytes.
//! - [`hash_items`]: the same over many fixed-size items in one call (pitfall 2, batching).
//! - [`spin`]: a call that takes as long as asked (pitfall 3, blocking the runtime).

use crate::fingerprint::fnv1a64;

/// `x + 1` (wrapping).
pub fn add_one(x: u64) -> u64 {
    x.wrapping_add(1)
}

/// FNV-1a of `bytes`, as the fingerprint prototype hashes a node string's UTF-8 bytes.
pub fn hash_buffer(bytes: &[u8]) -> u64 {
    fnv1a64(bytes)
}

/// The FNV-1a of every `item_len`-byte item of `bytes`, in order; `None` when `item_len` is zero or
/// does not divide `bytes.len()`.
pub fn hash_items(bytes: &[u8], item_len: usize) -> Option<Vec<u64>> {
    let mut out = vec![0; item_count(bytes, item_len)?];
    hash_items_into(bytes, item_len, &mut out).then_some(out)
}

/// How many `item_len`-byte items `bytes` holds; `None` when `item_len` is zero or does not divide it.
pub fn item_count(bytes: &[u8], item_len: usize) -> Option<usize> {
    (item_len != 0 && bytes.len() % item_len == 0).then(|| bytes.len() / item_len)
}

/// [`hash_items`] written straight into `out`, which must have room for exactly
/// [`item_count`] values (the C ABI's caller's buffer: nothing is allocated); false otherwise.
pub fn hash_items_into(bytes: &[u8], item_len: usize, out: &mut [u64]) -> bool {
    if item_count(bytes, item_len) != Some(out.len()) {
        return false;
    }
    for (slot, item) in out.iter_mut().zip(bytes.chunks_exact(item_len)) {
        *slot = fnv1a64(item);
    }
    true
}

/// `rounds` dependent FNV-1a steps over a counter: work that cannot be skipped or vectorized, so
/// its time grows linearly with `rounds`.
pub fn spin(rounds: u64) -> u64 {
    let mut hash = crate::fingerprint::FNV_OFFSET;
    for round in 0..rounds {
        hash ^= round;
        hash = hash.wrapping_mul(crate::fingerprint::FNV_PRIME);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trivial_and_buffer_calls() {
        assert_eq!(add_one(41), 42);
        assert_eq!(add_one(u64::MAX), 0);
        // FNV-1a reference vectors (the same as the fingerprint story's).
        assert_eq!(hash_buffer(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(hash_buffer(b"a"), 0xaf63_dc4c_8601_ec8c);
        let kib: Vec<u8> = (0..1024u32).map(|i| (i % 251) as u8).collect();
        assert_eq!(hash_buffer(&kib), fnv1a64(&kib));
    }

    #[test]
    fn items_are_hashed_one_by_one() {
        let bytes: Vec<u8> = (0..64u8).collect();
        let items = hash_items(&bytes, 16).unwrap();
        assert_eq!(items.len(), 4);
        for (i, hash) in items.iter().enumerate() {
            assert_eq!(*hash, hash_buffer(&bytes[i * 16..(i + 1) * 16]));
        }
        assert_eq!(hash_items(&[], 8), Some(vec![]));
        assert_eq!(hash_items(&bytes, 0), None);
        assert_eq!(hash_items(&bytes, 10), None);
    }

    #[test]
    fn spin_depends_on_every_round() {
        assert_eq!(spin(0), crate::fingerprint::FNV_OFFSET);
        assert_ne!(spin(1000), spin(1001));
        assert_eq!(spin(3), {
            let mut h = crate::fingerprint::FNV_OFFSET;
            for r in 0..3u64 {
                h = (h ^ r).wrapping_mul(crate::fingerprint::FNV_PRIME);
            }
            h
        });
    }
}
