//! `plan --all-teams` / `apply --all-teams`: every team of the config file in turn, each with
//! its own connection, input, options, journal and lock, then one summary. One team's failure
//! neither stops nor hides the others: each failure is said as it happens and in the summary,
//! and the exit code is 8 when any team failed (with `--detailed-exitcode`: 1 for a failure,
//! else 2 when a team has changes pending, else 0).

use celonis_scim::CancelToken;
use serde_json::json;

use crate::args::{Cli, Command};
use crate::config_file::ConfigFile;
use crate::connect::connect;
use crate::exit;
use crate::run::Failure;
use crate::sync_cmd::{self, describe};

/// What became of one team.
enum Outcome {
    Done,
    Pending,
    Failed(String),
    NotRun,
}

/// Runs the plan or apply of `cli` for every team.
pub fn run_all(cli: &Cli, stop: &CancelToken) -> Result<(), Failure> {
    let file = ConfigFile::load(cli.config.as_deref(), None)?;
    let teams: Vec<String> = file.teams().map(str::to_owned).collect();
    if teams.is_empty() {
        return Err(Failure::Scim(celonis_scim::Error::config("--all-teams needs [teams.NAME] tables in the config file")));
    }
    let mut outcomes: Vec<(String, Outcome)> = Vec::new();
    for team in &teams {
        if stop.is_cancelled() {
            outcomes.push((team.clone(), Outcome::NotRun));
            continue;
        }
        println!("== team {team}");
        let outcome = match one_team(cli, team, stop) {
            Ok(()) => Outcome::Done,
            Err(Failure::Exit(exit::DETAILED_PENDING, _)) => Outcome::Pending,
            Err(failure) => {
                let said = describe(&failure);
                crate::stderr::say("error", &format!("team {team}: {said}"), json!({"team": team}));
                Outcome::Failed(said)
            }
        };
        println!();
        outcomes.push((team.clone(), outcome));
    }
    summarize(&outcomes);
    let failed: Vec<&str> = outcomes.iter().filter(|(_, o)| matches!(o, Outcome::Failed(_) | Outcome::NotRun)).map(|(t, _)| t.as_str()).collect();
    if !failed.is_empty() {
        return Err(Failure::Exit(exit::TEAMS_FAILED, format!("{} of {} teams failed: {}", failed.len(), outcomes.len(), failed.join(", "))));
    }
    if outcomes.iter().any(|(_, o)| matches!(o, Outcome::Pending)) {
        return Err(Failure::Exit(exit::DETAILED_PENDING, String::new()));
    }
    Ok(())
}

/// One team's plan or apply, with that team's configuration.
fn one_team(cli: &Cli, team: &str, stop: &CancelToken) -> Result<(), Failure> {
    let config = ConfigFile::load(cli.config.as_deref(), Some(team))?;
    let connected = connect(&cli.conn, &config)?;
    let client = connected.client.with_cancel(stop);
    match &cli.command {
        Command::Plan(args) => sync_cmd::plan(&client, args, &config),
        Command::Apply(args) => sync_cmd::apply(&client, args, &config),
        _ => Err(Failure::Scim(celonis_scim::Error::config("--all-teams is for plan and apply"))),
    }
}

/// The summary: a line per team.
fn summarize(outcomes: &[(String, Outcome)]) {
    let width = outcomes.iter().map(|(t, _)| t.len()).max().unwrap_or(0);
    println!("Teams: {}", outcomes.len());
    for (team, outcome) in outcomes {
        let said = match outcome {
            Outcome::Done => "ok".to_owned(),
            Outcome::Pending => "changes pending".to_owned(),
            Outcome::Failed(why) => format!("FAILED: {why}"),
            Outcome::NotRun => "not run (stopped by Ctrl-C)".to_owned(),
        };
        println!("  {team:<width$}  {said}");
    }
}
