//! # milcoop-store
//!
//! The database an analyst works in: articles, their events, and the claims
//! consolidated from them. One embedded SQLite file by default (WAL, nothing
//! to install), or a PostgreSQL server selected by a `postgres://` URL; the
//! same schema, migrations and statements serve both ([`db`]).
//!
//! Writes come in batches of [`Prediction`]s, one transaction per batch
//! ([`Store::ingest`]): a process killed mid-batch leaves the database as it
//! was before the batch, and running the same input again skips what is
//! stored (articles are keyed by id and content hash), so a killed and
//! resumed ingest ends with the data of one clean run.

use milcoop_core::Prediction;

pub mod db;
mod export;
mod ingest;
pub mod output;
mod query;
pub mod schema;
pub mod synth;

pub use export::{ExportFormat, ExportTable};
pub use ingest::{BatchReport, Outcome, Prepared, prepare};
pub use query::{ArticleDetail, ClaimDetail, ClaimRow, EventRow, Filter};

use db::{Conn, Dialect};

/// Errors of the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite failed.
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// PostgreSQL failed.
    #[error("postgres: {0}")]
    Postgres(#[from] postgres::Error),
    /// The schema is not one this milcoop knows.
    #[error("schema: {0}")]
    Schema(String),
    /// A record that cannot be stored; the rest of the batch goes on.
    #[error("article {id}: {message}")]
    BadRecord {
        /// The article id.
        id: String,
        /// What is wrong.
        message: String,
    },
    /// Writing output failed.
    #[error("i/o: {0}")]
    Io(#[from] std::io::Error),
    /// CSV output failed.
    #[error("csv: {0}")]
    Csv(#[from] csv::Error),
    /// Parquet output failed.
    #[error("parquet: {0}")]
    Parquet(#[from] parquet::errors::ParquetError),
    /// JSON (de)serialisation failed.
    #[error("json: {0}")]
    Json(#[from] serde_json::Error),
    /// A stored value is not what the schema says.
    #[error("corrupt row: {0}")]
    Corrupt(String),
}

/// The PostgreSQL advisory lock that writers hold while they write a batch
/// (an arbitrary constant: "milcoop" in ASCII).
const WRITER_LOCK: i64 = 0x006d_696c_636f_6f70;

/// Begins a write transaction holding the writers' lock.
pub(crate) fn begin_write(conn: &mut Conn) -> Result<(), StoreError> {
    match conn.dialect() {
        Dialect::Sqlite => conn.batch("BEGIN IMMEDIATE"),
        Dialect::Postgres => conn.batch(&format!(
            "BEGIN; SELECT pg_advisory_xact_lock({WRITER_LOCK})"
        )),
    }
}

/// How to open a store.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// PostgreSQL only: the schema to work in (created if missing), so that
    /// several stores can share one database (tests use this).
    pub pg_schema: Option<String>,
}

/// An open store.
pub struct Store {
    conn: Conn,
    /// The writer's cache of claims by key (see [`ingest::ClaimCache`]).
    claims: ingest::ClaimCache,
    /// SQLite: the file, for the checkpointer.
    path: Option<String>,
    /// SQLite: the thread that checkpoints the WAL, once this store writes.
    checkpointer: Option<Checkpointer>,
    /// The batch being stored in parts ([`Store::ingest_part`]), and
    /// (SQLite) the events' rowid after which its events begin, for the
    /// full-text index.
    batch: Option<(ingest::Batch, i64)>,
}

impl Store {
    /// Opens (creating and migrating as needed) the store at `spec`: a
    /// `postgres://` or `postgresql://` URL (a `schema=NAME` parameter
    /// selects, and creates, the schema to work in), or a SQLite file path.
    pub fn open(spec: &str) -> Result<Store, StoreError> {
        Self::open_with(spec, &Options::default())
    }

    /// Opens with options.
    pub fn open_with(spec: &str, opts: &Options) -> Result<Store, StoreError> {
        // two processes creating the same new SQLite file at once: switching it to WAL
        // can fail busy at once, without the busy handler; the first one wins, the other
        // opens again
        let mut tries = 0;
        loop {
            match Self::open_once(spec, opts) {
                Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _)))
                    if e.code == rusqlite::ErrorCode::DatabaseBusy && tries < 50 =>
                {
                    tries += 1;
                    std::thread::sleep(std::time::Duration::from_millis(100));
                }
                other => return other,
            }
        }
    }

    fn open_once(spec: &str, opts: &Options) -> Result<Store, StoreError> {
        let conn = if spec.starts_with("postgres://") || spec.starts_with("postgresql://") {
            let (url, url_schema) = split_schema(spec);
            let mut client = postgres::Client::connect(&url, postgres::NoTls)?;
            if let Some(schema) = opts.pg_schema.as_ref().or(url_schema.as_ref()) {
                if !schema
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_')
                {
                    return Err(StoreError::Schema(format!("bad schema name {schema:?}")));
                }
                client.batch_execute(&format!(
                    "CREATE SCHEMA IF NOT EXISTS {schema}; SET search_path TO {schema}"
                ))?;
            }
            client.batch_execute("SET client_min_messages TO WARNING")?;
            Conn::Postgres {
                client: Box::new(client),
                stmts: Default::default(),
            }
        } else {
            let c = rusqlite::Connection::open(spec)?;
            c.busy_timeout(std::time::Duration::from_secs(30))?;
            c.set_prepared_statement_cache_capacity(64);
            // WAL: readers never block the writer; NORMAL sync is durable
            // across process kills (not power loss of the last commit).
            // Reads map the file (up to 2 GB) instead of copying each page
            // through a system call; writes go through the WAL as ever.
            // The page cache is 32 MB (64 MB cost about 25 MB more peak RSS
            // in `bench ingest` for no measurable writer time). A new
            // database gets 16 KiB pages (an existing one keeps its size):
            // the writer's index inserts split a page a quarter as often and
            // write a quarter as many WAL frames, about 15% of its CPU time
            // in `bench ingest`.
            c.execute_batch(
                "PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                 PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY; \
                 PRAGMA wal_autocheckpoint = 8192; PRAGMA mmap_size = 2147418112;",
            )?;
            Conn::Sqlite(db::SqliteConn::new(c))
        };
        let path = (conn.dialect() == Dialect::Sqlite).then(|| spec.to_string());
        let mut store = Store {
            conn,
            claims: Default::default(),
            path,
            checkpointer: None,
            batch: None,
        };
        schema::migrate(&mut store.conn)?;
        Ok(store)
    }

    /// The engine behind this store.
    pub fn dialect(&self) -> Dialect {
        self.conn.dialect()
    }

    /// Stores a batch of predictions in one transaction; see [`BatchReport`].
    /// Bad records are reported in the batch report and skipped; a database
    /// error aborts the whole batch (nothing of it is stored).
    pub fn ingest(&mut self, preds: &[Prediction]) -> Result<BatchReport, StoreError> {
        let batch: Vec<Prepared> = preds.iter().cloned().map(prepare).collect();
        self.ingest_prepared(&batch)
    }

    /// Stores a batch of [`prepare`]d predictions in one transaction (the
    /// form for a writer thread fed by threads that prepare).
    ///
    /// Writers take turns, one batch at a time: SQLite's write lock is taken
    /// when the batch begins (`BEGIN IMMEDIATE`, waiting up to 30 s), and on
    /// PostgreSQL a transaction-scoped advisory lock does the same, so each
    /// batch sees every batch committed before it and several `milcoop
    /// ingest` processes never link a copy or a claim twice.
    pub fn ingest_prepared(&mut self, preds: &[Prepared]) -> Result<BatchReport, StoreError> {
        let report = self.ingest_part(preds, preds.len())?;
        self.commit_batch()?;
        Ok(report)
    }

    /// Stores a part of a batch of [`prepare`]d predictions: the batch
    /// (begun by its first part, for about `expected` articles) ends in one
    /// commit ([`Store::commit_batch`]) with the same transaction, writers'
    /// lock and end state as [`Store::ingest_prepared`] of all its parts at
    /// once; but each part's articles and events are written as it comes,
    /// so that a writer fed by other threads holds a part, not a batch, and
    /// takes the next articles while the batch goes on. A database error
    /// rolls the whole batch back; a batch never committed is rolled back
    /// when the store closes.
    pub fn ingest_part(
        &mut self,
        preds: &[Prepared],
        expected: usize,
    ) -> Result<BatchReport, StoreError> {
        let r = self.try_part(preds, expected);
        if r.is_err() {
            self.fail_batch();
        }
        r
    }

    fn try_part(&mut self, preds: &[Prepared], expected: usize) -> Result<BatchReport, StoreError> {
        if self.batch.is_none() {
            if self.checkpointer.is_none()
                && let Some(path) = &self.path
            {
                self.checkpointer = Checkpointer::start(&mut self.conn, path)?;
            }
            begin_write(&mut self.conn)?;
            let fts_from = match self.conn.dialect() {
                Dialect::Postgres => 0,
                Dialect::Sqlite => self
                    .conn
                    .query("SELECT COALESCE(MAX(rowid), 0) FROM events", &[])?
                    .first()
                    .and_then(|r| r[0].int())
                    .unwrap_or(0),
            };
            // open from here: a failure below rolls back
            self.batch = Some((ingest::Batch::default(), fts_from));
            ingest::begin_batch(&mut self.conn, &mut self.claims, expected)?;
        }
        let (batch, _) = self.batch.as_mut().expect("open");
        ingest::ingest_part(&mut self.conn, &mut self.claims, batch, preds)
    }

    /// Ends the open batch, if any: writes the claims it touched and
    /// commits.
    pub fn commit_batch(&mut self) -> Result<(), StoreError> {
        let Some((batch, fts_from)) = self.batch.take() else {
            return Ok(());
        };
        let r = (|| {
            ingest::end_batch(&mut self.conn, &mut self.claims, batch)?;
            if self.conn.dialect() == Dialect::Sqlite {
                self.conn.exec(
                    "INSERT INTO events_fts (rowid, sentence_text) SELECT rowid, sentence_text FROM events WHERE rowid > ?",
                    &[fts_from.into()],
                )?;
            }
            self.conn.batch("COMMIT")
        })();
        if r.is_err() {
            let _ = self.conn.batch("ROLLBACK");
            self.claims.clear();
        }
        if let Some(c) = &self.checkpointer {
            c.after_commit();
        }
        r
    }

    /// Rolls the open batch back and forgets what the writer cached.
    fn fail_batch(&mut self) {
        if self.batch.take().is_some() {
            let _ = self.conn.batch("ROLLBACK");
            if let Some(c) = &self.checkpointer {
                c.after_commit();
            }
        }
        self.claims.clear();
    }

    /// Updates the planner's statistics (cheap; call after large ingests).
    pub fn optimize(&mut self) -> Result<(), StoreError> {
        match self.conn.dialect() {
            // a sampled ANALYZE: milliseconds, and the planner then knows
            // which filters are selective
            Dialect::Sqlite => self.conn.batch("PRAGMA analysis_limit = 1000; ANALYZE"),
            Dialect::Postgres => self.conn.batch("ANALYZE"),
        }
    }

    /// Events matching `filter`, newest first.
    pub fn events(&mut self, filter: &Filter) -> Result<Vec<EventRow>, StoreError> {
        query::events(&mut self.conn, filter)
    }

    /// Claims matching `filter`, most recently first reported first.
    pub fn claims(&mut self, filter: &Filter) -> Result<Vec<ClaimRow>, StoreError> {
        query::claims(&mut self.conn, filter)
    }

    /// Hands each event matching `filter` to `each` as it is read (newest
    /// first), without collecting them.
    pub fn events_each(
        &mut self,
        filter: &Filter,
        each: impl FnMut(EventRow) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        query::events_each(&mut self.conn, filter, each)
    }

    /// Hands each claim matching `filter` to `each` as it is read.
    pub fn claims_each(
        &mut self,
        filter: &Filter,
        each: impl FnMut(ClaimRow) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        query::claims_each(&mut self.conn, filter, each)
    }

    /// How many events match `filter` (its limit and offset aside),
    /// counting at most `cap` when given (the count then reads no more
    /// rows than it takes to find that many).
    pub fn count_events(&mut self, filter: &Filter, cap: Option<u64>) -> Result<u64, StoreError> {
        query::count_events(&mut self.conn, filter, cap)
    }

    /// How many claims match `filter`, counting at most `cap` when given.
    pub fn count_claims(&mut self, filter: &Filter, cap: Option<u64>) -> Result<u64, StoreError> {
        query::count_claims(&mut self.conn, filter, cap)
    }

    /// One claim with every event (evidence sentence and source), if it exists.
    pub fn claim(&mut self, id: &str) -> Result<Option<ClaimDetail>, StoreError> {
        query::claim(&mut self.conn, id)
    }

    /// One article with its events and duplicates, if it exists.
    pub fn article(&mut self, id: &str) -> Result<Option<ArticleDetail>, StoreError> {
        query::article(&mut self.conn, id)
    }

    /// Counts of articles, duplicates, events and claims.
    pub fn counts(&mut self) -> Result<Counts, StoreError> {
        let n = |conn: &mut Conn, sql: &str| -> Result<u64, StoreError> {
            Ok(conn
                .query(sql, &[])?
                .first()
                .and_then(|r| r[0].int())
                .unwrap_or(0) as u64)
        };
        Ok(Counts {
            articles: n(&mut self.conn, "SELECT COUNT(*) FROM articles")?,
            duplicates: n(
                &mut self.conn,
                "SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL",
            )?,
            events: n(&mut self.conn, "SELECT COUNT(*) FROM events")?,
            claims: n(&mut self.conn, "SELECT COUNT(*) FROM claims")?,
        })
    }

    /// A canonical text dump of every table (rows sorted by key), for
    /// comparing two stores: equal dumps mean equal data.
    pub fn dump(&mut self) -> Result<String, StoreError> {
        let mut out = String::new();
        for (table, order) in [
            ("articles", "id"),
            ("article_bands", "band, article_id"),
            ("article_sigs", "article_id"),
            ("events", "id"),
            ("claims", "id"),
        ] {
            out.push_str(&format!("## {table}\n"));
            let sql = format!("SELECT * FROM {table} ORDER BY {order}");
            self.conn.query_each(&sql, &[], |row| {
                let j: Vec<serde_json::Value> = row.iter().map(db::Value::to_json).collect();
                out.push_str(&serde_json::to_string(&j)?);
                out.push('\n');
                Ok(())
            })?;
        }
        Ok(out)
    }

    /// Writes a table (events, claims, articles) or the actor network.
    pub fn export<W: std::io::Write + Send>(
        &mut self,
        table: ExportTable,
        format: ExportFormat,
        filter: &Filter,
        out: W,
    ) -> Result<u64, StoreError> {
        export::export(&mut self.conn, table, format, filter, out)
    }

    /// Drops every milcoop table and the full-text index (for tests and resets).
    pub fn drop_all(&mut self) -> Result<(), StoreError> {
        self.claims.clear();
        self.conn.batch(
            "DROP TABLE IF EXISTS events_fts; DROP TABLE IF EXISTS articles; DROP TABLE IF EXISTS article_bands; \
             DROP TABLE IF EXISTS article_sigs; \
             DROP TABLE IF EXISTS events; DROP TABLE IF EXISTS event_items; \
             DROP TABLE IF EXISTS claims; DROP TABLE IF EXISTS claim_items; \
             DROP TABLE IF EXISTS milcoop_migrations;",
        )
    }
}

/// Checkpoints a SQLite WAL on a thread of its own, so that the writer
/// seldom stops for it: after each batch the writer pokes it, and it copies
/// the committed pages into the database file (`PASSIVE`: it never waits
/// for, nor blocks, the writer) while the writer goes on with the next
/// batch. SQLite starts the WAL file over only when a write transaction
/// begins with every frame copied, which a writer that begins the next
/// batch at once never sees; so when the WAL holds more than
/// [`WAL_RESTART_BYTES`], the writer waits for the checkpoint to catch up
/// before its next batch. Checkpoints never change what a reader or a
/// crash sees.
struct Checkpointer {
    tx: Option<std::sync::mpsc::SyncSender<Checkpoint>>,
    /// Frames in the WAL at the last checkpoint.
    frames: std::sync::Arc<std::sync::atomic::AtomicI64>,
    /// Frames (pages) in [`WAL_RESTART_BYTES`].
    restart_frames: i64,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// A request to the checkpointer.
enum Checkpoint {
    /// Copy what is committed.
    Poke,
    /// Copy everything, then answer.
    Sync(std::sync::mpsc::SyncSender<()>),
}

/// The WAL size past which the writer waits for the checkpointer to catch
/// up, so that the WAL starts over.
const WAL_RESTART_BYTES: i64 = 256 << 20;

impl Checkpointer {
    /// Starts one for the writer `conn` of the file at `path`, if the
    /// database is in WAL mode (an in-memory one is not).
    fn start(conn: &mut Conn, path: &str) -> Result<Option<Checkpointer>, StoreError> {
        let mode = conn.query("PRAGMA journal_mode", &[])?;
        if mode.first().and_then(|r| r[0].as_str()) != Some("wal") {
            return Ok(None);
        }
        let c = rusqlite::Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        c.busy_timeout(std::time::Duration::from_secs(30))?;
        // a WAL frame holds a page: 4 KiB in a database made before 16 KiB
        let page = conn
            .query("PRAGMA page_size", &[])?
            .first()
            .and_then(|r| r[0].int())
            .filter(|&p| p > 0)
            .unwrap_or(4096);
        let restart_frames = WAL_RESTART_BYTES / page;
        // the writer's own automatic checkpoint stays, as a backstop
        conn.batch(&format!(
            "PRAGMA wal_autocheckpoint = {}",
            2 * restart_frames
        ))?;
        let frames = std::sync::Arc::new(std::sync::atomic::AtomicI64::new(0));
        let seen = frames.clone();
        let (tx, rx) = std::sync::mpsc::sync_channel::<Checkpoint>(1);
        let thread = std::thread::Builder::new()
            .name("milcoop-checkpoint".into())
            .spawn(move || {
                while let Ok(req) = rx.recv() {
                    let r = c.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| {
                        Ok((r.get::<_, i64>(1)?, r.get::<_, i64>(2)?))
                    });
                    if let Ok((log, _)) = r {
                        seen.store(log, std::sync::atomic::Ordering::Relaxed);
                    }
                    if let Checkpoint::Sync(done) = req {
                        let _ = done.send(());
                    }
                }
            })?;
        Ok(Some(Checkpointer {
            tx: Some(tx),
            frames,
            restart_frames,
            thread: Some(thread),
        }))
    }

    /// After a commit: asks for a checkpoint (one pending request covers
    /// any number), or waits for one when the WAL has grown large.
    fn after_commit(&self) {
        let Some(tx) = &self.tx else { return };
        if self.frames.load(std::sync::atomic::Ordering::Relaxed) > self.restart_frames {
            let (done_tx, done) = std::sync::mpsc::sync_channel(1);
            if tx.send(Checkpoint::Sync(done_tx)).is_ok() {
                let _ = done.recv();
            }
            self.frames.store(0, std::sync::atomic::Ordering::Relaxed);
        } else {
            let _ = tx.try_send(Checkpoint::Poke);
        }
    }
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        self.tx.take();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Takes a `schema=NAME` parameter (milcoop's own, not libpq's) out of a
/// PostgreSQL URL.
fn split_schema(url: &str) -> (String, Option<String>) {
    let Some((base, query)) = url.split_once('?') else {
        return (url.to_string(), None);
    };
    let mut schema = None;
    let rest: Vec<&str> = query
        .split('&')
        .filter(|kv| match kv.strip_prefix("schema=") {
            Some(v) => {
                schema = Some(v.to_string());
                false
            }
            None => !kv.is_empty(),
        })
        .collect();
    let url = if rest.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", rest.join("&"))
    };
    (url, schema)
}

/// Row counts of a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct Counts {
    /// Articles stored (duplicates included).
    pub articles: u64,
    /// Of which exact or near duplicates of an earlier article.
    pub duplicates: u64,
    /// Events.
    pub events: u64,
    /// Claims.
    pub claims: u64,
}

#[cfg(test)]
mod tests {
    #[test]
    fn schema_parameter() {
        use super::split_schema;
        assert_eq!(
            split_schema("postgres://h/db"),
            ("postgres://h/db".into(), None)
        );
        assert_eq!(
            split_schema("postgres://h/db?schema=a_1"),
            ("postgres://h/db".into(), Some("a_1".into()))
        );
        assert_eq!(
            split_schema("postgres://h/db?sslmode=disable&schema=x"),
            ("postgres://h/db?sslmode=disable".into(), Some("x".into()))
        );
    }
}
