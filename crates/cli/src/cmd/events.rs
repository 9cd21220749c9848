//! `milcoop events`: events from the database, filtered, in a format.

use milcoop_store::output::{Format, write_rows};
use milcoop_store::{Filter, Store};
use std::process::ExitCode;

/// Where the database is: `--db`, else `MILCOOP_DB`, else `milcoop.db`.
#[derive(clap::Args, Debug, Clone)]
pub struct DbArgs {
    /// SQLite file or `postgres://` URL [env: MILCOOP_DB; default: milcoop.db].
    #[arg(long)]
    pub db: Option<String>,
}

impl DbArgs {
    /// The store spec to open.
    pub fn spec(&self) -> String {
        self.db
            .clone()
            .or_else(|| std::env::var("MILCOOP_DB").ok())
            .unwrap_or_else(|| "milcoop.db".into())
    }
    /// Opens the store.
    pub fn open(&self) -> anyhow::Result<Store> {
        let spec = self.spec();
        Store::open(&spec).map_err(|e| anyhow::anyhow!("cannot open {spec}: {e}"))
    }
}

/// The filters shared by `events`, `claims` and `export`.
#[derive(clap::Args, Debug, Clone)]
pub struct FilterArgs {
    /// Actor as stated (ISO alpha-3 or kind:slug; for either side of a meeting or agreement use --party).
    #[arg(long)]
    pub actor: Option<String>,
    /// Recipient as stated.
    #[arg(long)]
    pub recipient: Option<String>,
    /// Either party.
    #[arg(long)]
    pub party: Option<String>,
    /// Event type (supply, training, ...).
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: Option<milcoop_core::EventType>,
    /// Item category (uav, missile, ...).
    #[arg(long)]
    pub item: Option<milcoop_core::ItemCategory>,
    /// Status (planned, completed, ...).
    #[arg(long)]
    pub status: Option<milcoop_core::Status>,
    /// Certainty (asserted, likely, ...).
    #[arg(long)]
    pub certainty: Option<milcoop_core::Certainty>,
    /// Acts happening on or after this date, YYYY[-MM[-DD]] (without a stated time: the report dates); sorts by the act's time.
    #[arg(long)]
    pub since: Option<String>,
    /// Acts happening on or before this date.
    #[arg(long)]
    pub until: Option<String>,
    /// Outlet (host name).
    #[arg(long)]
    pub outlet: Option<String>,
    /// Article language (ISO 639-1).
    #[arg(long)]
    pub language: Option<String>,
    /// Words that must all occur in the evidence sentence (whole words, case-insensitive).
    #[arg(long)]
    pub text: Option<String>,
    /// Only contested claims (a source denies them).
    #[arg(long)]
    pub contested: bool,
}

impl FilterArgs {
    /// The store filter, with a row limit (0: none).
    pub fn filter(&self, limit: usize) -> Filter {
        Filter {
            actor: self.actor.clone(),
            recipient: self.recipient.clone(),
            party: self.party.clone(),
            kind: self.kind,
            item: self.item,
            status: self.status,
            certainty: self.certainty,
            since: self.since.clone(),
            until: self.until.clone(),
            outlet: self.outlet.clone(),
            language: self.language.clone(),
            text: self.text.clone(),
            contested: self.contested.then_some(true),
            limit: (limit > 0).then_some(limit),
            ..Filter::default()
        }
    }
}

/// Arguments of `milcoop events`.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    db: DbArgs,
    #[command(flatten)]
    filter: FilterArgs,
    /// Only the events of this claim.
    #[arg(long)]
    claim: Option<String>,
    /// Only the events of this article.
    #[arg(long)]
    article: Option<String>,
    /// At most this many rows, newest first (0: all).
    #[arg(long, default_value_t = 100)]
    limit: usize,
    /// Output format: table, json, jsonl, csv.
    #[arg(long, short, default_value = "table")]
    format: Format,
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut store = args.db.open()?;
    let mut f = args.filter.filter(args.limit);
    f.claim = args.claim;
    f.article = args.article;
    let rows = store.events(&f)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    write_rows(&rows, args.format, &mut out)?;
    std::io::Write::flush(&mut out)?;
    Ok(ExitCode::SUCCESS)
}
