//! The C ABI shared by the native library (called through FFM) and the wasm32 module (called
//! through GraalWasm from Java, JavaScript and Python).
//!
//! Buffers cross the boundary as (pointer, length) pairs. In wasm, callers get memory inside the
//! module's linear memory with [`oxb_alloc`] and give it back with [`oxb_dealloc`]; native callers
//! pass their own memory. Functions that can fail return a status ([`OK`] or a negative error)
//! and write their result through an out pointer; they never panic across the boundary.

use crate::{boundary, duplicates, fingerprint, nodelist, patterns};
use std::alloc::{alloc, dealloc, Layout};
use std::slice;

/// Success.
pub const OK: i32 = 0;
/// The input is malformed: not a valid node list (see [`nodelist`]), inconsistent pattern
/// offsets, or hash lists that are not strictly ascending (see [`oxb_match_patterns`]).
pub const ERR_MALFORMED_INPUT: i32 = -1;
/// A null pointer was passed where a buffer or out pointer was required.
pub const ERR_NULL_POINTER: i32 = -2;
/// A `u32`/`u64`/`f64` array pointer is not aligned to its element size. Memory from
/// [`oxb_alloc`] (alignment 8) and Java/FFM segments of the element type always are.
pub const ERR_MISALIGNED: i32 = -3;

/// Allocates `len` bytes (alignment 8) and returns the pointer, or null when `len` is zero or
/// memory is exhausted.
#[no_mangle]
pub extern "C" fn oxb_alloc(len: usize) -> *mut u8 {
    match Layout::from_size_align(len, 8) {
        Ok(layout) if len > 0 => unsafe { alloc(layout) },
        _ => std::ptr::null_mut(),
    }
}

/// Frees memory returned by [`oxb_alloc`] with the same `len`.
///
/// # Safety
/// `ptr` must come from `oxb_alloc(len)` and not have been freed.
#[no_mangle]
pub unsafe extern "C" fn oxb_dealloc(ptr: *mut u8, len: usize) {
    if ptr.is_null() || len == 0 {
        return;
    }
    dealloc(ptr, Layout::from_size_align_unchecked(len, 8));
}

/// Reads `len` bytes at `ptr`; a zero length needs no pointer.
unsafe fn input<'a>(ptr: *const u8, len: usize) -> Option<&'a [u8]> {
    if len == 0 {
        Some(&[])
    } else if ptr.is_null() {
        None
    } else {
        Some(slice::from_raw_parts(ptr, len))
    }
}

/// The fingerprint of one file: `nodes` is a node list in the [`nodelist`] wire format.
/// Writes the 64-bit fingerprint to `out` and returns [`OK`].
///
/// # Safety
/// `nodes` must point to `len` readable bytes and `out` to 8 writable bytes.
#[no_mangle]
pub unsafe extern "C" fn oxb_fingerprint(nodes: *const u8, len: usize, out: *mut u64) -> i32 {
    let Some(buffer) = input(nodes, len) else { return ERR_NULL_POINTER };
    if out.is_null() {
        return ERR_NULL_POINTER;
    }
    match nodelist::decode(buffer) {
        Ok(list) => {
            out.write_unaligned(fingerprint::calculate_fingerprint(&list));
            OK
        }
        Err(_) => ERR_MALFORMED_INPUT,
    }
}

/// The fingerprint of one file, the guide's JSON boundary (pitfall 1; wire format in
/// [`fingerprint`]): `json[..len]` is the UTF-8 JSON array of the node strings.
///
/// On success writes to `*out_ptr` a new buffer holding `{"fingerprint":"<16 hex digits>"}`, to
/// `*out_len` its length, and returns [`OK`]; the caller frees it with `oxb_dealloc(ptr, len)`.
/// Otherwise returns [`ERR_MALFORMED_INPUT`] (not UTF-8 JSON holding an array of strings) or
/// [`ERR_NULL_POINTER`] (a null `json` with a non-zero length, or a null out pointer), and writes
/// null and 0 (through the out pointers that are not null). Like every allocation in Rust, running
/// out of memory aborts.
///
/// # Safety
/// `json` must point to `len` readable bytes; `out_ptr` and `out_len` to writable pointer-sized
/// memory (no alignment needed).
#[no_mangle]
pub unsafe extern "C" fn oxb_fingerprint_json(json: *const u8, len: usize, out_ptr: *mut *mut u8, out_len: *mut usize) -> i32 {
    if !clear_json_out(out_ptr, out_len) {
        return ERR_NULL_POINTER;
    }
    let Some(json) = input(json, len) else { return ERR_NULL_POINTER };
    let Ok(output) = fingerprint::fingerprint_json(json) else { return ERR_MALFORMED_INPUT };
    write_json_out(&output, out_ptr, out_len)
}

/// The JSON functions' out pointers before any work: null and 0 written through each one that is
/// there; false when either is missing ([`ERR_NULL_POINTER`]).
unsafe fn clear_json_out(out_ptr: *mut *mut u8, out_len: *mut usize) -> bool {
    if !out_ptr.is_null() {
        out_ptr.write_unaligned(std::ptr::null_mut());
    }
    if !out_len.is_null() {
        out_len.write_unaligned(0);
    }
    !out_ptr.is_null() && !out_len.is_null()
}

/// A JSON function's answer, copied into an [`oxb_alloc`] buffer (so that `oxb_dealloc(ptr, len)`
/// frees it; never empty) whose address and length go through the out pointers: [`OK`].
unsafe fn write_json_out(output: &str, out_ptr: *mut *mut u8, out_len: *mut usize) -> i32 {
    let buffer = oxb_alloc(output.len());
    if buffer.is_null() {
        std::alloc::handle_alloc_error(Layout::from_size_align_unchecked(output.len(), 8));
    }
    std::ptr::copy_nonoverlapping(output.as_ptr(), buffer, output.len());
    out_ptr.write_unaligned(buffer);
    out_len.write_unaligned(output.len());
    OK
}

/// Checks that `len` elements of `T` can live at `ptr`: a zero length needs no pointer; otherwise
/// the pointer must be non-null and aligned to `T` (checked: [`ERR_MISALIGNED`]).
fn check_buffer<T>(ptr: *const T, len: usize) -> Result<(), i32> {
    if len == 0 {
        Ok(())
    } else if ptr.is_null() {
        Err(ERR_NULL_POINTER)
    } else if (ptr as usize) % std::mem::align_of::<T>() != 0 {
        Err(ERR_MISALIGNED)
    } else if len.checked_mul(std::mem::size_of::<T>()).map_or(true, |bytes| bytes > isize::MAX as usize) {
        Err(ERR_MALFORMED_INPUT)
    } else {
        Ok(())
    }
}

/// Reads `len` elements of `T` at `ptr` (see [`check_buffer`]).
unsafe fn typed_input<'a, T>(ptr: *const T, len: usize) -> Result<&'a [T], i32> {
    check_buffer(ptr, len)?;
    Ok(if len == 0 { &[] } else { slice::from_raw_parts(ptr, len) })
}

/// Room for `len` elements of `T` at `ptr` (see [`check_buffer`]).
unsafe fn typed_output<'a, T>(ptr: *mut T, len: usize) -> Result<&'a mut [T], i32> {
    check_buffer(ptr as *const T, len)?;
    Ok(if len == 0 { &mut [] } else { slice::from_raw_parts_mut(ptr, len) })
}

/// The pattern matcher, typed boundary (see [`patterns`]).
///
/// - `hashes[..hashes_len]`: every pattern's hashes, concatenated. Pattern `i` is
///   `hashes[offsets[i]..offsets[i + 1]]`.
/// - `offsets[..pattern_count + 1]`: `offsets[0] == 0`, non-decreasing, last `== hashes_len`;
///   otherwise [`ERR_MALFORMED_INPUT`].
/// - `fingerprint[..fingerprint_len]`: the fingerprint's hashes.
/// - Every hash list (each pattern and the fingerprint) must be strictly ascending (sorted, no
///   duplicates); otherwise [`ERR_MALFORMED_INPUT`].
/// - `out_indices`, `out_similarities`: room for `pattern_count` entries each. The first `n`
///   entries receive the matches' pattern indices and similarities, in pattern order; entries
///   past `n` are left as they were (on an error nothing is written).
///
/// Returns `n`, the number of matches (>= 0), or a negative error ([`ERR_MALFORMED_INPUT`],
/// [`ERR_NULL_POINTER`], [`ERR_MISALIGNED`]). More than `i32::MAX` patterns is
/// [`ERR_MALFORMED_INPUT`].
///
/// # Safety
/// The pointers must point to readable (`hashes`, `offsets`, `fingerprint`) and writable (`out_*`)
/// memory of the stated lengths, naturally aligned for their element types (8 for `u64`/`f64`,
/// 4 for `u32`; [`oxb_alloc`] aligns to 8, so buffers from it are fine). A pointer whose length is
/// zero may be null; `offsets` always has at least one entry, so it may not. The output arrays
/// must not overlap the inputs or each other.
#[no_mangle]
pub unsafe extern "C" fn oxb_match_patterns(
    hashes: *const u64,
    hashes_len: usize,
    offsets: *const u32,
    pattern_count: usize,
    fingerprint: *const u64,
    fingerprint_len: usize,
    out_indices: *mut u32,
    out_similarities: *mut f64,
) -> i32 {
    // The checks below return early with an error status through `?`.
    let typed = || -> Result<i32, i32> {
        if pattern_count > i32::MAX as usize {
            return Err(ERR_MALFORMED_INPUT);
        }
        let hashes = typed_input(hashes, hashes_len)?;
        let offsets = typed_input(offsets, pattern_count + 1)?;
        let fingerprint = typed_input(fingerprint, fingerprint_len)?;
        let out_indices = typed_output(out_indices, pattern_count)?;
        let out_similarities = typed_output(out_similarities, pattern_count)?;

        if offsets[0] != 0
            || offsets[pattern_count] as usize != hashes_len
            || offsets.windows(2).any(|pair| pair[0] > pair[1])
        {
            return Err(ERR_MALFORMED_INPUT);
        }
        let pattern = |i: usize| &hashes[offsets[i] as usize..offsets[i + 1] as usize];
        if !patterns::is_strictly_ascending(fingerprint)
            || !(0..pattern_count).all(|i| patterns::is_strictly_ascending(pattern(i)))
        {
            return Err(ERR_MALFORMED_INPUT);
        }

        let mut count = 0;
        for (index, similarity) in patterns::matches((0..pattern_count).map(pattern), fingerprint) {
            out_indices[count] = index;
            out_similarities[count] = similarity;
            count += 1;
        }
        Ok(count as i32)
    };
    match typed() {
        Ok(count) => count,
        Err(status) => status,
    }
}

/// The pattern matcher, the guide's JSON boundary (wire format in [`patterns`]), with the status
/// and out pointers of [`oxb_fingerprint_json`].
///
/// `patterns[..patterns_len]` is the UTF-8 JSON list of `{"id", "hashes"}` objects and
/// `fingerprint[..fingerprint_len]` the JSON list of hex hashes. On success writes to `*out_ptr` a
/// new buffer holding the output JSON (`[{"pattern":<id>,"similarity":..},..]`, never empty: at
/// least `[]`), to `*out_len` its length, and returns [`OK`]; the caller frees it with
/// `oxb_dealloc(ptr, len)`. Otherwise returns [`ERR_MALFORMED_INPUT`] or [`ERR_NULL_POINTER`] (a
/// null input with a non-zero length, or a null out pointer) and writes null and 0 (through the
/// out pointers that are not null). Running out of memory aborts.
///
/// # Safety
/// `patterns` and `fingerprint` must point to readable memory of the stated lengths; `out_ptr` and
/// `out_len` to writable pointer-sized memory (no alignment needed).
#[no_mangle]
pub unsafe extern "C" fn oxb_match_patterns_json(
    patterns: *const u8,
    patterns_len: usize,
    fingerprint: *const u8,
    fingerprint_len: usize,
    out_ptr: *mut *mut u8,
    out_len: *mut usize,
) -> i32 {
    if !clear_json_out(out_ptr, out_len) {
        return ERR_NULL_POINTER;
    }
    let (Some(patterns), Some(fingerprint)) = (input(patterns, patterns_len), input(fingerprint, fingerprint_len)) else {
        return ERR_NULL_POINTER;
    };
    let Ok(json) = patterns::match_json(patterns, fingerprint) else { return ERR_MALFORMED_INPUT };
    write_json_out(&json, out_ptr, out_len)
}

/// The guide's Example 3, naive form ([`duplicates::first_duplicates_naive`]): for each of the `len`
/// fingerprints at `fingerprints`, writes to `out[i]` the index of the first equal one. Returns
/// [`OK`], [`ERR_NULL_POINTER`], [`ERR_MISALIGNED`], or [`ERR_MALFORMED_INPUT`] for more than
/// `u32::MAX` fingerprints.
///
/// # Safety
/// `fingerprints` must point to `len` readable `u64`s and `out` to `len` writable `u32`s.
#[no_mangle]
pub unsafe extern "C" fn oxb_first_duplicates_naive(fingerprints: *const u64, len: usize, out: *mut u32) -> i32 {
    first_duplicates(fingerprints, len, out, duplicates::first_duplicates_naive_into)
}

/// The same, O(n log n) form ([`duplicates::first_duplicates_sorted`]).
///
/// # Safety
/// As [`oxb_first_duplicates_naive`].
#[no_mangle]
pub unsafe extern "C" fn oxb_first_duplicates_sorted(fingerprints: *const u64, len: usize, out: *mut u32) -> i32 {
    first_duplicates(fingerprints, len, out, duplicates::first_duplicates_sorted_into)
}

unsafe fn first_duplicates(fingerprints: *const u64, len: usize, out: *mut u32, find: fn(&[u64], &mut [u32])) -> i32 {
    if len > u32::MAX as usize {
        return ERR_MALFORMED_INPUT;
    }
    let (fingerprints, out) = match (typed_input(fingerprints, len), typed_output(out, len)) {
        (Ok(fingerprints), Ok(out)) => (fingerprints, out),
        (Err(status), _) | (_, Err(status)) => return status,
    };
    find(fingerprints, out);
    OK
}

/// The trivial call of the boundary-cost matrix: `x + 1` ([`boundary::add_one`]).
#[no_mangle]
pub extern "C" fn oxb_add_one(x: u64) -> u64 {
    boundary::add_one(x)
}

/// FNV-1a of `len` bytes at `ptr` ([`boundary::hash_buffer`]), returned directly: the boundary
/// matrix's "buffer in, 64-bit value out" call, with no status so that the timed call stays the
/// same across the hash-1k history.
///
/// Precondition: `ptr` is not null unless `len` is zero. There is no status to report a broken one
/// with, so every binding checks it once, before its timed loop; a null `ptr` with a length that
/// still arrives aborts the process (a caller's bug, never a hash of nothing).
///
/// # Safety
/// `ptr` must point to `len` readable bytes (any pointer, or null, when `len` is zero).
#[no_mangle]
pub unsafe extern "C" fn oxb_hash_buffer(ptr: *const u8, len: usize) -> u64 {
    match input(ptr, len) {
        Some(bytes) => boundary::hash_buffer(bytes),
        None => std::process::abort(),
    }
}

/// The FNV-1a of every `item_len`-byte item of the `len` bytes at `ptr`, written to `out` (room for
/// `len / item_len` values): one crossing for a whole batch ([`boundary::hash_items`]).
/// [`OK`], [`ERR_NULL_POINTER`], [`ERR_MISALIGNED`], or [`ERR_MALFORMED_INPUT`] when `item_len` is
/// zero or does not divide `len`.
///
/// # Safety
/// `ptr` must point to `len` readable bytes and `out` to `len / item_len` writable `u64`s.
#[no_mangle]
pub unsafe extern "C" fn oxb_hash_items(ptr: *const u8, len: usize, item_len: usize, out: *mut u64) -> i32 {
    let Some(bytes) = input(ptr, len) else {
        return ERR_NULL_POINTER;
    };
    let Some(count) = boundary::item_count(bytes, item_len) else {
        return ERR_MALFORMED_INPUT;
    };
    match typed_output(out, count) {
        Ok(out) => {
            boundary::hash_items_into(bytes, item_len, out);
            OK
        }
        Err(status) => status,
    }
}

/// `rounds` dependent hashing steps ([`boundary::spin`]): a call as long as asked, for the
/// blocking pitfall.
#[no_mangle]
pub extern "C" fn oxb_spin(rounds: u64) -> u64 {
    boundary::spin(rounds)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_through_the_abi_equals_the_rust_function() {
        let nodes = ["Module", "Pass"];
        let buffer = nodelist::encode(&nodes);
        let mut out = 0u64;
        let status = unsafe { oxb_fingerprint(buffer.as_ptr(), buffer.len(), &mut out) };
        assert_eq!(status, OK);
        assert_eq!(out, fingerprint::calculate_fingerprint(&nodes));
    }

    #[test]
    fn malformed_input_is_an_error_not_a_panic() {
        let mut out = 0u64;
        let buffer = [9u8, 0, 0, 0, b'x'];
        assert_eq!(unsafe { oxb_fingerprint(buffer.as_ptr(), buffer.len(), &mut out) }, ERR_MALFORMED_INPUT);
    }

    #[test]
    fn null_pointers_are_errors() {
        let mut out = 0u64;
        assert_eq!(unsafe { oxb_fingerprint(std::ptr::null(), 4, &mut out) }, ERR_NULL_POINTER);
        assert_eq!(unsafe { oxb_fingerprint([0u8; 0].as_ptr(), 0, std::ptr::null_mut()) }, ERR_NULL_POINTER);
    }

    #[test]
    fn empty_input_needs_no_pointer() {
        let mut out = 0u64;
        assert_eq!(unsafe { oxb_fingerprint(std::ptr::null(), 0, &mut out) }, OK);
        assert_eq!(out, fingerprint::FNV_OFFSET);
    }

    #[test]
    fn alloc_and_dealloc_round_trip() {
        let ptr = oxb_alloc(16);
        assert!(!ptr.is_null());
        unsafe {
            ptr.write_bytes(7, 16);
            assert_eq!(*ptr.add(15), 7);
            oxb_dealloc(ptr, 16);
        }
        assert!(oxb_alloc(0).is_null());
    }

    // ---- fingerprint, JSON boundary ----

    /// Calls the JSON ABI: the status and, on success, the output text (the buffer freed).
    fn fingerprint_json_abi(json: &[u8]) -> (i32, Option<String>) {
        let (mut ptr, mut len) = (1 as *mut u8, usize::MAX);
        let status = unsafe { oxb_fingerprint_json(json.as_ptr(), json.len(), &mut ptr, &mut len) };
        if status != OK {
            assert!(ptr.is_null() && len == 0, "on an error the out values are null and 0");
            return (status, None);
        }
        assert_eq!(ptr as usize % 8, 0, "allocated like oxb_alloc");
        let text = String::from_utf8(unsafe { slice::from_raw_parts(ptr, len) }.to_vec()).unwrap();
        unsafe { oxb_dealloc(ptr, len) };
        (status, Some(text))
    }

    #[test]
    fn fingerprint_json_equals_the_typed_abi() {
        let nodes = ["Module", "Name id='naïve'", "Constant value='\\n\"🦀'", ""];
        let buffer = nodelist::encode(&nodes);
        let mut typed = 0u64;
        assert_eq!(unsafe { oxb_fingerprint(buffer.as_ptr(), buffer.len(), &mut typed) }, OK);
        let json = serde_json::to_vec(&nodes).unwrap();
        let (status, output) = fingerprint_json_abi(&json);
        assert_eq!(status, OK);
        assert_eq!(output.unwrap(), format!("{{\"fingerprint\":\"{typed:016x}\"}}"));
        assert_eq!(fingerprint_json_abi(b"[]").1.unwrap(), format!("{{\"fingerprint\":\"{:016x}\"}}", fingerprint::FNV_OFFSET));
    }

    #[test]
    fn fingerprint_json_rejects_malformed_json_with_a_status() {
        for bad in [&b""[..], b"not json", b"[\"Module\"", b"[1]", b"{\"nodes\":[]}", b"[\"\xff\"]"] {
            assert_eq!(fingerprint_json_abi(bad), (ERR_MALFORMED_INPUT, None), "{:?}", String::from_utf8_lossy(bad));
        }
    }

    #[test]
    fn fingerprint_json_null_pointers_are_errors() {
        let (mut ptr, mut len) = (1 as *mut u8, 7usize);
        assert_eq!(unsafe { oxb_fingerprint_json(std::ptr::null(), 2, &mut ptr, &mut len) }, ERR_NULL_POINTER);
        assert!(ptr.is_null() && len == 0);
        len = 7;
        assert_eq!(unsafe { oxb_fingerprint_json(b"[]".as_ptr(), 2, std::ptr::null_mut(), &mut len) }, ERR_NULL_POINTER);
        assert_eq!(len, 0, "the out pointer that is there is still written");
        assert_eq!(unsafe { oxb_fingerprint_json(b"[]".as_ptr(), 2, &mut ptr, std::ptr::null_mut()) }, ERR_NULL_POINTER);
        // Unaligned out pointers are fine (a caller's byte buffer).
        let mut outs = [0u8; 2 * std::mem::size_of::<usize>() + 1];
        let (out_ptr, out_len) = (outs.as_mut_ptr().wrapping_add(1), outs.as_mut_ptr().wrapping_add(1 + std::mem::size_of::<usize>()));
        assert_eq!(unsafe { oxb_fingerprint_json(b"[]".as_ptr(), 2, out_ptr as *mut *mut u8, out_len as *mut usize) }, OK);
        let written = unsafe { ((out_ptr as *const *mut u8).read_unaligned(), (out_len as *const usize).read_unaligned()) };
        assert_eq!(written.1, r#"{"fingerprint":"cbf29ce484222325"}"#.len());
        unsafe { oxb_dealloc(written.0, written.1) };
    }

    /// Counts this thread's allocations, so a test can see that a timed call allocates nothing.
    mod allocations {
        use std::alloc::{GlobalAlloc, Layout, System};
        use std::cell::Cell;

        pub struct Counting;

        thread_local! {
            static COUNT: Cell<usize> = const { Cell::new(0) };
        }

        unsafe impl GlobalAlloc for Counting {
            unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
                let _ = COUNT.try_with(|count| count.set(count.get() + 1));
                System.alloc(layout)
            }

            unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
                System.dealloc(ptr, layout)
            }
        }

        #[global_allocator]
        static COUNTING: Counting = Counting;

        /// How many allocations `f` made on this thread.
        pub fn during(f: impl FnOnce()) -> usize {
            let before = COUNT.with(Cell::get);
            f();
            COUNT.with(Cell::get) - before
        }
    }

    #[test]
    fn batch_calls_write_into_the_callers_buffer_without_a_copy() {
        let bytes: Vec<u8> = (0..1024u32).map(|i| i as u8).collect();
        let mut hashes = [0u64; 64];
        assert_eq!(allocations::during(|| assert_eq!(unsafe { oxb_hash_items(bytes.as_ptr(), 1024, 16, hashes.as_mut_ptr()) }, OK)), 0);
        let fingerprints: Vec<u64> = (0..100).map(|i| i % 7).collect();
        let mut first = [0u32; 100];
        let naive = allocations::during(|| assert_eq!(unsafe { oxb_first_duplicates_naive(fingerprints.as_ptr(), 100, first.as_mut_ptr()) }, OK));
        assert_eq!(naive, 0, "the naive form needs no memory of its own");
        let sorted = allocations::during(|| assert_eq!(unsafe { oxb_first_duplicates_sorted(fingerprints.as_ptr(), 100, first.as_mut_ptr()) }, OK));
        assert_eq!(sorted, 1, "only the sort's index order");
    }

    /// Set in the child process of the test below, which makes the forbidden call.
    const NULL_HASH_CHILD: &str = "OXB_TEST_NULL_HASH_BUFFER";

    #[test]
    fn hash_buffer_of_a_null_pointer_with_a_length_aborts_instead_of_hashing_nothing() {
        if std::env::var_os(NULL_HASH_CHILD).is_some() {
            let hash = unsafe { oxb_hash_buffer(std::ptr::null(), 5) };
            println!("hashed a null pointer as {hash:x}");
            std::process::exit(0);
        }
        let child = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "abi::tests::hash_buffer_of_a_null_pointer_with_a_length_aborts_instead_of_hashing_nothing", "--nocapture"])
            .env(NULL_HASH_CHILD, "1")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&child.stdout);
        assert!(!child.status.success() && !stdout.contains("hashed a null pointer"), "{:?}: {stdout}", child.status);
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(child.status.signal(), Some(6), "SIGABRT");
    }

    // ---- duplicates ----

    #[test]
    fn duplicates_through_the_abi_equal_the_rust_functions() {
        let fingerprints = [3u64, 1, 3, u64::MAX, 1];
        for find in [oxb_first_duplicates_naive, oxb_first_duplicates_sorted] {
            let mut out = [u32::MAX; 5];
            assert_eq!(unsafe { find(fingerprints.as_ptr(), 5, out.as_mut_ptr()) }, OK);
            assert_eq!(out, [0, 1, 0, 3, 1]);
            assert_eq!(unsafe { find(std::ptr::null(), 0, std::ptr::null_mut()) }, OK);
            assert_eq!(unsafe { find(std::ptr::null(), 2, out.as_mut_ptr()) }, ERR_NULL_POINTER);
            let misaligned = (out.as_mut_ptr() as *mut u8).wrapping_add(1) as *mut u32;
            assert_eq!(unsafe { find(fingerprints.as_ptr(), 1, misaligned) }, ERR_MISALIGNED);
        }
    }

    // ---- pattern matcher ----

    /// Concatenated hashes and offsets for the typed ABI.
    fn flatten(patterns: &[&[u64]]) -> (Vec<u64>, Vec<u32>) {
        let mut hashes = Vec::new();
        let mut offsets = vec![0u32];
        for pattern in patterns {
            hashes.extend_from_slice(pattern);
            offsets.push(hashes.len() as u32);
        }
        (hashes, offsets)
    }

    fn typed(patterns: &[&[u64]], fingerprint: &[u64]) -> Result<Vec<(u32, f64)>, i32> {
        let (hashes, offsets) = flatten(patterns);
        typed_raw(&hashes, &offsets, patterns.len(), fingerprint)
    }

    fn typed_raw(hashes: &[u64], offsets: &[u32], count: usize, fingerprint: &[u64]) -> Result<Vec<(u32, f64)>, i32> {
        let mut indices = vec![u32::MAX; count];
        let mut similarities = vec![f64::NAN; count];
        let status = unsafe {
            oxb_match_patterns(
                hashes.as_ptr(),
                hashes.len(),
                offsets.as_ptr(),
                count,
                fingerprint.as_ptr(),
                fingerprint.len(),
                indices.as_mut_ptr(),
                similarities.as_mut_ptr(),
            )
        };
        if status < 0 {
            return Err(status);
        }
        let n = status as usize;
        assert!(indices[n..].iter().all(|&i| i == u32::MAX), "entries past the count are untouched");
        Ok(indices[..n].iter().copied().zip(similarities[..n].iter().copied()).collect())
    }

    fn bits(matches: &[(u32, f64)]) -> Vec<(u32, u64)> {
        matches.iter().map(|&(i, s)| (i, s.to_bits())).collect()
    }

    /// A deterministic corpus: patterns drawn around a fingerprint so that some pass the threshold.
    fn corpus() -> (Vec<Vec<u64>>, Vec<u64>) {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let fingerprint: Vec<u64> = {
            let mut v: Vec<u64> = (0..40).map(|_| next() % 200).collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let mut patterns = vec![Vec::new(), fingerprint.clone()];
        for round in 0..300u64 {
            let mut pattern: Vec<u64> = fingerprint.iter().copied().filter(|_| next() % 100 >= round % 30).collect();
            pattern.extend((0..round % 7).map(|_| next() % 250));
            pattern.sort_unstable();
            pattern.dedup();
            patterns.push(pattern);
        }
        (patterns, fingerprint)
    }

    #[test]
    fn typed_abi_equals_the_rust_function() {
        let (patterns, fingerprint) = corpus();
        let refs: Vec<&[u64]> = patterns.iter().map(Vec::as_slice).collect();
        let expected = patterns::match_patterns(&refs, &fingerprint);
        assert!(expected.len() > 10 && expected.len() < patterns.len() - 10, "the corpus has matches and misses: {}", expected.len());
        assert_eq!(bits(&typed(&refs, &fingerprint).unwrap()), bits(&expected));
        // The worked example.
        let query: &[u64] = &[1, 2, 3, 4];
        let small: [&[u64]; 4] = [&[1, 2, 3], query, &[9], &[1, 2, 3, 4, 5]];
        assert_eq!(typed(&small, query).unwrap(), vec![(1, 1.0), (3, 0.8)]);
    }

    #[test]
    fn typed_abi_with_no_patterns_and_null_empty_buffers() {
        let offsets = [0u32];
        let status = unsafe {
            oxb_match_patterns(std::ptr::null(), 0, offsets.as_ptr(), 0, std::ptr::null(), 0, std::ptr::null_mut(), std::ptr::null_mut())
        };
        assert_eq!(status, 0);
        // Empty patterns and an empty fingerprint: similarity 0, no matches, no pointers needed.
        let offsets = [0u32, 0, 0];
        let mut indices = [0u32; 2];
        let mut similarities = [0f64; 2];
        let status = unsafe {
            oxb_match_patterns(std::ptr::null(), 0, offsets.as_ptr(), 2, std::ptr::null(), 0, indices.as_mut_ptr(), similarities.as_mut_ptr())
        };
        assert_eq!(status, 0);
    }

    #[test]
    fn typed_abi_rejects_malformed_offsets() {
        let hashes = [1u64, 2, 3, 4];
        let fingerprint = [1u64, 2, 3, 4];
        for (offsets, count) in [
            (&[1u32, 4][..], 1),    // does not start at 0
            (&[0, 3][..], 1),       // does not end at hashes_len
            (&[0, 5][..], 1),       // past the end
            (&[0, 3, 2, 4][..], 3), // decreasing
            (&[0, 4, 4][..], 2),    // an empty pattern after a full one: fine
        ] {
            let expected = if offsets == [0, 4, 4] { Ok(vec![(0, 1.0)]) } else { Err(ERR_MALFORMED_INPUT) };
            assert_eq!(typed_raw(&hashes, offsets, count, &fingerprint), expected, "{offsets:?}");
        }
        // Only pattern_count + 1 offsets are read.
        assert_eq!(typed_raw(&hashes, &[0, 4, 99], 1, &fingerprint), Ok(vec![(0, 1.0)]));
        assert_eq!(typed_raw(&hashes, &[0, 2, 4], 2, &fingerprint), Ok(vec![]));
        assert_eq!(typed_raw(&hashes, &[0, 0, 4], 2, &fingerprint), Ok(vec![(1, 1.0)]));
    }

    #[test]
    fn typed_abi_rejects_unsorted_or_duplicated_hashes() {
        assert_eq!(typed(&[&[2, 1]], &[1, 2]), Err(ERR_MALFORMED_INPUT));
        assert_eq!(typed(&[&[1, 1]], &[1, 2]), Err(ERR_MALFORMED_INPUT));
        assert_eq!(typed(&[&[1, 2]], &[2, 1]), Err(ERR_MALFORMED_INPUT));
        assert_eq!(typed(&[&[1, 2]], &[1, 2]), Ok(vec![(0, 1.0)]));
    }

    #[test]
    fn typed_abi_null_and_misaligned_pointers_are_errors() {
        let hashes = [1u64, 2];
        let offsets = [0u32, 2];
        let fingerprint = [1u64, 2];
        let mut indices = [0u32; 1];
        let mut similarities = [0f64; 1];
        let call = |hashes: *const u64, offsets: *const u32, fingerprint: *const u64, indices: *mut u32, similarities: *mut f64| unsafe {
            oxb_match_patterns(hashes, 2, offsets, 1, fingerprint, 2, indices, similarities)
        };
        let (h, o, f, i, s) = (hashes.as_ptr(), offsets.as_ptr(), fingerprint.as_ptr(), indices.as_mut_ptr(), similarities.as_mut_ptr());
        assert_eq!(call(h, o, f, i, s), 1);
        assert_eq!(call(std::ptr::null(), o, f, i, s), ERR_NULL_POINTER);
        assert_eq!(call(h, std::ptr::null(), f, i, s), ERR_NULL_POINTER);
        assert_eq!(call(h, o, std::ptr::null(), i, s), ERR_NULL_POINTER);
        assert_eq!(call(h, o, f, std::ptr::null_mut(), s), ERR_NULL_POINTER);
        assert_eq!(call(h, o, f, i, std::ptr::null_mut()), ERR_NULL_POINTER);
        // Misaligned: a u64 view one byte into an aligned buffer.
        let mut raw = [0u64; 4];
        let odd = unsafe { raw.as_mut_ptr().cast::<u8>().add(1) };
        assert_eq!(call(odd as *const u64, o, f, i, s), ERR_MISALIGNED);
        assert_eq!(call(h, odd as *const u32, f, i, s), ERR_MISALIGNED);
        assert_eq!(call(h, o, f, i, odd as *mut f64), ERR_MISALIGNED);
    }

    /// Calls the JSON ABI; `None` for a null result (then *out_len must be 0).
    fn json_abi(patterns: &[u8], fingerprint: &[u8]) -> Option<String> {
        let (mut ptr, mut len) = (1 as *mut u8, usize::MAX);
        let status = unsafe {
            oxb_match_patterns_json(patterns.as_ptr(), patterns.len(), fingerprint.as_ptr(), fingerprint.len(), &mut ptr, &mut len)
        };
        if status != OK {
            assert_eq!(status, ERR_MALFORMED_INPUT);
            assert!(ptr.is_null() && len == 0, "null and 0 on an error");
            return None;
        }
        assert!(len >= 2);
        assert_eq!(ptr as usize % 8, 0, "allocated like oxb_alloc");
        let text = String::from_utf8(unsafe { slice::from_raw_parts(ptr, len) }.to_vec()).unwrap();
        unsafe { oxb_dealloc(ptr, len) };
        Some(text)
    }

    fn json_input(patterns: &[Vec<u64>], fingerprint: &[u64]) -> (String, String) {
        let list = |hashes: &[u64]| hashes.iter().map(|&h| format!("\"{}\"", patterns::format_hex(h))).collect::<Vec<_>>().join(",");
        let patterns = patterns
            .iter()
            .enumerate()
            .map(|(i, p)| format!("{{\"id\": \"pattern-{i}\", \"hashes\": [{}]}}", list(p)))
            .collect::<Vec<_>>()
            .join(",\n ");
        (format!("[{patterns}]"), format!("[{}]", list(fingerprint)))
    }

    #[test]
    fn json_abi_equals_the_typed_abi_bit_for_bit() {
        let (patterns, fingerprint) = corpus();
        let refs: Vec<&[u64]> = patterns.iter().map(Vec::as_slice).collect();
        let typed = typed(&refs, &fingerprint).unwrap();
        let (patterns_json, fingerprint_json) = json_input(&patterns, &fingerprint);
        let output = json_abi(patterns_json.as_bytes(), fingerprint_json.as_bytes()).unwrap();
        assert!(!output.contains(char::is_whitespace), "no whitespace: {output}");
        let parsed: serde_json::Value = serde_json::from_str(&output).unwrap();
        let parsed = parsed.as_array().unwrap();
        assert_eq!(parsed.len(), typed.len());
        for (entry, &(index, similarity)) in parsed.iter().zip(&typed) {
            let entry = entry.as_object().unwrap();
            assert_eq!(entry.len(), 2);
            assert_eq!(entry["pattern"].as_str().unwrap(), format!("pattern-{index}"));
            assert_eq!(entry["similarity"].as_f64().unwrap().to_bits(), similarity.to_bits());
            // And the text is Rust's shortest round-trip form, which every correct parser reads back.
            assert_eq!(entry["similarity"].to_string().parse::<f64>().unwrap().to_bits(), similarity.to_bits());
        }
        assert_eq!(json_abi(b"[]", b"[]").as_deref(), Some("[]"));
    }

    #[test]
    fn json_abi_rejects_malformed_input_with_null() {
        let fingerprint = br#"["0000000000000001"]"#;
        for bad in [
            &b"not json"[..],
            b"",
            b"[{\"id\":\"x\",\"hashes\":[\"000000000000000F\"]}]", // uppercase
            b"[{\"id\":\"x\",\"hashes\":[\"000000000000001\"]}]",  // 15 digits
            b"[{\"id\":\"x\",\"hashes\":[\"00000000000000001\"]}]", // 17 digits
            b"[{\"id\":\"x\",\"hashes\":[\"0000000000000002\",\"0000000000000001\"]}]", // unsorted
        ] {
            assert_eq!(json_abi(bad, fingerprint), None, "{:?}", String::from_utf8_lossy(bad));
        }
        assert_eq!(json_abi(b"[]", br#"["ABCDEF0123456789"]"#), None);
        assert_eq!(json_abi(b"[]", b"[1]"), None);
    }

    #[test]
    fn json_functions_share_one_convention_status_and_out_pointers() {
        // Null pointers are ERR_NULL_POINTER, as for oxb_fingerprint_json; the out pointer that is
        // there still gets null or 0.
        let fingerprint = br#"["0000000000000001"]"#;
        let (mut ptr, mut len) = (1 as *mut u8, 7usize);
        let call = |patterns: *const u8, out_ptr: *mut *mut u8, out_len: *mut usize| unsafe {
            oxb_match_patterns_json(patterns, 2, fingerprint.as_ptr(), fingerprint.len(), out_ptr, out_len)
        };
        assert_eq!(call(std::ptr::null(), &mut ptr, &mut len), ERR_NULL_POINTER);
        assert!(ptr.is_null() && len == 0);
        len = 7;
        assert_eq!(call(b"[]".as_ptr(), std::ptr::null_mut(), &mut len), ERR_NULL_POINTER);
        assert_eq!(len, 0);
        ptr = 1 as *mut u8;
        assert_eq!(call(b"[]".as_ptr(), &mut ptr, std::ptr::null_mut()), ERR_NULL_POINTER);
        assert!(ptr.is_null());
        // Unaligned out pointers are fine, as for oxb_fingerprint_json.
        let mut outs = [0u8; 2 * std::mem::size_of::<usize>() + 1];
        let (out_ptr, out_len) = (outs.as_mut_ptr().wrapping_add(1), outs.as_mut_ptr().wrapping_add(1 + std::mem::size_of::<usize>()));
        assert_eq!(call(b"[]".as_ptr(), out_ptr as *mut *mut u8, out_len as *mut usize), OK);
        let written = unsafe { ((out_ptr as *const *mut u8).read_unaligned(), (out_len as *const usize).read_unaligned()) };
        assert_eq!(unsafe { slice::from_raw_parts(written.0, written.1) }, b"[]");
        unsafe { oxb_dealloc(written.0, written.1) };
    }

    #[test]
    fn boundary_calls() {
        assert_eq!(oxb_add_one(41), 42);
        let kib: Vec<u8> = (0..1024u32).map(|i| (i % 251) as u8).collect();
        assert_eq!(unsafe { oxb_hash_buffer(kib.as_ptr(), kib.len()) }, fingerprint::fnv1a64(&kib));
        assert_eq!(unsafe { oxb_hash_buffer(std::ptr::null(), 0) }, fingerprint::FNV_OFFSET, "no bytes need no pointer");
        let mut out = [0u64; 64];
        assert_eq!(unsafe { oxb_hash_items(kib.as_ptr(), kib.len(), 16, out.as_mut_ptr()) }, OK);
        for (i, hash) in out.iter().enumerate() {
            assert_eq!(*hash, fingerprint::fnv1a64(&kib[i * 16..(i + 1) * 16]));
        }
        assert_eq!(unsafe { oxb_hash_items(kib.as_ptr(), kib.len(), 0, out.as_mut_ptr()) }, ERR_MALFORMED_INPUT);
        assert_eq!(unsafe { oxb_hash_items(kib.as_ptr(), kib.len(), 1000, out.as_mut_ptr()) }, ERR_MALFORMED_INPUT);
        assert_eq!(unsafe { oxb_hash_items(std::ptr::null(), 16, 16, out.as_mut_ptr()) }, ERR_NULL_POINTER);
        assert_eq!(unsafe { oxb_hash_items(kib.as_ptr(), 16, 16, std::ptr::null_mut()) }, ERR_NULL_POINTER);
        assert_eq!(oxb_spin(0), fingerprint::FNV_OFFSET);
    }
}
