//! `plan --all-teams` / `apply --all-teams`: every team of the config file in turn, each with
//! its own connection, input, options, journal and lock, then one summary. One team's failure
//! neither stops nor hides the others: each failure is said as it happens and in the summary,
//! and the exit code is 8 when any team failed (with `--detailed-exitcode`: 1 for a failure,
//! else 2 when a team has changes pending, else 0).

use celonis_scim::CancelToken;
use serde_json::json;

use crate::args::{Cli, Command};
use celonis_scim::config_file::{ConfigFile, ConnectionSection};
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
    refuse_one_place_for_all(cli)?;
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

/// A URL or credential given by a flag or a `CELONIS_SCIM_*` variable wins over every team's
/// own, and would send each team's plan to one team: refused, naming what was given.
fn refuse_one_place_for_all(cli: &Cli) -> Result<(), Failure> {
    let env = ConnectionSection::from_env(&celonis_scim::celonis_env::process_env)?;
    let c = &cli.conn;
    let given = [
        ("--url / CELONIS_SCIM_URL", c.url.is_some() || env.url.is_some()),
        ("--token / CELONIS_SCIM_TOKEN", c.token.is_some() || env.token.is_some()),
        ("--app-key / CELONIS_SCIM_APP_KEY", c.app_key.is_some() || env.app_key.is_some()),
        ("--oauth-token-url / CELONIS_SCIM_OAUTH_TOKEN_URL", c.oauth_token_url.is_some() || env.oauth_token_url.is_some()),
    ];
    let named: Vec<&str> = given.iter().filter(|(_, set)| *set).map(|(name, _)| *name).collect();
    if named.is_empty() || c.emulator {
        return Ok(());
    }
    Err(Failure::Scim(celonis_scim::Error::config(format!(
        "--all-teams takes each team's URL and credentials from its [teams.NAME.connection]; {} would apply to every team: unset it",
        named.join(", ")
    ))))
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
