//! A port that exports the ABI by hand with version 2, which oxbench must refuse, for PortBuildTest.

#[no_mangle]
pub extern "C" fn oxbench_port_abi_version() -> u32 {
    2
}

#[no_mangle]
pub extern "C" fn oxbench_port_alloc(_len: usize) -> *mut u8 {
    std::ptr::null_mut()
}

#[no_mangle]
pub extern "C" fn oxbench_port_free(_ptr: *mut u8, _len: usize) {}

#[no_mangle]
pub extern "C" fn oxbench_port_call_reverse(_: *const u8, _: usize, _: *mut *mut u8, _: *mut usize) -> i32 {
    2
}
