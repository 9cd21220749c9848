//! milcoop-html (placeholder)
