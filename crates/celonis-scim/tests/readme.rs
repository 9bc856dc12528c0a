//! The README tells the truth: its Rust example is the one compiled and run here, and its
//! organization list names exactly what the tree holds.

#[path = "../examples/quickstart.rs"]
#[allow(dead_code)]
mod quickstart;

use std::path::Path;

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn readme() -> String {
    std::fs::read_to_string(root().join("README.md")).unwrap()
}

#[test]
fn the_rust_example_runs_against_the_emulator() {
    let emu = celonis_scim_emulator::Emulator::start(Default::default()).unwrap();
    let seen = quickstart::run(emu.url(), emu.token()).unwrap();
    assert_eq!(seen, ["ada@example.com (1 groups)"]);
}

#[test]
fn the_readme_shows_the_example_verbatim() {
    let example = include_str!("../examples/quickstart.rs");
    assert!(readme().contains(example), "README.md's Rust example drifted from crates/celonis-scim/examples/quickstart.rs");
}

#[test]
fn the_readme_shows_the_c_example_verbatim() {
    let example = std::fs::read_to_string(root().join("bindings/c/examples/quickstart.c")).unwrap();
    assert!(readme().contains(&format!("```c\n{example}```")), "README.md's C example drifted from bindings/c/examples/quickstart.c");
}

#[test]
fn the_organization_list_matches_the_tree() {
    let text = readme();
    let section = text.split("## Project organization").nth(1).expect("README has a Project organization section");
    let section = section.split("\n## ").next().unwrap();
    let listed: Vec<&str> = section
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("- `"))
        .filter_map(|l| l.split('`').next())
        .collect();
    assert!(listed.len() >= 8);
    for path in &listed {
        assert!(root().join(path.trim_end_matches('/')).exists(), "README lists {path}, which does not exist");
    }
    let mut top: Vec<String> = std::fs::read_dir(root())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.') && n != "target" && n != "dist" && n != "node_modules" && n != "Cargo.lock" && n != "LICENSE")
        .collect();
    top.extend(
        std::fs::read_dir(root().join("crates")).unwrap().flatten().map(|e| format!("crates/{}", e.file_name().to_string_lossy())),
    );
    for entry in top {
        assert!(
            listed.iter().any(|l| l.trim_end_matches('/') == entry),
            "{entry} is in the tree but not in README's organization list"
        );
    }
}
