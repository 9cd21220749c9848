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

/// A connection to either engine.
pub enum Conn {
    /// SQLite.
    Sqlite(rusqlite::Connection),
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
            ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
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
