//! Reading with a size limit: a line or a whole input that exceeds the limit
//! is skipped without ever being held in memory.

use std::io::{self, BufRead, Read};

/// What [`read_line`] found.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Line {
    /// End of input; nothing read.
    Eof,
    /// A line is in the buffer (with its `\n`, if it had one).
    Ok,
    /// The line was longer than the limit; it was consumed and dropped.
    TooLong,
}

/// Reads one line into `buf` (cleared first), at most `cap` bytes. A longer
/// line is consumed up to its end and dropped.
pub(crate) fn read_line(r: &mut dyn BufRead, buf: &mut Vec<u8>, cap: usize) -> io::Result<Line> {
    buf.clear();
    let mut too_long = false;
    let mut any = false;
    loop {
        let avail = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            break;
        }
        any = true;
        let (chunk, done) = match memchr::memchr(b'\n', avail) {
            Some(i) => (&avail[..=i], true),
            None => (avail, false),
        };
        let n = chunk.len();
        if !too_long {
            if buf.len() + n > cap {
                too_long = true;
                buf.clear();
                buf.shrink_to(64 * 1024);
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        r.consume(n);
        if done {
            break;
        }
    }
    Ok(match (any, too_long) {
        (false, _) => Line::Eof,
        (true, true) => Line::TooLong,
        (true, false) => Line::Ok,
    })
}

/// Reads all of `r`, unless it holds more than `cap` bytes: then `None`
/// (the rest is left unread).
pub(crate) fn read_all(r: &mut dyn Read, cap: usize) -> io::Result<Option<Vec<u8>>> {
    let mut buf = Vec::new();
    let n = r.take(cap as u64 + 1).read_to_end(&mut buf)?;
    Ok(if n > cap { None } else { Some(buf) })
}

/// Reads and drops `n` bytes; errors if the input ends first.
pub(crate) fn skip(r: &mut dyn Read, n: u64) -> io::Result<()> {
    let copied = io::copy(&mut r.take(n), &mut io::sink())?;
    if copied < n {
        return Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "input ends inside a record",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_capped() {
        let data = b"short\nthis line is too long\nok\nlast";
        let mut r = io::BufReader::with_capacity(4, &data[..]);
        let mut buf = Vec::new();
        assert_eq!(read_line(&mut r, &mut buf, 8).unwrap(), Line::Ok);
        assert_eq!(buf, b"short\n");
        assert_eq!(read_line(&mut r, &mut buf, 8).unwrap(), Line::TooLong);
        assert_eq!(read_line(&mut r, &mut buf, 8).unwrap(), Line::Ok);
        assert_eq!(buf, b"ok\n");
        assert_eq!(read_line(&mut r, &mut buf, 8).unwrap(), Line::Ok);
        assert_eq!(buf, b"last");
        assert_eq!(read_line(&mut r, &mut buf, 8).unwrap(), Line::Eof);
    }

    #[test]
    fn read_all_is_capped() {
        assert_eq!(
            read_all(&mut &b"abc"[..], 3).unwrap(),
            Some(b"abc".to_vec())
        );
        assert_eq!(read_all(&mut &b"abcd"[..], 3).unwrap(), None);
        assert!(skip(&mut &b"ab"[..], 3).is_err());
        assert!(skip(&mut &b"abc"[..], 3).is_ok());
    }
}
