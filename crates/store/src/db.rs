//! One code path for SQLite and PostgreSQL.
//!
//! Every statement of the store is written once, in the SQL both engines
//! share (`?` placeholders, `ON CONFLICT ... DO NOTHING`, `BIGINT`, `TEXT`,
//! `DOUBLE PRECISION`), and [`Conn`] runs it on either engine: for
//! PostgreSQL it rewrites the placeholders to `$1, $2, ...` and caches the
//! prepared statement; for SQLite it uses rusqlite's statement cache.
//! Values cross the boundary as [`Value`], so the store never sees a driver
//! type. The few places where the engines differ ask [`Conn::dialect`].

use crate::StoreError;
use std::collections::HashMap;

/// A value bound to or read from a statement.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// SQL NULL.
    Null,
    /// An integer (stored as BIGINT).
    Int(i64),
    /// A float (DOUBLE PRECISION).
    Real(f64),
    /// Text.
    Text(String),
}

impl Value {
    /// The text, if this is text.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Text(s) => Some(s),
            _ => None,
        }
    }
    /// The text as an owned option.
    pub fn text(&self) -> Option<String> {
        self.as_str().map(str::to_string)
    }
    /// The integer, if this is one.
    pub fn int(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Real(f) => Some(*f as i64),
            _ => None,
        }
    }
    /// The float, if this is a number.
    pub fn real(&self) -> Option<f64> {
        match self {
            Value::Real(f) => Some(*f),
            Value::Int(i) => Some(*i as f64),
            _ => None,
        }
    }
    /// As JSON.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Null => serde_json::Value::Null,
            Value::Int(i) => (*i).into(),
            Value::Real(f) => {
                serde_json::Number::from_f64(*f).map_or(serde_json::Value::Null, Into::into)
            }
            Value::Text(s) => s.clone().into(),
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_string())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}
impl From<&String> for Value {
    fn from(s: &String) -> Self {
        Value::Text(s.clone())
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Int(i64::from(b))
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Self {
        Value::Real(f)
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(o: Option<T>) -> Self {
        o.map_or(Value::Null, Into::into)
    }
}

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(match self {
            Value::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Value::Int(i) => ToSqlOutput::Borrowed(ValueRef::Integer(*i)),
            Value::Real(f) => ToSqlOutput::Borrowed(ValueRef::Real(*f)),
            Value::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
        })
    }
}

impl postgres::types::ToSql for Value {
    fn to_sql(
        &self,
        ty: &postgres::types::Type,
        out: &mut postgres::types::private::BytesMut,
    ) -> Result<postgres::types::IsNull, Box<dyn std::error::Error + Sync + Send>> {
        use postgres::types::Type;
        match self {
            Value::Null => Ok(postgres::types::IsNull::Yes),
            Value::Int(i) if *ty == Type::INT4 => i32::try_from(*i)?.to_sql(ty, out),
            Value::Int(i) if *ty == Type::FLOAT8 => (*i as f64).to_sql(ty, out),
            Value::Int(i) => i.to_sql(ty, out),
            Value::Real(f) => f.to_sql(ty, out),
            Value::Text(s) => s.as_str().to_sql(ty, out),
        }
    }
    fn accepts(_ty: &postgres::types::Type) -> bool {
        true
    }
    postgres::types::to_sql_checked!();
}

/// Which SQL engine a connection talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// Embedded SQLite.
    Sqlite,
    /// PostgreSQL server.
    Postgres,
}

/// A SQLite connection with the store's own statements for inserting rows
/// (see [`Conn::insert`]); it dereferences to the rusqlite connection.
pub struct SqliteConn {
    // declared first: the statements are finalized before the connection
    // closes (sqlite3_close fails while statements are open)
    raw: RawStmts,
    conn: rusqlite::Connection,
}

impl SqliteConn {
    /// Wraps an open connection.
    pub fn new(conn: rusqlite::Connection) -> SqliteConn {
        SqliteConn {
            raw: RawStmts::default(),
            conn,
        }
    }
}

impl std::ops::Deref for SqliteConn {
    type Target = rusqlite::Connection;
    fn deref(&self) -> &rusqlite::Connection {
        &self.conn
    }
}

impl std::ops::DerefMut for SqliteConn {
    fn deref_mut(&mut self) -> &mut rusqlite::Connection {
        &mut self.conn
    }
}

/// Prepared SQLite statements for [`Conn::insert`], by insert head and
/// number of rows, held as raw handles: rusqlite binds every text as
/// `SQLITE_TRANSIENT` (SQLite copies it into memory of its own: with the
/// binding, a tenth of the writer's time), these bind it in place
/// (`SQLITE_STATIC`: the values outlive the step, which reads them, and
/// every use binds every parameter again).
#[derive(Default)]
struct RawStmts {
    by_head: HashMap<String, Vec<*mut rusqlite::ffi::sqlite3_stmt>>,
}

// the statements belong to the connection beside them, which moves between
// threads with them and is used by one thread at a time (`&mut`)
unsafe impl Send for RawStmts {}

impl Drop for RawStmts {
    fn drop(&mut self) {
        for (_, sts) in self.by_head.drain() {
            for st in sts.into_iter().filter(|st| !st.is_null()) {
                // SAFETY: prepared on the connection, which is still open,
                // and finalized once
                unsafe { rusqlite::ffi::sqlite3_finalize(st) };
            }
        }
    }
}

/// The error of the last failed call on `db`, with the code `rc`.
fn sqlite_error(db: *mut rusqlite::ffi::sqlite3, rc: std::ffi::c_int) -> StoreError {
    // SAFETY: `db` is an open connection; the message is copied at once
    let msg = unsafe {
        let m = rusqlite::ffi::sqlite3_errmsg(db);
        (!m.is_null()).then(|| std::ffi::CStr::from_ptr(m).to_string_lossy().into_owned())
    };
    StoreError::Sqlite(rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rc),
        msg,
    ))
}

/// `head VALUES (?, ...), ...` for `rows` rows of `ncols` values.
fn insert_sql(head: &str, ncols: usize, rows: usize) -> String {
    let one = format!("({})", vec!["?"; ncols].join(", "));
    format!("{head} VALUES {}", vec![one; rows].join(", "))
}

impl SqliteConn {
    /// The statement inserting `rows` rows of `ncols` values with `head`
    /// (`INSERT ... INTO table (columns)`), prepared once (persistent: it
    /// lives for the connection).
    fn insert_stmt(
        &mut self,
        head: &str,
        ncols: usize,
        rows: usize,
    ) -> Result<*mut rusqlite::ffi::sqlite3_stmt, StoreError> {
        use rusqlite::ffi;
        if let Some(&st) = self.raw.by_head.get(head).and_then(|v| v.get(rows))
            && !st.is_null()
        {
            return Ok(st);
        }
        let sql = insert_sql(head, ncols, rows);
        // SAFETY: the handle of an open connection, used on this thread only
        let db = unsafe { self.conn.handle() };
        let len = std::ffi::c_int::try_from(sql.len())
            .map_err(|_| StoreError::Schema("statement too long".into()))?;
        let mut st = std::ptr::null_mut();
        // SAFETY: `sql` is valid for `len` bytes; `st` receives the statement
        let rc = unsafe {
            ffi::sqlite3_prepare_v3(
                db,
                sql.as_ptr().cast(),
                len,
                ffi::SQLITE_PREPARE_PERSISTENT as std::ffi::c_uint,
                &mut st,
                std::ptr::null_mut(),
            )
        };
        if rc != ffi::SQLITE_OK {
            return Err(sqlite_error(db, rc));
        }
        if st.is_null() {
            return Err(StoreError::Schema(format!("empty statement {sql:?}")));
        }
        let v = self.raw.by_head.entry(head.to_string()).or_default();
        if v.len() <= rows {
            v.resize(rows + 1, std::ptr::null_mut());
        }
        v[rows] = st;
        Ok(st)
    }

    /// Binds `values` to the statement `st` (as many as it has
    /// parameters), steps it to its end and resets it; returns the rows
    /// changed.
    fn raw_exec(
        &mut self,
        st: *mut rusqlite::ffi::sqlite3_stmt,
        values: &[&Value],
    ) -> Result<u64, StoreError> {
        use rusqlite::ffi;
        // SAFETY: the handle of an open connection, used on this thread only
        let db = unsafe { self.conn.handle() };
        // SAFETY: `st` is a live statement of `db`; every text bound stays
        // borrowed (and so unchanged) until the step below is over, and
        // each parameter is bound again before the next step
        unsafe {
            let n = ffi::sqlite3_bind_parameter_count(st);
            if usize::try_from(n).ok() != Some(values.len()) {
                return Err(StoreError::Schema(format!(
                    "{} values for {n} parameters",
                    values.len()
                )));
            }
            for (i, v) in values.iter().enumerate() {
                let at = i as std::ffi::c_int + 1;
                let rc = match v {
                    Value::Null => ffi::sqlite3_bind_null(st, at),
                    Value::Int(x) => ffi::sqlite3_bind_int64(st, at, *x),
                    Value::Real(f) => ffi::sqlite3_bind_double(st, at, *f),
                    Value::Text(s) if s.is_empty() => {
                        ffi::sqlite3_bind_text(st, at, c"".as_ptr(), 0, ffi::SQLITE_STATIC())
                    }
                    Value::Text(s) => match std::ffi::c_int::try_from(s.len()) {
                        Ok(len) => ffi::sqlite3_bind_text(
                            st,
                            at,
                            s.as_ptr().cast(),
                            len,
                            ffi::SQLITE_STATIC(),
                        ),
                        Err(_) => ffi::SQLITE_TOOBIG,
                    },
                };
                if rc != ffi::SQLITE_OK {
                    ffi::sqlite3_reset(st);
                    return Err(sqlite_error(db, rc));
                }
            }
            let rc = ffi::sqlite3_step(st);
            let err =
                (rc != ffi::SQLITE_DONE && rc != ffi::SQLITE_ROW).then(|| sqlite_error(db, rc));
            ffi::sqlite3_reset(st);
            match err {
                Some(e) => Err(e),
                None => Ok(ffi::sqlite3_changes64(db) as u64),
            }
        }
    }
}

/// Rows one SQLite insert statement carries at most (each statement opens
/// and closes a cursor per B-tree of the table; many rows share them).
const INSERT_ROWS_MAX: usize = 32;
/// Parameters one SQLite insert statement binds at most.
const INSERT_PARAMS_MAX: usize = 999;

/// Rows one PostgreSQL insert statement carries at most (each statement
/// is a round trip to the server; many rows share it).
const PG_INSERT_ROWS_MAX: usize = 256;
/// Parameters one PostgreSQL statement binds at most.
const PG_PARAMS_MAX: usize = 65_535;

fn row_len_check(head: &str, ncols: usize, r: &[&Value]) -> Result<(), StoreError> {
    if r.len() != ncols {
        return Err(StoreError::Schema(format!(
            "{} values for {ncols} columns: {head}",
            r.len()
        )));
    }
    Ok(())
}

/// [`Conn::insert`] for PostgreSQL: up to [`PG_INSERT_ROWS_MAX`] rows a
/// statement, the rest in statements of a power of two rows each (so
/// that a table has a few statement shapes, each prepared once and kept
/// under a short key: the SQL text of many rows is long to hash).
fn pg_insert<'v>(
    client: &mut postgres::Client,
    stmts: &mut HashMap<String, postgres::Statement>,
    head: &str,
    ncols: usize,
    rows: impl IntoIterator<Item = impl AsRef<[&'v Value]>>,
) -> Result<u64, StoreError> {
    let per = (PG_PARAMS_MAX / ncols.max(1)).clamp(1, PG_INSERT_ROWS_MAX);
    let mut exec = |client: &mut postgres::Client, vals: &[&Value]| -> Result<u64, StoreError> {
        let k = vals.len() / ncols.max(1);
        let key = format!("{head}\u{0}{k}");
        let st = match stmts.get(&key) {
            Some(s) => s.clone(),
            None => {
                let s = client.prepare(&pg_placeholders(&insert_sql(head, ncols, k)))?;
                stmts.insert(key, s.clone());
                s
            }
        };
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = vals
            .iter()
            .map(|p| *p as &(dyn postgres::types::ToSql + Sync))
            .collect();
        Ok(client.execute(&st, &refs)?)
    };
    let mut buf: Vec<&Value> = Vec::with_capacity(per * ncols);
    let mut n = 0;
    for r in rows {
        let r = r.as_ref();
        row_len_check(head, ncols, r)?;
        buf.extend_from_slice(r);
        if buf.len() == per * ncols {
            n += exec(client, &buf)?;
            buf.clear();
        }
    }
    // the rest, largest power of two first, in input order
    let mut at = 0;
    let mut left = buf.len() / ncols.max(1);
    while left > 0 {
        let k = 1 << left.ilog2();
        n += exec(client, &buf[at * ncols..(at + k) * ncols])?;
        at += k;
        left -= k;
    }
    Ok(n)
}

/// A connection to either engine.
pub enum Conn {
    /// SQLite.
    Sqlite(SqliteConn),
    /// PostgreSQL, with its prepared statements by SQL text.
    Postgres {
        /// The client.
        client: Box<postgres::Client>,
        /// Prepared statements, keyed by the `?`-form SQL.
        stmts: HashMap<String, postgres::Statement>,
    },
}

/// Rewrites `?` placeholders to `$1, $2, ...` (the store's SQL has no `?`
/// inside literals).
fn pg_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut n = 0;
    for c in sql.chars() {
        if c == '?' {
            n += 1;
            out.push('$');
            out.push_str(&n.to_string());
        } else {
            out.push(c);
        }
    }
    out
}

fn pg_value(row: &postgres::Row, i: usize) -> Result<Value, StoreError> {
    use postgres::types::Type;
    let ty = row.columns()[i].type_().clone();
    let v = if ty == Type::INT8 {
        row.try_get::<_, Option<i64>>(i)?.map(Value::Int)
    } else if ty == Type::INT4 {
        row.try_get::<_, Option<i32>>(i)?
            .map(|x| Value::Int(x.into()))
    } else if ty == Type::INT2 {
        row.try_get::<_, Option<i16>>(i)?
            .map(|x| Value::Int(x.into()))
    } else if ty == Type::FLOAT8 {
        row.try_get::<_, Option<f64>>(i)?.map(Value::Real)
    } else if ty == Type::FLOAT4 {
        row.try_get::<_, Option<f32>>(i)?
            .map(|x| Value::Real(x.into()))
    } else if ty == Type::BOOL {
        row.try_get::<_, Option<bool>>(i)?
            .map(|b| Value::Int(i64::from(b)))
    } else {
        row.try_get::<_, Option<String>>(i)?.map(Value::Text)
    };
    Ok(v.unwrap_or(Value::Null))
}

/// Runs one SQLite statement, looked up once, for each set of parameters in turn and
/// hands each row to `f` (what [`Conn::query_each`] and [`Conn::query_each_of`] share).
fn sqlite_each<'v>(
    c: &rusqlite::Connection,
    sql: &str,
    param_sets: impl IntoIterator<Item = &'v [Value]>,
    f: &mut dyn FnMut(Vec<Value>) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let mut st = c.prepare_cached(sql)?;
    let n = st.column_count();
    for params in param_sets {
        let mut rows = st.query(rusqlite::params_from_iter(params.iter()))?;
        while let Some(r) = rows.next()? {
            f(sqlite_row(r, n)?)?;
        }
    }
    Ok(())
}

/// The `n` columns of a SQLite row as values.
fn sqlite_row(r: &rusqlite::Row<'_>, n: usize) -> Result<Vec<Value>, StoreError> {
    use rusqlite::types::ValueRef;
    let mut row = Vec::with_capacity(n);
    for i in 0..n {
        row.push(match r.get_ref(i)? {
            ValueRef::Null => Value::Null,
            ValueRef::Integer(x) => Value::Int(x),
            ValueRef::Real(x) => Value::Real(x),
            // valid UTF-8 (always, from the store) checks faster than the
            // lossy conversion walks it
            ValueRef::Text(t) => Value::Text(match std::str::from_utf8(t) {
                Ok(s) => s.to_owned(),
                Err(_) => String::from_utf8_lossy(t).into_owned(),
            }),
            ValueRef::Blob(b) => Value::Text(String::from_utf8_lossy(b).into_owned()),
        });
    }
    Ok(row)
}

impl Conn {
    /// The engine.
    pub fn dialect(&self) -> Dialect {
        match self {
            Conn::Sqlite(_) => Dialect::Sqlite,
            Conn::Postgres { .. } => Dialect::Postgres,
        }
    }

    fn pg_stmt(
        client: &mut postgres::Client,
        stmts: &mut HashMap<String, postgres::Statement>,
        sql: &str,
    ) -> Result<postgres::Statement, StoreError> {
        if let Some(s) = stmts.get(sql) {
            return Ok(s.clone());
        }
        let s = client.prepare(&pg_placeholders(sql))?;
        stmts.insert(sql.to_string(), s.clone());
        Ok(s)
    }

    /// Runs a statement; returns the number of rows changed.
    pub fn exec(&mut self, sql: &str, params: &[Value]) -> Result<u64, StoreError> {
        let refs: Vec<&Value> = params.iter().collect();
        self.exec_refs(sql, &refs)
    }

    /// [`Conn::exec`] with borrowed parameters.
    pub fn exec_refs(&mut self, sql: &str, params: &[&Value]) -> Result<u64, StoreError> {
        match self {
            Conn::Sqlite(c) => {
                let mut st = c.prepare_cached(sql)?;
                Ok(st.execute(rusqlite::params_from_iter(params.iter()))? as u64)
            }
            Conn::Postgres { client, stmts } => {
                let st = Self::pg_stmt(client, stmts, sql)?;
                let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = params
                    .iter()
                    .map(|p| *p as &(dyn postgres::types::ToSql + Sync))
                    .collect();
                Ok(client.execute(&st, &refs)?)
            }
        }
    }

    /// Runs one statement once per row of parameters, looking it up once
    /// (the statement cache hashes the SQL text at every lookup, as much
    /// work as a small insert for a long statement); returns the rows
    /// changed.
    pub fn exec_rows<'v>(
        &mut self,
        sql: &str,
        rows: impl IntoIterator<Item = impl AsRef<[&'v Value]>>,
    ) -> Result<u64, StoreError> {
        let mut n = 0;
        match self {
            Conn::Sqlite(c) => {
                let mut st = c.prepare_cached(sql)?;
                for r in rows {
                    n += st.execute(rusqlite::params_from_iter(r.as_ref().iter()))? as u64;
                }
            }
            Conn::Postgres { client, stmts } => {
                let st = Self::pg_stmt(client, stmts, sql)?;
                for r in rows {
                    let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = r
                        .as_ref()
                        .iter()
                        .map(|p| *p as &(dyn postgres::types::ToSql + Sync))
                        .collect();
                    n += client.execute(&st, &refs)?;
                }
            }
        }
        Ok(n)
    }

    /// Inserts rows: `head` is `INSERT INTO table (columns)` with `ncols`
    /// columns, each row gives their values. SQLite takes up to
    /// [`INSERT_ROWS_MAX`] rows a statement, as `INSERT OR FAIL` (a
    /// statement of many rows that may abort keeps a journal of the pages
    /// it changes, to undo its own rows; one that fails leaves them, and
    /// the store rolls the whole batch back on any error). Returns the
    /// rows inserted.
    pub fn insert<'v>(
        &mut self,
        head: &str,
        ncols: usize,
        rows: impl IntoIterator<Item = impl AsRef<[&'v Value]>>,
    ) -> Result<u64, StoreError> {
        let c = match self {
            Conn::Sqlite(c) => c,
            Conn::Postgres { client, stmts } => return pg_insert(client, stmts, head, ncols, rows),
        };
        let per = (INSERT_PARAMS_MAX / ncols.max(1)).clamp(1, INSERT_ROWS_MAX);
        let head = head.replacen("INSERT INTO", "INSERT OR FAIL INTO", 1);
        let mut buf: Vec<&Value> = Vec::with_capacity(per * ncols);
        let mut n = 0;
        let mut full = None;
        for r in rows {
            let r = r.as_ref();
            row_len_check(&head, ncols, r)?;
            buf.extend_from_slice(r);
            if buf.len() == per * ncols {
                let st = match full {
                    Some(st) => st,
                    None => *full.insert(c.insert_stmt(&head, ncols, per)?),
                };
                n += c.raw_exec(st, &buf)?;
                buf.clear();
            }
        }
        if !buf.is_empty() {
            let st = c.insert_stmt(&head, ncols, buf.len() / ncols)?;
            n += c.raw_exec(st, &buf)?;
        }
        Ok(n)
    }

    /// Runs a query; returns every row.
    pub fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Vec<Value>>, StoreError> {
        let mut out = Vec::new();
        self.query_each(sql, params, |row| {
            out.push(row);
            Ok(())
        })?;
        Ok(out)
    }

    /// Runs a query and hands each row to `f`, streaming.
    pub fn query_each(
        &mut self,
        sql: &str,
        params: &[Value],
        mut f: impl FnMut(Vec<Value>) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        match self {
            Conn::Sqlite(c) => sqlite_each(c, sql, [params], &mut f),
            Conn::Postgres { client, stmts } => {
                let st = Self::pg_stmt(client, stmts, sql)?;
                let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = params
                    .iter()
                    .map(|p| p as &(dyn postgres::types::ToSql + Sync))
                    .collect();
                // rows arrive as the server sends them: an export of
                // millions of rows never sits in memory
                use postgres::fallible_iterator::FallibleIterator;
                let mut rows = client.query_raw(&st, refs)?;
                while let Some(r) = rows.next()? {
                    let row = (0..r.len())
                        .map(|i| pg_value(&r, i))
                        .collect::<Result<Vec<_>, _>>()?;
                    f(row)?;
                }
                Ok(())
            }
        }
    }

    /// [`Conn::query_each`] for each set of parameters in turn, the
    /// statement looked up once.
    pub fn query_each_of<'v>(
        &mut self,
        sql: &str,
        param_sets: impl IntoIterator<Item = &'v [Value]>,
        mut f: impl FnMut(Vec<Value>) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        match self {
            Conn::Sqlite(c) => sqlite_each(c, sql, param_sets, &mut f),
            Conn::Postgres { .. } => {
                for params in param_sets {
                    self.query_each(sql, params, &mut f)?;
                }
                Ok(())
            }
        }
    }

    /// Runs several statements without parameters.
    pub fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
        match self {
            Conn::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Conn::Postgres { client, .. } => Ok(client.batch_execute(sql)?),
        }
    }
}
