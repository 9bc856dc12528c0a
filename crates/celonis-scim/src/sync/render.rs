//! A plan as a readable diff: `+` creates, `~` changes, `-` removals, `!` conflicts.

use std::fmt::Write;

use serde_json::Value;

use super::plan::Plan;

const GREEN: &str = "\x1b[32m";
const YELLOW: &str = "\x1b[33m";
const RED: &str = "\x1b[31m";
const MAGENTA: &str = "\x1b[35m";
const RESET: &str = "\x1b[0m";

/// Renders a plan as text; `colour` adds ANSI colours (for terminals).
pub fn render(plan: &Plan, colour: bool) -> String {
    let mut out = changes(plan, colour);
    let _ = writeln!(out, "{}", summary(plan));
    let seats: Vec<String> = seat_changes(plan)
        .iter()
        .map(|(role, before, after)| match plan.options.seat_limits.get(*role) {
            Some(limit) => format!("{role} {before} -> {after} of {limit}"),
            None => format!("{role} {before} -> {after}"),
        })
        .collect();
    let _ = writeln!(out, "Seats by effective role: {}", seats.join(", "));
    out.push_str(&sources(plan));
    out
}

/// Where an attribute's values came from, for people: `login (5 users), Username (1 users)`,
/// or what its rule reads when the input has none of it.
pub(super) fn found(source: &super::AttributeSource) -> String {
    if source.found.is_empty() {
        format!("nothing found (reads {})", source.reads.join(", "))
    } else {
        source.found.iter().map(|f| format!("{} ({} users)", f.source, f.users)).collect::<Vec<_>>().join(", ")
    }
}

/// Where each attribute was read from, a line each (nothing for an input not read through a
/// mapping).
fn sources(plan: &Plan) -> String {
    let mut out = String::new();
    if plan.sources.is_empty() {
        return out;
    }
    let own_columns = plan.sources.iter().all(|s| matches!(s.found.as_slice(), [f] if f.source.eq_ignore_ascii_case(&s.attribute)));
    let rules: std::collections::BTreeSet<&str> = plan.sources.iter().map(|s| s.rule.as_str()).collect();
    if own_columns && rules.len() == 1 {
        let names: Vec<&str> = plan.sources.iter().map(|s| s.attribute.as_str()).collect();
        let _ = writeln!(out, "Read from the input: {}, each from the column of its name  [{}]", names.join(", "), plan.sources[0].rule);
        return out;
    }
    out.push_str("Read from the input:\n");
    for s in &plan.sources {
        let said = found(s);
        let _ = writeln!(out, "  {:<12} {said}  [{}]", s.attribute, s.rule);
    }
    out
}

/// Renders a plan as Markdown, for a pull-request comment: the summary as a heading, the
/// seats per role as a table, and the changes as a `diff` block.
pub fn render_markdown(plan: &Plan) -> String {
    let mut out = format!("### {}\n\n", summary(plan));
    let seats = seat_changes(plan);
    if !seats.is_empty() {
        out.push_str("| effective role | seats before | seats after |\n|---|---:|---:|\n");
        for (role, before, after) in seats {
            let _ = writeln!(out, "| {role} | {before} | {after} |");
        }
        out.push('\n');
    }
    let read = sources(plan);
    if !read.is_empty() {
        let _ = writeln!(out, "```text\n{read}```\n");
    }
    let body = changes(plan, false);
    if body.is_empty() {
        out.push_str("No changes: the team matches.\n");
    } else {
        // A fence longer than any run of backticks in the names it shows.
        let fence = "`".repeat(body.split(|c| c != '`').map(str::len).max().unwrap_or(0).max(2) + 1);
        let _ = write!(out, "{fence}diff\n{body}{fence}\n");
    }
    out
}

/// The width a membership line may take before it is wrapped.
const WIDTH: usize = 100;

/// How many wrapped rows of names a membership change shows before summing up the rest.
const MEMBER_ROWS: usize = 4;

/// Words filled into at most `rows` rows of `width` characters, and how many were left over.
fn wrapped(words: &[String], width: usize, rows: usize) -> (Vec<String>, usize) {
    let mut out: Vec<String> = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let fits = out.last().is_some_and(|row| row.chars().count() + 1 + word.chars().count() <= width);
        if let Some(row) = out.last_mut().filter(|_| fits) {
            row.push(' ');
            row.push_str(word);
        } else if out.len() == rows {
            return (out, words.len() - i);
        } else {
            out.push(word.clone());
        }
    }
    (out, 0)
}

/// Seats per effective role: (role, before, after).
fn seat_changes(plan: &Plan) -> Vec<(&str, usize, usize)> {
    plan.seats.after.iter().map(|(role, after)| (role.as_str(), plan.seats.before.get(role).copied().unwrap_or(0), *after)).collect()
}

/// The one-line summary of a plan.
pub(super) fn summary(plan: &Plan) -> String {
    format!(
        "Plan: {} groups to create, {} to update, {} to delete; {} users to create, {} to update, {} to deactivate, {} to delete; members of {} groups to change; {} conflicts.",
        plan.create_groups.len(),
        plan.update_groups.len(),
        plan.delete_groups.len(),
        plan.create_users.len(),
        plan.update_users.len(),
        plan.deactivate_users.len(),
        plan.delete_users.len(),
        plan.memberships.len(),
        plan.conflicts.len()
    )
}

/// A line per change and per conflict.
fn changes(plan: &Plan, colour: bool) -> String {
    let paint = |c: &str, s: String| if colour { format!("{c}{s}{RESET}") } else { s };
    let mut out = String::new();
    let mut line = |c: &str, s: String| {
        let _ = writeln!(out, "{}", paint(c, s));
    };
    let show = |v: &Value| match v {
        Value::Null => "(none)".to_owned(),
        Value::String(s) => format!("{s:?}"),
        other => other.to_string(),
    };
    for g in &plan.create_groups {
        line(GREEN, format!("+ group {:?}{}", g.display_name, g.role.as_deref().map(|r| format!(" (role {r})")).unwrap_or_default()));
    }
    for g in &plan.update_groups {
        line(YELLOW, format!("~ group {:?}", g.display_name));
        for c in &g.changes {
            line(YELLOW, format!("    {}: {} -> {}", c.attribute, show(&c.before), show(&c.after)));
        }
    }
    for u in &plan.create_users {
        let extra: Vec<String> = [u.user.display_name.clone(), u.user.role.clone()].into_iter().flatten().collect();
        line(GREEN, format!("+ user {}{}", u.user_name, if extra.is_empty() { String::new() } else { format!(" ({})", extra.join(", ")) }));
    }
    for u in &plan.update_users {
        line(YELLOW, format!("~ user {}", u.user_name));
        for c in &u.changes {
            line(YELLOW, format!("    {}: {} -> {}", c.attribute, show(&c.before), show(&c.after)));
        }
    }
    for m in &plan.memberships {
        let mut parts: Vec<String> = m.add.iter().map(|a| format!("+{}", a.user_name)).collect();
        parts.extend(m.remove.iter().map(|r| format!("-{}", r.user_name)));
        let whole = format!("~ members of {:?}: {}", m.group, parts.join(" "));
        if whole.chars().count() <= WIDTH {
            line(YELLOW, whole);
            continue;
        }
        line(YELLOW, format!("~ members of {:?}: {} to add, {} to remove", m.group, m.add.len(), m.remove.len()));
        let (rows, left) = wrapped(&parts, WIDTH - 4, MEMBER_ROWS);
        for row in rows {
            line(YELLOW, format!("    {row}"));
        }
        if left > 0 {
            line(YELLOW, format!("    ... and {left} more (every name is in the plan's JSON)"));
        }
    }
    for u in &plan.deactivate_users {
        line(RED, format!("- user {} (deactivate)", u.user_name));
    }
    for u in &plan.delete_users {
        line(RED, format!("- user {} (delete)", u.user_name));
    }
    for g in &plan.delete_groups {
        line(RED, format!("- group {:?} (delete)", g.display_name));
    }
    for c in &plan.conflicts {
        line(MAGENTA, format!("! {} {}: {}", c.kind, c.subject, c.detail));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lists_are_wrapped_then_summed_up() {
        let words: Vec<String> = (0..40).map(|i| format!("+user{i:02}@example.com")).collect();
        let (rows, left) = wrapped(&words, 60, 2);
        assert_eq!(rows.len(), 2);
        assert!(rows.iter().all(|r| r.chars().count() <= 60), "{rows:?}");
        let shown: usize = rows.iter().map(|r| r.split(' ').count()).sum();
        assert_eq!(shown + left, 40, "every name is shown or counted");
        assert_eq!(wrapped(&words[..2], 60, 2), (vec![words[..2].join(" ")], 0));
    }
}
