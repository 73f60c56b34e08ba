//! `digipolicy decide`: the acquisition route, the selected candidate and why.

use super::{output, read_input, AsOfArgs, CaseArgs, Failure};
use crate::report;
use clap::Args;
use digipolicy::{Case, DecideOptions, Decision, Policy, Registry, Text};

/// The arguments of `decide`.
#[derive(Debug, Args)]
pub struct DecideArgs {
    /// The case and how to report it.
    #[command(flatten)]
    pub case: CaseArgs,
    /// The date to decide as of.
    #[command(flatten)]
    pub as_of: AsOfArgs,
}

/// Decides the case under `--policy`, or under the embedded pack in force on its date.
/// Nothing reads the clock: a case without `decided_on` takes `--as-of`, or is decided
/// under the whole pack.
pub fn run(args: &DecideArgs) -> Result<String, Failure> {
    let report_args = &args.case.report;
    let case = digipolicy::parse_case(&read_input(&report_args.input)?)?;
    let options = args.as_of.options()?;
    let (policy, decision) = match args.case.policy.as_deref() {
        Some(p) => {
            let policy = super::load_policy(Some(p))?;
            let decision = policy.decide_with(&case, options)?;
            (policy, decision)
        }
        None => by_date(&case, options)?,
    };
    output(report_args.format, &decision, || report::render(&case, &decision, &policy, report_args.lang.into()))
}

/// The embedded registry's decision, and the pack that made it.
fn by_date(case: &Case, options: DecideOptions) -> Result<(Policy, Decision), Failure> {
    let registry = Registry::embedded().map_err(|e| {
        Failure::Other(Text::new(
            format!("det inbyggda registret går inte att läsa: {e}"),
            format!("the embedded registry does not load: {e}"),
        ))
    })?;
    let decision = registry.decide(case, options)?;
    let policy = registry.packs().iter().find(|p| p.pack().id == decision.policy.id).cloned().ok_or_else(|| {
        Failure::Other(Text::new(
            "det beslutande paketet finns inte i registret",
            "the deciding pack is not in the registry",
        ))
    })?;
    Ok((policy, decision))
}
