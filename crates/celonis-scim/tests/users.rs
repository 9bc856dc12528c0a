//! Every user operation against the emulator, in-process.

mod common;

use celonis_scim::{ErrorKind, IterOptions, ListOptions, Projection, SearchRequest};
use common::{client, emulator, user};

#[test]
fn create_get_replace_delete() {
    let emu = emulator();
    let c = client(&emu);
    let mut u = user("ada");
    u.role = Some("ANALYST".into());
    u.send_email_on_invitation = Some(false);
    u.external_id = Some("E-1".into());
    let created = c.create_user(&u).unwrap();
    let id = created.id.clone().unwrap();
    assert_eq!(created.role.as_deref(), Some("ANALYST"));
    assert_eq!(created.external_id.as_deref(), Some("E-1"));

    let got = c.get_user(&id, &Projection::default()).unwrap();
    assert_eq!(got.user_name.as_deref(), Some("ada@example.com"));

    let mut changed = got.clone();
    changed.display_name = Some("Ada Lovelace".into());
    changed.active = Some(false);
    let replaced = c.replace_user(&id, &changed).unwrap();
    assert_eq!(replaced.display_name.as_deref(), Some("Ada Lovelace"));
    assert_eq!(replaced.active, Some(false));

    c.delete_user(&id).unwrap();
    let err = c.get_user(&id, &Projection::default()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    assert_eq!(err.status, Some(404));
}

#[test]
fn default_role_is_member() {
    let emu = emulator();
    let created = client(&emu).create_user(&user("bob")).unwrap();
    assert_eq!(created.role.as_deref(), Some("MEMBER"));
}

#[test]
fn projections_select_attributes() {
    let emu = emulator();
    let c = client(&emu);
    let id = c.create_user(&user("cy")).unwrap().id.unwrap();
    let only = Projection { attributes: vec!["userName".into()], ..Default::default() };
    let got = c.get_user(&id, &only).unwrap();
    assert_eq!(got.user_name.as_deref(), Some("cy@example.com"));
    assert!(got.display_name.is_none() && got.emails.is_empty());
    let without = Projection { excluded_attributes: vec!["emails".into()], ..Default::default() };
    let got = c.get_user(&id, &without).unwrap();
    assert!(got.emails.is_empty() && got.display_name.is_some());
}

#[test]
fn list_search_and_iterate_over_pages() {
    let emu = emulator();
    let c = client(&emu);
    for i in 0..7 {
        c.create_user(&user(&format!("u{i}"))).unwrap();
    }
    let page = c.list_users(&ListOptions { start_index: Some(3), count: Some(2), ..Default::default() }).unwrap();
    assert_eq!(page.total_results, 7);
    assert_eq!(page.resources.len(), 2);
    assert_eq!(page.resources[0].user_name.as_deref(), Some("u2@example.com"));

    let search = SearchRequest { start_index: Some(6), count: Some(5), attributes: vec!["userName".into()], ..Default::default() };
    let found = c.search_users(&search).unwrap();
    assert_eq!(found.resources.len(), 2);
    assert!(found.resources[0].display_name.is_none());

    let all: Vec<_> = c.iter_users(&IterOptions { page_size: Some(3), ..Default::default() }).collect::<Result<_, _>>().unwrap();
    let names: Vec<_> = all.iter().map(|u| u.user_name.clone().unwrap()).collect();
    assert_eq!(names, (0..7).map(|i| format!("u{i}@example.com")).collect::<Vec<_>>());
}

#[test]
fn validation_refuses_before_sending() {
    let emu = emulator();
    let c = client(&emu);
    let cases = [
        (celonis_scim::User::default(), "userName"),
        (celonis_scim::User::new("   "), "userName"),
        (celonis_scim::User::new("x".repeat(101)), "userName"),
        (celonis_scim::User { display_name: Some("d".repeat(101)), ..celonis_scim::User::new("ok") }, "displayName"),
        (celonis_scim::User { role: Some("OWNER".into()), ..celonis_scim::User::new("ok") }, "role"),
    ];
    for (u, attribute) in cases {
        let err = c.create_user(&u).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Validation, "{attribute}");
        assert_eq!(err.attribute.as_deref(), Some(attribute));
        assert!(err.status.is_none(), "nothing was sent");
    }
    assert_eq!(c.list_users(&ListOptions::default()).unwrap().total_results, 0);
    // Exactly 100 characters is fine.
    c.create_user(&celonis_scim::User::new("x".repeat(100))).unwrap();
}

#[test]
fn email_change_is_refused_by_the_client_and_the_server() {
    let emu = emulator();
    let c = client(&emu);
    let created = c.create_user(&user("eve")).unwrap();
    let id = created.id.clone().unwrap();
    let mut changed = created.clone();
    changed.emails = vec![celonis_scim::MultiValue::of("other@example.com")];
    let err = c.replace_user(&id, &changed).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation);
    assert_eq!(err.attribute.as_deref(), Some("emails"));

    // A fresh client does not know the current emails: the server refuses instead.
    let fresh = client(&emu);
    let err = fresh.replace_user(&id, &changed).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::BadRequest);
    // The same emails, in another case, are no change.
    let mut same = created.clone();
    same.emails = vec![celonis_scim::MultiValue::of("EVE@example.com")];
    c.replace_user(&id, &same).unwrap();
}

#[test]
fn server_side_rules_come_back_as_typed_errors() {
    let emu = emulator();
    let c = client(&emu);
    c.create_user(&user("dup")).unwrap();
    let err = c.create_user(&celonis_scim::User::new("DUP@example.com")).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::BadRequest);
    assert_eq!(err.scim_type.as_deref(), Some("uniqueness"));
    assert!(err.detail.is_some());
    let err = c.delete_user("no-such-id").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    let err = c.get_user("", &Projection::default()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Validation);
}
