//! `milcoop extract PATH...`: predictions as JSON Lines.

use crate::pipeline::Pipeline;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `milcoop extract`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Files, folders, or `-` for standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    pub out: Option<PathBuf>,
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let pipeline = Pipeline::new();
    let mut out: Box<dyn Write> = match &args.out {
        Some(p) => Box::new(std::io::BufWriter::new(std::fs::File::create(p)?)),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    // a spinner with counts on stderr; indicatif draws nothing when stderr is no terminal
    let progress = indicatif::ProgressBar::new_spinner();
    progress.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} {pos} articles {msg} ({per_sec}, {elapsed})",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    let (mut ok, mut failed, mut events, mut skipped) = (0u64, 0u64, 0u64, 0u64);
    for rec in milcoop_ingest::read(&args.paths, &Default::default()) {
        match rec {
            Ok((_origin, article)) => {
                let p = pipeline.process(article);
                events += p.events.len() as u64;
                if p.skipped.is_some() {
                    skipped += 1;
                }
                serde_json::to_writer(&mut out, &p)?;
                out.write_all(b"\n")?;
                ok += 1;
                progress.inc(1);
                if ok % 256 == 0 {
                    progress.set_message(format!("{events} events, {failed} failed"));
                }
            }
            Err(e) => {
                progress.suspend(|| eprintln!("milcoop: {e}"));
                failed += 1;
            }
        }
    }
    out.flush()?;
    progress.finish_and_clear();
    eprintln!(
        "milcoop extract: {ok} articles ({skipped} not extracted: empty or unsupported language), {events} events, {failed} failed"
    );
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
