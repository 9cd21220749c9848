//! From paths to format readers: walking folders, opening files and stdin,
//! undoing gzip, telling binary from text, and choosing the format.

use crate::feed::Feed;
use crate::json::{JsonLines, JsonValues};
use crate::text::{read_html, read_text};
use crate::warc::Warc;
use crate::{
    Format, IngestError, Origin, ReadOptions, Record, Warning, Warnings, is_binary, sniff,
};
use std::collections::VecDeque;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// How many bytes of an input are looked at to guess its format.
const HEAD: usize = 8192;

/// A folder walk without hidden entries.
type Walk = walkdir::FilterEntry<walkdir::IntoIter, fn(&walkdir::DirEntry) -> bool>;

/// A boxed stream of records.
type Records = Box<dyn Iterator<Item = Record> + Send>;

/// Streams the records of files, folders and stdin, one input after the
/// other, in the order given; a folder's files in sorted order (hidden files
/// and folders skipped).
pub struct Reader {
    pending: VecDeque<PathBuf>,
    walk: Option<Walk>,
    current: Option<Records>,
    opts: ReadOptions,
    warnings: Warnings,
}

impl Reader {
    /// A reader of `paths` (files, folders, `-` for stdin).
    pub fn new(paths: &[PathBuf], opts: &ReadOptions) -> Self {
        Reader {
            pending: paths.iter().cloned().collect(),
            walk: None,
            current: None,
            opts: opts.clone(),
            warnings: Warnings::default(),
        }
    }

    /// The warnings collected since the last call (invalid UTF-8 decoded
    /// lossily and the like); they do not make a record fail.
    pub fn take_warnings(&mut self) -> Vec<Warning> {
        self.warnings
            .lock()
            .map(|mut w| std::mem::take(&mut *w))
            .unwrap_or_default()
    }

    fn open_path(&self, path: &Path) -> Records {
        let name = path.display().to_string();
        match std::fs::File::open(path) {
            Ok(f) => open_stream(
                &name,
                Box::new(f),
                self.opts.format,
                &self.opts,
                &self.warnings,
            ),
            Err(source) => one(Err(IngestError::Io {
                origin: Origin::file(name),
                source,
            })),
        }
    }
}

fn not_hidden(e: &walkdir::DirEntry) -> bool {
    !(e.depth() > 0 && e.file_name().to_str().is_some_and(|n| n.starts_with('.')))
}

impl Iterator for Reader {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        loop {
            if let Some(cur) = self.current.as_mut() {
                match cur.next() {
                    Some(r) => return Some(r),
                    None => self.current = None,
                }
            }
            if let Some(walk) = self.walk.as_mut() {
                match walk.next() {
                    None => self.walk = None,
                    Some(Err(e)) => {
                        let path = e
                            .path()
                            .map_or_else(String::new, |p| p.display().to_string());
                        let source = io::Error::other(e.to_string());
                        return Some(Err(IngestError::Io {
                            origin: Origin::file(path),
                            source,
                        }));
                    }
                    Some(Ok(entry)) => {
                        if entry.file_type().is_file() {
                            self.current = Some(self.open_path(entry.path()));
                        }
                    }
                }
                continue;
            }
            let path = self.pending.pop_front()?;
            if path.as_os_str() == "-" {
                let stdin: Box<dyn Read + Send> = Box::new(io::stdin());
                self.current = Some(open_stream(
                    "-",
                    stdin,
                    self.opts.format,
                    &self.opts,
                    &self.warnings,
                ));
            } else if path.is_dir() {
                let walk = walkdir::WalkDir::new(&path)
                    .follow_links(true)
                    .sort_by_file_name();
                self.walk = Some(
                    walk.into_iter()
                        .filter_entry(not_hidden as fn(&walkdir::DirEntry) -> bool),
                );
            } else {
                self.current = Some(self.open_path(&path));
            }
        }
    }
}

fn one(r: Record) -> Records {
    Box::new(std::iter::once(r))
}

/// Reads up to [`HEAD`] bytes.
fn read_head(r: &mut dyn Read) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(HEAD);
    r.take(HEAD as u64).read_to_end(&mut head)?;
    Ok(head)
}

/// The records of one input stream named `name`.
pub(crate) fn open_stream(
    name: &str,
    input: Box<dyn Read + Send>,
    format: Option<Format>,
    opts: &ReadOptions,
    warnings: &Warnings,
) -> Records {
    let origin = Origin::file(name);
    let file_id = if name == "-" {
        None
    } else {
        milcoop_core::ids::id_from_file_name(Path::new(name))
    };
    let mut raw = BufReader::with_capacity(64 * 1024, input);
    let gzipped = match raw.fill_buf() {
        Ok(b) => b.starts_with(&[0x1f, 0x8b]),
        Err(source) => return one(Err(IngestError::Io { origin, source })),
    };
    let mut decoded: Box<dyn Read + Send> = if gzipped {
        Box::new(flate2::read::MultiGzDecoder::new(raw))
    } else {
        Box::new(raw)
    };
    let head = match read_head(&mut decoded) {
        Ok(h) => h,
        Err(source) => return one(Err(IngestError::Io { origin, source })),
    };
    if head.len() < HEAD && head.iter().all(u8::is_ascii_whitespace) {
        return one(Err(IngestError::Empty { origin }));
    }
    let format = format
        .or_else(|| Format::from_path(Path::new(name)))
        .unwrap_or_else(|| sniff(&head));
    let utf16 = head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF");
    if format != Format::Warc
        && !(utf16 && matches!(format, Format::Text | Format::Html))
        && let Some(reason) = is_binary(&head)
    {
        return one(Err(IngestError::Binary { origin, reason }));
    }
    let mut input: crate::Input = Box::new(BufReader::with_capacity(
        64 * 1024,
        io::Cursor::new(head).chain(decoded),
    ));
    let cap = opts.max_record_bytes;
    let records: Records = match format {
        Format::Text => one(read_text(
            &mut input,
            &origin,
            file_id.as_deref(),
            cap,
            warnings,
        )),
        Format::Html => one(read_html(
            &mut input,
            &origin,
            file_id.as_deref(),
            cap,
            warnings,
        )),
        Format::JsonLines => Box::new(JsonLines::new(input, origin.clone(), cap)),
        Format::Json => Box::new(JsonValues::new(input, origin.clone(), file_id, cap)),
        Format::Feed => Box::new(Feed::new(input, origin.clone(), cap)),
        Format::Warc => Box::new(Warc::new(input, origin.clone(), cap, warnings.clone())),
    };
    Box::new(NotEmpty {
        inner: records,
        origin,
        format,
        seen: false,
    })
}

/// Ends an input that yielded no record at all with an error saying so, so
/// that no input is passed over in silence.
struct NotEmpty {
    inner: Records,
    origin: Origin,
    format: Format,
    seen: bool,
}

impl Iterator for NotEmpty {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        match self.inner.next() {
            Some(r) => {
                self.seen = true;
                Some(r)
            }
            None if !self.seen => {
                self.seen = true;
                let what = match self.format {
                    Format::Warc => "no HTML response records found in the WARC file".to_string(),
                    f => format!("no articles found in the {} input", f.name()),
                };
                Some(Err(IngestError::malformed(self.origin.clone(), what)))
            }
            None => None,
        }
    }
}
