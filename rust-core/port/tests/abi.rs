//! The ABI that `export!` generates, called the way oxbench calls it: through the `extern "C"`
//! symbols (declared below and resolved by the linker), never through the Rust functions.

use oxbench_port::{ABI_VERSION, STATUS_BAD_ARGUMENTS, STATUS_OK, STATUS_PANIC};
use std::ptr;

fn reverse(input: &[u8]) -> Vec<u8> {
    input.iter().rev().copied().collect()
}

fn length_as_text(input: &[u8]) -> String {
    input.len().to_string()
}

fn fails_on_boom(input: &[u8]) -> Vec<u8> {
    match input {
        b"boom" => panic!("no boom allowed"),
        b"formatted" => panic!("input of {} bytes refused", input.len()),
        b"no message" => std::panic::panic_any(42_u32),
        _ => input.to_vec(),
    }
}

oxbench_port::export!(reverse, length_as_text, fails_on_boom);

type Call = unsafe extern "C" fn(*const u8, usize, *mut *mut u8, *mut usize) -> i32;

extern "C" {
    fn oxbench_port_abi_version() -> u32;
    fn oxbench_port_alloc(len: usize) -> *mut u8;
    fn oxbench_port_free(ptr: *mut u8, len: usize);
    fn oxbench_port_call_reverse(in_ptr: *const u8, in_len: usize, out_ptr: *mut *mut u8, out_len: *mut usize) -> i32;
    fn oxbench_port_call_length_as_text(in_ptr: *const u8, in_len: usize, out_ptr: *mut *mut u8, out_len: *mut usize) -> i32;
    fn oxbench_port_call_fails_on_boom(in_ptr: *const u8, in_len: usize, out_ptr: *mut *mut u8, out_len: *mut usize) -> i32;
}

/// Calls `function` the way a C caller does: the input in a buffer from `oxbench_port_alloc`,
/// the output copied out of its buffer, which is then freed with its length.
fn call(function: Call, input: &[u8]) -> (i32, Vec<u8>) {
    unsafe {
        let buffer = oxbench_port_alloc(input.len());
        assert!(!buffer.is_null());
        ptr::copy_nonoverlapping(input.as_ptr(), buffer, input.len());
        let mut out_ptr: *mut u8 = ptr::null_mut();
        let mut out_len: usize = usize::MAX;
        let status = function(buffer, input.len(), &mut out_ptr, &mut out_len);
        oxbench_port_free(buffer, input.len());
        assert!(!out_ptr.is_null(), "the output pointer is never null, even for an empty output");
        let output = std::slice::from_raw_parts(out_ptr, out_len).to_vec();
        oxbench_port_free(out_ptr, out_len);
        (status, output)
    }
}

#[test]
fn abi_version_is_one() {
    assert_eq!(unsafe { oxbench_port_abi_version() }, 1);
    assert_eq!(ABI_VERSION, 1);
}

#[test]
fn alloc_gives_writable_buffers_that_free_releases() {
    for len in [1usize, 7, 4096, 1 << 20] {
        unsafe {
            let buffer = oxbench_port_alloc(len);
            assert!(!buffer.is_null(), "alloc({len})");
            ptr::write_bytes(buffer, 0xAB, len);
            assert_eq!(*buffer.add(len - 1), 0xAB);
            oxbench_port_free(buffer, len);
        }
    }
}

#[test]
fn alloc_of_zero_bytes_is_a_non_null_pointer_that_free_accepts() {
    unsafe {
        let buffer = oxbench_port_alloc(0);
        assert!(!buffer.is_null());
        oxbench_port_free(buffer, 0);
        oxbench_port_free(ptr::null_mut(), 0);
    }
}

#[test]
fn call_round_trips_the_bytes_through_the_symbols() {
    assert_eq!(call(oxbench_port_call_reverse, b"hello, port"), (STATUS_OK, b"trop ,olleh".to_vec()));
    let binary: Vec<u8> = (0..=255).collect();
    let reversed: Vec<u8> = (0..=255).rev().collect();
    assert_eq!(call(oxbench_port_call_reverse, &binary), (STATUS_OK, reversed));
}

#[test]
fn several_functions_in_one_export() {
    assert_eq!(call(oxbench_port_call_length_as_text, b"12345"), (STATUS_OK, b"5".to_vec()));
    assert_eq!(call(oxbench_port_call_reverse, b"ab"), (STATUS_OK, b"ba".to_vec()));
    assert_eq!(call(oxbench_port_call_fails_on_boom, b"fine"), (STATUS_OK, b"fine".to_vec()));
}

#[test]
fn empty_input_with_a_null_or_dangling_pointer() {
    assert_eq!(call(oxbench_port_call_reverse, b""), (STATUS_OK, Vec::new()));
    assert_eq!(call(oxbench_port_call_length_as_text, b""), (STATUS_OK, b"0".to_vec()));
    unsafe {
        let mut out_ptr: *mut u8 = ptr::null_mut();
        let mut out_len: usize = 99;
        assert_eq!(oxbench_port_call_length_as_text(ptr::null(), 0, &mut out_ptr, &mut out_len), STATUS_OK);
        assert_eq!(std::slice::from_raw_parts(out_ptr, out_len), b"0");
        oxbench_port_free(out_ptr, out_len);
    }
}

#[test]
fn a_panic_gives_status_one_and_its_message() {
    assert_eq!(call(oxbench_port_call_fails_on_boom, b"boom"), (STATUS_PANIC, b"no boom allowed".to_vec()));
    assert_eq!(
        call(oxbench_port_call_fails_on_boom, b"formatted"),
        (STATUS_PANIC, b"input of 9 bytes refused".to_vec())
    );
    assert_eq!(call(oxbench_port_call_fails_on_boom, b"no message"), (STATUS_PANIC, Vec::new()));
    // The function still works after a caught panic.
    assert_eq!(call(oxbench_port_call_fails_on_boom, b"again"), (STATUS_OK, b"again".to_vec()));
}

#[test]
fn null_pointers_are_refused_without_writing() {
    unsafe {
        let mut out_ptr: *mut u8 = ptr::null_mut();
        let mut out_len: usize = 7;
        assert_eq!(oxbench_port_call_reverse(ptr::null(), 3, &mut out_ptr, &mut out_len), STATUS_BAD_ARGUMENTS);
        assert_eq!((out_ptr, out_len), (ptr::null_mut(), 7));
        assert_eq!(oxbench_port_call_reverse(b"abc".as_ptr(), 3, ptr::null_mut(), &mut out_len), STATUS_BAD_ARGUMENTS);
        assert_eq!(oxbench_port_call_reverse(b"abc".as_ptr(), 3, &mut out_ptr, ptr::null_mut()), STATUS_BAD_ARGUMENTS);
    }
}
