//! milcoop-consolidate (placeholder)
