//! The `celonis-scim` command.

// The one error type carries everything the server said; it is large, and errors are rare:
// boxing it would cost every caller an indirection for nothing.
#![allow(clippy::result_large_err)]

mod args;
mod config_file;
mod connect;
mod exit;
mod interrupt;
mod journal_cmd;
mod logging;
mod run;
mod sync_cmd;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    logging::install(cli.verbose, cli.log_format);
    let stop = interrupt::install();
    // A bug must not end with exit 101 and a backtrace hint: it is an `internal` error, with
    // one line saying where, for the bug report.
    std::panic::set_hook(Box::new(|info| eprintln!("bug: {info}")));
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run::run(cli, &stop)))
        .unwrap_or_else(|_| Err(run::Failure::Scim(celonis_scim::Error::internal("the command did not complete"))));
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(run::Failure::Scim(e)) => {
            eprintln!("error [{}]: {e}", e.code());
            ExitCode::from(exit::code(e.kind()))
        }
        Err(run::Failure::Io(msg)) => {
            eprintln!("error [io]: {msg}");
            ExitCode::from(exit::IO)
        }
        Err(run::Failure::Exit(code, msg)) => {
            if !msg.is_empty() {
                eprintln!("{msg}");
            }
            ExitCode::from(code)
        }
    }
}
