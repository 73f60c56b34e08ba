//! Documented limits on an input, checked before any rule runs, so that no input can make
//! the library do unbounded work or hold unbounded memory. The defaults are generous for a
//! region's real cases; a caller sets others with [`crate::Policy::with_limits`]. Every
//! runtime (Rust, CLI, Python, WASM) applies the same limits through the same code.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The limits on one input. Exceeding one is a `limit-exceeded` error naming the limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// The most bytes of JSON text one input may have (default 16 MiB).
    pub max_input_bytes: usize,
    /// The most candidates in a case (default 10,000).
    pub max_candidates: usize,
    /// The most requirements in a case (default 10,000).
    pub max_requirements: usize,
    /// The most items in any other list, such as a candidate's `covers` (default 10,000).
    pub max_list_items: usize,
    /// The most characters in one string, an id, a name or a text (default 10,000).
    pub max_string_chars: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 16 * 1024 * 1024,
            max_candidates: 10_000,
            max_requirements: 10_000,
            max_list_items: 10_000,
            max_string_chars: 10_000,
        }
    }
}

impl Limits {
    /// The limit on the list held by `key`, and its name in messages.
    pub fn for_list(&self, key: &str) -> (usize, &'static str) {
        match key {
            "candidates" => (self.max_candidates, "max_candidates"),
            "requirements" => (self.max_requirements, "max_requirements"),
            _ => (self.max_list_items, "max_list_items"),
        }
    }
}
