//! Fuzzes the warc reader: no input may panic, loop or break its promises.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    common::check(data, Some(milcoop_ingest::Format::Warc));
});
