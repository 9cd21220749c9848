//! milcoop-eval (placeholder)
