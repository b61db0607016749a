//! A port that builds natively but not for wasm32 (as one that needs threads), for PortBuildTest.

#[cfg(target_arch = "wasm32")]
compile_error!("this port needs threads, which wasm32 does not have");

fn reverse(input: &[u8]) -> Vec<u8> {
    input.iter().rev().copied().collect()
}

oxbench_port::export!(reverse);
