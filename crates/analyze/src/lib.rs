//! milcoop-analyze (placeholder)
