//! `digipolicy policy`: the policy pack as JSON.

use super::{load_registry, run as run_request, Failure};
use clap::Args;
use digipolicy::ffi::Request;

/// The arguments of `policy`.
#[derive(Debug, Args)]
pub struct PolicyArgs {
    /// A policy pack (JSON) to check and print instead of the embedded one.
    #[arg(long, value_name = "PACK.json")]
    pub policy: Option<std::path::PathBuf>,
}

/// Prints the pack.
pub fn run(args: &PolicyArgs) -> Result<String, Failure> {
    let registry = load_registry(args.policy.as_deref())?;
    Ok(run_request(&registry, Request::Policy)?.into_text()?)
}
