//! Strategy 2 of the guide, microservice extraction: the fingerprint served over HTTP/1.1.
//!
//! The protocol side of `oxbench-serve` (src/bin/oxbench-serve.rs), kept free of sockets so that
//! it can be tested on byte buffers. Only what the service needs is accepted: requests framed by
//! `Content-Length` (no chunked bodies), persistent connections (HTTP/1.1's default), and two
//! endpoints:
//!
//! - `GET /health` (or `HEAD`): 200 `ok`;
//! - `POST /fingerprint` with a node list in the [`nodelist`] wire format as the body (what
//!   `oxb_fingerprint` takes): 200 with the fingerprint as 16 lowercase hex digits.
//!
//! Every body is one line of plain text. A request that cannot be answered gets a 4xx (or 505) with
//! the reason; when its framing is broken (malformed head, no length for a body) the connection is
//! closed after the answer, since where the next request starts is unknown. Nothing here panics:
//! the release profile aborts on panic, which would take every other connection down too.

use crate::{fingerprint, nodelist};
use std::io::{self, BufRead, Read, Write};

/// Longest request line or header line accepted, in bytes.
pub const MAX_LINE: usize = 8 * 1024;
/// Most header lines accepted in one request.
pub const MAX_HEADERS: usize = 100;
/// Largest body accepted. The node list of the largest standard-library module is a few MB.
pub const MAX_BODY: usize = 64 * 1024 * 1024;

/// One answer: status, a one-line body, and whether the connection ends after it.
#[derive(Debug, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub body: String,
    pub close: bool,
    /// The methods the path accepts, sent as `Allow` with a 405.
    pub allow: Option<&'static str>,
}

impl Response {
    fn new(status: u16, body: impl Into<String>) -> Self {
        let mut body = body.into();
        body.push('\n');
        Response { status, body, close: false, allow: None }
    }

    /// An answer after which the connection is closed (the request's framing cannot be trusted).
    fn closing(status: u16, body: impl Into<String>) -> Self {
        Response { close: true, ..Response::new(status, body) }
    }

    fn reason(&self) -> &'static str {
        match self.status {
            100 => "Continue",
            200 => "OK",
            400 => "Bad Request",
            404 => "Not Found",
            405 => "Method Not Allowed",
            411 => "Length Required",
            413 => "Content Too Large",
            431 => "Request Header Fields Too Large",
            505 => "HTTP Version Not Supported",
            _ => "Error",
        }
    }

    /// The response's bytes, in one buffer so that it leaves in one write (no Nagle delay between
    /// head and body). A response to `HEAD` has the same head and no body.
    pub fn to_bytes(&self, with_body: bool) -> Vec<u8> {
        let mut head = format!(
            "HTTP/1.1 {} {}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\n",
            self.status,
            self.reason(),
            self.body.len()
        );
        if let Some(allow) = self.allow {
            head.push_str(&format!("Allow: {allow}\r\n"));
        }
        if self.close {
            head.push_str("Connection: close\r\n");
        }
        head.push_str("\r\n");
        let mut bytes = head.into_bytes();
        if with_body {
            bytes.extend_from_slice(self.body.as_bytes());
        }
        bytes
    }
}

/// A request's line and the headers the service looks at.
#[derive(Debug, PartialEq, Eq)]
pub struct Head {
    pub method: String,
    pub path: String,
    /// `Content-Length`, when given.
    pub length: Option<usize>,
    /// A `Transfer-Encoding` was given (its bodies cannot be framed here).
    pub encoded: bool,
    /// The client asked for `100 Continue` before sending the body.
    pub expects_continue: bool,
    /// The connection stays open after the answer (HTTP/1.1 without `Connection: close`).
    pub keep_alive: bool,
}

/// Why no request could be read.
#[derive(Debug)]
pub enum Failure {
    /// The peer closed the connection (cleanly between requests, or in the middle of one).
    Closed,
    /// The socket failed.
    Io(io::Error),
    /// The request is malformed: answer this, then close.
    Reply(Response),
}

impl From<io::Error> for Failure {
    fn from(error: io::Error) -> Self {
        Failure::Io(error)
    }
}

/// Reads one line ending in LF (CRLF or LF), without it; at most [`MAX_LINE`] bytes.
fn read_line<R: BufRead>(reader: &mut R) -> Result<String, Failure> {
    let mut line = Vec::new();
    reader.by_ref().take(MAX_LINE as u64 + 1).read_until(b'\n', &mut line)?;
    if line.last() != Some(&b'\n') {
        return Err(if line.len() > MAX_LINE {
            Failure::Reply(Response::closing(431, format!("a request line or header is longer than {MAX_LINE} bytes")))
        } else {
            Failure::Closed
        });
    }
    line.pop();
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    String::from_utf8(line).map_err(|_| Failure::Reply(Response::closing(400, "the request head is not UTF-8")))
}

fn bad(reason: impl Into<String>) -> Failure {
    Failure::Reply(Response::closing(400, reason))
}

/// Reads a request line and its headers, up to the empty line before the body.
pub fn read_head<R: BufRead>(reader: &mut R) -> Result<Head, Failure> {
    let line = read_line(reader)?;
    let parts: Vec<&str> = line.split(' ').collect();
    let [method, path, version] = parts[..] else {
        return Err(bad(format!("malformed request line '{}'", line.escape_debug())));
    };
    if method.is_empty() || !method.bytes().all(|byte| byte.is_ascii_uppercase()) || !path.starts_with('/') {
        return Err(bad(format!("malformed request line '{}'", line.escape_debug())));
    }
    let mut keep_alive = match version {
        "HTTP/1.1" => true,
        "HTTP/1.0" => false,
        _ => return Err(Failure::Reply(Response::closing(505, format!("{} is not supported: use HTTP/1.1", version.escape_debug())))),
    };
    let mut head = Head {
        method: method.to_string(),
        path: path.to_string(),
        length: None,
        encoded: false,
        expects_continue: false,
        keep_alive,
    };
    for count in 0.. {
        let line = read_line(reader)?;
        if line.is_empty() {
            break;
        }
        if count == MAX_HEADERS {
            return Err(Failure::Reply(Response::closing(431, format!("more than {MAX_HEADERS} header lines"))));
        }
        let Some((name, value)) = line.split_once(':') else {
            return Err(bad(format!("malformed header line '{}'", line.escape_debug())));
        };
        if name.is_empty() || name.trim() != name {
            return Err(bad(format!("malformed header name '{}'", name.escape_debug())));
        }
        let value = value.trim();
        if name.eq_ignore_ascii_case("content-length") {
            let length = value
                .parse::<usize>()
                .ok()
                .filter(|_| value.bytes().all(|byte| byte.is_ascii_digit()))
                .ok_or_else(|| bad(format!("Content-Length '{}' is not a number", value.escape_debug())))?;
            if head.length.is_some_and(|earlier| earlier != length) {
                return Err(bad("two different Content-Length headers"));
            }
            head.length = Some(length);
        } else if name.eq_ignore_ascii_case("transfer-encoding") {
            head.encoded = true;
        } else if name.eq_ignore_ascii_case("expect") {
            head.expects_continue = value.eq_ignore_ascii_case("100-continue");
        } else if name.eq_ignore_ascii_case("connection") {
            for option in value.split(',').map(str::trim) {
                if option.eq_ignore_ascii_case("close") {
                    keep_alive = false;
                } else if option.eq_ignore_ascii_case("keep-alive") && version == "HTTP/1.0" {
                    keep_alive = true;
                }
            }
        }
    }
    head.keep_alive = keep_alive;
    Ok(head)
}

/// The answer to a well-framed request.
pub fn handle(method: &str, path: &str, body: &[u8]) -> Response {
    let allow = match path {
        "/health" => "GET, HEAD",
        "/fingerprint" => "POST",
        _ => return Response::new(404, format!("no endpoint {} (try GET /health or POST /fingerprint)", path.escape_debug())),
    };
    if !allow.split(", ").any(|allowed| allowed == method) {
        return Response { allow: Some(allow), ..Response::new(405, format!("{path} takes {allow}, not {method}")) };
    }
    match path {
        "/health" => Response::new(200, "ok"),
        _ => match nodelist::decode(body) {
            Ok(nodes) => Response::new(200, format!("{:016x}", fingerprint::calculate_fingerprint(&nodes))),
            Err(error) => Response::new(400, error.to_string()),
        },
    }
}

/// Serves one connection: answers requests in order until the peer closes it, asks to close it,
/// or sends a request whose framing is broken.
pub fn serve<R: BufRead, W: Write>(mut reader: R, mut writer: W) -> io::Result<()> {
    loop {
        let (response, with_body) = match read_request(&mut reader, &mut writer) {
            Ok((head, body)) => {
                let mut response = handle(&head.method, &head.path, &body);
                response.close |= !head.keep_alive;
                (response, head.method != "HEAD")
            }
            Err(Failure::Closed) => return Ok(()),
            Err(Failure::Io(error)) => return Err(error),
            Err(Failure::Reply(response)) => (response, true),
        };
        writer.write_all(&response.to_bytes(with_body))?;
        writer.flush()?;
        if response.close {
            return Ok(());
        }
    }
}

/// Reads one request's head and body (sending `100 Continue` first when the client waits for it).
fn read_request<R: BufRead, W: Write>(reader: &mut R, writer: &mut W) -> Result<(Head, Vec<u8>), Failure> {
    let head = read_head(reader)?;
    if head.encoded {
        return Err(Failure::Reply(Response::closing(411, "Transfer-Encoding is not accepted: send the body with a Content-Length")));
    }
    let length = match head.length {
        Some(length) => length,
        None if head.method == "POST" => {
            return Err(Failure::Reply(Response::closing(411, "POST needs a Content-Length")));
        }
        None => 0,
    };
    if length > MAX_BODY {
        return Err(Failure::Reply(Response::closing(413, format!("a body of {length} bytes is over the limit of {MAX_BODY}"))));
    }
    if head.expects_continue && length > 0 {
        writer.write_all(b"HTTP/1.1 100 Continue\r\n\r\n")?;
        writer.flush()?;
    }
    let mut body = Vec::with_capacity(length);
    reader.by_ref().take(length as u64).read_to_end(&mut body)?;
    if body.len() < length {
        return Err(Failure::Closed);
    }
    Ok((head, body))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Serves `requests` as one connection and returns everything written back.
    fn exchange(requests: &[u8]) -> String {
        let mut written = Vec::new();
        serve(requests, &mut written).unwrap();
        String::from_utf8(written).unwrap()
    }

    fn post(path: &str, body: &[u8]) -> Vec<u8> {
        let mut request = format!("POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {}\r\n\r\n", body.len()).into_bytes();
        request.extend_from_slice(body);
        request
    }

    const HEALTH: &[u8] = b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    const OK_HEALTH: &str = "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 3\r\n\r\nok\n";

    /// The status codes of the responses, in order.
    fn statuses(written: &str) -> Vec<u16> {
        written
            .split("HTTP/1.1 ")
            .skip(1)
            .map(|response| response[..3].parse().unwrap())
            .collect()
    }

    #[test]
    fn health_is_ok() {
        assert_eq!(exchange(HEALTH), OK_HEALTH);
    }

    #[test]
    fn fingerprint_is_the_rust_function_in_hex() {
        let nodes = ["Module", "Expr", "Call", "Name id='print'", "Constant value='hi' kind=None", "Load"];
        let written = exchange(&post("/fingerprint", &nodelist::encode(&nodes)));
        assert!(written.starts_with("HTTP/1.1 200 OK\r\n"), "{written}");
        assert!(written.ends_with("\r\nContent-Length: 17\r\n\r\nf92df8cd6e4116cb\n"), "{written}");
    }

    #[test]
    fn an_empty_node_list_has_the_offset_basis_as_fingerprint() {
        assert!(exchange(&post("/fingerprint", b"")).ends_with("\r\n\r\ncbf29ce484222325\n"));
    }

    #[test]
    fn a_connection_serves_requests_until_the_peer_closes_it() {
        let mut requests = HEALTH.to_vec();
        requests.extend(post("/fingerprint", &nodelist::encode(&["a"])));
        requests.extend_from_slice(HEALTH);
        assert_eq!(statuses(&exchange(&requests)), [200, 200, 200]);
    }

    #[test]
    fn a_malformed_node_list_is_a_400_and_the_connection_goes_on() {
        let mut requests = post("/fingerprint", &[9, 0, 0, 0, b'x']);
        requests.extend_from_slice(HEALTH);
        let written = exchange(&requests);
        assert_eq!(statuses(&written), [400, 200]);
        assert!(written.contains("\r\n\r\nnode list truncated at byte 0\n"), "{written}");
    }

    #[test]
    fn unknown_paths_and_wrong_methods_are_answered_and_their_bodies_skipped() {
        let mut requests = post("/nowhere", b"GET /health HTTP/1.1\r\n\r\n");
        requests.extend(post("/health", b"xyz"));
        requests.extend_from_slice(b"GET /fingerprint HTTP/1.1\r\n\r\n");
        requests.extend_from_slice(b"DELETE /health HTTP/1.1\r\n\r\n");
        requests.extend_from_slice(HEALTH);
        let written = exchange(&requests);
        assert_eq!(statuses(&written), [404, 405, 405, 405, 200]);
        assert!(written.contains("Allow: POST\r\n"), "{written}");
        assert!(written.contains("Allow: GET, HEAD\r\n"), "{written}");
    }

    #[test]
    fn a_post_without_length_is_a_411_and_closes_the_connection() {
        let mut requests = b"POST /fingerprint HTTP/1.1\r\n\r\n".to_vec();
        requests.extend_from_slice(HEALTH);
        let written = exchange(&requests);
        assert_eq!(statuses(&written), [411]);
        assert!(written.contains("Connection: close\r\n"), "{written}");
    }

    #[test]
    fn chunked_bodies_are_refused_and_close_the_connection() {
        let mut requests = b"POST /fingerprint HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n".to_vec();
        requests.extend_from_slice(HEALTH);
        assert_eq!(statuses(&exchange(&requests)), [411]);
    }

    #[test]
    fn malformed_heads_are_a_400_and_close_the_connection() {
        for head in [
            "GET /health\r\n\r\n",
            "GET  /health HTTP/1.1\r\n\r\n",
            "get /health HTTP/1.1\r\n\r\n",
            "GET health HTTP/1.1\r\n\r\n",
            "GET /health HTTP/1.1\r\nno colon here\r\n\r\n",
            "GET /health HTTP/1.1\r\n folded: header\r\n\r\n",
            "POST /fingerprint HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
            "POST /fingerprint HTTP/1.1\r\nContent-Length: +1\r\n\r\n",
            "POST /fingerprint HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
        ] {
            let mut requests = head.as_bytes().to_vec();
            requests.extend_from_slice(HEALTH);
            let written = exchange(&requests);
            assert_eq!(statuses(&written), [400], "{head:?}: {written}");
            let body = written.split("\r\n\r\n").nth(1).unwrap();
            assert_eq!(body.lines().count(), 1, "{head:?}: {written}");
        }
    }

    #[test]
    fn other_http_versions_are_a_505() {
        assert_eq!(statuses(&exchange(b"GET /health HTTP/2.0\r\n\r\n")), [505]);
    }

    #[test]
    fn limits_on_lines_headers_and_bodies() {
        let long = format!("GET /{} HTTP/1.1\r\n\r\n", "a".repeat(MAX_LINE));
        assert_eq!(statuses(&exchange(long.as_bytes())), [431]);
        let many = format!("GET /health HTTP/1.1\r\n{}\r\n", "X-A: b\r\n".repeat(MAX_HEADERS + 1));
        assert_eq!(statuses(&exchange(many.as_bytes())), [431]);
        let huge = format!("POST /fingerprint HTTP/1.1\r\nContent-Length: {}\r\n\r\n", MAX_BODY + 1);
        assert_eq!(statuses(&exchange(huge.as_bytes())), [413]);
    }

    #[test]
    fn connection_close_and_http_1_0_end_the_connection_after_the_answer() {
        let mut requests = b"GET /health HTTP/1.1\r\nConnection: close\r\n\r\n".to_vec();
        requests.extend_from_slice(HEALTH);
        let written = exchange(&requests);
        assert_eq!(statuses(&written), [200]);
        assert!(written.contains("Connection: close\r\n"));

        let mut requests = b"GET /health HTTP/1.0\r\n\r\n".to_vec();
        requests.extend_from_slice(HEALTH);
        assert_eq!(statuses(&exchange(&requests)), [200]);

        let mut requests = b"GET /health HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n".to_vec();
        requests.extend_from_slice(HEALTH);
        assert_eq!(statuses(&exchange(&requests)), [200, 200]);
    }

    #[test]
    fn a_request_cut_short_gets_no_answer() {
        assert_eq!(exchange(b"GET /health HTTP/1.1\r\nHost"), "");
        assert_eq!(exchange(b"POST /fingerprint HTTP/1.1\r\nContent-Length: 8\r\n\r\n\x01\x00"), "");
        assert_eq!(exchange(b""), "");
    }

    #[test]
    fn head_gets_the_head_without_the_body_and_lf_alone_ends_lines() {
        let mut requests = b"HEAD /health HTTP/1.1\n\n".to_vec();
        requests.extend_from_slice(HEALTH);
        assert_eq!(exchange(&requests), OK_HEALTH.replace("ok\n", "") + OK_HEALTH);
    }

    #[test]
    fn expect_continue_is_answered_before_the_body() {
        let body = nodelist::encode(&["a"]);
        let mut request = format!("POST /fingerprint HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: {}\r\n\r\n", body.len()).into_bytes();
        request.extend(body);
        let written = exchange(&request);
        assert!(written.starts_with("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n"), "{written}");
    }

    #[test]
    fn headers_are_case_insensitive() {
        let body = nodelist::encode(&["a"]);
        let mut request = format!("POST /fingerprint HTTP/1.1\r\ncontent-LENGTH:{}\r\n\r\n", body.len()).into_bytes();
        request.extend(body);
        assert_eq!(statuses(&exchange(&request)), [200]);
    }
}
