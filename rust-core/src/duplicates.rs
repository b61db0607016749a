//! The guide's Example 3, "Stayed in Python!": duplicate code fragments found by a naive O(n^2)
//! algorithm and by an O(n log n) one. The prototype is `polyglot-samples/python/duplicates.py`.
//!
//! Both functions return, for every fragment `i`, the index of the first fragment with the same
//! fingerprint (`i` itself when no earlier one has it).

/// Compares each fingerprint with every earlier one until it finds an equal one: O(n^2).
pub fn first_duplicates_naive(fingerprints: &[u64]) -> Vec<u32> {
    let mut first = vec![0u32; fingerprints.len()];
    first_duplicates_naive_into(fingerprints, &mut first);
    first
}

/// [`first_duplicates_naive`] written into `first` (one entry per fingerprint): the C ABI's
/// caller's buffer, so the timed call allocates nothing.
///
/// # Panics
/// When `first` is not as long as `fingerprints`.
pub fn first_duplicates_naive_into(fingerprints: &[u64], first: &mut [u32]) {
    assert_eq!(first.len(), fingerprints.len(), "one entry per fingerprint");
    for (i, fingerprint) in fingerprints.iter().enumerate() {
        let mut found = i;
        for (j, earlier) in fingerprints[..i].iter().enumerate() {
            if earlier == fingerprint {
                found = j;
                break;
            }
        }
        first[i] = found as u32;
    }
}

/// Sorts the indices by (fingerprint, index), then scans the runs of equal fingerprints: O(n log n).
pub fn first_duplicates_sorted(fingerprints: &[u64]) -> Vec<u32> {
    let mut first = vec![0u32; fingerprints.len()];
    first_duplicates_sorted_into(fingerprints, &mut first);
    first
}

/// [`first_duplicates_sorted`] written into `first` (one entry per fingerprint). The sort's index
/// order is its own working memory; only the copy of the result is gone.
///
/// # Panics
/// When `first` is not as long as `fingerprints`.
pub fn first_duplicates_sorted_into(fingerprints: &[u64], first: &mut [u32]) {
    assert_eq!(first.len(), fingerprints.len(), "one entry per fingerprint");
    let mut order: Vec<usize> = (0..fingerprints.len()).collect();
    order.sort_by_key(|&i| (fingerprints[i], i));
    let mut run_start = 0;
    for (position, &i) in order.iter().enumerate() {
        if position == 0 || fingerprints[i] != fingerprints[order[position - 1]] {
            run_start = i;
        }
        first[i] = run_start as u32;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both(fingerprints: &[u64]) -> Vec<u32> {
        let naive = first_duplicates_naive(fingerprints);
        assert_eq!(naive, first_duplicates_sorted(fingerprints), "{fingerprints:?}");
        naive
    }

    #[test]
    fn edge_cases() {
        assert_eq!(both(&[]), Vec::<u32>::new());
        assert_eq!(both(&[42]), vec![0]);
        assert_eq!(both(&[7; 5]), vec![0; 5]);
        assert_eq!(both(&[5, 4, 3, 2, 1]), vec![0, 1, 2, 3, 4]);
        assert_eq!(both(&[3, 1, 3, u64::MAX, 1, u64::MAX, 0]), vec![0, 1, 0, 3, 1, 3, 6]);
    }

    #[test]
    fn random_inputs_agree() {
        // A small linear congruential generator: deterministic, no crates needed.
        let mut seed = 12345u64;
        let mut next = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            seed >> 33
        };
        for n in [2usize, 10, 100, 1000] {
            for range in [1u64, 3, 50, u64::MAX] {
                let fingerprints: Vec<u64> = (0..n).map(|_| if range == u64::MAX { next() << 31 ^ next() } else { next() % range }).collect();
                both(&fingerprints);
            }
        }
    }
}
