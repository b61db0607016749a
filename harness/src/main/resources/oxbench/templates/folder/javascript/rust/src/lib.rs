//! The Rust port of prototype.js's `blockChecksums`: replace it with the port of your own function.
//!
//! The port takes the input's bytes and returns the bytes the prototype returns (a string as its
//! UTF-8 bytes); oxbench checks that they are the same for every input before it times anything.
//! `oxbench_port::export!` exports it through oxbench's C ABI (the name is `rust.function` in
//! oxbench.toml). A panic fails only this implementation, with the panic's message.

const BLOCK_SIZE: usize = 1024;
const MOD_ADLER: u32 = 65521;

/// The Adler-32 checksum of every 1 KiB block, each as 4 big-endian bytes.
fn block_checksums(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(BLOCK_SIZE) * 4);
    for block in data.chunks(BLOCK_SIZE) {
        let (mut a, mut b) = (1u32, 0u32);
        for &byte in block {
            a = (a + u32::from(byte)) % MOD_ADLER;
            b = (b + a) % MOD_ADLER;
        }
        out.extend_from_slice(&((b << 16) | a).to_be_bytes());
    }
    out
}

oxbench_port::export!(block_checksums);
