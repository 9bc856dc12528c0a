//! Shell completions and the manual page: generated from the command's definition, shipped
//! as files under `share/` (a test fails when they drift; `CSCIM_WRITE_GENERATED=1` rewrites
//! them), and working: bash completes commands and flags, `man` renders the page.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_celonis-scim")).args(args).output().expect("the command runs")
}

fn share() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("share")
}

/// Every shipped file and the command that prints it.
fn shipped() -> Vec<(PathBuf, Vec<&'static str>)> {
    vec![
        (share().join("completions/celonis-scim.bash"), vec!["completions", "bash"]),
        (share().join("completions/_celonis-scim"), vec!["completions", "zsh"]),
        (share().join("completions/celonis-scim.fish"), vec!["completions", "fish"]),
        (share().join("completions/_celonis-scim.ps1"), vec!["completions", "powershell"]),
    ]
}

#[test]
fn the_shipped_manual_pages_are_what_the_command_writes() {
    let dir = std::env::temp_dir().join(format!("cscim-man-{}", std::process::id()));
    let out = cli(&["man", "--dir", dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let names = |d: &Path| -> Vec<String> {
        let mut n: Vec<String> = std::fs::read_dir(d).map(|r| r.map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect()).unwrap_or_default();
        n.sort();
        n
    };
    let shipped = share().join("man");
    if std::env::var_os("CSCIM_WRITE_GENERATED").is_some() {
        let _ = std::fs::remove_dir_all(&shipped);
        std::fs::create_dir_all(&shipped).unwrap();
        for name in names(&dir) {
            std::fs::copy(dir.join(&name), shipped.join(&name)).unwrap();
        }
    }
    assert_eq!(names(&shipped), names(&dir), "the pages: run with CSCIM_WRITE_GENERATED=1 and commit");
    for name in names(&dir) {
        assert!(std::fs::read(dir.join(&name)).unwrap() == std::fs::read(shipped.join(&name)).unwrap(), "{name} differs: run with CSCIM_WRITE_GENERATED=1 and commit");
    }
    assert!(names(&dir).contains(&"celonis-scim-plan.1".to_owned()) && names(&dir).contains(&"celonis-scim-users-list.1".to_owned()));
    assert!(std::fs::read(dir.join("celonis-scim.1")).unwrap() == cli(&["man"]).stdout, "`man` prints the main page");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_shipped_files_are_what_the_command_prints() {
    let write = std::env::var_os("CSCIM_WRITE_GENERATED").is_some();
    for (file, args) in shipped() {
        let out = cli(&args);
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(!out.stdout.is_empty(), "{args:?} printed nothing");
        assert!(!String::from_utf8_lossy(&out.stdout).contains("internal-panic-for-tests"), "{args:?} offers the tests' panic entry");
        if write {
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(&file, &out.stdout).unwrap();
        }
        let committed = std::fs::read(&file).unwrap_or_default();
        assert!(committed == out.stdout, "{} differs from `celonis-scim {}`: run with CSCIM_WRITE_GENERATED=1 and commit", file.display(), args.join(" "));
    }
}

/// What bash completes for the words of a command line (the last one being completed).
fn bash_completes(words: &[&str]) -> Vec<String> {
    let script = share().join("completions/celonis-scim.bash");
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "source '{}'; f=$(complete -p celonis-scim | sed -E 's/.* -F ([^ ]+) .*/\\1/'); COMP_WORDS=({}); COMP_CWORD={}; COMP_LINE='{}'; COMP_POINT=${{#COMP_LINE}}; \"$f\" celonis-scim '{}' '{}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display(),
        quoted.join(" "),
        words.len() - 1,
        words.join(" "),
        words[words.len() - 1],
        words[words.len().saturating_sub(2)],
    );
    let out = Command::new("bash").args(["--norc", "-c", &program]).output().expect("bash runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).lines().map(str::to_owned).filter(|l| !l.is_empty()).collect()
}

#[test]
fn bash_completes_commands_and_their_flags() {
    assert_eq!(bash_completes(&["celonis-scim", "pl"]), ["plan"]);
    let commands = bash_completes(&["celonis-scim", ""]);
    for c in ["users", "groups", "plan", "apply", "runs", "undo", "presets", "completions", "man"] {
        assert!(commands.iter().any(|w| w == c), "{c} in {commands:?}");
    }
    assert_eq!(bash_completes(&["celonis-scim", "apply", "--ye"]), ["--yes"]);
    assert!(bash_completes(&["celonis-scim", "plan", "--detailed"]).contains(&"--detailed-exitcode".to_owned()));
}

#[test]
fn the_manual_page_renders_with_every_command() {
    let page = share().join("man/celonis-scim.1");
    let out = Command::new("man").args(["-l", "-P", "cat"]).arg(&page).env("MANWIDTH", "100").output().expect("man runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "SUBCOMMANDS"] {
        assert!(text.contains(section), "{section} in\n{text}");
    }
    for command in ["users", "plan", "apply", "snapshot", "runs", "undo", "presets", "completions"] {
        assert!(text.contains(&format!("celonis-scim-{command}")), "{command} in\n{text}");
    }
    assert!(text.contains("130"), "the exit codes are in the page");
    let plan = Command::new("man").args(["-l", "-P", "cat"]).arg(share().join("man/celonis-scim-plan.1")).output().expect("man runs");
    assert!(String::from_utf8_lossy(&plan.stdout).contains("--detailed-exitcode"), "a subcommand's page has its options");
}
