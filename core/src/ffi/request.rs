//! What a front end asks of the library: one [`Request`] per operation, holding its input
//! (JSON text, or a value a binding has already read) and its typed options.

use crate::error::{quote, ErrorCode, ErrorReport, Problem};
use crate::model::case::Case;
use crate::model::decision::DecideOptions;
use crate::model::initiative::Initiative;
use crate::model::organisation::Organisation;
#[cfg(feature = "documents")]
use crate::text::Lang;
use crate::text::{id_list, Text};

/// The input of a request: JSON text, read by the core's strict reader (so that an error
/// names the JSON path and position of the bad field), or a value already read (a binding
/// that reads its own objects, a service that built the value in Rust).
#[derive(Debug, Clone, PartialEq)]
pub enum Source<T> {
    /// JSON text.
    Json(String),
    /// A value already read.
    Value(Box<T>),
}

impl<T> Source<T> {
    /// JSON text as the input.
    pub fn json(text: impl Into<String>) -> Self {
        Source::Json(text.into())
    }

    /// A value as the input.
    pub fn value(value: T) -> Self {
        Source::Value(Box::new(value))
    }

    /// The value: `read` reads the text; a value is taken as it is.
    pub(crate) fn read<E>(self, read: impl FnOnce(&str) -> Result<T, E>) -> Result<T, E> {
        match self {
            Source::Json(text) => read(&text),
            Source::Value(value) => Ok(*value),
        }
    }
}

/// How a document is written: its language and its format.
#[cfg(feature = "documents")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DocumentOptions {
    /// Swedish (the default) or English.
    pub lang: Lang,
    /// Markdown (the default) or printable HTML.
    pub format: crate::documents::Format,
}

/// One operation of the library with its input and options. [`super::run`] answers it with
/// the matching [`super::Response`]; every front end (the CLI, Python, WASM) builds one.
///
/// ```
/// use digipolicy::ffi::{run, Request, Response, Source};
/// use digipolicy::{DecideOptions, Registry, Route};
/// let registry = Registry::embedded()?;
/// let case = r#"{"id": "k1", "title": "Booking", "requirements": [{"id": "book", "priority": "must"}],
///   "benefit_assessment": {"done": true},
///   "candidates": [{"id": "a", "name": "Bokning AB", "origin": "market", "covers": ["book"],
///     "cost": {"one_off_sek": 0, "yearly_sek": 10000}, "strategic_importance": 3, "delivery_ability": 3}]}"#;
/// let request = Request::Decide { case: Source::json(case), options: DecideOptions::default() };
/// let Response::Decision { decision, .. } = run(&registry, request)? else { unreachable!() };
/// assert_eq!(decision.route, Some(Route::Market));
/// # Ok::<(), digipolicy::ErrorReport>(())
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Request {
    /// Decide a case (policy §5.9, §5.6 and every principle).
    Decide {
        /// The case.
        case: Source<Case>,
        /// `as_of` for an undated case.
        options: DecideOptions,
    },
    /// Review a case against every principle.
    Review {
        /// The case.
        case: Source<Case>,
        /// `as_of` for an undated case.
        options: DecideOptions,
    },
    /// Whether and how the policy applies to an organisation (policy §2).
    Scope {
        /// The organisation.
        organisation: Source<Organisation>,
    },
    /// Classify an initiative under the definition of innovation (policy §3, §3.1).
    Classify {
        /// The initiative.
        initiative: Source<Initiative>,
    },
    /// Decide cases under the pack and under a variant of it with parameters set by path.
    #[cfg(feature = "analysis")]
    Compare {
        /// The cases (as JSON text: a list).
        cases: Source<Vec<Case>>,
        /// The overrides that make the variant, by parameter path (e.g. `weights.cost`).
        overrides: std::collections::BTreeMap<String, serde_json::Value>,
    },
    /// How far each criterion weight can move before the selection changes.
    #[cfg(feature = "analysis")]
    Sensitivity {
        /// The case.
        case: Source<Case>,
    },
    /// Trace initiatives through Region Östergötland's regional strategy.
    #[cfg(feature = "analysis")]
    Align {
        /// The initiatives (as JSON text: one, or a list).
        initiatives: Source<Vec<crate::model::regional::AlignInitiative>>,
    },
    /// Decide a case and make the record to keep. The case is text: its digest is taken of
    /// what was given.
    #[cfg(feature = "analysis")]
    Record {
        /// The case as JSON text.
        case: String,
        /// `as_of` for an undated case.
        options: DecideOptions,
    },
    /// Verify a decision record: ok, tampered or different.
    #[cfg(feature = "analysis")]
    Verify {
        /// The record.
        record: Source<crate::audit::record::DecisionRecord>,
    },
    /// The yearly accounts of `year` from decision records, as data or as a document.
    #[cfg(feature = "analysis")]
    Accounts {
        /// The records (as JSON text: JSON lines or a list).
        records: Source<Vec<crate::audit::record::DecisionRecord>>,
        /// The year, 1–9999.
        year: u16,
        /// A document instead of the accounts' data (the `documents` feature).
        #[cfg(feature = "documents")]
        document: Option<DocumentOptions>,
    },
    /// Accounts (as the `accounts` operation gives them) written as a document.
    #[cfg(feature = "documents")]
    AccountsDocument {
        /// The accounts.
        accounts: Source<crate::analysis::accounts::Accounts>,
        /// Language and format.
        options: DocumentOptions,
    },
    /// Decide a case and write its decision memo (*tjänsteutlåtande*).
    #[cfg(feature = "documents")]
    Memo {
        /// The case.
        case: Source<Case>,
        /// Language, format and `as_of`.
        options: crate::documents::memo::MemoOptions,
    },
    /// A decision as a notebook card (HTML), with the clause titles of the pack that made it.
    #[cfg(feature = "documents")]
    Card {
        /// The decision.
        decision: Source<crate::model::decision::Decision>,
        /// The card's language.
        lang: Lang,
    },
    /// The policy pack.
    #[cfg(feature = "analysis")]
    Policy,
    /// A JSON Schema of the contract, by name.
    #[cfg(feature = "analysis")]
    Schema {
        /// The schema's name (see [`crate::schema_names`]).
        name: String,
    },
    /// The reader's names of the contract's ids (routes, stages, statuses, severities,
    /// outcomes) in Swedish and English.
    #[cfg(feature = "analysis")]
    Labels,
    /// The principles' evidence as questions, clause by clause, for a request form.
    #[cfg(feature = "analysis")]
    Questions,
}

/// The options of a request as the text front ends pass them (a JSON object, or a
/// binding's keyword arguments): which of them an operation takes is checked when the
/// [`Request`] is made, so an option given where it does not apply is an error, never
/// silently ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Options {
    /// `YYYY-MM-DD`: fills in a missing `decided_on` (decide, review, memo).
    pub as_of: Option<String>,
    /// `sv` or `en` (memo, card, accounts, accounts_document).
    pub lang: Option<String>,
    /// `md` or `html` (memo, accounts, accounts_document).
    pub format: Option<String>,
    /// The year of the accounts, 1–9999 (accounts).
    pub year: Option<i64>,
    /// A schema's name (schema).
    pub name: Option<String>,
}

/// Whether `operation` takes the option `name`.
fn takes(operation: &str, name: &str) -> bool {
    matches!(
        (name, operation),
        ("as_of", "decide" | "review" | "memo" | "record")
            | ("lang", "memo" | "card" | "accounts" | "accounts_document")
            | ("format", "memo" | "accounts" | "accounts_document")
            | ("year", "accounts")
            | ("name", "schema")
    )
}

impl Options {
    /// The first option that is set and that `operation` does not take.
    fn not_taken_by(&self, operation: &str) -> Option<&'static str> {
        let set = [
            ("as_of", self.as_of.is_some()),
            ("lang", self.lang.is_some()),
            ("format", self.format.is_some()),
            ("year", self.year.is_some()),
            ("name", self.name.is_some()),
        ];
        set.into_iter().find(|(name, set)| *set && !takes(operation, name)).map(|(name, _)| name)
    }
}

/// An error of the `options` input at `path`.
fn options_error(path: &str, code: ErrorCode, message: Text, hint: Text) -> ErrorReport {
    ErrorReport::single("options", Problem::new(code, path, message).with_hint(hint))
}

/// An unknown value of an option, with the values it takes.
#[cfg(feature = "documents")]
fn unknown_value(path: &str, value: &str, allowed: &str) -> ErrorReport {
    let shown = quote(value);
    options_error(
        path,
        ErrorCode::InvalidValue,
        crate::words::w!(RequestUnknownValueShown { shown: crate::message::Arg::Str(shown.to_string().into()) }).text(),
        crate::words::w!(RequestOneAllowed { allowed: crate::message::Arg::Str(allowed.to_string().into()) }).text(),
    )
}

/// A required option that was not given.
#[cfg(feature = "analysis")]
pub(crate) fn missing(path: &str, operation: &str, example: &str) -> ErrorReport {
    options_error(
        path,
        ErrorCode::MissingField,
        crate::words::w!(RequestOperationNeedsPath {
            operation: crate::message::Arg::Str(operation.to_string().into()),
            path: crate::message::Arg::Str(path.to_string().into())
        })
        .text(),
        crate::words::w!(RequestExampleExample { example: crate::message::Arg::Str(example.to_string().into()) })
            .text(),
    )
}

/// `as_of` read as a date: an error at the path `as_of` of the options.
pub(crate) fn decide_options(as_of: Option<&str>) -> Result<DecideOptions, ErrorReport> {
    let as_of = match as_of {
        None => None,
        Some(s) => Some(crate::date::parse_at("as_of", s).map_err(|p| ErrorReport::single("options", p))?),
    };
    Ok(DecideOptions { as_of })
}

/// The language option (Swedish when not given).
#[cfg(feature = "documents")]
fn lang_of(options: &Options) -> Result<Lang, ErrorReport> {
    match options.lang.as_deref() {
        None => Ok(Lang::Sv),
        Some(s) => Lang::parse(s).ok_or_else(|| unknown_value("lang", s, "`sv`, `en`")),
    }
}

#[cfg(feature = "documents")]
pub(crate) fn document_of(options: &Options) -> Result<DocumentOptions, ErrorReport> {
    let lang = lang_of(options)?;
    let format = match options.format.as_deref() {
        None => crate::documents::Format::Md,
        Some(s) => crate::documents::Format::parse(s).ok_or_else(|| unknown_value("format", s, "`md`, `html`"))?,
    };
    Ok(DocumentOptions { lang, format })
}

impl Request {
    /// The operations of this build, by name, in order.
    pub const OPERATIONS: &'static [&'static str] = &[
        "decide",
        "review",
        "scope",
        "classify",
        #[cfg(feature = "analysis")]
        "compare",
        #[cfg(feature = "analysis")]
        "sensitivity",
        #[cfg(feature = "analysis")]
        "align",
        #[cfg(feature = "analysis")]
        "record",
        #[cfg(feature = "analysis")]
        "verify",
        #[cfg(feature = "analysis")]
        "accounts",
        #[cfg(feature = "documents")]
        "accounts_document",
        #[cfg(feature = "documents")]
        "memo",
        #[cfg(feature = "documents")]
        "card",
        #[cfg(feature = "analysis")]
        "policy",
        #[cfg(feature = "analysis")]
        "schema",
        #[cfg(feature = "analysis")]
        "labels",
        #[cfg(feature = "analysis")]
        "questions",
    ];

    /// The request for `operation` on `input` (JSON text; empty for the operations that
    /// read none) with `options`, as the text front ends give them. An unknown operation,
    /// an option the operation does not take or a bad option value is an error naming it.
    pub fn new(operation: &str, input: &str, options: &Options) -> Result<Request, ErrorReport> {
        if !Self::OPERATIONS.contains(&operation) {
            return Err(unknown_operation(operation));
        }
        if let Some(name) = options.not_taken_by(operation) {
            let takers: Vec<&str> = Self::OPERATIONS.iter().copied().filter(|op| takes(op, name)).collect();
            let list = id_list(&takers);
            return Err(options_error(
                name,
                ErrorCode::InvalidValue,
                crate::words::w!(RequestNameDoesApplyOperation {
                    name: crate::message::Arg::Str(name.to_string().into()),
                    operation: crate::message::Arg::Str(operation.to_string().into())
                })
                .text(),
                crate::words::w!(RequestAppliesList { list: crate::message::Arg::Str(list.to_string().into()) }).text(),
            ));
        }
        let text = || input.to_owned();
        let decide = || decide_options(options.as_of.as_deref());
        let request = match operation {
            "decide" => Request::Decide { case: Source::Json(text()), options: decide()? },
            "review" => Request::Review { case: Source::Json(text()), options: decide()? },
            "scope" => Request::Scope { organisation: Source::Json(text()) },
            "classify" => Request::Classify { initiative: Source::Json(text()) },
            _ => return Self::analysis(operation, input, options),
        };
        Ok(request)
    }

    /// The analysis operations of [`Request::new`].
    #[cfg(feature = "analysis")]
    fn analysis(operation: &str, input: &str, options: &Options) -> Result<Request, ErrorReport> {
        let text = || input.to_owned();
        let request = match operation {
            "compare" => {
                let compare = crate::analysis::whatif::parse_compare_request(input)?;
                Request::Compare { cases: Source::value(compare.cases), overrides: compare.overrides }
            }
            "sensitivity" => Request::Sensitivity { case: Source::Json(text()) },
            "align" => Request::Align { initiatives: Source::Json(text()) },
            "record" => Request::Record { case: text(), options: decide_options(options.as_of.as_deref())? },
            "verify" => Request::Verify { record: Source::Json(text()) },
            "accounts" => Self::accounts(input, options)?,
            #[cfg(feature = "documents")]
            "accounts_document" => {
                Request::AccountsDocument { accounts: Source::Json(text()), options: document_of(options)? }
            }
            #[cfg(feature = "documents")]
            "memo" => {
                let document = document_of(options)?;
                let decide = decide_options(options.as_of.as_deref())?;
                Request::Memo {
                    case: Source::Json(text()),
                    options: crate::documents::memo::MemoOptions {
                        lang: document.lang,
                        format: document.format,
                        decide,
                    },
                }
            }
            #[cfg(feature = "documents")]
            "card" => Request::Card { decision: Source::Json(text()), lang: lang_of(options)? },
            "policy" | "labels" | "questions" | "schema" => {
                if !input.trim().is_empty() {
                    return Err(no_input(operation));
                }
                match operation {
                    "policy" => Request::Policy,
                    "labels" => Request::Labels,
                    "questions" => Request::Questions,
                    _ => Request::Schema {
                        name: options.name.clone().ok_or_else(|| missing("name", "schema", "`case`"))?,
                    },
                }
            }
            _ => return Err(unknown_operation(operation)),
        };
        Ok(request)
    }

    /// The `accounts` request: the year (required) and, for a document, language and format.
    #[cfg(feature = "analysis")]
    fn accounts(input: &str, options: &Options) -> Result<Request, ErrorReport> {
        let year = options.year.ok_or_else(|| missing("year", "accounts", "`2025`"))?;
        let year = check_year(year)?;
        #[cfg(feature = "documents")]
        let document = match options.format {
            None => {
                // `lang` alone asks for no document: it would be ignored.
                if options.lang.is_some() {
                    return Err(missing("format", "accounts", "`md`"));
                }
                None
            }
            Some(_) => Some(document_of(options)?),
        };
        #[cfg(not(feature = "documents"))]
        if options.format.is_some() || options.lang.is_some() {
            return Err(unknown_operation("accounts_document"));
        }
        Ok(Request::Accounts {
            records: Source::Json(input.to_owned()),
            year,
            #[cfg(feature = "documents")]
            document,
        })
    }

    #[cfg(not(feature = "analysis"))]
    fn analysis(operation: &str, _input: &str, _options: &Options) -> Result<Request, ErrorReport> {
        Err(unknown_operation(operation))
    }
}

/// A year of the accounts, 1–9999; any other is an error at the path `year` of the options.
#[cfg(feature = "analysis")]
pub(crate) fn check_year(year: i64) -> Result<u16, ErrorReport> {
    u16::try_from(year).ok().filter(|y| (1..=9999).contains(y)).ok_or_else(|| {
        let shown = quote(&year.to_string());
        options_error(
            "year",
            ErrorCode::InvalidValue,
            crate::words::w!(RequestShownYear { shown: crate::message::Arg::Str(shown.to_string().into()) }).text(),
            crate::words::w!(REQUEST_YEAR_FROM).text(),
        )
    })
}

/// The error for an operation this build does not run.
fn unknown_operation(operation: &str) -> ErrorReport {
    let list = id_list(Request::OPERATIONS);
    let shown = quote(operation);
    let problem = Problem::new(
        ErrorCode::InvalidValue,
        "",
        crate::words::w!(RequestUnknownOperationShown { shown: crate::message::Arg::Str(shown.to_string().into()) })
            .text(),
    )
    .with_hint(crate::words::w!(RequestOneList { list: crate::message::Arg::Str(list.to_string().into()) }).text());
    ErrorReport::single("request", problem)
}

/// The error for input given to an operation that reads none.
#[cfg(feature = "analysis")]
fn no_input(operation: &str) -> ErrorReport {
    let problem = Problem::new(
        ErrorCode::InvalidValue,
        "",
        crate::words::w!(RequestOperationReadsInput {
            operation: crate::message::Arg::Str(operation.to_string().into())
        })
        .text(),
    )
    .with_hint(crate::words::w!(REQUEST_LEAVE_INPUT_EMPTY).text());
    ErrorReport::single("request", problem)
}
