//! A port for PortBuildTest: two functions in one export!, one of which panics on one input.

fn reverse(input: &[u8]) -> Vec<u8> {
    input.iter().rev().copied().collect()
}

fn reverse_unless_boom(input: &[u8]) -> String {
    if input == b"boom" {
        panic!("refused input of {} bytes: boom", input.len());
    }
    String::from_utf8_lossy(&reverse(input)).into_owned()
}

oxbench_port::export!(reverse, reverse_unless_boom);
