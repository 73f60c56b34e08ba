//! `digipolicy classify`: an initiative under the definition of innovation (§3, §3.1).

use super::{load_policy, output, read_input, Failure, ReportArgs};
use crate::report;

/// Classifies the initiative.
pub fn run(args: &ReportArgs) -> Result<String, Failure> {
    let policy = load_policy(None)?;
    let initiative = digipolicy::parse_initiative(&read_input(&args.input)?)?;
    let c = policy.classify(&initiative)?;
    output(args, &c, || report::render_classification(&c, &initiative, args.lang.into()))
}
