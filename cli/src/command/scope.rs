//! `digipolicy scope`: whether and how the policy applies to an organisation (§2).

use super::{load_policy, output, read_input, Failure, ReportArgs};
use crate::report;

/// Checks the organisation's scope.
pub fn run(args: &ReportArgs) -> Result<String, Failure> {
    let policy = load_policy(None)?;
    let org = digipolicy::parse_organisation(&read_input(&args.input)?)?;
    let scope = policy.scope(&org)?;
    output(args, &scope, || report::render_scope(&scope, args.lang.into()))
}
