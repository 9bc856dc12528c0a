//! Command-line arguments.

use std::path::PathBuf;

use celonis_scim::Secret;
use clap::{Args, Parser, Subcommand, ValueEnum};

/// A SCIM 2.0 client for the Celonis Platform's user-provisioning API.
///
/// JSON goes to stdout, errors to stderr, and the exit code tells the error kind:
/// 0 success, 2 usage, 3 config, 4 validation, 10 bad_request, 11 unauthorized,
/// 12 forbidden, 13 not_found, 14 conflict, 15 precondition_failed, 16 rate_limited,
/// 17 server, 18 http, 19 transport, 20 decode, 21 I/O, 70 internal (a bug), 130 stopped by
/// Ctrl-C; `apply` exits 5 when some operations failed and 6 when the answer to its question
/// was no; `--all-teams` exits 8 when a team failed. With `plan --detailed-exitcode`: 0 nothing to do, 2 changes pending, 1 any error.
#[derive(Debug, Parser)]
#[command(name = "celonis-scim", version)]
pub struct Cli {
    /// The config file (TOML; default: celonis-scim.toml in the working directory, when there
    /// is one). Flags and the environment override it.
    #[arg(long, env = "CELONIS_SCIM_CONFIG", global = true, help_heading = "Global options")]
    pub config: Option<PathBuf>,
    /// The team of the config file to work on ([teams.NAME]: its sections over the shared
    /// ones, its own journal and lock).
    #[arg(long, env = "CELONIS_SCIM_TEAM", global = true, help_heading = "Global options")]
    pub team: Option<String>,
    /// Log each exchange with the server to stderr: -v requests and retries, -vv also bodies.
    #[arg(short, long, action = clap::ArgAction::Count, global = true, help_heading = "Global options")]
    pub verbose: u8,
    /// How log lines look: text, or json (one object per line).
    #[arg(long, value_enum, default_value = "text", global = true, help_heading = "Global options")]
    pub log_format: LogFormat,
    #[command(flatten)]
    pub conn: Connection,
    #[command(subcommand)]
    pub command: Command,
}

/// How log lines look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// `time LEVEL message`.
    Text,
    /// `{"time", "level", "target", "message"}`, one per line.
    Json,
}

/// Where to connect and how to authenticate (every command's, shown apart from its own).
#[derive(Debug, Args)]
#[command(next_help_heading = "Connection (every command)")]
pub struct Connection {
    /// Base URL up to and including /scim/v2.
    #[arg(long, env = "CELONIS_SCIM_URL", global = true)]
    pub url: Option<String>,
    /// Bearer token (OAuth access token or API key).
    #[arg(long, env = "CELONIS_SCIM_TOKEN", global = true, hide_env_values = true, value_parser = secret)]
    pub token: Option<Secret>,
    /// Application key (Authorization: AppKey ...).
    #[arg(long, env = "CELONIS_SCIM_APP_KEY", global = true, hide_env_values = true, value_parser = secret)]
    pub app_key: Option<Secret>,
    /// OAuth 2.0 token endpoint (client credentials).
    #[arg(long, env = "CELONIS_SCIM_OAUTH_TOKEN_URL", global = true)]
    pub oauth_token_url: Option<String>,
    /// OAuth 2.0 client id.
    #[arg(long, env = "CELONIS_SCIM_CLIENT_ID", global = true)]
    pub client_id: Option<String>,
    /// OAuth 2.0 client secret.
    #[arg(long, env = "CELONIS_SCIM_CLIENT_SECRET", global = true, hide_env_values = true, value_parser = secret)]
    pub client_secret: Option<Secret>,
    /// How the OAuth client authenticates: basic or post.
    #[arg(long, env = "CELONIS_SCIM_CLIENT_AUTH", global = true)]
    pub client_auth: Option<ClientAuthArg>,
    /// Time limit of one HTTP exchange, in seconds.
    #[arg(long, global = true)]
    pub timeout: Option<f64>,
    /// Retries of a failed request.
    #[arg(long, global = true)]
    pub max_retries: Option<u32>,
    /// Allow plain http to a host that is not loopback.
    #[arg(long, global = true)]
    pub allow_insecure_http: bool,
    /// The SCIM value of the admin role.
    #[arg(long, env = "CELONIS_SCIM_ADMIN_ROLE", global = true)]
    pub admin_role: Option<String>,
    /// The root certificates trusted: bundled (the Mozilla roots built in, the default) or
    /// system (the operating system's store, where a corporate proxy's CA is installed).
    #[arg(long, env = "CELONIS_SCIM_TRUST", global = true)]
    pub trust: Option<TrustArg>,
    /// The proxy for every request (http://HOST:PORT), or `none`; unset: https_proxy,
    /// http_proxy, all_proxy and no_proxy, as curl reads them.
    #[arg(long, env = "CELONIS_SCIM_PROXY", global = true)]
    pub proxy: Option<String>,
    /// The proxy's credentials, USER:PASSWORD (better: CELONIS_SCIM_PROXY_CREDENTIALS, its _FILE,
    /// or [connection] proxy_credentials).
    #[arg(long, env = "CELONIS_SCIM_PROXY_CREDENTIALS", global = true, hide_env_values = true, value_parser = secret)]
    pub proxy_credentials: Option<Secret>,
    /// Run the command against a freshly started, embedded emulator.
    #[arg(long, global = true)]
    pub emulator: bool,
}

/// `--trust` values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum TrustArg {
    /// The Mozilla roots built in.
    Bundled,
    /// The operating system's certificate store.
    System,
}

/// `--client-auth` values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ClientAuthArg {
    /// client_secret_basic
    Basic,
    /// client_secret_post
    Post,
}

/// What to do.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Users of the team.
    #[command(subcommand)]
    Users(ResourceCommand),
    /// Groups of the team.
    #[command(subcommand)]
    Groups(GroupCommand),
    /// Run a bulk request from a JSON file (- for stdin).
    Bulk {
        /// The BulkRequest file.
        file: PathBuf,
    },
    /// Print the ServiceProviderConfig, Schemas and ResourceTypes.
    Discover,
    /// Show what it takes to make the team match FILE (CSV or JSON); changes nothing.
    Plan(PlanArgs),
    /// Make the team match FILE: shows the plan, asks, applies, reports.
    Apply(ApplyArgs),
    /// Run a Celonis emulator on loopback until interrupted.
    Emulator(EmulatorArgs),
    /// Copy the live team (users, groups, members, seats in use) into a team-state file: the
    /// twin `apply --rehearse --state FILE` rehearses on (also an emulator --state file).
    Snapshot {
        /// The file to write.
        #[arg(long)]
        out: PathBuf,
        /// The licence's seats per role, e.g. --seat-limit ANALYST=10, kept for rehearsals.
        #[arg(long, value_parser = parse_seat)]
        seat_limit: Vec<(String, usize)>,
    },
    /// List the runs in the journal, with their counts.
    Runs {
        #[command(flatten)]
        journal: JournalArgs,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Undo a run of the journal: show the inverse plan, ask, apply (deletions cannot be
    /// undone and are listed as such).
    Undo(UndoArgs),
    /// Check the config file: its keys, values and secret sources (nothing is sent).
    #[command(subcommand)]
    Config(ConfigCommand),
    /// List the presets for identity-system exports, or print one's mapping (TOML, to copy
    /// and adapt).
    Presets {
        /// The preset to print.
        name: Option<String>,
    },
    /// Print the shell completion script for SHELL (bash, zsh, fish, powershell, elvish):
    /// `source <(celonis-scim completions bash)`, or save it where the shell looks.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `celonis-scim man | man -l -`; with --dir, write the
    /// pages of every command there (`celonis-scim.1`, `celonis-scim-plan.1`, ...).
    Man {
        /// The directory to write every page into.
        #[arg(long)]
        dir: Option<PathBuf>,
    },
}

/// `config` subcommands.
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Validate the config file (and that every secret it names can be read).
    Check,
}

/// Where the journal is.
#[derive(Debug, Args)]
pub struct JournalArgs {
    /// The journal directory (default: journal/ beside the config file, else
    /// ~/.local/state/celonis-scim/journal).
    #[arg(long, env = "CELONIS_SCIM_JOURNAL")]
    pub journal: Option<PathBuf>,
}

/// `undo` options.
#[derive(Debug, Args)]
pub struct UndoArgs {
    /// The run to undo (see `runs`).
    pub run: String,
    #[command(flatten)]
    pub journal: JournalArgs,
    /// Apply without asking.
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Only save the inverse plan to this file (apply it later with `apply FILE`).
    #[arg(long)]
    pub out: Option<PathBuf>,
}

/// Operations on users (and the shared part of groups).
#[derive(Debug, Subcommand)]
pub enum ResourceCommand {
    /// List one page, or every resource with --all.
    List(ListArgs),
    /// Get one by id.
    Get {
        /// The id.
        id: String,
        #[command(flatten)]
        projection: ProjectionArgs,
    },
    /// Create from JSON (inline, @FILE or - for stdin).
    Create {
        /// The resource as JSON.
        json: String,
    },
    /// Replace (PUT) from JSON (inline, @FILE or - for stdin).
    Replace {
        /// The id.
        id: String,
        /// The resource as JSON.
        json: String,
    },
    /// Delete by id.
    Delete {
        /// The id.
        id: String,
    },
}

/// Operations on groups.
#[derive(Debug, Subcommand)]
pub enum GroupCommand {
    #[command(flatten)]
    Common(ResourceCommand),
    /// Add users to a group.
    AddMembers {
        /// The group id.
        group_id: String,
        /// User ids.
        #[arg(required = true)]
        user_ids: Vec<String>,
    },
    /// Remove users from a group.
    RemoveMembers {
        /// The group id.
        group_id: String,
        /// User ids.
        #[arg(required = true)]
        user_ids: Vec<String>,
    },
}

/// Paging and projection of `list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// 1-based index of the first resource.
    #[arg(long)]
    pub start_index: Option<u64>,
    /// Resources per page.
    #[arg(long)]
    pub count: Option<u64>,
    /// Every resource, page by page (a JSON array).
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub projection: ProjectionArgs,
}

/// `attributes` / `excludedAttributes`.
#[derive(Debug, Args)]
pub struct ProjectionArgs {
    /// Attributes to return, comma-separated.
    #[arg(long, value_delimiter = ',')]
    pub attributes: Vec<String>,
    /// Attributes to leave out, comma-separated.
    #[arg(long, value_delimiter = ',')]
    pub excluded_attributes: Vec<String>,
}

/// The desired state and how to compare it.
#[derive(Debug, Args)]
pub struct PlanArgs {
    /// The desired state: a CSV export, or JSON {"users": [...], "groups": [...]}; for apply,
    /// also a plan saved with plan --out (or nothing with --resume). Default: the config
    /// file's [input] file.
    pub file: Option<PathBuf>,
    /// Every team of the config file in turn ([teams.NAME]), with one summary at the end; one
    /// team's failure neither stops nor hides the others (exit 8 when any failed).
    #[arg(long, conflicts_with_all = ["json", "out"])]
    pub all_teams: bool,
    /// A mapping file (TOML or JSON): where each attribute comes from and how it is cleaned
    /// up; `{"userName": "Login", "email": "Mail"}` just renames columns.
    #[arg(long)]
    pub mapping: Option<PathBuf>,
    /// Read an export as it comes from an identity system: entra, okta, gam,
    /// google-directory, workday or ldif (`celonis-scim presets` lists them).
    #[arg(long, value_name = "NAME", conflicts_with = "mapping")]
    pub preset: Option<String>,
    /// Match users by userName (case-insensitive; the default) or by externalId.
    #[arg(long, value_enum)]
    pub match_by: Option<MatchByArg>,
    /// What to do with users the file does not list (default: keep).
    #[arg(long, value_enum)]
    pub missing: Option<MissingArg>,
    /// Manage every group: delete those the file does not name.
    #[arg(long)]
    pub all_groups: bool,
    /// Keep only these sections of the plan (create_groups, update_groups, create_users,
    /// update_users, memberships, deactivate_users, delete_users, delete_groups; repeatable).
    #[arg(long, value_name = "SECTION")]
    pub only_section: Vec<String>,
    /// Keep only the changes of these users: userNames or patterns (repeatable).
    #[arg(long, value_name = "PATTERN")]
    pub only_user: Vec<String>,
    /// Keep only the changes of these groups: names or patterns (repeatable).
    #[arg(long, value_name = "PATTERN")]
    pub only_group: Vec<String>,
    /// The journal: apply writes its run there; plan reads the last successful run's input
    /// size there for --max-input-shrink.
    #[command(flatten)]
    pub journal: JournalArgs,
    /// Licence seats per role, e.g. --seat-limit ANALYST=10: more is a conflict.
    #[arg(long, value_parser = parse_seat)]
    pub seat_limit: Vec<(String, usize)>,
    /// Never touch these users: userNames or patterns (`*`, `?`), case-insensitive (repeatable).
    #[arg(long, value_name = "PATTERN")]
    pub protect_user: Vec<String>,
    /// Never touch these groups: names or patterns (repeatable).
    #[arg(long, value_name = "PATTERN")]
    pub protect_group: Vec<String>,
    /// No plan may leave fewer active admins than this.
    #[arg(long)]
    pub min_admins: Option<usize>,
    /// Refuse an input with more than this percentage fewer users than the last run that applied an input.
    #[arg(long, value_name = "PERCENT")]
    pub max_input_shrink: Option<f64>,
    /// The file lists every user of the team (a CSV cannot say so itself): only then may the
    /// plan delete.
    #[arg(long)]
    pub input_complete: bool,
    /// Print JSON instead of the readable diff (the same as --format json).
    #[arg(long)]
    pub json: bool,
    /// How to print the plan: the readable diff, JSON, or Markdown for a pull-request comment.
    #[arg(long, value_enum, default_value_t = FormatArg::Text)]
    pub format: FormatArg,
    /// `plan` only: exit 0 when there is nothing to do, 2 when changes are pending, 1 on any
    /// error (terraform's convention).
    #[arg(long)]
    pub detailed_exitcode: bool,
    /// `plan` only: also save the plan to this file, with fingerprints of the input and of the
    /// team it was computed from; `apply` that file later applies exactly it, or refuses when
    /// the team changed since (unless --force).
    #[arg(long)]
    pub out: Option<PathBuf>,
}

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// The readable diff.
    Text,
    /// JSON.
    Json,
    /// Markdown: a summary heading, a seats table and the diff.
    Markdown,
    /// One self-contained HTML page (no script, no network): summary, seats, conflicts and
    /// every change with before and after, for an approver (`plan --format html > plan.html`).
    Html,
}

/// `--match-by` values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum MatchByArg {
    /// userName, case-insensitive.
    UserName,
    /// externalId.
    ExternalId,
}

/// `--missing` values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum MissingArg {
    /// Leave them alone.
    Keep,
    /// Set active to false.
    Deactivate,
    /// Delete them from the team.
    Delete,
}

/// `apply` options.
#[derive(Debug, Args)]
pub struct ApplyArgs {
    #[command(flatten)]
    pub plan: PlanArgs,
    /// Apply without asking.
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Apply even past the removal guard, seat-limit conflicts and a stale saved plan.
    #[arg(long)]
    pub force: bool,
    /// Single calls in flight at once.
    #[arg(long)]
    pub max_in_flight: Option<usize>,
    /// Never use /Bulk.
    #[arg(long)]
    pub no_bulk: bool,
    /// Refuse to remove or deactivate more users than this.
    #[arg(long)]
    pub max_removals: Option<usize>,
    /// Refuse to remove or deactivate more than this percentage of the team.
    #[arg(long)]
    pub max_removal_percent: Option<f64>,
    /// Rehearse: apply the plan to a twin of the team (an embedded emulator loaded with the
    /// --state file, or with a copy taken now) and report what would fail; the real team is
    /// not changed.
    #[arg(long)]
    pub rehearse: bool,
    /// The team-state file (from `snapshot`) to rehearse on.
    #[arg(long, requires = "rehearse")]
    pub state: Option<PathBuf>,
    /// Continue run RUN of the journal (killed or failed): what it did is not done again.
    #[arg(long, value_name = "RUN", conflicts_with = "file")]
    pub resume: Option<String>,
}

/// `emulator` options.
#[derive(Debug, Args)]
pub struct EmulatorArgs {
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    /// The accepted token (random when unset).
    #[arg(long = "serve-token", value_parser = secret)]
    pub serve_token: Option<Secret>,
    /// Keep the data in this file across restarts.
    #[arg(long)]
    pub state: Option<PathBuf>,
    /// Seat limit per role, e.g. --seats ANALYST=5 --seats ADMIN=1.
    #[arg(long, value_parser = parse_seat)]
    pub seats: Vec<(String, usize)>,
    /// Added latency per answer, in milliseconds.
    #[arg(long, default_value_t = 0)]
    pub latency_ms: u64,
    /// A rate limit on the SCIM API, e.g. --rate-limit 200/s (429 with x-ratelimit-reset when
    /// exceeded).
    #[arg(long, value_parser = parse_rate)]
    pub rate_limit: Option<f64>,
    /// OAuth client accepted at /oauth2/token, as ID:SECRET (repeatable).
    #[arg(long, value_parser = secret)]
    pub oauth_client: Vec<Secret>,
}

/// A secret argument: kept in a [`Secret`], so that no `Debug` output or error shows it.
fn secret(s: &str) -> Result<Secret, String> {
    Ok(Secret::new(s))
}

/// `200/s` or `200`: requests per second.
fn parse_rate(s: &str) -> Result<f64, String> {
    let n = s.strip_suffix("/s").unwrap_or(s);
    match n.trim().parse::<f64>() {
        Ok(r) if r.is_finite() && r > 0.0 => Ok(r),
        _ => Err(format!("{s:?} is not a rate like 200/s")),
    }
}

fn parse_seat(s: &str) -> Result<(String, usize), String> {
    let (role, n) = s.split_once('=').ok_or_else(|| format!("{s:?} is not ROLE=N"))?;
    let n = n.parse().map_err(|_| format!("{n:?} is not a number"))?;
    Ok((role.to_owned(), n))
}
