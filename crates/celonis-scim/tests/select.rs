//! Approving part of a plan (`Plan::select`), and plans and reports as rows and HTML.

mod common;

use std::path::Path;

use celonis_scim::sync::select::Selection;
use celonis_scim::sync::{ApplyOptions, DesiredState, PlanOptions, render_html};
use celonis_scim::ErrorKind;
use common::{client, emulator};

fn team() -> DesiredState {
    DesiredState::from_path(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/team.csv"), None).unwrap()
}

fn select(sections: &[&str], users: &[&str], groups: &[&str]) -> Selection {
    let owned = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
    Selection { sections: owned(sections), users: owned(users), groups: owned(groups) }
}

#[test]
fn a_selected_part_applies_alone_and_the_rest_stays_planned() {
    let emu = emulator();
    let c = client(&emu);
    let plan = c.plan(&team(), &PlanOptions::default()).unwrap();
    let part = plan.select(&select(&[], &["ada*", "alan*"], &["Data Engineering"])).unwrap();
    assert_eq!(part.create_users.iter().map(|u| u.user_name.as_str()).collect::<Vec<_>>(), ["ada.lovelace@example.com", "alan.turing@example.com"]);
    assert_eq!(part.create_groups.len(), 1);
    assert_eq!(part.memberships.len(), 1, "only the selected group's");
    let added: Vec<&str> = part.memberships[0].add.iter().map(|a| a.user_name.as_str()).collect();
    assert_eq!(added, ["ada.lovelace@example.com", "alan.turing@example.com"], "not Grace: her creation was left out");
    let report = c.apply(&part, &ApplyOptions::default(), None).unwrap();
    assert!(report.is_success(), "{report:?}");
    let rest = c.plan(&team(), &PlanOptions::default()).unwrap();
    assert_eq!(rest.create_users.len(), 34);
    assert_eq!(rest.create_groups.len(), 5);
}

#[test]
fn memberships_never_name_what_the_selection_does_not_create() {
    let emu = emulator();
    let c = client(&emu);
    let plan = c.plan(&team(), &PlanOptions::default()).unwrap();
    let only_members = plan.select(&select(&["memberships"], &[], &[])).unwrap();
    assert!(only_members.is_empty(), "every member and group would be created by the plan: {only_members:?}");
    let groups_only = plan.select(&select(&["create_groups"], &[], &[])).unwrap();
    assert_eq!((groups_only.create_groups.len(), groups_only.operation_count()), (6, 6));
    let err = plan.select(&select(&["create_everything"], &[], &[])).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation);
}

#[test]
fn rows_and_html_show_every_change_escaped() {
    let emu = emulator();
    let c = client(&emu);
    let mut desired = team();
    desired.users[0].groups.push("<b>R&D</b>".into());
    let plan = c.plan(&desired, &PlanOptions::default()).unwrap();
    let rows = plan.rows();
    let members: usize = plan.memberships.iter().map(|m| m.add.len() + m.remove.len()).sum();
    assert_eq!(rows.len(), plan.create_groups.len() + plan.create_users.len() + members);
    assert!(rows.iter().any(|r| r.section == "memberships" && r.target == "<b>R&D</b>" && r.after == "ada.lovelace@example.com"));
    let html = render_html(&plan);
    assert!(html.contains("&lt;b&gt;R&amp;D&lt;/b&gt;") && !html.contains("<b>R&D"), "names are escaped");
    assert!(html.contains("<td>ANALYST</td>"), "the seats table");

    let report = c.apply(&plan, &ApplyOptions::default(), None).unwrap();
    let report_rows = report.rows();
    assert_eq!(report_rows.len(), report.done.len() + report.failed.len());
    assert!(report_rows.iter().all(|r| r.outcome == "done" && r.code.is_none()));
    assert!(render_html(&c.plan(&desired, &PlanOptions::default()).unwrap()).contains("No changes"));
}
