//! `milcoop`: turns news articles into an evidence-linked database of
//! military cooperation. Each sub-command lives in `cmd/`.

use clap::{Parser, Subcommand};
use std::process::ExitCode;

mod cmd;
pub mod pipeline;

/// mimalloc serves the pipeline's many small allocations faster than the system allocator.
#[global_allocator]
static GLOBAL: Mi = Mi;

/// mimalloc, called as the `mimalloc` crate's `MiMalloc` calls it, except that a block whose
/// alignment mimalloc gives every block of its size (at most 16 bytes, and no
/// more than the size, as the system allocator decides for `malloc`) goes through
/// the plain `mi_malloc` and `mi_realloc` fast paths instead of the aligned ones.
struct Mi;

/// The alignment every mimalloc block of at least this size has.
const MIN_ALIGN: usize = 16;

// SAFETY: every pointer comes from mimalloc and goes back to it (`mi_free` frees
// blocks of both kinds); plain blocks are used only where their alignment suffices.
unsafe impl std::alloc::GlobalAlloc for Mi {
    #[inline]
    unsafe fn alloc(&self, l: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys as m;
        // SAFETY: plain FFI calls with a valid size and power-of-two alignment.
        unsafe {
            if l.align() <= MIN_ALIGN && l.align() <= l.size() {
                m::mi_malloc(l.size()).cast()
            } else {
                m::mi_malloc_aligned(l.size(), l.align()).cast()
            }
        }
    }
    #[inline]
    unsafe fn alloc_zeroed(&self, l: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys as m;
        // SAFETY: as in `alloc`.
        unsafe {
            if l.align() <= MIN_ALIGN && l.align() <= l.size() {
                m::mi_zalloc(l.size()).cast()
            } else {
                m::mi_zalloc_aligned(l.size(), l.align()).cast()
            }
        }
    }
    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _l: std::alloc::Layout) {
        // SAFETY: `ptr` was allocated by mimalloc.
        unsafe { libmimalloc_sys::mi_free(ptr.cast()) }
    }
    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, l: std::alloc::Layout, new_size: usize) -> *mut u8 {
        use libmimalloc_sys as m;
        // SAFETY: `ptr` was allocated by mimalloc with layout `l`.
        unsafe {
            if l.align() <= MIN_ALIGN && l.align() <= new_size {
                m::mi_realloc(ptr.cast(), new_size).cast()
            } else {
                m::mi_realloc_aligned(ptr.cast(), new_size, l.align()).cast()
            }
        }
    }
}

/// milcoop: military cooperation events from news articles, with evidence.
#[derive(Parser, Debug)]
#[command(name = "milcoop", version, about, long_about = None, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Clean and extract articles; write predictions as JSON Lines (eval/FORMAT.md).
    Extract(cmd::extract::Args),
    /// Score predictions against gold files (eval/FORMAT.md).
    Eval(cmd::eval::Args),
    /// Benchmarks: HTML extraction quality and speed, text pipeline throughput.
    Bench(cmd::bench::Args),
    /// Show, sentence by sentence, the mentions found and the rules that fired.
    Explain(cmd::explain::Args),
    /// Read, extract and store articles in the database (SQLite file or PostgreSQL URL).
    Ingest(cmd::ingest::Args),
    /// List stored events with filters, as a table, JSON, JSON Lines or CSV.
    Events(cmd::events::Args),
    /// List consolidated claims with filters, as a table, JSON, JSON Lines or CSV.
    Claims(cmd::claims::Args),
    /// Show one claim with all its evidence and sources, or one article with its events.
    Show(cmd::show::Args),
    /// Export events, claims or articles (CSV, JSON Lines, Parquet) or the actor network (GraphML).
    Export(cmd::export::Args),
}

// mimalloc's own option setter (in the C library that `libmimalloc-sys`
// builds; its Rust declaration sits behind a feature that needs another crate)
unsafe extern "C" {
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// `mi_option_purge_delay` in mimalloc 3's `mi_option_t`.
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

fn main() -> ExitCode {
    // mimalloc hands memory freed for 10 ms back to the system, and the
    // next allocation takes it back as fresh pages the kernel zeroes: in
    // `bench ingest`, where batches of prepared articles come and go, a
    // tenth of all CPU time (and 15% of its CPU seconds saved without it).
    // A process keeps its peak memory instead, which is what it needs
    // anyway. MIMALLOC_PURGE_DELAY still overrides this.
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: a plain FFI call with a valid option number.
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    }
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(a) => cmd::extract::run(a),
        Command::Eval(a) => cmd::eval::run(a),
        Command::Bench(a) => cmd::bench::run(a),
        Command::Explain(a) => cmd::explain::run(a),
        Command::Ingest(a) => cmd::ingest::run(a),
        Command::Events(a) => cmd::events::run(a),
        Command::Claims(a) => cmd::claims::run(a),
        Command::Show(a) => cmd::show::run(a),
        Command::Export(a) => cmd::export::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("milcoop: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
