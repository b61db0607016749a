//! The wire format of a list of strings at the FFI and wasm boundary.
//!
//! A node list is a byte buffer of records, each a `u32` little-endian byte length followed by
//! that many bytes of UTF-8. Java (FFM), the JavaScript and Python callers all encode it the
//! same way; a length that runs past the end or bytes that are not UTF-8 are rejected.

use std::fmt;

#[derive(Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The buffer ends inside a record's length or body; the offset is where the record starts.
    Truncated { offset: usize },
    /// A record's bytes are not valid UTF-8.
    NotUtf8 { offset: usize },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Truncated { offset } => write!(f, "node list truncated at byte {offset}"),
            DecodeError::NotUtf8 { offset } => write!(f, "node at byte {offset} is not UTF-8"),
        }
    }
}

/// Decodes a node list into borrowed strings.
pub fn decode(buffer: &[u8]) -> Result<Vec<&str>, DecodeError> {
    let mut nodes = Vec::new();
    let mut offset = 0;
    while offset < buffer.len() {
        let start = offset;
        let length_bytes = buffer
            .get(offset..offset + 4)
            .ok_or(DecodeError::Truncated { offset: start })?;
        let length = u32::from_le_bytes(length_bytes.try_into().unwrap()) as usize;
        offset += 4;
        let body = buffer
            .get(offset..offset + length)
            .ok_or(DecodeError::Truncated { offset: start })?;
        nodes.push(std::str::from_utf8(body).map_err(|_| DecodeError::NotUtf8 { offset: start })?);
        offset += length;
    }
    Ok(nodes)
}

/// Encodes strings in the wire format (used by tests and by Rust callers).
pub fn encode<S: AsRef<str>>(nodes: &[S]) -> Vec<u8> {
    let mut buffer = Vec::new();
    for node in nodes {
        let bytes = node.as_ref().as_bytes();
        buffer.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
        buffer.extend_from_slice(bytes);
    }
    buffer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_empty_ascii_and_non_ascii_strings() {
        let nodes = ["", "Module", "Name id='naïve_名前'", "Constant value='\\n'"];
        assert_eq!(decode(&encode(&nodes)).unwrap(), nodes);
    }

    #[test]
    fn empty_buffer_is_an_empty_list() {
        assert_eq!(decode(&[]).unwrap(), Vec::<&str>::new());
    }

    #[test]
    fn rejects_a_truncated_length() {
        assert_eq!(decode(&[1, 0]), Err(DecodeError::Truncated { offset: 0 }));
    }

    #[test]
    fn rejects_a_body_shorter_than_its_length() {
        let mut buffer = encode(&["ok"]);
        buffer.extend_from_slice(&[5, 0, 0, 0, b'a']);
        assert_eq!(decode(&buffer), Err(DecodeError::Truncated { offset: 6 }));
    }

    #[test]
    fn rejects_invalid_utf8() {
        assert_eq!(decode(&[1, 0, 0, 0, 0xff]), Err(DecodeError::NotUtf8 { offset: 0 }));
    }
}
