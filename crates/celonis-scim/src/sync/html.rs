//! A plan as HTML, for notebooks (Jupyter's `_repr_html_`): the summary, the seats per role
//! and the changes as tables, everything escaped.

use std::fmt::Write;

use serde_json::Value;

use super::plan::Plan;

/// The most change rows shown; the rest are counted.
pub const MAX_HTML_ROWS: usize = 500;

/// Renders a plan as an HTML fragment.
pub fn render_html(plan: &Plan) -> String {
    let mut out = String::from("<div class=\"celonis-scim-plan\">");
    let _ = write!(out, "<p><strong>{}</strong></p>", escape(&super::render::summary(plan)));
    out.push_str("<table><thead><tr><th>effective role</th><th>seats before</th><th>seats after</th></tr></thead><tbody>");
    for (role, after) in &plan.seats.after {
        let before = plan.seats.before.get(role).copied().unwrap_or(0);
        let _ = write!(out, "<tr><td>{}</td><td>{before}</td><td>{after}</td></tr>", escape(role));
    }
    out.push_str("</tbody></table>");
    let rows = plan.rows();
    if rows.is_empty() {
        out.push_str("<p>No changes: the team matches.</p></div>");
        return out;
    }
    out.push_str("<table><thead><tr><th>section</th><th>target</th><th>attribute</th><th>before</th><th>after</th></tr></thead><tbody>");
    for r in rows.iter().take(MAX_HTML_ROWS) {
        let style = match r.section {
            "create_groups" | "create_users" => " style=\"color:#1a7f37\"",
            "deactivate_users" | "delete_users" | "delete_groups" => " style=\"color:#cf222e\"",
            "conflicts" => " style=\"color:#8250df\"",
            _ => "",
        };
        let _ = write!(
            out,
            "<tr{style}><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            r.section,
            escape(&r.target),
            escape(&r.attribute),
            escape(&shown(&r.before)),
            escape(&shown(&r.after))
        );
    }
    out.push_str("</tbody></table>");
    if rows.len() > MAX_HTML_ROWS {
        let _ = write!(out, "<p>... and {} more rows (see the plan's rows).</p>", rows.len() - MAX_HTML_ROWS);
    }
    out.push_str("</div>");
    out
}

/// A value as a table cell shows it (null as nothing).
pub(super) fn shown(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Text made safe inside HTML elements and attributes.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
