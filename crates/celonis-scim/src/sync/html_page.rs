//! A plan as one self-contained HTML page, for an approver to open from an email or a CI
//! artifact: no script, no network (styles inline), every value escaped. The summary and its
//! counts, the seats per role before and after (against the licence's limits), the conflicts,
//! where each attribute was read from, and every change with its before and after.

use std::fmt::Write;

use super::html::{escape, shown};
use super::plan::Plan;
use super::render::{found, summary};

const STYLE: &str = "body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#1f2328}\
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.6em}table{border-collapse:collapse;width:100%;margin:.5em 0}\
th,td{border:1px solid #d0d7de;padding:.3em .6em;text-align:left;vertical-align:top}th{background:#f6f8fa}\
td.n{text-align:right;font-variant-numeric:tabular-nums}.counts{display:flex;flex-wrap:wrap;gap:.5em;padding:0;list-style:none}\
.counts li{border:1px solid #d0d7de;border-radius:6px;padding:.4em .8em}.counts b{font-size:1.2em;display:block}\
tr.add td:first-child{border-left:4px solid #1a7f37}tr.change td:first-child{border-left:4px solid #9a6700}\
tr.remove td:first-child{border-left:4px solid #cf222e}tr.conflict td:first-child{border-left:4px solid #8250df}\
.over{color:#cf222e;font-weight:600}code{font-family:ui-monospace,monospace}";

/// Renders a plan as a whole HTML document.
pub fn render_html_page(plan: &Plan) -> String {
    let mut out = String::from("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    let _ = write!(out, "<title>celonis-scim plan: {} operations</title><style>{STYLE}</style></head><body>", plan.operation_count());
    let _ = write!(out, "<h1>Plan: {} operations</h1><p id=\"summary\">{}</p>", plan.operation_count(), escape(&summary(plan)));
    counts(&mut out, plan);
    seats(&mut out, plan);
    conflicts(&mut out, plan);
    sources(&mut out, plan);
    changes(&mut out, plan);
    out.push_str("</body></html>\n");
    out
}

fn counts(out: &mut String, plan: &Plan) {
    let items = [
        ("groups to create", plan.create_groups.len()),
        ("groups to update", plan.update_groups.len()),
        ("groups to delete", plan.delete_groups.len()),
        ("users to create", plan.create_users.len()),
        ("users to update", plan.update_users.len()),
        ("users to deactivate", plan.deactivate_users.len()),
        ("users to delete", plan.delete_users.len()),
        ("groups whose members change", plan.memberships.len()),
        ("conflicts", plan.conflicts.len()),
    ];
    out.push_str("<ul class=\"counts\" id=\"counts\">");
    for (what, n) in items {
        let _ = write!(out, "<li data-count=\"{}\"><b>{n}</b>{what}</li>", what.replace(' ', "-"));
    }
    out.push_str("</ul>");
}

fn seats(out: &mut String, plan: &Plan) {
    out.push_str("<h2>Seats by effective role</h2><table id=\"seats\"><thead><tr><th>role</th><th>before</th><th>after</th><th>licence</th></tr></thead><tbody>");
    for (role, after) in &plan.seats.after {
        let before = plan.seats.before.get(role).copied().unwrap_or(0);
        let limit = plan.options.seat_limits.get(role);
        let over = limit.is_some_and(|l| after > l);
        let limit = limit.map_or_else(String::new, |l| l.to_string());
        let class = if over { " class=\"n over\"" } else { " class=\"n\"" };
        let _ = write!(out, "<tr><td>{}</td><td class=\"n\">{before}</td><td{class}>{after}</td><td class=\"n\">{limit}</td></tr>", escape(role));
    }
    out.push_str("</tbody></table>");
}

fn conflicts(out: &mut String, plan: &Plan) {
    let _ = write!(out, "<h2>Conflicts ({})</h2>", plan.conflicts.len());
    if plan.conflicts.is_empty() {
        out.push_str("<p>None.</p>");
        return;
    }
    out.push_str("<table id=\"conflicts\"><thead><tr><th>kind</th><th>about</th><th>what</th></tr></thead><tbody>");
    for c in &plan.conflicts {
        let _ = write!(out, "<tr class=\"conflict\"><td>{}</td><td>{}</td><td>{}</td></tr>", escape(&c.kind.to_string()), escape(&c.subject), escape(&c.detail));
    }
    out.push_str("</tbody></table>");
}

fn sources(out: &mut String, plan: &Plan) {
    if plan.sources.is_empty() {
        return;
    }
    out.push_str("<h2>Read from the input</h2><table id=\"sources\"><thead><tr><th>attribute</th><th>from</th><th>rule</th></tr></thead><tbody>");
    for s in &plan.sources {
        let said = found(s);
        let _ = write!(out, "<tr><td>{}</td><td>{}</td><td>{}</td></tr>", escape(&s.attribute), escape(&said), escape(&s.rule));
    }
    out.push_str("</tbody></table>");
}

fn changes(out: &mut String, plan: &Plan) {
    let rows: Vec<_> = plan.rows().into_iter().filter(|r| r.section != "conflicts").collect();
    let _ = write!(out, "<h2>Changes ({} rows)</h2>", rows.len());
    if rows.is_empty() {
        out.push_str("<p id=\"no-changes\">No changes: the team matches.</p>");
        return;
    }
    out.push_str("<table id=\"changes\"><thead><tr><th>change</th><th>user or group</th><th>attribute</th><th>before</th><th>after</th></tr></thead><tbody>");
    for r in rows {
        let class = match r.section {
            "create_groups" | "create_users" => "add",
            "deactivate_users" | "delete_users" | "delete_groups" => "remove",
            _ => "change",
        };
        let _ = write!(
            out,
            "<tr class=\"{class}\" data-section=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            r.section,
            r.section.replace('_', " "),
            escape(&r.target),
            escape(&r.attribute),
            escape(&shown(&r.before)),
            escape(&shown(&r.after))
        );
    }
    out.push_str("</tbody></table>");
}
