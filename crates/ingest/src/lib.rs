//! milcoop-ingest (placeholder)
