//! oxbench's port ABI (version 1): how oxbench calls the Rust port of a story in a folder.
//!
//! A port crate writes its function and exports it:
//!
//! ```ignore
//! fn count_words(input: &[u8]) -> Vec<u8> { /* ... */ }
//! oxbench_port::export!(count_words);
//! ```
//!
//! [`export!`] generates every symbol of the ABI (all `#[no_mangle] extern "C"`), so invoke it once
//! per crate, naming every function to export (`export!(a, b)`):
//!
//! - `oxbench_port_abi_version() -> u32`: [`ABI_VERSION`].
//! - `oxbench_port_alloc(len: usize) -> *mut u8`: a buffer of `len` bytes for an input (null if
//!   the allocation fails; a dangling, non-null pointer for `len` 0).
//! - `oxbench_port_free(ptr: *mut u8, len: usize)`: frees a buffer from `oxbench_port_alloc` or a
//!   call's output, given its length.
//! - `oxbench_port_call_<name>(in_ptr, in_len, out_ptr, out_len) -> i32`: calls `<name>` on the
//!   input; [`STATUS_OK`] with the output, [`STATUS_PANIC`] with the panic's message, or
//!   [`STATUS_BAD_ARGUMENTS`] (a null pointer where one is needed; nothing is written).
//! - wasm32 only: `oxbench_port_panic_message(out_ptr, out_len) -> i32`, the message of the panic
//!   that trapped the last call (with panic=abort a wasm32 panic is a trap that no caller can catch).
//!
//! docs/port-abi.md is the full contract (ownership, the panic strategy, how oxbench builds).

/// The version of the ABI that [`export!`] generates, returned by `oxbench_port_abi_version`.
pub const ABI_VERSION: u32 = 1;
/// The call returned its function's output.
pub const STATUS_OK: i32 = 0;
/// The function panicked; the output is the panic's message (UTF-8, empty if it had none).
pub const STATUS_PANIC: i32 = 1;
/// The caller passed a null pointer for an output slot, or for a non-empty input; nothing was written.
pub const STATUS_BAD_ARGUMENTS: i32 = 2;

/// What an exported function may return: its bytes become the call's output.
pub trait PortOutput {
    fn into_output(self) -> Box<[u8]>;
}

impl PortOutput for Vec<u8> {
    fn into_output(self) -> Box<[u8]> {
        self.into_boxed_slice()
    }
}

impl PortOutput for Box<[u8]> {
    fn into_output(self) -> Box<[u8]> {
        self
    }
}

/// A string's UTF-8 bytes (as a Python `str` or a JavaScript string result is compared).
impl PortOutput for String {
    fn into_output(self) -> Box<[u8]> {
        self.into_bytes().into_boxed_slice()
    }
}

/// Exports the named functions, each `fn(&[u8]) -> R` with `R`: [`PortOutput`] (`Vec<u8>`,
/// `Box<[u8]>` or `String`), through the port ABI; see the crate's documentation.
/// Invoke it once per crate: it also defines the ABI's shared symbols.
#[macro_export]
macro_rules! export {
    ($($name:ident),+ $(,)?) => {
        const _: () = {
            #[no_mangle]
            pub extern "C" fn oxbench_port_abi_version() -> u32 {
                $crate::ABI_VERSION
            }

            #[no_mangle]
            pub extern "C" fn oxbench_port_alloc(len: usize) -> *mut u8 {
                $crate::__private::alloc(len)
            }

            /// # Safety
            /// `ptr` and `len` are a buffer from `oxbench_port_alloc` or a call's output, freed once.
            #[no_mangle]
            pub unsafe extern "C" fn oxbench_port_free(ptr: *mut u8, len: usize) {
                $crate::__private::free(ptr, len)
            }

            #[cfg(target_arch = "wasm32")]
            #[no_mangle]
            pub unsafe extern "C" fn oxbench_port_panic_message(out_ptr: *mut *mut u8, out_len: *mut usize) -> i32 {
                $crate::__private::panic_message(out_ptr, out_len)
            }
        };
        $(
            const _: () = {
                /// # Safety
                /// `in_ptr`/`in_len` is a readable buffer (or `in_len` is 0); `out_ptr` and
                /// `out_len` are writable.
                #[export_name = concat!("oxbench_port_call_", stringify!($name))]
                pub unsafe extern "C" fn call(
                    in_ptr: *const u8,
                    in_len: usize,
                    out_ptr: *mut *mut u8,
                    out_len: *mut usize,
                ) -> i32 {
                    $crate::__private::call(in_ptr, in_len, out_ptr, out_len, $name)
                }
            };
        )+
    };
}

/// What the code [`export!`] generates calls; not an API of its own.
#[doc(hidden)]
pub mod __private {
    use crate::{PortOutput, STATUS_BAD_ARGUMENTS, STATUS_OK, STATUS_PANIC};
    use std::alloc::Layout;
    use std::panic::{self, AssertUnwindSafe};
    use std::ptr::{self, NonNull};

    pub fn alloc(len: usize) -> *mut u8 {
        if len == 0 {
            return NonNull::dangling().as_ptr();
        }
        match Layout::array::<u8>(len) {
            // SAFETY: the layout's size is not zero. The layout is a Box<[u8]>'s of length `len`,
            // so `free` releases this buffer the same way as an output.
            Ok(layout) => unsafe { std::alloc::alloc(layout) },
            Err(_) => ptr::null_mut(),
        }
    }

    /// # Safety
    /// `ptr`/`len` come from [`alloc`] or a call's output and are freed once.
    pub unsafe fn free(ptr: *mut u8, len: usize) {
        if ptr.is_null() || len == 0 {
            return; // nothing was allocated (a dangling pointer stands for an empty buffer)
        }
        drop(Box::from_raw(ptr::slice_from_raw_parts_mut(ptr, len)));
    }

    /// # Safety
    /// As the generated `oxbench_port_call_<name>`.
    pub unsafe fn call<R: PortOutput>(
        in_ptr: *const u8,
        in_len: usize,
        out_ptr: *mut *mut u8,
        out_len: *mut usize,
        function: fn(&[u8]) -> R,
    ) -> i32 {
        if out_ptr.is_null() || out_len.is_null() || (in_ptr.is_null() && in_len != 0) {
            return STATUS_BAD_ARGUMENTS;
        }
        // A null or dangling pointer may stand for an empty input; a slice needs neither.
        let input: &[u8] = if in_len == 0 { &[] } else { std::slice::from_raw_parts(in_ptr, in_len) };
        #[cfg(target_arch = "wasm32")]
        record_panics();
        let (status, output) = match panic::catch_unwind(AssertUnwindSafe(|| function(input).into_output())) {
            Ok(output) => (STATUS_OK, output),
            Err(payload) => (STATUS_PANIC, message_of(&*payload).into_bytes().into_boxed_slice()),
        };
        write_output(output, out_ptr, out_len);
        status
    }

    unsafe fn write_output(output: Box<[u8]>, out_ptr: *mut *mut u8, out_len: *mut usize) {
        *out_len = output.len();
        *out_ptr = Box::into_raw(output) as *mut u8;
    }

    /// A panic's message: `panic!("literal")` carries a `&str`, a formatted one a `String`;
    /// any other payload (`std::panic::panic_any`) has none.
    fn message_of(payload: &(dyn std::any::Any + Send)) -> String {
        if let Some(text) = payload.downcast_ref::<&str>() {
            (*text).to_owned()
        } else if let Some(text) = payload.downcast_ref::<String>() {
            text.clone()
        } else {
            String::new()
        }
    }

    #[cfg(target_arch = "wasm32")]
    static LAST_PANIC: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

    /// wasm32 builds abort on a panic (a trap), so `catch_unwind` never returns an error there:
    /// a panic hook keeps the message for `oxbench_port_panic_message`, then the previous hook runs.
    #[cfg(target_arch = "wasm32")]
    fn record_panics() {
        static INSTALL: std::sync::Once = std::sync::Once::new();
        INSTALL.call_once(|| {
            let previous = panic::take_hook();
            panic::set_hook(Box::new(move |info| {
                if let Ok(mut last) = LAST_PANIC.lock() {
                    *last = Some(message_of(info.payload()));
                }
                previous(info);
            }));
        });
    }

    /// # Safety
    /// `out_ptr` and `out_len` are writable.
    #[cfg(target_arch = "wasm32")]
    pub unsafe fn panic_message(out_ptr: *mut *mut u8, out_len: *mut usize) -> i32 {
        if out_ptr.is_null() || out_len.is_null() {
            return STATUS_BAD_ARGUMENTS;
        }
        let last = LAST_PANIC.lock().ok().and_then(|mut last| last.take());
        match last {
            Some(message) => {
                write_output(message.into_bytes().into_boxed_slice(), out_ptr, out_len);
                STATUS_PANIC
            }
            None => {
                write_output(Box::new([]), out_ptr, out_len);
                STATUS_OK
            }
        }
    }
}
