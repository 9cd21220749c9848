//! `milcoop events`: events from the database, filtered, in a format.

use milcoop_store::output::{Format, Row, RowWriter};
use milcoop_store::{Filter, Store, StoreError};
use std::io::Write;
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
    /// The store filter (without a limit).
    pub fn filter(&self) -> Filter {
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
    #[command(flatten)]
    page: PageArgs,
    /// Output format: table, json, jsonl, csv.
    #[arg(long, short, default_value = "table")]
    format: Format,
}

/// One page of a listing.
#[derive(clap::Args, Debug, Clone)]
pub struct PageArgs {
    /// At most this many rows (0: all); when more match, a note says how many.
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    /// Skip this many rows first (the next page of 100: --offset 100).
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
}

/// How many more rows than the page a listing counts at most.
const MORE_CAP: u64 = 1_000;

/// A row of a listing.
type Each<'a, R> = &'a mut dyn FnMut(R) -> Result<(), StoreError>;
/// Reads the rows of a listing, handing each on.
type Fetch<R> = fn(&mut Store, &Filter, Each<'_, R>) -> Result<(), StoreError>;

/// Writes the rows `fetch` gives; when they fill the page, counts the rows
/// that match (`count`) and says how many more there are: in a table after
/// it, else on standard error (the output stays valid JSON or CSV).
pub fn list<R: Row>(
    store: &mut Store,
    format: Format,
    page: &PageArgs,
    filter: &Filter,
    fetch: Fetch<R>,
    count: fn(&mut Store, &Filter, Option<u64>) -> Result<u64, StoreError>,
) -> anyhow::Result<ExitCode> {
    let mut f = filter.clone();
    f.limit = (page.limit > 0).then_some(page.limit);
    f.offset = (page.offset > 0).then_some(page.offset);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut w = RowWriter::new(format, &mut out)?;
    fetch(store, &f, &mut |r| w.push(r))?;
    let shown = w.rows();
    // counted up to a cap past the page: a filter no index holds then
    // reads a bounded number of rows, not the whole table
    let seen = page.offset as u64 + shown;
    let more = if page.limit > 0 && shown == page.limit as u64 {
        count(store, &f, Some(seen + MORE_CAP + 1))?.saturating_sub(seen)
    } else {
        0
    };
    w.finish()?;
    if more > 0 {
        let note = format!(
            "{}{} more rows match (--offset {seen} for the next page, --limit 0 for all)",
            if more > MORE_CAP { "over " } else { "" },
            more.min(MORE_CAP)
        );
        if format == Format::Table {
            writeln!(out, "{note}")?;
        } else {
            eprintln!("milcoop: {note}");
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut store = args.db.open()?;
    let mut f = args.filter.filter();
    f.claim = args.claim;
    f.article = args.article;
    list(
        &mut store,
        args.format,
        &args.page,
        &f,
        |s, f, each| s.events_each(f, each),
        Store::count_events,
    )
}
