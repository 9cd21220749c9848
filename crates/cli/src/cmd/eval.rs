//! `milcoop eval` (to be written).
use std::process::ExitCode;

/// Arguments of `milcoop eval`.
#[derive(clap::Args, Debug)]
pub struct Args {}

/// Runs the command.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not yet implemented")
}
