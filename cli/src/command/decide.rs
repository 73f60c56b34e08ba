//! `digipolicy decide`: the acquisition route, the selected candidate and why.

use super::{load_policy, output, read_input, CaseArgs, Failure};
use crate::report;
use clap::Args;
use digipolicy::{Date, Decision, Policy, Registry};

/// The arguments of `decide`.
#[derive(Debug, Args)]
pub struct DecideArgs {
    /// The case and how to report it.
    #[command(flatten)]
    pub case: CaseArgs,
    /// Without `--policy`, the date whose pack decides a case that has no `decided_on`.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,
}

/// Decides the case under `--policy`, or under the pack in force on its date.
pub fn run(args: &DecideArgs) -> Result<String, Failure> {
    let report_args = &args.case.report;
    let case = digipolicy::parse_case(&read_input(&report_args.input)?)?;
    let (policy, decision) = match args.case.policy.as_deref() {
        Some(p) => {
            let policy = load_policy(Some(p))?;
            let decision = policy.decide(&case)?;
            (policy, decision)
        }
        None => by_date(&case, today(args.today.as_deref())?)?,
    };
    output(report_args.format, &decision, || report::render(&case, &decision, &policy, report_args.lang.into()))
}

/// The embedded registry's decision, and the pack that made it.
fn by_date(case: &digipolicy::Case, today: Date) -> Result<(Policy, Decision), Failure> {
    let registry =
        Registry::embedded().map_err(|e| Failure::Other(format!("the embedded registry does not load: {e}")))?;
    let decision = registry.decide(case, today)?;
    let policy = registry
        .packs()
        .iter()
        .find(|p| p.pack().id == decision.policy.id)
        .cloned()
        .ok_or_else(|| Failure::Other("the deciding pack is not in the registry".into()))?;
    Ok((policy, decision))
}

/// Today's date from the clock, or `--today`.
fn today(given: Option<&str>) -> Result<Date, Failure> {
    if let Some(s) = given {
        return Date::parse(s).ok_or_else(|| Failure::Invalid(format!("`{s}` is not a date (hint: `YYYY-MM-DD`)")));
    }
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|e| Failure::Other(format!("the clock is before 1970: {e}")))?
        .as_secs();
    Date::from_days_since_epoch(i64::try_from(secs / 86_400).unwrap_or(0))
        .ok_or_else(|| Failure::Other("the clock's date is out of range".into()))
}
