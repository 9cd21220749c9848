//! Fuzzes format sniffing and binary detection, then reads the input as
//! whatever was sniffed (the path `-` and unknown extensions take).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let _ = milcoop_ingest::is_binary(data);
    let _ = milcoop_ingest::sniff(data);
    common::check(data, None);
});
