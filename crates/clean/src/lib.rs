//! milcoop-clean (placeholder)
