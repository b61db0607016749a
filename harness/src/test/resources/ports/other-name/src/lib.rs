//! A port that exports another function than the one asked for, for PortBuildTest.

fn something_else(input: &[u8]) -> Vec<u8> {
    input.to_vec()
}

oxbench_port::export!(something_else);
