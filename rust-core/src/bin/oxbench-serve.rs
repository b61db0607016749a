//! `oxbench-serve`: rust-core's fingerprint as an HTTP/1.1 service on loopback, for the guide's
//! Strategy 2 (microservice extraction). The protocol is in `rust_core::service`.
//!
//! Usage: `oxbench-serve [--port N]`. Listens on 127.0.0.1 only, on port N or, by default, a free
//! port the system picks; prints the address (`127.0.0.1:PORT`) on one line once connections are
//! accepted. A thread serves each connection.
//!
//! It lives as long as its standard input is open: whoever starts it holds the pipe, and when that
//! process ends in any way (even killed), the pipe closes and the server exits. SIGTERM ends it
//! through the default action (there is nothing to flush).

use rust_core::service;
use std::io::{self, BufReader, Read, Write};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::process::exit;
use std::thread;
use std::time::Duration;

fn main() {
    let port = port(std::env::args().skip(1)).unwrap_or_else(|message| {
        eprintln!("oxbench-serve: {message} (usage: oxbench-serve [--port N])");
        exit(2);
    });
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, port)).unwrap_or_else(|error| {
        eprintln!("oxbench-serve: cannot listen on 127.0.0.1:{port}: {error}");
        exit(1);
    });
    let address = listener.local_addr().unwrap_or_else(|error| {
        eprintln!("oxbench-serve: no address for the listening socket: {error}");
        exit(1);
    });
    if thread::Builder::new().name("stdin".into()).spawn(exit_at_end_of_stdin).is_err() {
        eprintln!("oxbench-serve: cannot start the thread that watches standard input");
        exit(1);
    }
    // Bound and listening: connections made from now on wait in the backlog until accepted.
    let mut stdout = io::stdout().lock();
    if writeln!(stdout, "{address}").and_then(|()| stdout.flush()).is_err() {
        exit(1);
    }
    drop(stdout);
    for stream in listener.incoming() {
        match stream {
            Ok(stream) => {
                // On failure the stream is dropped, which closes the connection; the client sees that.
                let _ = thread::Builder::new().name("connection".into()).spawn(move || connection(stream));
            }
            Err(error) => {
                // Typically out of file descriptors: wait for connections to end rather than spin.
                eprintln!("oxbench-serve: accept failed: {error}");
                thread::sleep(Duration::from_millis(10));
            }
        }
    }
}

/// The port from `--port N`, or 0 (the system picks a free one).
fn port(mut args: impl Iterator<Item = String>) -> Result<u16, String> {
    let port = match (args.next().as_deref(), args.next()) {
        (None, _) => return Ok(0),
        (Some("--port"), Some(value)) => value.parse().map_err(|_| format!("'{value}' is not a port number"))?,
        (Some(arg), _) => return Err(format!("unexpected argument '{arg}'")),
    };
    match args.next() {
        Some(arg) => Err(format!("unexpected argument '{arg}'")),
        None => Ok(port),
    }
}

fn exit_at_end_of_stdin() {
    let mut stdin = io::stdin().lock();
    let mut ignored = [0u8; 256];
    loop {
        match stdin.read(&mut ignored) {
            Ok(0) => break,
            Ok(_) => {}
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(_) => break,
        }
    }
    exit(0);
}

fn connection(stream: TcpStream) {
    // Responses leave in one write each; without this a small write could wait for the peer's
    // delayed ACK (Nagle's algorithm).
    let _ = stream.set_nodelay(true);
    let Ok(reading) = stream.try_clone() else { return };
    match service::serve(BufReader::new(reading), &stream) {
        Ok(()) => {}
        // The client went away mid-exchange: its business, not the server's.
        Err(error) if matches!(error.kind(), io::ErrorKind::ConnectionReset | io::ErrorKind::BrokenPipe) => {}
        Err(error) => eprintln!("oxbench-serve: connection failed: {error}"),
    }
}

#[cfg(test)]
mod tests {
    use super::port;

    fn args(list: &[&str]) -> impl Iterator<Item = String> {
        list.iter().map(|arg| arg.to_string()).collect::<Vec<_>>().into_iter()
    }

    #[test]
    fn port_is_free_by_default_or_given() {
        assert_eq!(port(args(&[])), Ok(0));
        assert_eq!(port(args(&["--port", "8080"])), Ok(8080));
    }

    #[test]
    fn bad_arguments_are_one_line_errors() {
        assert_eq!(port(args(&["--port"])), Err("unexpected argument '--port'".to_string()));
        assert_eq!(port(args(&["--port", "70000"])), Err("'70000' is not a port number".to_string()));
        assert_eq!(port(args(&["8080"])), Err("unexpected argument '8080'".to_string()));
        assert_eq!(port(args(&["--port", "1", "2"])), Err("unexpected argument '2'".to_string()));
    }
}
