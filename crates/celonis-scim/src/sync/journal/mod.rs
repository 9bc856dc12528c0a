//! The journal: what every apply did, for the audit trail, `resume` and `undo`.
//!
//! An apply given a journal directory ([`super::ApplyOptions::journal`]) writes one file per
//! run, `<dir>/<run>.jsonl`, one JSON object per line: a `run` record (the run id, the time,
//! the team, the plan and its fingerprint), then a `start` record before each operation is
//! sent and an `end` record after (done or failed, the id, the error code and support id),
//! and a `finish` record with the counts. A `start` record is made durable (`fdatasync`,
//! together with every record before it) before its operation is sent, so that a killed
//! process or a power cut leaves a journal that says what may have happened: an operation with
//! a `start` and no `end` is uncertain. While it runs, the apply holds a lock on the team
//! ([`lock`]), so two runs against the same team never overlap.

pub mod lock;
mod record;
mod resume;
mod undo;

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

pub use record::{OpEnd, OpStart, Record, RunFinish, RunHeader};
pub use undo::undo_plan;

use super::apply::Report;
use super::plan::Plan;
use super::saved::fingerprint;
use crate::clock;
use crate::error::{Error, Result};

/// What one run did, as [`runs`] lists it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RunSummary {
    /// The run id (sortable by time).
    pub run: String,
    /// When it started (RFC 3339, UTC).
    pub time: String,
    /// The base URL of the team.
    pub team: String,
    /// The run it resumed, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resumes: Option<String>,
    /// Operations in its plan.
    pub operations: usize,
    /// Operations done.
    pub done: usize,
    /// Operations failed (or not started after a cancellation).
    pub failed: usize,
    /// Operations started without a recorded end: the process was killed while they ran.
    pub uncertain: usize,
    /// Whether the run recorded its end (a killed run did not).
    pub finished: bool,
    /// Whether the run was cancelled.
    pub cancelled: bool,
    /// Users the input listed.
    pub input_users: usize,
    /// The fingerprint of the input the run applied; none for a resume or an undo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<String>,
    /// The runs that resumed this one, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resumed_by: Vec<String>,
    /// Why the run's file could not be read (corrupt, cut short before its first record);
    /// such a run is listed, never trusted, and never blocks another.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

impl RunSummary {
    /// Whether the run finished with every operation done.
    pub fn is_success(&self) -> bool {
        self.finished && !self.cancelled && self.failed == 0 && self.uncertain == 0
    }
}

/// The records of one run, read back.
#[derive(Debug, Clone)]
pub struct RunLog {
    /// The `run` record.
    pub header: RunHeader,
    /// The last outcome of each operation that ended, by operation key.
    pub ended: BTreeMap<String, OpEnd>,
    /// Operations started without a recorded end, by key.
    pub uncertain: BTreeMap<String, OpStart>,
    /// The `finish` record, when the run got that far.
    pub finish: Option<RunFinish>,
}

impl RunLog {
    /// Reads the run `run` from the journal directory `dir`. A last line cut short by a kill
    /// is ignored; any other unreadable line is a `validation` error naming it.
    pub fn read(dir: &Path, run: &str) -> Result<Self> {
        if run.is_empty() || run.contains(['/', '\\']) || run.starts_with('.') {
            return Err(Error::validation("run", "invalidValue", format!("{run:?} is not a run id")));
        }
        let path = dir.join(format!("{run}.jsonl"));
        let text = std::fs::read_to_string(&path)
            .map_err(|e| Error::validation("run", "unreadable", format!("cannot read the journal of run {run} ({}): {e}", path.display())))?;
        Self::parse(&text, &path)
    }

    fn parse(text: &str, path: &Path) -> Result<Self> {
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        let mut header = None;
        let mut ended = BTreeMap::new();
        let mut uncertain = BTreeMap::new();
        let mut finish = None;
        for (n, line) in lines.iter().enumerate() {
            let record = match serde_json::from_str::<Record>(line) {
                Ok(r) => r,
                // A kill can cut the last line short: what it was about stays uncertain.
                Err(_) if n + 1 == lines.len() && !text.ends_with('\n') => break,
                Err(e) => {
                    return Err(Error::validation("journal", "invalidSyntax", format!("{} line {}: not a journal record: {e}", path.display(), n + 1)));
                }
            };
            match record {
                Record::Run(h) => header = Some(h),
                Record::Start(s) => {
                    uncertain.insert(s.op.clone(), s);
                }
                Record::End(e) => {
                    uncertain.remove(&e.op);
                    // Done once is done: a later failed attempt (a bulk resend) does not undo it.
                    if !ended.get(&e.op).is_some_and(|prev: &OpEnd| prev.is_done()) {
                        ended.insert(e.op.clone(), e);
                    }
                }
                Record::Finish(f) => finish = Some(f),
            }
        }
        let header = header.ok_or_else(|| Error::validation("journal", "invalidSyntax", format!("{}: no run record", path.display())))?;
        Ok(RunLog { header, ended, uncertain, finish })
    }

    /// The ids of what the run created, by lower-case name: users and groups.
    pub(crate) fn created_ids(&self) -> (BTreeMap<String, String>, BTreeMap<String, String>) {
        let mut users = BTreeMap::new();
        let mut groups = BTreeMap::new();
        for e in self.ended.values().filter(|e| e.is_done()) {
            let (Some((action, name)), Some(id)) = (e.op.split_once(':'), e.id.clone()) else { continue };
            match action {
                "create_user" => users.insert(name.to_owned(), id),
                "create_group" => groups.insert(name.to_owned(), id),
                _ => None,
            };
        }
        (users, groups)
    }

    /// The summary [`runs`] lists.
    pub fn summary(&self) -> RunSummary {
        let h = &self.header;
        let failed = self.ended.values().filter(|e| !e.is_done()).count();
        RunSummary {
            run: h.run.clone(),
            time: h.time.clone(),
            team: h.team.clone(),
            resumes: h.resumes.clone(),
            operations: h.operations,
            done: self.ended.len() - failed,
            failed,
            uncertain: self.uncertain.len(),
            finished: self.finish.is_some(),
            cancelled: self.finish.as_ref().is_some_and(|f| f.cancelled),
            input_users: h.input_users,
            input: if h.resumes.is_none() { h.plan.input.clone() } else { None },
            resumed_by: Vec::new(),
            problem: None,
        }
    }
}

/// The summary of a run whose file cannot be read.
fn unreadable(run: &str, problem: String) -> RunSummary {
    RunSummary {
        run: run.to_owned(),
        time: String::new(),
        team: String::new(),
        resumes: None,
        operations: 0,
        done: 0,
        failed: 0,
        uncertain: 0,
        finished: false,
        cancelled: false,
        input_users: 0,
        input: None,
        resumed_by: Vec::new(),
        problem: Some(problem),
    }
}

/// Every run in the journal directory `dir`, oldest first, each with the runs that resumed
/// it. A run whose file cannot be read is listed with its `problem`. An empty list when the
/// directory does not exist yet.
pub fn runs(dir: &Path) -> Result<Vec<RunSummary>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::validation("journal", "unreadable", format!("cannot read the journal {}: {e}", dir.display()))),
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".jsonl")).map(str::to_owned))
        .collect();
    names.sort();
    let mut runs: Vec<RunSummary> =
        names.iter().map(|run| RunLog::read(dir, run).map(|log| log.summary()).unwrap_or_else(|e| unreadable(run, e.to_string()))).collect();
    let resumes: Vec<(String, String)> = runs.iter().filter_map(|r| Some((r.resumes.clone()?, r.run.clone()))).collect();
    for (resumed, by) in resumes {
        if let Some(r) = runs.iter_mut().find(|r| r.run == resumed) {
            r.resumed_by.push(by);
        }
    }
    Ok(runs)
}

/// The runs that continue `run` (its resumes, their resumes, ...), oldest first.
pub(crate) fn resume_chain<'r>(runs: &'r [RunSummary], run: &str) -> Vec<&'r RunSummary> {
    let mut chain = Vec::new();
    let mut frontier = vec![run.to_owned()];
    while let Some(next) = frontier.pop() {
        for r in runs.iter().filter(|r| r.resumes.as_deref() == Some(next.as_str())) {
            chain.push(r);
            frontier.push(r.run.clone());
        }
    }
    chain.sort_by(|a, b| a.run.cmp(&b.run));
    chain
}

/// How many users the input of the last run against `team` that applied an input listed:
/// the reference of the input-shrink guard. A run applied its input when it succeeded, or
/// when a resume of it did; resumes, undos and rehearsals apply no input of their own, so
/// they never become the reference.
pub fn last_applied_input_users(dir: &Path, team: &str) -> Result<Option<usize>> {
    let runs = runs(dir)?;
    let applied = |r: &RunSummary| r.is_success() || resume_chain(&runs, &r.run).iter().any(|c| c.is_success());
    Ok(runs.iter().rev().filter(|r| r.team == team && r.input.is_some() && r.problem.is_none()).find(|r| applied(r)).map(|r| r.input_users))
}

/// The journal of the run under way: appends records, each flushed before the next step.
pub struct JournalWriter {
    run: String,
    path: PathBuf,
    file: Mutex<File>,
    _lock: lock::TeamLock,
}

impl JournalWriter {
    /// Takes the team's lock (unless `lock` is the lock already taken), then starts the run's
    /// file (0600, in a directory created 0700) with its `run` record.
    pub(crate) fn begin(dir: &Path, team: &str, plan: &Plan, resumes: Option<&str>, lock: Option<lock::TeamLock>) -> Result<Self> {
        let unwritable = |e: std::io::Error| Error::config(format!("cannot write the journal in {}: {e}", dir.display()));
        crate::private_files::create_dir_all(dir).map_err(unwritable)?;
        let time = clock::now_rfc3339_millis();
        // Sortable by time (to the millisecond), unique by the random part.
        let run = format!("{}-{:04x}", time.replace([':', '-'], ""), clock::random_u64() & 0xffff);
        let lock = match lock {
            Some(lock) => lock,
            None => lock::TeamLock::acquire(team)?,
        };
        let path = dir.join(format!("{run}.jsonl"));
        let file = crate::private_files::options().create_new(true).append(true).open(&path).map_err(unwritable)?;
        let plan_json = serde_json::to_vec(plan).unwrap_or_default();
        let writer = JournalWriter { run: run.clone(), path, file: Mutex::new(file), _lock: lock };
        writer.write(&Record::Run(RunHeader {
            run,
            time,
            team: team.to_owned(),
            resumes: resumes.map(str::to_owned),
            plan_fingerprint: fingerprint(&plan_json),
            operations: plan.operation_count(),
            input_users: plan.input_users,
            plan: plan.clone(),
        }))?;
        Ok(writer)
    }

    /// The run id.
    pub fn run(&self) -> &str {
        &self.run
    }

    /// Appends one record and makes it, and every record before it, durable (`fdatasync`)
    /// before returning: a record that announces an operation is on disk before the
    /// operation is sent, so that a power cut leaves a journal that says what may have
    /// happened.
    pub(crate) fn write(&self, record: &Record) -> Result<()> {
        self.append(record)?;
        self.sync()
    }

    /// Appends one record without waiting for the disk: for an operation's end, made durable
    /// by the next [`JournalWriter::sync`] (a lost end leaves the operation uncertain, and a
    /// resume reads it again).
    pub(crate) fn append(&self, record: &Record) -> Result<()> {
        let mut line = serde_json::to_vec(record).map_err(|e| Error::internal(&format!("a journal record does not serialize: {e}")))?;
        line.push(b'\n');
        let mut file = self.file.lock().unwrap_or_else(|p| p.into_inner());
        file.write_all(&line).map_err(|e| self.unwritable(e))
    }

    /// Makes every record appended so far durable.
    pub(crate) fn sync(&self) -> Result<()> {
        let file = self.file.lock().unwrap_or_else(|p| p.into_inner());
        file.sync_data().map_err(|e| self.unwritable(e))
    }

    fn unwritable(&self, e: std::io::Error) -> Error {
        Error::config(format!("cannot write the journal {}: {e}", self.path.display()))
    }

    /// Records the end of the run.
    pub(crate) fn finish(&self, report: &Report) -> Result<()> {
        let r = RunFinish { time: clock::now_rfc3339(), done: report.done.len(), failed: report.failed.len(), cancelled: report.cancelled };
        self.write(&Record::Finish(r))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_last_line_cut_short_is_uncertain_not_an_error() {
        let header = r#"{"type":"run","run":"r1","time":"t","team":"u","plan_fingerprint":"f","operations":2,"input_users":2,"plan":{"team_size":0,"create_groups":[],"update_groups":[],"create_users":[],"update_users":[],"memberships":[],"deactivate_users":[],"delete_users":[],"delete_groups":[],"conflicts":[],"seats":{"before":{},"after":{}},"options":{}}}"#;
        let start = r#"{"type":"start","op":"create_user:a","action":"create_user","target":"a","time":"t","before":null,"after":null}"#;
        let text = format!("{header}\n{start}\n{{\"type\":\"end\",\"op\":\"cre");
        let log = RunLog::parse(&text, Path::new("x")).unwrap();
        assert_eq!(log.uncertain.len(), 1);
        assert!(log.ended.is_empty());
        let broken = format!("{header}\nnot json\n{start}\n");
        assert!(RunLog::parse(&broken, Path::new("x")).is_err());
    }

    #[test]
    fn run_ids_cannot_name_other_files() {
        for bad in ["", "../x", "a/b", ".hidden"] {
            assert!(RunLog::read(Path::new("/tmp"), bad).is_err(), "{bad:?}");
        }
    }
}
