//! `plan` and `apply`: the main job from the command line.

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;
use std::sync::Mutex;

use celonis_scim::ErrorKind;
use celonis_scim::Client;
use celonis_scim::sync::{ApplyOptions, DesiredState, ManageGroups, MatchBy, MissingUsers, Plan, PlanOptions, Progress, Report, SavedPlan, render, render_markdown};

use crate::args::{ApplyArgs, FormatArg, MatchByArg, MissingArg, PlanArgs};
use crate::exit;
use crate::run::Failure;

fn plan_of(client: &Client, args: &PlanArgs) -> Result<Plan, Failure> {
    let desired = DesiredState::from_path(&args.file, args.mapping.as_deref())?;
    let options = plan_options(args);
    let Some(out) = &args.out else { return Ok(client.plan(&desired, &options)?) };
    let input = std::fs::read(&args.file).map_err(|e| Failure::Io(format!("cannot read {}: {e}", args.file.display())))?;
    let saved = client.plan_to_save(&desired, &options, Some(&input))?;
    std::fs::write(out, saved.to_json()).map_err(|e| Failure::Io(format!("cannot write {}: {e}", out.display())))?;
    Ok(saved.plan)
}

/// A saved plan named as apply's FILE, checked against the team (unless `force`); `None`
/// when FILE is a desired state.
fn saved_plan_of(client: &Client, file: &Path, force: bool) -> Result<Option<Plan>, Failure> {
    let Ok(text) = std::fs::read_to_string(file) else { return Ok(None) };
    if !celonis_scim::sync::saved::is_saved_plan(&text) {
        return Ok(None);
    }
    let saved = SavedPlan::from_json(&text)?;
    if !force {
        client.check_saved_plan(&saved)?;
    }
    Ok(Some(saved.plan))
}

fn plan_options(args: &PlanArgs) -> PlanOptions {
    PlanOptions {
        match_by: match args.match_by {
            MatchByArg::UserName => MatchBy::UserName,
            MatchByArg::ExternalId => MatchBy::ExternalId,
        },
        missing_users: match args.missing {
            MissingArg::Keep => MissingUsers::Keep,
            MissingArg::Deactivate => MissingUsers::Deactivate,
            MissingArg::Delete => MissingUsers::Delete,
        },
        manage_groups: if args.all_groups { ManageGroups::All } else { ManageGroups::Named },
        seat_limits: args.seat_limit.iter().cloned().collect(),
        ..Default::default()
    }
}

fn json_out<T: serde::Serialize>(value: &T) -> Result<(), Failure> {
    let text = serde_json::to_string_pretty(value).map_err(|e| Failure::Io(e.to_string()))?;
    println!("{text}");
    Ok(())
}

/// `plan FILE`: the diff (or JSON, or Markdown); changes nothing. With
/// `--detailed-exitcode`: 0 nothing to do, 2 changes pending, 1 any error.
pub fn plan(client: &Client, args: &PlanArgs) -> Result<(), Failure> {
    let planned = plan_of(client, args).and_then(|plan| {
        match if args.json { FormatArg::Json } else { args.format } {
            FormatArg::Json => json_out(&plan)?,
            FormatArg::Markdown => print!("{}", render_markdown(&plan)),
            FormatArg::Text => print!("{}", render(&plan, std::io::stdout().is_terminal())),
        }
        Ok(plan)
    });
    match (args.detailed_exitcode, planned) {
        (false, planned) => planned.map(|_| ()),
        (true, Ok(plan)) if plan.is_empty() => Ok(()),
        (true, Ok(_)) => Err(Failure::Exit(DETAILED_PENDING, String::new())),
        (true, Err(e)) => Err(Failure::Exit(DETAILED_ERROR, describe(&e))),
    }
}

/// `--detailed-exitcode`: changes are pending.
const DETAILED_PENDING: u8 = 2;
/// `--detailed-exitcode`: any error.
const DETAILED_ERROR: u8 = 1;

/// The line an error prints, as main prints it.
fn describe(failure: &Failure) -> String {
    match failure {
        Failure::Scim(e) => format!("error [{}]: {e}", e.code()),
        Failure::Io(m) => format!("error [io]: {m}"),
        Failure::Exit(_, m) => m.clone(),
    }
}

/// `apply FILE`: plan, show, ask (unless --yes), apply with progress, report.
pub fn apply(client: &Client, args: &ApplyArgs) -> Result<(), Failure> {
    if args.plan.detailed_exitcode || args.plan.format != FormatArg::Text || args.plan.out.is_some() {
        return Err(Failure::Scim(celonis_scim::Error::config("--detailed-exitcode, --format and --out are for plan; apply takes --json")));
    }
    let plan = match saved_plan_of(client, &args.plan.file, args.force)? {
        Some(plan) => plan,
        None => plan_of(client, &args.plan)?,
    };
    if !args.plan.json {
        print!("{}", render(&plan, std::io::stdout().is_terminal()));
    }
    if plan.is_empty() {
        if args.plan.json {
            return json_out(&Report::default());
        }
        println!("Nothing to do: the team already matches {}.", args.plan.file.display());
        return Ok(());
    }
    if !args.yes && !confirm(plan.operation_count())? {
        return Err(Failure::Exit(exit::DECLINED, "not applied".into()));
    }
    let defaults = ApplyOptions::default();
    let options = ApplyOptions {
        max_in_flight: args.max_in_flight.unwrap_or(defaults.max_in_flight),
        bulk: !args.no_bulk,
        max_removals: args.max_removals.unwrap_or(defaults.max_removals),
        max_removal_percent: args.max_removal_percent.unwrap_or(defaults.max_removal_percent),
        force: args.force,
        ..defaults
    };
    let bar = Bar::new();
    let progress = |p: &Progress<'_>| bar.draw(p);
    let report = client.apply(&plan, &options, Some(&progress))?;
    bar.finish();
    if args.plan.json {
        json_out(&report)?;
    } else {
        println!("Applied: {} done, {} failed.", report.done.len(), report.failed.len());
        for f in &report.failed {
            println!("  failed {} {}: [{}] {}", f.action, f.target, f.code, f.message);
        }
    }
    if report.cancelled {
        return Err(Failure::Exit(exit::code(ErrorKind::Cancelled), "stopped by Ctrl-C: plan again to see what is left".into()));
    }
    if report.is_success() { Ok(()) } else { Err(Failure::Exit(exit::PARTIAL, format!("{} operations failed", report.failed.len()))) }
}

fn confirm(count: usize) -> Result<bool, Failure> {
    eprint!("Apply these {count} operations? [y/N] ");
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer).map_err(|e| Failure::Io(format!("cannot read the answer: {e}")))?;
    Ok(matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes"))
}

/// A progress bar on stderr when it is a terminal; a line per phase otherwise.
struct Bar {
    terminal: bool,
    last_phase: Mutex<String>,
}

impl Bar {
    fn new() -> Self {
        Bar { terminal: std::io::stderr().is_terminal(), last_phase: Mutex::new(String::new()) }
    }

    fn draw(&self, p: &Progress<'_>) {
        let mut last = self.last_phase.lock().unwrap_or_else(|e| e.into_inner());
        if self.terminal {
            let width = 30;
            let filled = (p.done * width).checked_div(p.total).unwrap_or(width).min(width);
            eprint!("\r[{}{}] {}/{} {:<20}", "#".repeat(filled), " ".repeat(width - filled), p.done, p.total, p.phase);
            let _ = std::io::stderr().flush();
        } else if *last != p.phase {
            eprintln!("{} ({} of {} operations done so far)", p.phase, p.done.saturating_sub(1), p.total);
        }
        if *last != p.phase {
            *last = p.phase.to_owned();
        }
    }

    fn finish(&self) {
        if self.terminal {
            eprintln!();
        }
    }
}
