//! Every group operation against the emulator, memberships included.

mod common;

use celonis_scim::{ErrorKind, IterOptions, ListOptions, Projection, Reference, SearchRequest};
use common::{client, emulator, group, user};

#[test]
fn create_get_replace_delete() {
    let emu = emulator();
    let c = client(&emu);
    let u = c.create_user(&user("m1")).unwrap().id.unwrap();
    let mut g = group("Sales");
    g.role = Some("ANALYST".into());
    g.external_id = Some("G-1".into());
    g.members = vec![Reference::to(&u)];
    let created = c.create_group(&g).unwrap();
    let id = created.id.clone().unwrap();
    assert_eq!(created.member_ids().collect::<Vec<_>>(), [u.as_str()]);

    let got = c.get_group(&id, &Projection::default()).unwrap();
    assert_eq!(got.display_name.as_deref(), Some("Sales"));
    assert_eq!(got.role.as_deref(), Some("ANALYST"));
    // The user sees the group (read-only attribute).
    let member = c.get_user(&u, &Projection::default()).unwrap();
    assert_eq!(member.groups[0].value.as_deref(), Some(id.as_str()));

    let mut renamed = got.clone();
    renamed.display_name = Some("Sales EMEA".into());
    renamed.members.clear();
    let replaced = c.replace_group(&id, &renamed).unwrap();
    assert_eq!(replaced.display_name.as_deref(), Some("Sales EMEA"));
    assert!(replaced.members.is_empty());

    c.delete_group(&id).unwrap();
    assert_eq!(c.get_group(&id, &Projection::default()).unwrap_err().kind(), ErrorKind::NotFound);
}

#[test]
fn add_and_remove_members() {
    let emu = emulator();
    let c = client(&emu);
    let ids: Vec<String> = (0..3).map(|i| c.create_user(&user(&format!("p{i}"))).unwrap().id.unwrap()).collect();
    let gid = c.create_group(&group("Ops")).unwrap().id.unwrap();
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let g = c.add_group_members(&gid, &refs[..2]).unwrap();
    assert_eq!(g.member_ids().count(), 2);
    // Adding again, with one new user, keeps the others and adds it once.
    let g = c.add_group_members(&gid, &refs).unwrap();
    assert_eq!(g.member_ids().collect::<Vec<_>>(), refs);
    let g = c.remove_group_members(&gid, &[refs[1], "not-a-member"]).unwrap();
    assert_eq!(g.member_ids().collect::<Vec<_>>(), [refs[0], refs[2]]);
    let err = c.add_group_members(&gid, &["no-such-user"]).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
}

#[test]
fn fifty_groups_per_user_is_refused_before_sending() {
    let emu = emulator();
    let c = client(&emu);
    let u = c.create_user(&user("busy")).unwrap().id.unwrap();
    for i in 0..50 {
        let mut g = group(&format!("G{i}"));
        g.members = vec![Reference::to(&u)];
        c.create_group(&g).unwrap();
    }
    let extra = c.create_group(&group("G50")).unwrap().id.unwrap();
    let err = c.add_group_members(&extra, &[&u]).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation);
    assert_eq!(err.scim_type.as_deref(), Some("tooManyGroups"));
    // The server refuses it too, when the client cannot know.
    let mut g = group("G51");
    g.members = vec![Reference::to(&u)];
    assert_eq!(c.create_group(&g).unwrap_err().kind(), ErrorKind::BadRequest);
}

#[test]
fn list_search_and_iterate() {
    let emu = emulator();
    let c = client(&emu);
    for i in 0..5 {
        c.create_group(&group(&format!("team-{i}"))).unwrap();
    }
    let page = c.list_groups(&ListOptions { count: Some(2), ..Default::default() }).unwrap();
    assert_eq!((page.total_results, page.resources.len()), (5, 2));
    let found = c.search_groups(&SearchRequest { start_index: Some(5), ..Default::default() }).unwrap();
    assert_eq!(found.resources[0].display_name.as_deref(), Some("team-4"));
    let all = c.iter_groups(&IterOptions { page_size: Some(2), ..Default::default() }).count();
    assert_eq!(all, 5);
}

#[test]
fn names_are_checked() {
    let emu = emulator();
    let c = client(&emu);
    let first = c.create_group(&group("Unique")).unwrap();
    // "Creates a group ... if it does not exist already": the existing one comes back.
    let again = c.create_group(&group("unique")).unwrap();
    assert_eq!(again.id, first.id);
    assert_eq!(c.list_groups(&Default::default()).unwrap().total_results, 1);
    // A rename onto another group's name: 400 uniqueness (the document lists no 409).
    let other = c.create_group(&group("Other")).unwrap();
    let err = c.replace_group(other.id.as_deref().unwrap(), &group("UNIQUE")).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::BadRequest);
    assert_eq!(err.scim_type.as_deref(), Some("uniqueness"));
    assert_eq!(c.create_group(&group("")).unwrap_err().kind(), ErrorKind::Validation);
    assert_eq!(c.create_group(&group(&"g".repeat(101))).unwrap_err().kind(), ErrorKind::Validation);
    let mut g = group("Ghosts");
    g.members = vec![Reference::to("nobody")];
    assert_eq!(c.create_group(&g).unwrap_err().kind(), ErrorKind::BadRequest);
    g.members = vec![Reference::to("a"), Reference::to("a")];
    assert_eq!(c.create_group(&g).unwrap_err().kind(), ErrorKind::Validation);
}
