#![allow(clippy::indexing_slicing)] // A build-time tool: its input is the repository's own catalogue, checked line by line.
//! Compiles the wording catalogue (`core/words/sv.ftl`, `core/words/en.ftl`) into Rust.
//!
//! The catalogue is written in a small subset of Project Fluent's syntax (FTL): `key = text`,
//! indented continuation lines, `{ $name }` for a value, `{ "x" }` for a literal, and a
//! message that is one plural choice on a count:
//!
//! ```ftl
//! met-count = { $count ->
//!     [one] { $count } uppfylld
//!    *[other] { $count } uppfyllda
//! }
//! ```
//!
//! The build fails when a key is in one language and not the other, when a key's two
//! wordings do not use the same values, or when the syntax is outside the subset. Each key
//! becomes, in `$OUT_DIR/words.rs` (included by `core/src/words.rs`):
//! - without values, a constant `message::Message` named like the key (`doc-memo_title` →
//!   `DOC_MEMO_TITLE`);
//! - with values, a struct named like the key (`order-met` → `OrderMet`) with one `Arg`
//!   field per value; `Message::from` renders it (a plural message picks its form on the
//!   count: one for 1, other for anything else, as Swedish and English both count).
//!
//! Keys of the families `form-`, `ask-`, `help-`, `group-`, `doc-` and `cli-` are looked up by
//! name at run time (the form, the questions by field, the templates) and are listed in
//! `ENTRIES` instead; `core/tests/words.rs` checks that every key is used.
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::PathBuf;

/// A piece of a pattern: text, or a value by name.
#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Text(String),
    Var(String),
}

/// A message's value: one pattern, or a plural choice on a count.
#[derive(Debug, Clone)]
enum Value {
    Plain(Vec<Piece>),
    Plural { on: String, one: Vec<Piece>, other: Vec<Piece> },
}

impl Value {
    /// The wording for readers outside Rust (the form): values as `{name}`, a plural as
    /// `{count->one|other}`.
    fn for_readers(&self) -> String {
        match self {
            Value::Plain(p) => named(p),
            Value::Plural { on, one, other } => format!("{{{on}->{}|{}}}", named(one), named(other)),
        }
    }

    fn vars(&self) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let mut add = |p: &[Piece]| {
            for piece in p {
                if let Piece::Var(v) = piece {
                    out.insert(v.clone());
                }
            }
        };
        match self {
            Value::Plain(p) => add(p),
            Value::Plural { on, one, other } => {
                add(one);
                add(other);
                out.insert(on.clone());
            }
        }
        out
    }
}

/// The families looked up by name at run time.
const RUNTIME_FAMILIES: &[&str] = &["form-", "ask-", "help-", "group-", "doc-", "cli-"];

fn main() {
    let dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join("words");
    println!("cargo:rerun-if-changed=words");
    let mut langs = Vec::new();
    for lang in ["sv", "en"] {
        let path = dir.join(format!("{lang}.ftl"));
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
        let messages = parse(&text).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
        langs.push(messages);
    }
    let (sv, en) = (&langs[0], &langs[1]);
    let mut problems = Vec::new();
    for key in sv.keys() {
        if !en.contains_key(key) {
            problems.push(format!("`{key}` is in sv.ftl and not in en.ftl"));
        }
    }
    for key in en.keys() {
        if !sv.contains_key(key) {
            problems.push(format!("`{key}` is in en.ftl and not in sv.ftl"));
        }
    }
    for (key, s) in sv {
        if let Some(e) = en.get(key) {
            if s.vars() != e.vars() {
                problems.push(format!("`{key}` uses {:?} in Swedish and {:?} in English", s.vars(), e.vars()));
            }
        }
    }
    if !problems.is_empty() {
        fail(&problems.join("\n"));
    }
    let out = generate(sv, en);
    let path = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("words.rs");
    std::fs::write(&path, out).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("error in the wording catalogue (core/words):\n{message}");
    std::process::exit(1)
}

/// Reads a catalogue: key → value, in the file's order.
fn parse(text: &str) -> Result<BTreeMap<String, Value>, String> {
    let mut out = BTreeMap::new();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with(' ') {
            return Err(format!("line {i}: an indented line outside a message"));
        }
        let (key, first) = line.split_once('=').ok_or_else(|| format!("line {i}: expected `key = text`"))?;
        let key = key.trim();
        let good = key.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if !good {
            return Err(format!("line {i}: `{key}` is not a key (a-z, 0-9, - and _)"));
        }
        let mut body: Vec<String> = Vec::new();
        let first = first.trim();
        if !first.is_empty() {
            body.push(first.to_string());
        }
        // Indented lines continue the message; a `}` at the start of a line closes a choice.
        while i < lines.len() && (lines[i].starts_with(' ') || lines[i] == "}") {
            body.push(lines[i].trim().to_string());
            i += 1;
        }
        let value = if body.first().is_some_and(|b| b.starts_with('{') && b.ends_with("->")) {
            plural(&body).map_err(|e| format!("`{key}`: {e}"))?
        } else {
            Value::Plain(pattern(&body.join("\n")).map_err(|e| format!("`{key}`: {e}"))?)
        };
        if out.insert(key.to_string(), value).is_some() {
            return Err(format!("`{key}` is defined twice"));
        }
    }
    Ok(out)
}

/// `{ $n ->`, `[one] …`, `*[other] …`, `}`.
fn plural(body: &[String]) -> Result<Value, String> {
    let head = body[0].trim_start_matches('{').trim_end_matches("->").trim();
    let on = head.strip_prefix('$').ok_or("a choice must be on a `$value`")?.to_string();
    if body.last().map(String::as_str) != Some("}") {
        return Err("a choice must end with `}` on a line of its own".into());
    }
    let (mut one, mut other) = (None, None);
    for line in &body[1..body.len() - 1] {
        if let Some(rest) = line.strip_prefix("[one]") {
            one = Some(pattern(rest.trim())?);
        } else if let Some(rest) = line.strip_prefix("*[other]") {
            other = Some(pattern(rest.trim())?);
        } else {
            return Err(format!("`{line}`: only `[one]` and `*[other]` are known"));
        }
    }
    match (one, other) {
        (Some(one), Some(other)) => Ok(Value::Plural { on, one, other }),
        _ => Err("a choice needs `[one]` and `*[other]`".into()),
    }
}

/// Text with `{ $value }` and `{ "literal" }` placeables.
fn pattern(text: &str) -> Result<Vec<Piece>, String> {
    let mut out = Vec::new();
    let mut buf = String::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        buf.push_str(&rest[..open]);
        if rest[open..].starts_with('}') {
            return Err("a `}` without its `{` (write `{ \"}\" }`)".into());
        }
        // A literal placeable may hold a brace: `{ "}" }`; look for the `}` after its quotes.
        let after = rest[open + 1..].trim_start();
        let from = if let Some(quoted) = after.strip_prefix('"') {
            let end = quoted.find('"').ok_or("a literal without its closing `\"`")?;
            rest.len() - quoted.len() + end + 1
        } else {
            open
        };
        let close = rest[from..].find('}').ok_or("a `{` without its `}`")? + from;
        let inner = rest[open + 1..close].trim();
        if let Some(name) = inner.strip_prefix('$') {
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit()) {
                return Err(format!("`{inner}` is not a value's name"));
            }
            if !buf.is_empty() {
                out.push(Piece::Text(std::mem::take(&mut buf)));
            }
            out.push(Piece::Var(name.to_string()));
        } else if inner.len() >= 2 && inner.starts_with('"') && inner.ends_with('"') {
            buf.push_str(&inner[1..inner.len() - 1]);
        } else {
            return Err(format!("`{{{inner}}}` is not a value or a literal"));
        }
        rest = &rest[close + 1..];
    }
    buf.push_str(rest);
    if !buf.is_empty() {
        out.push(Piece::Text(buf));
    }
    Ok(out)
}

/// The pattern as the core's renderer reads it: values as `{0}`… in the order of `vars`
/// (a literal `{` stays as it is unless a digit and `}` follow, which no wording has).
fn positional(p: &[Piece], vars: &[String]) -> String {
    let mut s = String::new();
    for piece in p {
        match piece {
            Piece::Text(t) => s.push_str(t),
            Piece::Var(v) => {
                let i = vars.iter().position(|x| x == v).unwrap_or(0);
                let _ = write!(s, "{{{i}}}");
            }
        }
    }
    s
}

/// The pattern for readers outside Rust (the form): values as `{name}`.
fn named(p: &[Piece]) -> String {
    let mut s = String::new();
    for piece in p {
        match piece {
            Piece::Text(t) => s.push_str(t),
            Piece::Var(v) => {
                let _ = write!(s, "{{{v}}}");
            }
        }
    }
    s
}

include!("words/names.rs");

fn generate(sv: &BTreeMap<String, Value>, en: &BTreeMap<String, Value>) -> String {
    let mut o = String::from("// Generated by core/build.rs from core/words/*.ftl; do not edit.\n\n");
    let mut runtime = Vec::new();
    for (key, s) in sv {
        let Some(e) = en.get(key) else { continue };
        let vars: Vec<String> = s.vars().into_iter().collect();
        if RUNTIME_FAMILIES.iter().any(|f| key.starts_with(f)) {
            let (Value::Plain(sp), Value::Plain(ep)) = (s, e) else {
                fail(&format!("`{key}`: a key looked up by name cannot be a plural choice"));
            };
            runtime.push((key.as_str(), positional(sp, &vars), positional(ep, &vars)));
        } else {
            typed(&mut o, key, s, e, &vars);
        }
    }
    // The questions' words are read by the rules (in every build); the documents', the CLI's
    // and the form's only where documents are built (not in the browser's first module).
    let documents = |key: &str| ["doc-", "cli-", "form-"].iter().any(|f| key.starts_with(f));
    for (name, cfg, wanted) in
        [("BY_NAME", "", false), ("BY_NAME_DOCUMENTS", "#[cfg(feature = \"documents\")]\n", true)]
    {
        let _ = writeln!(o, "/// Words looked up by name: key, Swedish, English, sorted by key.\n{cfg}pub(crate) static {name}: &[(&str, &str, &str)] = &[");
        for (key, s, e) in runtime.iter().filter(|r| documents(r.0) == wanted) {
            let _ = writeln!(o, "    ({key:?}, {s:?}, {e:?}),");
        }
        let _ = writeln!(o, "];\n");
    }
    let _ = writeln!(o, "/// Every key with its Swedish and English wording, values as `{{name}}`, a plural as");
    let _ = writeln!(o, "/// `{{count->one|other}}`: what the form loads, as JSON, per language.");
    let _ = writeln!(o, "#[cfg(feature = \"documents\")]\npub(crate) static ALL: &[(&str, &str, &str)] = &[");
    for (key, s) in sv {
        if let Some(e) = en.get(key) {
            let _ = writeln!(o, "    ({key:?}, {:?}, {:?}),", s.for_readers(), e.for_readers());
        }
    }
    let _ = writeln!(o, "];");
    o
}

/// The constant (a key without values) or the struct and its `From` (a key with values).
fn typed(o: &mut String, key: &str, s: &Value, e: &Value, vars: &[String]) {
    let _ = writeln!(o, "/// `{key}` in the catalogue.");
    if let (Value::Plain(sp), Value::Plain(ep), true) = (s, e, vars.is_empty()) {
        let (sv, en) = (positional(sp, vars), positional(ep, vars));
        let _ = writeln!(o, "pub(crate) const {}: Message = Message::fixed({sv:?}, {en:?});\n", const_name(key));
        return;
    }
    let name = struct_name(key);
    let _ = writeln!(o, "pub(crate) struct {name} {{");
    for v in vars {
        let _ = writeln!(o, "    /// `${v}`.\n    pub {v}: Arg,");
    }
    let _ = writeln!(o, "}}\n");
    let args = vars.iter().map(|v| format!("v.{v}")).collect::<Vec<_>>().join(", ");
    let _ = writeln!(o, "impl From<{name}> for Message {{\n    fn from(v: {name}) -> Message {{");
    match (s, e) {
        (Value::Plain(sp), Value::Plain(ep)) => {
            let _ = writeln!(
                o,
                "        static W: Wording = Wording {{ sv: {:?}, en: {:?} }};\n        Message::lazy(&W, Arc::new([{args}]))",
                positional(sp, vars),
                positional(ep, vars)
            );
        }
        (Value::Plural { on, one: s1, other: so }, Value::Plural { on: on_en, one: e1, other: eo }) if on == on_en => {
            let _ = writeln!(
                o,
                "        static ONE: Wording = Wording {{ sv: {:?}, en: {:?} }};\n        static OTHER: Wording = Wording {{ sv: {:?}, en: {:?} }};\n        let w = if matches!(v.{on}, Arg::Int(1)) {{ &ONE }} else {{ &OTHER }};\n        Message::lazy(w, Arc::new([{args}]))",
                positional(s1, vars),
                positional(e1, vars),
                positional(so, vars),
                positional(eo, vars)
            );
        }
        _ => fail(&format!("`{key}`: a plural choice in one language must be one in the other, on the same value")),
    }
    let _ = writeln!(o, "    }}\n}}\n");
}
