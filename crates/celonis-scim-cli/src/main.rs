//! The `celonis-scim` command.

// The one error type carries everything the server said; it is large, and errors are rare:
// boxing it would cost every caller an indirection for nothing.
#![allow(clippy::result_large_err)]

mod args;
mod connect;
mod exit;
mod interrupt;
mod journal_cmd;
mod logging;
mod manual;
mod progress;
mod run;
mod stderr;
mod sync_cmd;
mod teams;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // `--detailed-exitcode`: 0 nothing to do, 2 changes pending, 1 any error (a usage error
    // included), whatever the error's own exit code.
    let detailed = std::env::args_os().any(|a| a == "--detailed-exitcode");
    if std::env::args().nth(1).as_deref() == Some(PANIC_FOR_TESTS) {
        return ExitCode::from(reported(guarded(|| Ok(celonis_scim::testing::panic_for_tests()?))));
    }
    let cli = match args::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => e.exit(),
        Err(e) => {
            let argv: Vec<String> = std::env::args().collect();
            if argv.windows(2).any(|w| w[0] == "--log-format" && w[1] == "json") || argv.iter().any(|a| a == "--log-format=json") {
                stderr::set_format(args::LogFormat::Json);
                stderr::say("error", &e.to_string(), serde_json::json!({"code": "usage"}));
            } else {
                let _ = e.print();
            }
            return ExitCode::from(if detailed { exit::DETAILED_ERROR } else { exit::USAGE });
        }
    };
    let code = outcome_code(cli);
    ExitCode::from(match code {
        0 | exit::DETAILED_PENDING => code,
        _ if detailed => exit::DETAILED_ERROR,
        _ => code,
    })
}

/// For the tests only, as the first argument: a panic inside the core, to show it ends as an
/// `internal` error (exit 70). Not a subcommand, so that no help, completion or manual page
/// offers it.
const PANIC_FOR_TESTS: &str = "internal-panic-for-tests";

/// Runs the command and prints its error, if any; the exit code.
fn outcome_code(cli: args::Cli) -> u8 {
    stderr::set_format(cli.log_format);
    logging::install(cli.verbose, cli.log_format);
    let stop = interrupt::install();
    reported(guarded(|| run::run(cli, &stop)))
}

/// Runs `command`; a panic (a bug) is an `internal` error, never exit 101 and a backtrace
/// hint: one line says where, for the bug report.
fn guarded(command: impl FnOnce() -> Result<(), run::Failure>) -> Result<(), run::Failure> {
    std::panic::set_hook(Box::new(|info| stderr::say("error", &format!("bug: {info}"), serde_json::json!({"code": "internal"}))));
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(command)).unwrap_or_else(|_| Err(run::Failure::Scim(celonis_scim::Error::internal("the command did not complete"))))
}

/// Prints a command's error, if any; the exit code.
fn reported(outcome: Result<(), run::Failure>) -> u8 {
    match outcome {
        Ok(()) => 0,
        Err(run::Failure::Scim(e)) => {
            let fields = serde_json::json!({"code": e.code(), "status": e.status, "scim_type": e.scim_type, "support_id": e.support_id});
            stderr::say("error", &format!("error [{}]: {e}", e.code()), fields);
            exit::code(e.kind())
        }
        Err(run::Failure::Io(msg)) => {
            stderr::say("error", &format!("error [io]: {msg}"), serde_json::json!({"code": "io"}));
            exit::IO
        }
        Err(run::Failure::Exit(code, msg)) => {
            if !msg.is_empty() {
                stderr::say(if code == exit::DETAILED_PENDING { "info" } else { "error" }, &msg, serde_json::json!({"exit_code": code}));
            }
            code
        }
    }
}
