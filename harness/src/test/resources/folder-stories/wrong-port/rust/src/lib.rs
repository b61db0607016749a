//! A deliberately wrong port of prototype.py's `summarize`, for oxbench's tests: it forgets that a line
//! may end with CRLF, so a blank line of a CRLF file counts as an unparsed line. The summary of
//! inputs/checkout-small.log (LF only) is right; that of inputs/payments-worker-crlf.log is not.

use std::collections::HashMap;

const LEVELS: [&str; 5] = ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"];
const TOP_LOGGERS: usize = 5;

/// `YYYY-MM-DD HH:MM:SS,mmm `: where a digit must be (`d`) and which bytes are fixed.
const TIMESTAMP: &[u8; 24] = b"dddd-dd-dd dd:dd:dd,ddd ";

/// The level's index in `LEVELS` and the logger's name, when `line` starts as the prototype's `LINE` does.
fn parse(line: &[u8]) -> Option<(usize, &[u8])> {
    if line.len() < TIMESTAMP.len() {
        return None;
    }
    for (&byte, &shape) in line.iter().zip(TIMESTAMP.iter()) {
        let fits = if shape == b'd' { byte.is_ascii_digit() } else { byte == shape };
        if !fits {
            return None;
        }
    }
    let rest = &line[TIMESTAMP.len()..];
    let level = LEVELS.iter().position(|level| {
        rest.starts_with(level.as_bytes()) && rest[level.len()..].starts_with(b" [")
    })?;
    let name = &rest[LEVELS[level].len() + 2..];
    let end = name.iter().position(|&byte| byte == b']')?;
    if end == 0 || name.get(end + 1) != Some(&b' ') {
        return None;
    }
    Some((level, &name[..end]))
}

fn summarize(data: &[u8]) -> Vec<u8> {
    let mut levels = [0usize; LEVELS.len()];
    let mut problems: HashMap<&[u8], usize> = HashMap::new();
    let (mut lines, mut unparsed) = (0usize, 0usize);
    for line in data.split(|&byte| byte == b'\n') {
        if line.is_empty() {
            continue;
        }
        lines += 1;
        match parse(line) {
            None => unparsed += 1,
            Some((level, logger)) => {
                levels[level] += 1;
                if level >= 2 {
                    *problems.entry(logger).or_insert(0) += 1;
                }
            }
        }
    }
    // Names that are not UTF-8 are shown with U+FFFD, as Python's errors="replace" does; merged after that.
    let mut noisiest: HashMap<String, usize> = HashMap::new();
    for (logger, count) in problems {
        *noisiest.entry(String::from_utf8_lossy(logger).into_owned()).or_insert(0) += count;
    }
    let mut noisiest: Vec<(String, usize)> = noisiest.into_iter().collect();
    noisiest.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut out = format!("lines {lines} ({unparsed} unparsed)\n");
    for (level, count) in LEVELS.iter().zip(levels) {
        out.push_str(&format!("{level} {count}\n"));
    }
    out.push_str("warnings and errors by logger:\n");
    for (logger, count) in noisiest.into_iter().take(TOP_LOGGERS) {
        out.push_str(&format!("  {logger} {count}\n"));
    }
    out.into_bytes()
}

oxbench_port::export!(summarize);
