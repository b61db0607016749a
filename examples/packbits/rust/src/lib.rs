//! The Rust port of prototype.js's `packBits`: PackBits run-length encoding, the same packets byte for
//! byte (a repeat packet for every run of 3 or more equal bytes, runs and literals split at 128).

const MAX_PACKET: usize = 128;
const MIN_RUN: usize = 3;

/// The length of the run of equal bytes that starts at `data[start]`, at most `MAX_PACKET`.
fn run_length(data: &[u8], start: usize) -> usize {
    let end = data.len().min(start + MAX_PACKET);
    data[start + 1..end].iter().take_while(|&&byte| byte == data[start]).count() + 1
}

fn pack_bits(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + data.len().div_ceil(MAX_PACKET));
    let mut i = 0;
    while i < data.len() {
        let run = run_length(data, i);
        if run >= MIN_RUN {
            out.push((257 - run) as u8);
            out.push(data[i]);
            i += run;
            continue;
        }
        let header = out.len();
        out.push(0);
        let start = i;
        while i < data.len() && i - start < MAX_PACKET && run_length(data, i) < MIN_RUN {
            out.push(data[i]);
            i += 1;
        }
        out[header] = (i - start - 1) as u8;
    }
    out
}

oxbench_port::export!(pack_bits);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_three_repeat_and_pairs_stay_literal() {
        assert_eq!(pack_bits(b""), b"");
        assert_eq!(pack_bits(b"aaab"), [254, b'a', 0, b'b']);
        assert_eq!(pack_bits(b"aabcc"), [4, b'a', b'a', b'b', b'c', b'c']);
        assert_eq!(pack_bits(&[7; 130]), [129, 7, 1, 7, 7]);
    }
}
