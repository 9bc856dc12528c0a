//! `runs` and `undo`: reading the journal back.

use celonis_scim::Client;
use celonis_scim::sync::journal::{self, undo_plan};
use celonis_scim::sync::{ApplyOptions, ConflictKind, SAVED_PLAN_FORMAT, SavedPlan};

use crate::args::{JournalArgs, UndoArgs};
use celonis_scim::config_file::ConfigFile;
use crate::run::Failure;
use crate::sync_cmd::{apply_plan, journal_dir, json_out};

/// `runs`: every run of the journal, oldest first.
pub fn runs(args: &JournalArgs, json: bool, config: &ConfigFile) -> Result<(), Failure> {
    let dir = journal_dir(args.journal.as_deref(), config);
    let runs = journal::runs(&dir)?;
    if json {
        return json_out(&runs);
    }
    if runs.is_empty() {
        println!("No runs in {}.", dir.display());
        return Ok(());
    }
    println!("{:<28} {:<22} {:>5} {:>6} {:>6} {:>9}  state", "run", "started", "ops", "done", "failed", "uncertain");
    for r in &runs {
        let state = match (r.finished, r.cancelled) {
            (false, _) => "killed",
            (true, true) => "cancelled",
            (true, false) if r.is_success() => "ok",
            (true, false) => "failures",
        };
        if let Some(problem) = &r.problem {
            println!("{:<28} unreadable: {problem}", r.run);
            continue;
        }
        let resumes = r.resumes.as_deref().map(|x| format!(" (resumes {x})")).unwrap_or_default();
        let resumed_by = if r.resumed_by.is_empty() { String::new() } else { format!(" (resumed by {})", r.resumed_by.join(", ")) };
        println!("{:<28} {:<22} {:>5} {:>6} {:>6} {:>9}  {state}{resumes}{resumed_by}", r.run, r.time, r.operations, r.done, r.failed, r.uncertain);
    }
    Ok(())
}

/// `undo RUN`: the inverse plan, shown, asked, applied (journaled like any apply).
pub fn undo(client: &Client, args: &UndoArgs, config: &ConfigFile) -> Result<(), Failure> {
    let dir = journal_dir(args.journal.journal.as_deref(), config);
    let plan = undo_plan(&dir, &args.run)?;
    if let Some(out) = &args.out {
        let saved = SavedPlan { format: SAVED_PLAN_FORMAT.to_owned(), plan, input: None, team: Default::default() };
        saved.save(out)?;
        println!("Saved the plan that undoes run {} to {}.", args.run, out.display());
        return Ok(());
    }
    for c in plan.conflicts.iter().filter(|c| c.kind == ConflictKind::Irreversible) {
        crate::stderr::say("warn", &format!("note: {} {}", c.subject, c.detail), serde_json::json!({"kind": c.kind, "subject": c.subject}));
    }
    let options = ApplyOptions { journal: Some(dir), ..config.apply.clone() };
    apply_plan(client, &plan, &options, args.yes, false, &format!("run {} changed nothing that can be undone", args.run))
}
