//! Every entry point of every binding goes through a panic guard, so that a bug becomes an
//! `internal` error in the caller's language and never unwinds across the boundary.
//!
//! The guards are the functions whose body calls `catch_unwind`, and, transitively, the
//! functions that call a guard. The entry points are enumerated from the sources: the C
//! library's `extern "C"` functions (checked against the header's declarations too), Python's
//! `#[pyfunction]`s and `#[pymethods]` methods, and Node's `#[napi]` functions and methods. A
//! new entry point that calls no guard fails this test.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A function of a source file: its attributes, whether it sits in a `#[pymethods]` impl, its
/// name and its body.
struct Function {
    file: String,
    attributes: String,
    in_pymethods: bool,
    name: String,
    body: String,
}

/// The end of the block that starts after `open` (the index just past its `{`).
fn block_end(text: &[u8], open: usize) -> usize {
    let (mut depth, mut i) = (1usize, open);
    while depth > 0 && i < text.len() {
        match text[i] {
            b'{' => depth += 1,
            b'}' => depth -= 1,
            // Character literals of braces would unbalance the count: skip them.
            b'\'' if text.get(i + 2) == Some(&b'\'') => i += 2,
            _ => {}
        }
        i += 1;
    }
    i
}

fn functions(dir: &Path) -> Vec<Function> {
    let mut out = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "rs")).collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let bytes = text.as_bytes();
        let mut pymethods_until = 0;
        let mut search = 0;
        while let Some(found) = text[search..].find("fn ") {
            let at = search + found;
            search = at + 3;
            if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_') {
                continue;
            }
            // `impl` blocks marked #[pymethods] before this function.
            if let Some(marker) = text[..at].rfind("#[pymethods]") {
                let open = text[marker..].find('{').map(|o| marker + o + 1).unwrap_or(marker);
                if open <= at {
                    pymethods_until = pymethods_until.max(block_end(bytes, open));
                }
            }
            let name: String = text[at + 3..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            let Some(open) = text[at..].find(['{', ';']).map(|o| at + o) else { continue };
            if bytes[open] == b';' {
                continue;
            }
            let end = block_end(bytes, open + 1);
            // The attributes: the lines above the signature, up to a blank line or a `}`.
            let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let above: Vec<&str> = text[..line_start].lines().rev().take_while(|l| !l.trim().is_empty() && !l.trim().ends_with('}') && !l.trim().ends_with(';')).collect();
            out.push(Function {
                file: path.file_name().unwrap().to_string_lossy().into_owned(),
                attributes: above.join("\n"),
                in_pymethods: at < pymethods_until,
                name,
                body: text[open + 1..end.saturating_sub(1)].to_owned(),
            });
            search = end;
        }
    }
    out
}

/// The local names a body calls: `name(`, `.name(`, and paths into this crate (`crate::`,
/// `self::`, `super::`, `Self::`, or one of its `modules`); a call into another crate or a
/// type (`celonis_scim::Client::new(`, `Arc::new(`) is not a call of the binding's own `new`.
fn calls(body: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (i, _) in body.match_indices('(') {
        let start = body[..i].rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).map_or(0, |s| s + 1);
        let path = body[start..i].trim_start_matches(':');
        let Some(name) = path.rsplit("::").next().filter(|n| !n.is_empty() && !n.starts_with(|c: char| c.is_ascii_digit())) else { continue };
        let first = path.split("::").next().unwrap_or_default();
        let local = !path.contains("::")
            || ["crate", "self", "super", "Self"].contains(&first)
            || modules.contains(first);
        if local {
            out.insert(name.to_owned());
        }
    }
    out
}

/// The guards among `functions`: those that catch unwinding, and those that call a guard.
fn guards(functions: &[Function], modules: &BTreeSet<String>) -> BTreeSet<String> {
    let mut guards: BTreeSet<String> = functions.iter().filter(|f| f.body.contains("catch_unwind(")).map(|f| f.name.clone()).collect();
    loop {
        let more: Vec<String> =
            functions.iter().filter(|f| !guards.contains(&f.name) && calls(&f.body, modules).iter().any(|c| guards.contains(c))).map(|f| f.name.clone()).collect();
        if more.is_empty() {
            return guards;
        }
        guards.extend(more);
    }
}

/// The entry points that call no guard, as `file: name`.
fn unguarded(binding: &str, is_entry: impl Fn(&Function) -> bool) -> (usize, Vec<String>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(binding).join("src");
    let all = functions(&dir);
    let modules = all.iter().map(|f| f.file.trim_end_matches(".rs").to_owned()).collect();
    let guards = guards(&all, &modules);
    let entries: Vec<&Function> = all.iter().filter(|f| is_entry(f)).collect();
    let bad = entries.iter().filter(|f| !calls(&f.body, &modules).iter().any(|c| guards.contains(c))).map(|f| format!("{}: {}", f.file, f.name)).collect();
    (entries.len(), bad)
}

#[test]
fn every_c_export_is_guarded() {
    let (count, bad) = unguarded("c", |f| f.name.starts_with("cscim_") && f.attributes.contains("no_mangle"));
    assert!(bad.is_empty(), "C exports without a panic guard: {bad:#?}");
    // The enumeration is the header's: every declared function was found and checked.
    let header = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../include/celonis_scim.h")).unwrap();
    let declared: BTreeSet<&str> = header
        .match_indices("cscim_")
        .filter_map(|(i, _)| {
            let name_end = header[i..].find(|c: char| !(c.is_alphanumeric() || c == '_')).map(|e| i + e)?;
            let is_call = header[name_end..].starts_with('(') && !header[..i].ends_with(' ') || header[..i].ends_with(' ') && header[name_end..].starts_with('(');
            is_call.then_some(&header[i..name_end])
        })
        .collect();
    assert_eq!(count, declared.len(), "every function the header declares is checked: {declared:?}");
}

#[test]
fn every_python_entry_point_is_guarded() {
    let (count, bad) = unguarded("python", |f| f.attributes.contains("#[pyfunction]") || f.in_pymethods);
    assert!(count > 40, "the Python entry points were found ({count})");
    assert!(bad.is_empty(), "Python entry points without a panic guard: {bad:#?}");
}

#[test]
fn every_node_entry_point_is_guarded() {
    let (count, bad) = unguarded("node", |f| f.attributes.contains("#[napi"));
    assert!(count > 40, "the Node entry points were found ({count})");
    assert!(bad.is_empty(), "Node entry points without a panic guard: {bad:#?}");
}

#[test]
fn the_scanner_finds_guards_and_entries() {
    let dir = std::env::temp_dir().join(format!("cscim-scan-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("a.rs"),
        "fn guard(f: F) { catch_unwind(f) }\nfn helper() { guard(|| {}) }\n\n#[no_mangle]\nfn cscim_ok() { helper() }\n\n#[no_mangle]\nfn cscim_bad() { let c = '{'; other::guard(); other() }\n",
    )
    .unwrap();
    let all = functions(&dir);
    let names: BTreeMap<&str, bool> = all.iter().map(|f| (f.name.as_str(), f.attributes.contains("no_mangle"))).collect();
    assert_eq!(names.len(), 4, "{:?}", names);
    let g = guards(&all, &BTreeSet::new());
    assert!(g.contains("guard") && g.contains("helper") && g.contains("cscim_ok") && !g.contains("cscim_bad"));
    std::fs::remove_dir_all(&dir).unwrap();
}
