//! `digipolicy policy`: the policy pack as JSON.

use super::{load_policy, Failure};
use clap::Args;
use digipolicy::ffi;

/// The arguments of `policy`.
#[derive(Debug, Args)]
pub struct PolicyArgs {
    /// A policy pack (JSON) to check and print instead of the embedded one.
    #[arg(long, value_name = "PACK.json")]
    pub policy: Option<std::path::PathBuf>,
}

/// Prints the pack.
pub fn run(args: &PolicyArgs) -> Result<String, Failure> {
    Ok(ffi::policy_json(&load_policy(args.policy.as_deref())?)?)
}
