//! `digipolicy completions SHELL`: a shell completion script, generated from the parser.

use super::{Cli, Failure};
use clap::{Args, CommandFactory};
use clap_complete::Shell;

/// The arguments of `completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: Shell,
}

/// The completion script.
pub fn run(args: &CompletionsArgs) -> Result<String, Failure> {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "digipolicy", &mut out);
    String::from_utf8(out).map_err(|e| Failure::Other(digipolicy::Text::new(e.to_string(), e.to_string())))
}
