//! The C ABI shared by the native library (called through FFM) and the wasm32 module (called
//! through GraalWasm from Java, JavaScript and Python).
//!
//! Buffers cross the boundary as (pointer, length) pairs. In wasm, callers get memory inside the
//! module's linear memory with [`oxb_alloc`] and give it back with [`oxb_dealloc`]; native callers
//! pass their own memory. Functions that can fail return a status ([`OK`] or a negative error)
//! and write their result through an out pointer; they never panic across the boundary.

use crate::{fingerprint, nodelist};
use std::alloc::{alloc, dealloc, Layout};
use std::slice;

/// Success.
pub const OK: i32 = 0;
/// The input buffer is not a valid node list (see [`nodelist`]).
pub const ERR_MALFORMED_INPUT: i32 = -1;
/// A null pointer was passed where a buffer or out pointer was required.
pub const ERR_NULL_POINTER: i32 = -2;

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
}
