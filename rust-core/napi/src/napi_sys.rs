//! The part of Node's `node_api.h` oxbench's Node-API addons use, declared by hand (neither napi nor
//! napi-sys is packaged by Debian): rust-core's addon (`lib.rs`) and the addon oxbench generates
//! around a folder story's port (harness PortWrappers.java, which includes this file by its path).
//! Node resolves these symbols when it loads an addon (`process.dlopen`).
#![allow(dead_code)] // each addon uses its own part of the list

use std::ffi::{c_char, c_void, CStr};
use std::ptr;

pub type NapiEnv = *mut c_void;
pub type NapiValue = *mut c_void;
pub type NapiCallbackInfo = *mut c_void;
pub type NapiStatus = i32;
pub type NapiCallback = unsafe extern "C" fn(NapiEnv, NapiCallbackInfo) -> NapiValue;

pub const NAPI_OK: NapiStatus = 0;
// napi_typedarray_type
pub const UINT8_ARRAY: i32 = 1;
pub const UINT32_ARRAY: i32 = 6;
pub const FLOAT64_ARRAY: i32 = 8;
pub const BIGUINT64_ARRAY: i32 = 10;

extern "C" {
    pub fn napi_create_function(env: NapiEnv, name: *const c_char, length: usize, cb: NapiCallback, data: *mut c_void,
        result: *mut NapiValue) -> NapiStatus;
    pub fn napi_set_named_property(env: NapiEnv, object: NapiValue, name: *const c_char, value: NapiValue) -> NapiStatus;
    pub fn napi_get_cb_info(env: NapiEnv, info: NapiCallbackInfo, argc: *mut usize, argv: *mut NapiValue,
        this_arg: *mut NapiValue, data: *mut *mut c_void) -> NapiStatus;
    pub fn napi_get_typedarray_info(env: NapiEnv, typedarray: NapiValue, kind: *mut i32, length: *mut usize,
        data: *mut *mut c_void, arraybuffer: *mut NapiValue, byte_offset: *mut usize) -> NapiStatus;
    pub fn napi_create_int32(env: NapiEnv, value: i32, result: *mut NapiValue) -> NapiStatus;
    pub fn napi_create_buffer_copy(env: NapiEnv, length: usize, data: *const c_void, result_data: *mut *mut c_void,
        result: *mut NapiValue) -> NapiStatus;
    pub fn napi_throw_type_error(env: NapiEnv, code: *const c_char, msg: *const c_char) -> NapiStatus;
    pub fn napi_throw_error(env: NapiEnv, code: *const c_char, msg: *const c_char) -> NapiStatus;
}

/// Adds the function `callback` to `exports` as `name`: `exports`, or null if node refused.
///
/// # Safety
/// `env` and `exports` are the live ones node passed to `napi_register_module_v1`.
pub unsafe fn export_function(env: NapiEnv, exports: NapiValue, name: &CStr, callback: NapiCallback) -> NapiValue {
    let mut function = ptr::null_mut();
    if napi_create_function(env, name.as_ptr(), name.to_bytes().len(), callback, ptr::null_mut(), &mut function) != NAPI_OK
        || napi_set_named_property(env, exports, name.as_ptr(), function) != NAPI_OK
    {
        return ptr::null_mut();
    }
    exports
}
