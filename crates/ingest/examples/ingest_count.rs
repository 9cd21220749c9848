//! Reads inputs and counts articles, errors and text bytes: a quick way to
//! check a corpus and to measure reading speed and memory.
//!
//! `cargo run --release -p milcoop-ingest --example ingest_count -- PATH...`

use milcoop_ingest::{ReadOptions, Reader};
use std::path::PathBuf;

fn main() {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let mut reader = Reader::new(&paths, &ReadOptions::default());
    let (mut ok, mut failed, mut bytes) = (0u64, 0u64, 0u64);
    let start = std::time::Instant::now();
    for rec in &mut reader {
        match rec {
            Ok((_, a)) => {
                ok += 1;
                bytes += a.text.len() as u64;
            }
            Err(e) => {
                failed += 1;
                if failed <= 20 {
                    eprintln!("error: {e}");
                }
            }
        }
    }
    for w in reader.take_warnings().iter().take(20) {
        eprintln!("warning: {w}");
    }
    let secs = start.elapsed().as_secs_f64();
    println!("{ok} articles, {failed} failed, {bytes} text bytes in {secs:.2} s");
}
