//! A port that uses a crate from crates.io: the number of lines of its input, as decimal text.

fn count_lines(input: &[u8]) -> Vec<u8> {
    memchr::memchr_iter(b'\n', input).count().to_string().into_bytes()
}

oxbench_port::export!(count_lines);
