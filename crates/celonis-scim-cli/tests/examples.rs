//! The command-line examples the documentation shows (`examples/cli/`), run as they are: the
//! shell scripts against an emulator, the config file through `config check` for each team.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use celonis_scim_emulator::{Emulator, EmulatorConfig};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// A command run from the repository's root with `celonis-scim` (this build) on the PATH.
fn command(program: &str, scratch: &Path) -> Command {
    let bin = Path::new(env!("CARGO_BIN_EXE_celonis-scim")).parent().unwrap().to_owned();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let mut cmd = Command::new(program);
    for name in ["CELONIS_SCIM_URL", "CELONIS_SCIM_TOKEN", "CELONIS_SCIM_CONFIG", "CELONIS_SCIM_TEAM", "CELONIS_URL", "CELONIS_API_TOKEN"] {
        cmd.env_remove(name);
    }
    cmd.current_dir(root()).env("PATH", path).env("TMPDIR", scratch).env("CELONIS_SCIM_JOURNAL", scratch.join("journal")).env("CELONIS_SCIM_LOCK_DIR", scratch.join("locks"));
    cmd
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cscim-examples-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn shown(out: &Output) -> String {
    format!("{}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

#[test]
fn the_shell_examples_run() {
    for script in ["examples/cli/main-job.sh", "examples/cli/from-an-identity-system.sh"] {
        let emu = Emulator::start(EmulatorConfig::default()).unwrap();
        let dir = scratch(script.rsplit('/').next().unwrap());
        let out = command("bash", &dir).arg(script).env("CELONIS_SCIM_URL", emu.url()).env("CELONIS_SCIM_TOKEN", emu.token()).output().unwrap();
        assert!(out.status.success(), "{script}: {}", shown(&out));
        if script.ends_with("main-job.sh") {
            assert_eq!(emu.seat_usage().values().sum::<usize>(), 36, "the team was applied");
            assert!(dir.join("plan.html").is_file());
        }
        let _ = std::fs::remove_dir_all(dir);
    }
}

#[test]
fn the_example_config_file_checks_for_every_team() {
    let dir = scratch("config");
    for team in ["prod", "dev"] {
        let out = command(env!("CARGO_BIN_EXE_celonis-scim"), &dir)
            .args(["--config", "examples/cli/celonis-scim.toml", "--team", team, "config", "check"])
            .env("CELONIS_PROD_KEY", "k1")
            .env("CELONIS_DEV_KEY", "k2")
            .output()
            .unwrap();
        assert!(out.status.success(), "{team}: {}", shown(&out));
        assert!(String::from_utf8_lossy(&out.stdout).contains(if team == "prod" { "https://acme.eu-1" } else { "https://acme-dev.eu-1" }));
    }
    let missing = command(env!("CARGO_BIN_EXE_celonis-scim"), &dir).args(["--config", "examples/cli/celonis-scim.toml", "--team", "prod", "config", "check"]).output().unwrap();
    assert_eq!(missing.status.code(), Some(3), "the key's variable is not set: {}", shown(&missing));
    let _ = std::fs::remove_dir_all(dir);
}
