//! `completions SHELL` and `man`: shell completion scripts and the manual page, generated
//! from the command's own definition (so they never disagree with `--help`). The release
//! ships them as files too (`share/`, checked against these by a test).

use std::io::Write;

use clap::CommandFactory;

use crate::args::Cli;
use crate::run::Failure;

/// The completion script for `shell`.
pub fn completion_script(shell: clap_complete::Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "celonis-scim", &mut out);
    if shell == clap_complete::Shell::Bash {
        // clap_complete names the states of a hyphenated program two ways (`celonis__scim__...`
        // where it walks the words, `celonis__subcmd__scim__...` where it offers a
        // subcommand's flags), so no subcommand's flags would complete: one name for both.
        out = String::from_utf8_lossy(&out).replace("celonis__subcmd__scim", "celonis__scim").into_bytes();
    }
    out
}

/// The manual page, in roff.
pub fn man_page_text() -> Result<Vec<u8>, Failure> {
    let mut out = Vec::new();
    // As `generate_to` writes it: no page for `help`, so none listed.
    clap_mangen::Man::new(Cli::command().disable_help_subcommand(true)).render(&mut out).map_err(|e| Failure::Io(format!("cannot render the manual page: {e}")))?;
    Ok(out)
}

/// Writes the manual pages of the command and of every subcommand (`celonis-scim-plan.1`,
/// `celonis-scim-users-list.1`, ...) into `dir`.
pub fn man_pages_to(dir: &std::path::Path) -> Result<(), Failure> {
    std::fs::create_dir_all(dir).map_err(|e| Failure::Io(format!("cannot create {}: {e}", dir.display())))?;
    clap_mangen::generate_to(Cli::command(), dir).map_err(|e| Failure::Io(format!("cannot write the manual pages to {}: {e}", dir.display())))
}

/// Prints the completion script for `shell`.
pub fn completions(shell: clap_complete::Shell) -> Result<(), Failure> {
    write_out(&completion_script(shell))
}

/// Prints the manual page, or writes every page into `dir`.
pub fn man_page(dir: Option<&std::path::Path>) -> Result<(), Failure> {
    match dir {
        Some(dir) => man_pages_to(dir),
        None => write_out(&man_page_text()?),
    }
}

fn write_out(bytes: &[u8]) -> Result<(), Failure> {
    std::io::stdout().lock().write_all(bytes).map_err(|e| Failure::Io(format!("cannot write to stdout: {e}")))
}
