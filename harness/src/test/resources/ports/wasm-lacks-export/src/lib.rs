//! A port whose wasm32 build exports another function than its native build, for PortBuildTest.

fn reverse(input: &[u8]) -> Vec<u8> {
    input.iter().rev().copied().collect()
}

#[cfg(not(target_arch = "wasm32"))]
oxbench_port::export!(reverse);

#[cfg(target_arch = "wasm32")]
oxbench_port::export!(something_else);

#[cfg(target_arch = "wasm32")]
fn something_else(input: &[u8]) -> Vec<u8> {
    input.to_vec()
}
