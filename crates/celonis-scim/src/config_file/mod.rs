//! The config file for unattended runs (`celonis-scim.toml`, `--config FILE`, or
//! `CELONIS_SCIM_CONFIG`): read here for the CLI and for the libraries' [`TeamJob`] alike.
//!
//! ```toml
//! [connection]
//! url = "https://acme.eu-1.celonis.cloud/scim/v2"
//! token = { file = "/run/secrets/celonis-token" }   # or { env = "NAME" }, { command = ["pass", "show", "celonis"] }
//! proxy = "http://proxy.corp.example:3128"          # else https_proxy / no_proxy, as curl reads them
//! proxy_credentials = { env = "PROXY_CREDENTIALS" } # USER:PASSWORD
//!
//! [input]
//! mapping = "mapping.json"
//!
//! [plan]            # the core's plan options, same names
//! missing_users = "deactivate"
//! protected_users = ["admin@*"]
//! min_admins = 2
//!
//! [apply]           # the core's apply options, same names
//! max_removals = 20
//! journal = "journal"
//! ```
//!
//! Several Celonis teams (production, development, business units) live in one file as
//! `[teams.NAME]` tables holding the same sections (`[teams.prod.connection]`,
//! `[teams.prod.input]`, `[teams.prod.plan]`, `[teams.prod.apply]`); the top-level sections are
//! their shared defaults, a team's keys replace them key by key. `--team NAME` (or a
//! [`TeamJob`] of that team) picks one; `plan --all-teams` / `apply --all-teams` run each in
//! turn. Each team has its own journal
//! (`journal/NAME` beside the file, or `NAME` below a shared `[apply] journal`) and lock.
//!
//! Relative paths are relative to the file's directory. Flags and the environment
//! (`CELONIS_SCIM_*`, [`ConnectionSection::from_env`]) override the file, which overrides
//! Celonis's own variables ([`crate::celonis_env`]); secrets are never written in it, only
//! where to find them ([`SecretSource`]).

mod connection;
mod secret_source;
mod team;

use std::path::{Path, PathBuf};

use serde::Deserialize;

pub use connection::ConnectionSection;
pub(crate) use secret_source::read_secret_file;
pub use secret_source::SecretSource;
pub use team::TeamJob;

use crate::error::{Error, Result};
use crate::sync::{ApplyOptions, Mapping, MappingSource, PlanOptions};

/// The file looked for in the working directory when no file is named.
pub const DEFAULT_NAME: &str = "celonis-scim.toml";

/// The variable naming the config file when no file is named.
pub const CONFIG_VAR: &str = "CELONIS_SCIM_CONFIG";

/// The variable naming the team when no team is named.
pub const TEAM_VAR: &str = "CELONIS_SCIM_TEAM";

/// The variable naming the journal directory, over the config file's.
pub const JOURNAL_VAR: &str = "CELONIS_SCIM_JOURNAL";

/// The whole file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// Where and how to connect.
    #[serde(default)]
    pub connection: ConnectionSection,
    /// How to read the input.
    #[serde(default)]
    pub input: InputSection,
    /// Plan options.
    #[serde(default)]
    pub plan: PlanOptions,
    /// Apply options.
    #[serde(default)]
    pub apply: ApplyOptions,
    /// The `[teams.NAME]` tables as written (a team's sections are read through
    /// [`ConfigFile::load`]'s `team`; [`ConfigFile::teams`] names them).
    #[serde(default, rename = "teams")]
    team_tables: toml::Table,
    /// The team this configuration is of (`--team`), when the file has teams.
    #[serde(skip)]
    pub team: Option<String>,
    /// The directory of the file (relative paths are resolved against it).
    #[serde(skip)]
    pub dir: PathBuf,
    /// The file itself.
    #[serde(skip)]
    pub path: PathBuf,
}

/// `[input]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InputSection {
    /// The export to read (FILE on the command line wins).
    pub file: Option<PathBuf>,
    /// The mapping file (TOML or JSON; see `--mapping`).
    pub mapping: Option<PathBuf>,
    /// A preset for an identity system's export (see `--preset`); `mapping` is then unused.
    pub preset: Option<String>,
}

impl InputSection {
    /// The mapping an export is read through: the preset (it wins), else the mapping file,
    /// else none (the standard columns); an unknown preset is a `config` error.
    pub fn mapping_source(&self) -> Result<Option<MappingSource>> {
        match (&self.preset, &self.mapping) {
            (Some(name), _) => Ok(Some(MappingSource::Given(Box::new(Mapping::preset(name).map_err(|e| Error::config(format!("preset: {e}")))?)))),
            (None, Some(path)) => Ok(Some(MappingSource::File(path.clone()))),
            (None, None) => Ok(None),
        }
    }
}

impl ConfigFile {
    /// Reads `explicit`, else `celonis-scim.toml` in the working directory when it exists,
    /// else an empty config; with `team`, that team's sections over the shared ones.
    pub fn load(explicit: Option<&Path>, team: Option<&str>) -> Result<Self> {
        let path = match explicit {
            Some(p) => p.to_owned(),
            None if Path::new(DEFAULT_NAME).is_file() => PathBuf::from(DEFAULT_NAME),
            None if team.is_some() => return Err(Error::config(format!("a team needs a config file with [teams.NAME] tables, and there is no {DEFAULT_NAME} here (name the file)"))),
            None => return Ok(ConfigFile::default()),
        };
        let text = std::fs::read_to_string(&path).map_err(|e| Error::config(format!("cannot read the config file {}: {e}", path.display())))?;
        let (mut config, own_journal) = parse(&text, team).map_err(|why| Error::config(format!("{}: {why}", path.display())))?;
        config.dir = path.parent().map(Path::to_owned).filter(|d| !d.as_os_str().is_empty()).unwrap_or_else(|| PathBuf::from("."));
        config.input.file = config.input.file.map(|f| config.dir.join(f));
        config.input.mapping = config.input.mapping.map(|m| config.dir.join(m));
        config.apply.journal = config.apply.journal.map(|j| config.dir.join(j));
        if let (Some(team), false) = (&config.team, own_journal) {
            // A shared journal directory holds one directory per team.
            config.apply.journal = Some(config.apply.journal.take().unwrap_or_else(|| config.dir.join("journal")).join(team));
        }
        let c = &mut config.connection;
        for source in [&mut c.token, &mut c.app_key, &mut c.client_secret, &mut c.proxy_credentials].into_iter().flatten() {
            source.relative_to(&config.dir);
        }
        config.path = path;
        Ok(config)
    }

    /// Reads the file a library names ([`ConfigFile::named`]); with `team` (else
    /// `CELONIS_SCIM_TEAM`), that team's sections over the shared ones.
    pub fn load_named(path: Option<&Path>, team: Option<&str>, var: &dyn Fn(&str) -> Option<String>) -> Result<Self> {
        let team = team.map(str::to_owned).or_else(|| var(TEAM_VAR).filter(|v| !v.is_empty()));
        ConfigFile::load(Some(&ConfigFile::named(path, var)?), team.as_deref())
    }

    /// The file a library names: `path`, else the one `CELONIS_SCIM_CONFIG` names, else
    /// `celonis-scim.toml` in the working directory. No file at all is a `config` error.
    pub fn named(path: Option<&Path>, var: &dyn Fn(&str) -> Option<String>) -> Result<PathBuf> {
        match path.map(Path::to_owned).or_else(|| var(CONFIG_VAR).filter(|v| !v.is_empty()).map(PathBuf::from)) {
            Some(path) => Ok(path),
            None if Path::new(DEFAULT_NAME).is_file() => Ok(PathBuf::from(DEFAULT_NAME)),
            None => Err(Error::config(format!("no config file: name one, set {CONFIG_VAR}, or create {DEFAULT_NAME} in the working directory"))),
        }
    }

    /// The names of the teams of the file a library names ([`ConfigFile::named`]), in the
    /// file's order; empty when it has no `[teams.NAME]` tables.
    pub fn team_names(path: Option<&Path>, var: &dyn Fn(&str) -> Option<String>) -> Result<Vec<String>> {
        Ok(ConfigFile::load(Some(&ConfigFile::named(path, var)?), None)?.teams().map(str::to_owned).collect())
    }

    /// The journal directory: `CELONIS_SCIM_JOURNAL` (through `var`), else the file's (a
    /// team's own, or `NAME` below the shared one), else [`ConfigFile::default_journal`].
    pub fn journal(&self, var: &dyn Fn(&str) -> Option<String>) -> PathBuf {
        var(JOURNAL_VAR).filter(|v| !v.is_empty()).map(PathBuf::from).or_else(|| self.apply.journal.clone()).unwrap_or_else(|| self.default_journal())
    }

    /// The teams the file names, in its order.
    pub fn teams(&self) -> impl Iterator<Item = &str> {
        self.team_tables.keys().map(String::as_str)
    }

    /// The default journal: `journal/` beside the config file, or the user's state directory
    /// (`$XDG_STATE_HOME/celonis-scim/journal`, `~/.local/state/...`) without one.
    pub fn default_journal(&self) -> PathBuf {
        if !self.path.as_os_str().is_empty() {
            return self.dir.join("journal");
        }
        let state = std::env::var_os("XDG_STATE_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/state")))
            .unwrap_or_else(std::env::temp_dir);
        state.join("celonis-scim/journal")
    }
}

/// The keys whose values are secrets: never written in the file, never echoed from it.
const SECRET_KEYS: &[&str] = &["token", "app_key", "client_secret", "proxy_credentials"];

/// Parses the file's text. A secret written literally is refused, and no message quotes the
/// file: TOML's own errors are given by line and column with their message alone (never the
/// line), and a message on a line that sets a secret key is not shown at all.
fn parse(text: &str, team: Option<&str>) -> std::result::Result<(ConfigFile, bool), String> {
    let position = |e: &toml::de::Error| {
        let at = e.span().map_or(0, |s| s.start).min(text.len());
        let line = text[..at].matches('\n').count() + 1;
        let column = at - text[..at].rfind('\n').map_or(0, |i| i + 1) + 1;
        (line, column)
    };
    let refuse = |e: toml::de::Error| {
        let (line, column) = position(&e);
        let secret_line = text.lines().nth(line - 1).is_some_and(sets_secret);
        if secret_line {
            format!("line {line}, column {column}: not valid here (the line sets a secret key, so it is not shown)")
        } else {
            format!("line {line}, column {column}: {}", e.message().trim())
        }
    };
    let mut table: toml::Table = text.parse().map_err(refuse)?;
    let teams = match table.remove("teams") {
        None => toml::Table::new(),
        Some(toml::Value::Table(t)) => t,
        Some(_) => return Err("teams: a table of [teams.NAME] tables".into()),
    };
    let names: Vec<String> = teams.keys().cloned().collect();
    refuse_literal_secrets(&table, "[connection]")?;
    for (name, value) in &teams {
        let toml::Value::Table(sections) = value else { return Err(format!("teams.{name}: a table of sections ([teams.{name}.connection], ...)")) };
        refuse_literal_secrets(sections, &format!("[teams.{name}.connection]"))?;
    }
    let Some(name) = team else {
        // Read from the text, so that an error says its line and column.
        return Ok((toml::from_str(text).map_err(refuse)?, false));
    };
    let Some(toml::Value::Table(sections)) = teams.get(name) else {
        return Err(format!("no team {name:?} (the file has {})", if names.is_empty() { "no [teams.NAME] tables".to_owned() } else { names.join(", ") }));
    };
    let own_journal = sections.get("apply").and_then(toml::Value::as_table).is_some_and(|a| a.contains_key("journal"));
    for (section, value) in sections.clone() {
        match (table.get_mut(&section), value) {
            (Some(toml::Value::Table(shared)), toml::Value::Table(own)) => shared.extend(own),
            (_, value) => {
                table.insert(section, value);
            }
        }
    }
    let mut config: ConfigFile = toml::Table::try_into(table).map_err(|e: toml::de::Error| format!("teams.{name} (over the shared sections): {}", e.message().trim()))?;
    config.team = Some(name.to_owned());
    config.team_tables = teams;
    Ok((config, own_journal))
}

/// A secret written literally in a connection section is refused, naming the key only.
fn refuse_literal_secrets(sections: &toml::Table, at: &str) -> std::result::Result<(), String> {
    if let Some(connection) = sections.get("connection").and_then(toml::Value::as_table) {
        for key in SECRET_KEYS {
            if connection.get(*key).is_some_and(|v| !v.is_table()) {
                return Err(format!(
                    "{at} {key}: a secret is never written in the config file; say where to find it: {{ env = \"NAME\" }}, {{ file = \"PATH\" }} or {{ command = [\"PROGRAM\", \"ARG\"] }}"
                ));
            }
        }
    }
    Ok(())
}

/// Whether a line of the file sets one of the [`SECRET_KEYS`] (`token = ...`).
fn sets_secret(line: &str) -> bool {
    let Some((key, _)) = line.split_once('=') else { return false };
    let key = key.trim().trim_matches(['"', '\'']).rsplit('.').next().unwrap_or_default();
    SECRET_KEYS.contains(&key)
}
