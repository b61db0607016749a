//! rust-core's typed pattern matcher as a Node-API addon: the guide's "Neon / napi-rs" route for
//! JavaScript, built with no crates (neither is packaged by Debian). The handful of `napi_*`
//! functions it uses are declared in `napi_sys.rs` from Node's `node_api.h`; node resolves them when it
//! loads the addon (`process.dlopen`), and calls [`napi_register_module_v1`] to get its exports.
//!
//! One export, `matchPatterns(hashes, offsets, fingerprint, indices, similarities)`, is the
//! FFM and wasm typed boundary (`oxb_match_patterns`) with typed arrays in place of pointers:
//! `hashes` (BigUint64Array) and `offsets` (Uint32Array, one more than there are patterns) hold the
//! pattern library, `fingerprint` (BigUint64Array) the query, and `indices` (Uint32Array) and
//! `similarities` (Float64Array), one entry per pattern, receive the matches. It returns their
//! number, and throws on malformed input. No data is copied across the boundary: the addon reads
//! and writes the typed arrays' own memory.

use std::ffi::c_void;
use std::ptr;

mod napi_sys;
use napi_sys::*;

/// One typed array argument: its element count and its memory (null when empty).
struct Typed {
    len: usize,
    data: *mut c_void,
}

/// The argument's typed-array view, if it is a typed array of `kind`.
unsafe fn typed(env: NapiEnv, value: NapiValue, kind: i32) -> Option<Typed> {
    let mut actual = -1;
    let mut len = 0;
    let mut data = ptr::null_mut();
    let status = napi_get_typedarray_info(env, value, &mut actual, &mut len, &mut data, ptr::null_mut(), ptr::null_mut());
    (status == NAPI_OK && actual == kind).then_some(Typed { len, data })
}

unsafe extern "C" fn match_patterns(env: NapiEnv, info: NapiCallbackInfo) -> NapiValue {
    let mut argc = 5usize;
    let mut argv = [ptr::null_mut(); 5];
    if napi_get_cb_info(env, info, &mut argc, argv.as_mut_ptr(), ptr::null_mut(), ptr::null_mut()) != NAPI_OK || argc != 5 {
        napi_throw_type_error(env, ptr::null(), c"matchPatterns(hashes, offsets, fingerprint, indices, similarities) takes 5 arguments".as_ptr());
        return ptr::null_mut();
    }
    let arguments = (
        typed(env, argv[0], BIGUINT64_ARRAY),
        typed(env, argv[1], UINT32_ARRAY),
        typed(env, argv[2], BIGUINT64_ARRAY),
        typed(env, argv[3], UINT32_ARRAY),
        typed(env, argv[4], FLOAT64_ARRAY),
    );
    let (Some(hashes), Some(offsets), Some(fingerprint), Some(indices), Some(similarities)) = arguments else {
        napi_throw_type_error(env, ptr::null(),
            c"matchPatterns takes a BigUint64Array, a Uint32Array, a BigUint64Array, a Uint32Array and a Float64Array".as_ptr());
        return ptr::null_mut();
    };
    let pattern_count = offsets.len.saturating_sub(1);
    if offsets.len == 0 || indices.len < pattern_count || similarities.len < pattern_count {
        napi_throw_type_error(env, ptr::null(),
            c"offsets needs one entry more than there are patterns, indices and similarities one per pattern".as_ptr());
        return ptr::null_mut();
    }
    let found = rust_core::abi::oxb_match_patterns(
        hashes.data as *const u64, hashes.len,
        offsets.data as *const u32, pattern_count,
        fingerprint.data as *const u64, fingerprint.len,
        indices.data as *mut u32, similarities.data as *mut f64);
    if found < 0 {
        napi_throw_error(env, ptr::null(), c"oxb_match_patterns refused the input (offsets out of order, or hashes not strictly ascending)".as_ptr());
        return ptr::null_mut();
    }
    let mut result = ptr::null_mut();
    napi_create_int32(env, found, &mut result);
    result
}

/// Node's entry point for an addon without a static constructor: adds `matchPatterns` to `exports`.
///
/// # Safety
/// Called by node with a live environment and its exports object.
#[no_mangle]
pub unsafe extern "C" fn napi_register_module_v1(env: NapiEnv, exports: NapiValue) -> NapiValue {
    export_function(env, exports, c"matchPatterns", match_patterns)
}
