//! milcoop-extract (placeholder)
