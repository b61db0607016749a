//! A port with a type error, for PortBuildTest.

fn reverse(input: &[u8]) -> Vec<u8> {
    input.len()
}

oxbench_port::export!(reverse);
