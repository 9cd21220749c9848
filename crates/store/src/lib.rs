//! milcoop-store (placeholder)
