//! Iteration guards against servers that page badly: nothing lost, no endless loop.

mod common;

use std::sync::Arc;

use celonis_scim::{Client, ClientConfig, ErrorKind, IterOptions};
use common::canned::{param, serve};
use serde_json::json;

fn users(range: std::ops::Range<u64>) -> Vec<serde_json::Value> {
    range.map(|i| json!({"id": format!("u{i}"), "userName": format!("u{i}")})).collect()
}

fn page(total: u64, resources: Vec<serde_json::Value>) -> (u16, String) {
    (200, json!({"totalResults": total, "Resources": resources}).to_string())
}

fn client(url: String) -> Client {
    Client::new(ClientConfig::bearer(url, "t")).unwrap()
}

fn names(c: &Client, page_size: u64) -> Result<Vec<String>, celonis_scim::Error> {
    c.iter_users(&IterOptions { page_size: Some(page_size), ..Default::default() })
        .map(|r| r.map(|u| u.id.unwrap()))
        .collect()
}

#[test]
fn short_pages_advance_by_what_they_held() {
    // The server caps pages at 3 whatever count asks for.
    let url = serve(Arc::new(|t: &str| {
        let start = param(t, "startIndex").unwrap_or(1);
        page(10, users(start - 1..(start + 2).min(10)))
    }));
    let got = names(&client(url), 5).unwrap();
    assert_eq!(got, (0..10).map(|i| format!("u{i}")).collect::<Vec<_>>());
}

#[test]
fn an_empty_page_before_the_total_is_an_error_not_silent_loss() {
    let url = serve(Arc::new(|t: &str| {
        let start = param(t, "startIndex").unwrap_or(1);
        if start > 4 { page(10, vec![]) } else { page(10, users(start - 1..start + 3)) }
    }));
    let c = client(url);
    let results: Vec<_> = c.iter_users(&IterOptions { page_size: Some(4), ..Default::default() }).collect();
    assert_eq!(results.len(), 5, "four users, then one error, then the end");
    assert_eq!(results[4].as_ref().unwrap_err().kind(), ErrorKind::Decode);
}

#[test]
fn a_server_ignoring_start_index_ends_with_an_error() {
    let url = serve(Arc::new(|_: &str| page(10, users(0..3))));
    let err = names(&client(url), 3).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode);
}

#[test]
fn overlapping_pages_yield_each_resource_once() {
    // Each page starts one resource early.
    let url = serve(Arc::new(|t: &str| {
        let start = param(t, "startIndex").unwrap_or(1);
        let from = start.saturating_sub(2);
        page(6, users(from..(from + 3).min(6)))
    }));
    let got = names(&client(url), 3).unwrap();
    assert_eq!(got, (0..6).map(|i| format!("u{i}")).collect::<Vec<_>>());
}

#[test]
fn an_empty_listing_is_empty() {
    let url = serve(Arc::new(|_: &str| page(0, vec![])));
    assert!(names(&client(url), 3).unwrap().is_empty());
}

#[test]
fn without_total_results_paging_goes_on_to_a_short_page() {
    // No totalResults at all: 7 users in pages of 3 (3, 3, then a short page of 1).
    let url = serve(Arc::new(|t: &str| {
        let start = param(t, "startIndex").unwrap_or(1);
        (200, json!({"Resources": users(start - 1..(start + 2).min(7))}).to_string())
    }));
    let got = names(&client(url), 3).unwrap();
    assert_eq!(got, (0..7).map(|i| format!("u{i}")).collect::<Vec<_>>());
}

#[test]
fn without_total_results_or_page_size_paging_goes_on_to_an_empty_page() {
    let url = serve(Arc::new(|t: &str| {
        let start = param(t, "startIndex").unwrap_or(1);
        (200, json!({"Resources": users(start - 1..(start + 1).min(5))}).to_string())
    }));
    let c = client(url);
    let got: Vec<String> = c.iter_users(&IterOptions::default()).map(|r| r.unwrap().id.unwrap()).collect();
    assert_eq!(got.len(), 5);
}
