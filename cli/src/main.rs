//! `digipolicy`: decide a case under the policy from the command line.
//!
//! Exit codes: 0 a decision was made (ready or blocked), 2 invalid input (the case, the
//! pack or the command line) with the message on stderr, 1 any other failure.

mod command;
mod report;

use clap::Parser;
use command::{Cli, Command, Failure};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Decide(args) => command::decide::run(&args),
        Command::Review(args) => command::review::run(&args),
        Command::Scope(args) => command::scope::run(&args),
        Command::Classify(args) => command::classify::run(&args),
        Command::Compare(args) => command::compare::run(&args),
        Command::Sensitivity(args) => command::sensitivity::run(&args),
        Command::Align(args) => command::align::run(&args),
        Command::Schema(args) => command::schema::run(&args),
        Command::Policy(args) => command::policy::run(&args),
        Command::Completions(args) => command::completions::run(&args),
    };
    match result {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(Failure::Invalid(msg)) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
        Err(Failure::Other(msg)) => {
            eprintln!("error: {msg}");
            ExitCode::from(1)
        }
    }
}
