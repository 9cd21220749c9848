//! Versioned migrations. Each migration runs once, in its own transaction,
//! and is recorded in `milcoop_migrations`; a database made by an older
//! milcoop is brought up to date on open. Migrations are append-only: never
//! edit one that has shipped, add the next.
//!
//! Denormalised columns (an event's outlet, language and publication date;
//! its parties in claim-key order) are there for the query filters, which
//! must answer from one table and its indexes.

use crate::StoreError;
use crate::db::Conn;

/// One schema change: SQL for both engines, then for each its own.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    /// Version number (strictly increasing).
    pub version: i64,
    /// What it does.
    pub name: &'static str,
    /// SQL both engines run.
    pub common: &'static str,
    /// SQL only SQLite runs.
    pub sqlite: &'static str,
    /// SQL only PostgreSQL runs.
    pub postgres: &'static str,
}

/// The migrations, in order.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "articles, events, claims",
        common: V1,
        // a WITHOUT ROWID table is its own index: one B-tree per band row, not two
        sqlite: "CREATE TABLE article_bands (band BIGINT NOT NULL, article_id TEXT NOT NULL, \
                 PRIMARY KEY (band, article_id)) WITHOUT ROWID;",
        postgres: "CREATE TABLE article_bands (band BIGINT NOT NULL, article_id TEXT NOT NULL, \
                   PRIMARY KEY (band, article_id));",
    },
    Migration {
        version: 2,
        name: "full-text index of evidence sentences",
        common: "",
        // external-content FTS5 table; `Store::ingest` adds each batch's
        // events in one statement (a trigger would make FTS5 flush at every
        // statement's savepoint, a third of the ingest time)
        sqlite: r#"
CREATE VIRTUAL TABLE events_fts USING fts5 (sentence_text, content = 'events', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2', detail = none);
INSERT INTO events_fts (rowid, sentence_text) SELECT rowid, sentence_text FROM events;
"#,
        postgres: "CREATE INDEX events_text ON events USING GIN (to_tsvector('simple', sentence_text));",
    },
    Migration {
        version: 3,
        name: "party indexes that filter in the index",
        common: V3,
        sqlite: "",
        postgres: "",
    },
    Migration {
        version: 4,
        name: "claim state for incremental consolidation; article signatures apart",
        // what a claim's fields are computed from (milcoop_consolidate::ClaimState,
        // as JSON), so that a new event updates the claim without reading its
        // other events; claims stored before get it the next time an event
        // joins them (computed once from their events)
        common: "ALTER TABLE claims ADD COLUMN state TEXT;",
        // the signatures of the articles with bands, apart from their
        // text: a near-duplicate check reads every article that shares a
        // band with the new one
        sqlite: "CREATE TABLE article_sigs (article_id TEXT PRIMARY KEY, minhash TEXT NOT NULL) WITHOUT ROWID;\n\
                 INSERT INTO article_sigs (article_id, minhash) SELECT id, minhash FROM articles \
                 WHERE minhash IS NOT NULL AND id IN (SELECT article_id FROM article_bands);",
        postgres: "CREATE TABLE article_sigs (article_id TEXT PRIMARY KEY, minhash TEXT NOT NULL);\n\
                   INSERT INTO article_sigs (article_id, minhash) SELECT id, minhash FROM articles \
                   WHERE minhash IS NOT NULL AND id IN (SELECT article_id FROM article_bands);",
    },
    Migration {
        version: 5,
        name: "items in the claim index of events",
        // all events of an item (no index leads that filter) test the
        // items on this index, a tenth of the table's bytes, and read only
        // the matching rows: no B-tree more for the writer, a few bytes
        // more an entry
        common: "DROP INDEX events_claim;\nCREATE INDEX events_claim ON events (claim_id, items);",
        sqlite: "",
        postgres: "",
    },
    Migration {
        version: 6,
        name: "events without a key index; full-text index without document sizes",
        common: "",
        // the writer's cost is the B-trees each event enters: the index of
        // the text key (unique anyway: an article is stored once, its
        // events with it) goes, an article's events come from the date
        // index (their date is the article's), and the full-text index
        // keeps no per-sentence token counts (nothing ranks by them).
        // The rows keep their rowids, which the full-text index refers to.
        sqlite: V6_SQLITE,
        postgres: "",
    },
];

const V6_SQLITE: &str = r#"
CREATE TABLE events_v6 (
    id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    idx BIGINT NOT NULL,
    type TEXT NOT NULL,
    actor TEXT,
    recipient TEXT,
    party_a TEXT NOT NULL,
    party_b TEXT NOT NULL,
    unordered BIGINT NOT NULL,
    items TEXT NOT NULL,
    status TEXT NOT NULL,
    certainty TEXT NOT NULL,
    attribution TEXT NOT NULL,
    time_start TEXT,
    time_end TEXT,
    day_lo BIGINT,
    day_hi BIGINT,
    quantity_min BIGINT,
    quantity_max BIGINT,
    value_amount DOUBLE PRECISION,
    value_currency TEXT,
    evidence TEXT NOT NULL,
    sentence_text TEXT NOT NULL,
    span_start BIGINT NOT NULL,
    span_end BIGINT NOT NULL,
    sentence BIGINT NOT NULL,
    rule TEXT NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    outlet TEXT,
    published TEXT,
    language TEXT,
    claim_id TEXT NOT NULL
);
INSERT INTO events_v6 (rowid, id, article_id, idx, type, actor, recipient, party_a, party_b, unordered, items,
    status, certainty, attribution, time_start, time_end, day_lo, day_hi, quantity_min, quantity_max,
    value_amount, value_currency, evidence, sentence_text, span_start, span_end, sentence, rule, confidence,
    outlet, published, language, claim_id)
SELECT rowid, id, article_id, idx, type, actor, recipient, party_a, party_b, unordered, items,
    status, certainty, attribution, time_start, time_end, day_lo, day_hi, quantity_min, quantity_max,
    value_amount, value_currency, evidence, sentence_text, span_start, span_end, sentence, rule, confidence,
    outlet, published, language, claim_id FROM events ORDER BY rowid;
DROP TABLE events_fts;
DROP TABLE events;
ALTER TABLE events_v6 RENAME TO events;
CREATE INDEX events_claim ON events (claim_id, items);
CREATE INDEX events_by_actor ON events (actor, published, recipient, type);
CREATE INDEX events_by_recipient ON events (recipient, published, actor, type);
CREATE INDEX events_by_outlet ON events (outlet, published, claim_id);
CREATE INDEX events_days ON events (day_lo, day_hi);
CREATE INDEX events_published ON events (published, id);
CREATE VIRTUAL TABLE events_fts USING fts5 (sentence_text, content = 'events', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2', detail = none, columnsize = 0);
INSERT INTO events_fts (rowid, sentence_text) SELECT rowid, sentence_text FROM events;
"#;

/// One index per party side instead of three (actor, recipient, actor and
/// recipient), each carrying the other party and the type: every event or
/// claim written updates one index fewer, and a query with an actor and a
/// recipient or a type reads the rows only of the entries that match
/// (SQLite tests index columns before it reads the row), in date order.
/// The outlet index carries the claim, so the claims of an outlet come
/// from the index alone.
const V3: &str = r#"
CREATE INDEX events_by_actor ON events (actor, published, recipient, type);
CREATE INDEX events_by_recipient ON events (recipient, published, actor, type);
DROP INDEX events_actor;
DROP INDEX events_recipient;
DROP INDEX events_pair;
CREATE INDEX events_by_outlet ON events (outlet, published, claim_id);
DROP INDEX events_outlet;
CREATE INDEX claims_by_actor ON claims (actor, first_reported, recipient, type);
CREATE INDEX claims_by_recipient ON claims (recipient, first_reported, actor, type);
DROP INDEX claims_actor;
DROP INDEX claims_recipient;
DROP INDEX claims_pair;
"#;

const V1: &str = r#"
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    url TEXT,
    outlet TEXT,
    title TEXT,
    published TEXT,
    language TEXT,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    minhash TEXT,
    duplicate_of TEXT,
    duplicate_kind TEXT,
    clean TEXT NOT NULL,
    skipped TEXT,
    n_events BIGINT NOT NULL
);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    idx BIGINT NOT NULL,
    type TEXT NOT NULL,
    actor TEXT,
    recipient TEXT,
    party_a TEXT NOT NULL,
    party_b TEXT NOT NULL,
    unordered BIGINT NOT NULL,
    items TEXT NOT NULL,
    status TEXT NOT NULL,
    certainty TEXT NOT NULL,
    attribution TEXT NOT NULL,
    time_start TEXT,
    time_end TEXT,
    day_lo BIGINT,
    day_hi BIGINT,
    quantity_min BIGINT,
    quantity_max BIGINT,
    value_amount DOUBLE PRECISION,
    value_currency TEXT,
    evidence TEXT NOT NULL,
    sentence_text TEXT NOT NULL,
    span_start BIGINT NOT NULL,
    span_end BIGINT NOT NULL,
    sentence BIGINT NOT NULL,
    rule TEXT NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    outlet TEXT,
    published TEXT,
    language TEXT,
    claim_id TEXT NOT NULL
);
CREATE INDEX events_claim ON events (claim_id);
CREATE INDEX events_actor ON events (actor, published);
CREATE INDEX events_recipient ON events (recipient, published);
CREATE INDEX events_pair ON events (actor, recipient, published);
CREATE INDEX events_outlet ON events (outlet, published);
CREATE INDEX events_days ON events (day_lo, day_hi);
CREATE INDEX events_published ON events (published, id);
CREATE TABLE claims (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    actor TEXT,
    recipient TEXT,
    party_a TEXT NOT NULL,
    party_b TEXT NOT NULL,
    unordered BIGINT NOT NULL,
    items TEXT NOT NULL,
    time_start TEXT,
    time_end TEXT,
    day_lo BIGINT,
    day_hi BIGINT,
    when_lo BIGINT,
    when_hi BIGINT,
    status TEXT NOT NULL,
    certainty TEXT NOT NULL,
    contested BIGINT NOT NULL,
    first_reported TEXT,
    first_article TEXT NOT NULL,
    n_events BIGINT NOT NULL,
    n_articles BIGINT NOT NULL,
    n_outlets BIGINT NOT NULL,
    articles TEXT NOT NULL,
    outlets TEXT NOT NULL,
    attributions TEXT NOT NULL,
    status_history TEXT NOT NULL
);
CREATE INDEX claims_key ON claims (type, party_a, party_b, unordered);
CREATE INDEX claims_actor ON claims (actor, first_reported);
CREATE INDEX claims_recipient ON claims (recipient, first_reported);
CREATE INDEX claims_pair ON claims (actor, recipient, first_reported);
CREATE INDEX claims_when ON claims (when_lo, when_hi);
CREATE INDEX claims_first ON claims (first_reported, id);
"#;

fn applied(conn: &mut Conn) -> Result<Vec<i64>, StoreError> {
    Ok(conn
        .query("SELECT version FROM milcoop_migrations", &[])?
        .into_iter()
        .filter_map(|r| r.first().and_then(|v| v.int()))
        .collect())
}

/// Brings the database up to the latest migration. Several processes may
/// open a new database at once: the migrations run under the writers' lock
/// (see [`crate::Store::ingest_prepared`]), and whoever comes second finds
/// them done.
pub fn migrate(conn: &mut Conn) -> Result<(), StoreError> {
    let latest = MIGRATIONS.last().map_or(0, |m| m.version);
    // fast path, without the lock: everything applied already
    if let Ok(done) = applied(conn) {
        if let Some(max) = done.iter().max()
            && *max > latest
        {
            return Err(StoreError::Schema(format!(
                "database schema version {max} is newer than this milcoop ({latest})"
            )));
        }
        if MIGRATIONS.iter().all(|m| done.contains(&m.version)) {
            return Ok(());
        }
    }
    crate::begin_write(conn)?;
    match migrate_locked(conn) {
        Ok(()) => conn.batch("COMMIT"),
        Err(e) => {
            let _ = conn.batch("ROLLBACK");
            Err(e)
        }
    }
}

fn migrate_locked(conn: &mut Conn) -> Result<(), StoreError> {
    conn.batch("CREATE TABLE IF NOT EXISTS milcoop_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL)")?;
    let done = applied(conn)?;
    let mut changed = false;
    for m in MIGRATIONS {
        if done.contains(&m.version) {
            continue;
        }
        changed = true;
        let own = match conn.dialect() {
            crate::db::Dialect::Sqlite => m.sqlite,
            crate::db::Dialect::Postgres => m.postgres,
        };
        conn.batch(&format!("{}\n{}", m.common, own))?;
        conn.exec(
            "INSERT INTO milcoop_migrations (version, name) VALUES (?, ?)",
            &[m.version.into(), m.name.into()],
        )?;
    }
    // a database made before gets the planner's statistics for its new
    // indexes (sampled: quick); a new one gets them after its first ingest
    if changed && !done.is_empty() {
        match conn.dialect() {
            crate::db::Dialect::Sqlite => conn.batch("PRAGMA analysis_limit = 1000; ANALYZE")?,
            crate::db::Dialect::Postgres => conn.batch("ANALYZE")?,
        }
    }
    Ok(())
}
