//! The emulator's HTTP request reader, on arbitrary bytes from a client.
#![no_main]
use std::io::{BufRead, Cursor, Read, Write};

use celonis_scim_emulator::wire::read_request;
use libfuzzer_sys::fuzz_target;

/// A connection that reads the fuzz input and swallows what is written back.
struct Conn<'a>(Cursor<&'a [u8]>);

impl Read for Conn<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.0.read(buf)
    }
}

impl BufRead for Conn<'_> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.0.fill_buf()
    }
    fn consume(&mut self, amt: usize) {
        self.0.consume(amt)
    }
}

impl Write for Conn<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fuzz_target!(|data: &[u8]| {
    let mut conn = Conn(Cursor::new(data));
    // Keep-alive: read requests until the input is used up or one is refused.
    for _ in 0..16 {
        match read_request(&mut conn) {
            Ok(Some(_)) => continue,
            _ => break,
        }
    }
});
