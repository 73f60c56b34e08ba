//! `digipolicy`: decide a case under the policy from the command line.
//!
//! Every command builds one request of the library's operation layer (`digipolicy::ffi`) from
//! its arguments and renders the typed response; each command is its own file in `command/`.
//!
//! Exit codes: 0 done (a decision, ready or blocked, or the output asked for); 2 invalid
//! input (the case, the pack, the options or the command line) with the message and path on
//! stderr, or with `--jsonl` at least one bad line (the others decided); 3 a `--fail-on`
//! condition holds, the output still written; 1 any other failure; 141 the reader closed the
//! pipe.

mod command;
mod report;
mod stream;

use clap::Parser;
use command::{Cli, Command};
use std::io::Write;
use std::process::ExitCode;

/// The status of a process whose reader closed the pipe (128 + SIGPIPE), as shells report it.
const BROKEN_PIPE: u8 = 141;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = cli.command.lang();
    let json_errors = cli.command.json_errors();
    let result = match cli.command {
        Command::Decide(args) => command::decide::run(&args),
        Command::Review(args) => command::review::run(&args),
        Command::Scope(args) => command::scope::run(&args),
        Command::Classify(args) => command::classify::run(&args),
        Command::Compare(args) => command::compare::run(&args),
        Command::Sensitivity(args) => command::sensitivity::run(&args),
        Command::Record(args) => command::record::record(&args),
        Command::Verify(args) => command::record::verify(&args),
        Command::Align(args) => command::align::run(&args),
        Command::Memo(args) => command::memo::run(&args),
        Command::Accounts(args) => command::accounts::run(&args),
        Command::Schema(args) => command::schema::run(&args),
        Command::Policy(args) => command::policy::run(&args),
        Command::Completions(args) => command::completions::run(&args),
        Command::Coverage(args) => command::coverage::run(&args),
    };
    match result {
        Ok(out) => {
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(out.as_bytes()).and_then(|()| stdout.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                // The reader (e.g. `| head -1`) has all it wanted: end quietly.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(BROKEN_PIPE),
                Err(e) => fail(1, &format!("cannot write the output: {e}")),
            }
        }
        Err(command::Failure::Flagged(out)) => write_out(&out, 3),
        Err(command::Failure::BadLines(out)) => write_out(&out, 2),
        // A streaming command whose reader closed the pipe: all it wanted was written.
        Err(command::Failure::PipeClosed) => ExitCode::from(BROKEN_PIPE),
        Err(failure) if json_errors => {
            let (code, json) = failure.report_json();
            let _ = writeln!(std::io::stderr().lock(), "{json}");
            ExitCode::from(code)
        }
        Err(failure) => {
            let (code, msg) = failure.render(lang);
            fail(code, &msg)
        }
    }
}

/// Writes `out` to standard output and exits with `code` (141 when the reader is gone).
fn write_out(out: &str, code: u8) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(out.as_bytes()).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(BROKEN_PIPE),
        _ => ExitCode::from(code),
    }
}

/// Reports `msg` on standard error (control characters escaped; a closed stderr is not an
/// error of its own) and exits with `code`.
fn fail(code: u8, msg: &str) -> ExitCode {
    let _ = writeln!(std::io::stderr().lock(), "error: {}", report::clean(msg));
    ExitCode::from(code)
}
