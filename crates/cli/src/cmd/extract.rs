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
    let (mut ok, mut failed) = (0u64, 0u64);
    for rec in milcoop_ingest::read(&args.paths, &Default::default()) {
        match rec {
            Ok((_origin, article)) => {
                let p = pipeline.process(article);
                serde_json::to_writer(&mut out, &p)?;
                out.write_all(b"\n")?;
                ok += 1;
            }
            Err(e) => {
                eprintln!("milcoop: {e}");
                failed += 1;
            }
        }
    }
    out.flush()?;
    eprintln!("milcoop extract: {ok} articles, {failed} failed");
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
