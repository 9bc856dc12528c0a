//! `plan` and `apply`: the main job from the command line.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use celonis_scim::ErrorKind;
use celonis_scim::Client;
use celonis_scim::sync::{ApplyOptions, Input, Job, JobOptions, ManageGroups, MappingSource, MatchBy, MissingUsers, Plan, PlanOptions, Progress, Report, SavedPlan, Selection, TeamState, render, render_html_page, render_markdown, source};

use crate::args::{ApplyArgs, FormatArg, MatchByArg, MissingArg, PlanArgs};
use celonis_scim::config_file::{ConfigFile, InputSection};
use crate::exit;
use crate::progress::Bar;
use crate::run::Failure;

/// FILE (else the config file's `[input] file`), which every command but `apply --resume`
/// needs.
fn input_file<'a>(args: &'a PlanArgs, config: &'a ConfigFile) -> Result<&'a Path, Failure> {
    args.file.as_deref().or(config.input.file.as_deref()).ok_or_else(|| {
        let team = config.team.as_deref().map(|t| format!(" or [teams.{t}.input] file")).unwrap_or_default();
        Failure::Scim(celonis_scim::Error::config(format!("no FILE: name the desired state (CSV or JSON), or set [input] file{team}")))
    })
}

/// The job FILE names, with the options of the flags over the config file's, journaled in
/// the journal directory.
fn job_of<'c>(client: &'c Client, args: &PlanArgs, config: &ConfigFile) -> Result<Job<'c>, Failure> {
    let file = input_file(args, config)?;
    let options = JobOptions { plan: plan_options(args, config), mapping: mapping_of(args, config)?, journal: Some(journal_dir(args.journal.journal.as_deref(), config)) };
    Ok(Job::new(client, Some(Input::Path(file.to_owned())), options)?)
}

fn plan_of(client: &Client, args: &PlanArgs, config: &ConfigFile) -> Result<Plan, Failure> {
    let job = job_of(client, args, config)?;
    let Some(out) = &args.out else { return selected(job.plan()?, args) };
    let mut saved = job.plan_to_save()?;
    saved.plan = selected(saved.plan, args)?;
    saved.save(out)?;
    Ok(saved.plan)
}

/// The part of `plan` that `--only-section`, `--only-user` and `--only-group` keep.
fn selected(plan: Plan, args: &PlanArgs) -> Result<Plan, Failure> {
    if args.only_section.is_empty() && args.only_user.is_empty() && args.only_group.is_empty() {
        return Ok(plan);
    }
    let selection = Selection { sections: args.only_section.clone(), users: args.only_user.clone(), groups: args.only_group.clone() };
    Ok(plan.select(&selection)?)
}

/// The mapping the flags or the config file name: a preset, or a mapping file.
fn mapping_of(args: &PlanArgs, config: &ConfigFile) -> Result<Option<MappingSource>, Failure> {
    // The flags, when they name either, else the config file.
    let flagged = InputSection { file: None, mapping: args.mapping.clone(), preset: args.preset.clone() };
    let named = if flagged.mapping.is_some() || flagged.preset.is_some() { &flagged } else { &config.input };
    Ok(named.mapping_source()?)
}

/// `presets`: every preset with what it reads; `presets NAME`: its mapping.
pub fn presets(name: Option<&str>) -> Result<(), Failure> {
    match name {
        None => {
            for (name, about) in source::presets::list() {
                println!("{name:<18} {about}");
            }
        }
        Some(name) => {
            print!("{}", source::presets::mapping_text(name)?);
        }
    }
    Ok(())
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

/// The config file's plan options, with what the flags say on top.
fn plan_options(args: &PlanArgs, config: &ConfigFile) -> PlanOptions {
    let mut o = config.plan.clone();
    if let Some(m) = args.match_by {
        o.match_by = match m {
            MatchByArg::UserName => MatchBy::UserName,
            MatchByArg::ExternalId => MatchBy::ExternalId,
        };
    }
    if let Some(m) = args.missing {
        o.missing_users = match m {
            MissingArg::Keep => MissingUsers::Keep,
            MissingArg::Deactivate => MissingUsers::Deactivate,
            MissingArg::Delete => MissingUsers::Delete,
        };
    }
    if args.all_groups {
        o.manage_groups = ManageGroups::All;
    }
    o.seat_limits.extend(args.seat_limit.iter().cloned());
    o.protected_users.extend(args.protect_user.iter().cloned());
    o.protected_groups.extend(args.protect_group.iter().cloned());
    o.min_admins = args.min_admins.or(o.min_admins);
    o.max_input_shrink_percent = args.max_input_shrink.or(o.max_input_shrink_percent);
    o.input_complete |= args.input_complete;
    o
}

/// The journal directory: the flag (or CELONIS_SCIM_JOURNAL), else the config file's, else
/// the default.
pub fn journal_dir(flag: Option<&Path>, config: &ConfigFile) -> PathBuf {
    flag.map(Path::to_owned).unwrap_or_else(|| config.journal(&celonis_scim::celonis_env::process_env))
}

pub fn json_out<T: serde::Serialize>(value: &T) -> Result<(), Failure> {
    let text = serde_json::to_string_pretty(value).map_err(|e| Failure::Io(e.to_string()))?;
    println!("{text}");
    Ok(())
}

/// `plan FILE`: the diff (or JSON, or Markdown); changes nothing. With
/// `--detailed-exitcode`: 0 nothing to do, 2 changes pending, 1 any error.
pub fn plan(client: &Client, args: &PlanArgs, config: &ConfigFile) -> Result<(), Failure> {
    let planned = plan_of(client, args, config).and_then(|plan| {
        match if args.json { FormatArg::Json } else { args.format } {
            FormatArg::Json => json_out(&plan)?,
            FormatArg::Markdown => print!("{}", render_markdown(&plan)),
            FormatArg::Html => print!("{}", render_html_page(&plan)),
            FormatArg::Text => print!("{}", render(&plan, std::io::stdout().is_terminal())),
        }
        Ok(plan)
    });
    match (args.detailed_exitcode, planned) {
        (false, planned) => planned.map(|_| ()),
        (true, Ok(plan)) if plan.is_empty() => Ok(()),
        (true, Ok(_)) => Err(Failure::Exit(exit::DETAILED_PENDING, String::new())),
        (true, Err(e)) => Err(Failure::Exit(exit::DETAILED_ERROR, describe(&e))),
    }
}


/// The line an error prints, as main prints it.
pub fn describe(failure: &Failure) -> String {
    match failure {
        Failure::Scim(e) => format!("error [{}]: {e}", e.code()),
        Failure::Io(m) => format!("error [io]: {m}"),
        Failure::Exit(_, m) => m.clone(),
    }
}

/// `apply FILE`: plan, show, ask (unless --yes), apply with progress, report; `apply --resume
/// RUN`: the rest of that run.
pub fn apply(client: &Client, args: &ApplyArgs, config: &ConfigFile) -> Result<(), Failure> {
    if args.plan.detailed_exitcode || args.plan.format != FormatArg::Text || args.plan.out.is_some() {
        return Err(Failure::Scim(celonis_scim::Error::config("--detailed-exitcode, --format and --out are for plan; apply takes --json")));
    }
    let options = apply_options(args, config);
    if let Some(run) = &args.resume {
        let bar = Bar::new();
        let progress = |p: &Progress<'_>| bar.draw(p);
        let report = Job::new(client, None, JobOptions::default())?.resume(run, &options, Some(&progress))?;
        bar.finish();
        return report_outcome(&report, args.plan.json);
    }
    let file = input_file(&args.plan, config)?;
    let plan = match saved_plan_of(client, file, args.force)? {
        Some(plan) => selected(plan, &args.plan)?,
        None => plan_of(client, &args.plan, config)?,
    };
    if args.rehearse {
        return rehearse(client, &plan, &options, args, config);
    }
    apply_plan(client, &plan, &options, args.yes, args.plan.json, &format!("the team already matches {}", file.display()))
}

/// `apply --rehearse`: the plan applied to a twin; nothing is sent to the team but reads.
fn rehearse(client: &Client, plan: &Plan, options: &ApplyOptions, args: &ApplyArgs, config: &ConfigFile) -> Result<(), Failure> {
    let state = match &args.state {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| Failure::Io(format!("cannot read {}: {e}", path.display())))?;
            TeamState::from_json(&text)?
        }
        None => client.snapshot(&config.plan.seat_limits)?,
    };
    if !args.plan.json {
        print!("{}", render(plan, std::io::stdout().is_terminal()));
    }
    let report = celonis_scim_emulator::rehearse(&state, plan, options)?;
    if args.plan.json {
        json_out(&report)?;
    } else {
        println!("Rehearsal on a twin of the team: {} would be done, {} would fail.", report.done.len(), report.failed.len());
        for f in &report.failed {
            println!("  would fail {} {}: [{}] {}", f.action, f.target, f.code, f.message);
        }
    }
    if report.is_success() { Ok(()) } else { Err(Failure::Exit(exit::PARTIAL, format!("{} operations would fail", report.failed.len()))) }
}

/// `snapshot --out FILE`: a copy of the live team.
pub fn snapshot(client: &Client, out: &Path, seat_limits: &[(String, usize)], config: &ConfigFile) -> Result<(), Failure> {
    let mut limits = config.plan.seat_limits.clone();
    limits.extend(seat_limits.iter().cloned());
    let state = client.snapshot(&limits)?;
    state.save(out)?;
    println!("Copied {} users and {} groups to {}.", state.users.len(), state.groups.len(), out.display());
    Ok(())
}

/// The config file's apply options, with the flags on top, journaled.
fn apply_options(args: &ApplyArgs, config: &ConfigFile) -> ApplyOptions {
    let o = config.apply.clone();
    ApplyOptions {
        max_in_flight: args.max_in_flight.unwrap_or(o.max_in_flight),
        bulk: o.bulk && !args.no_bulk,
        max_removals: args.max_removals.unwrap_or(o.max_removals),
        max_removal_percent: args.max_removal_percent.unwrap_or(o.max_removal_percent),
        force: args.force || o.force,
        journal: Some(journal_dir(args.plan.journal.journal.as_deref(), config)),
        ..o
    }
}

/// Shows a plan, asks (unless `yes`), applies it with progress and reports.
pub fn apply_plan(client: &Client, plan: &Plan, options: &ApplyOptions, yes: bool, json: bool, nothing: &str) -> Result<(), Failure> {
    if !json {
        print!("{}", render(plan, std::io::stdout().is_terminal()));
    }
    if plan.is_empty() {
        if json {
            return json_out(&Report::default());
        }
        println!("Nothing to do: {nothing}.");
        return Ok(());
    }
    if !yes && !confirm(plan.operation_count())? {
        return Err(Failure::Exit(exit::DECLINED, "not applied".into()));
    }
    if !json {
        // Where the plan ends and the applying starts, asked or not.
        let asked = if yes { " (--yes: not asked)" } else { "" };
        println!("\n== Applying {} operations{asked} ==", plan.operation_count());
        let _ = std::io::stdout().flush();
    }
    let bar = Bar::new();
    let progress = |p: &Progress<'_>| bar.draw(p);
    let report = client.apply(plan, options, Some(&progress))?;
    bar.finish();
    report_outcome(&report, json)
}

/// Prints a report; the exit code says whether everything was done.
fn report_outcome(report: &Report, json: bool) -> Result<(), Failure> {
    if crate::stderr::is_json() {
        // The summary as a record of its own, for a log shipper (stdout keeps the report).
        let fields = serde_json::json!({"run": report.run, "done": report.done.len(), "failed": report.failed.len(), "cancelled": report.cancelled, "completed_by": report.completed_by});
        crate::stderr::say("info", &format!("applied: {} done, {} failed", report.done.len(), report.failed.len()), fields);
    }
    if json {
        json_out(report)?;
    } else if let Some(by) = &report.completed_by {
        println!("Nothing left to do: run {by} completed the work; nothing was sent.");
    } else {
        let run = report.run.as_deref().map(|r| format!(" (run {r})")).unwrap_or_default();
        println!("Applied{run}: {} done, {} failed.", report.done.len(), report.failed.len());
        for f in &report.failed {
            println!("  failed {} {}: [{}] {}", f.action, f.target, f.code, f.message);
        }
    }
    if report.cancelled {
        let hint = report.run.as_deref().map(|r| format!("apply --resume {r}")).unwrap_or_else(|| "plan again".into());
        return Err(Failure::Exit(exit::code(ErrorKind::Cancelled), format!("stopped by Ctrl-C: {hint} does the rest")));
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
