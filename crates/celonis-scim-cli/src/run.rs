//! Running a parsed command.

use std::io::Read;

use celonis_scim::{CancelToken, Client, Error, Group, IterOptions, ListOptions, Projection, User};
use celonis_scim_emulator::{Emulator, EmulatorConfig};
use serde::Serialize;
use serde::de::DeserializeOwned;

use celonis_scim::config_file::ConfigFile;
use crate::args::{Cli, Command, ConfigCommand, EmulatorArgs, GroupCommand, ListArgs, ProjectionArgs, ResourceCommand};
use crate::connect::connect;

/// Why a command failed.
pub enum Failure {
    /// The client's error.
    Scim(Error),
    /// A local file or stream could not be read or written.
    Io(String),
    /// Stop with this exit code and message.
    Exit(u8, String),
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Scim(e)
    }
}

/// Runs the command; `stop` (Ctrl-C) cancels its calls.
pub fn run(cli: Cli, stop: &CancelToken) -> Result<(), Failure> {
    match &cli.command {
        Command::Emulator(args) => return serve(args, stop),
        Command::Presets { name } => return crate::sync_cmd::presets(name.as_deref()),
        Command::Completions { shell } => return crate::manual::completions(*shell),
        Command::Man { dir } => return crate::manual::man_page(dir.as_deref()),
        _ => {}
    }
    if let Command::Plan(args) | Command::Apply(crate::args::ApplyArgs { plan: args, .. }) = &cli.command
        && args.all_teams
    {
        return crate::teams::run_all(&cli, stop);
    }
    let config = ConfigFile::load(cli.config.as_deref(), cli.team.as_deref())?;
    match &cli.command {
        Command::Runs { journal, json } => return crate::journal_cmd::runs(journal, *json, &config),
        Command::Config(ConfigCommand::Check) => return crate::connect::check(&cli.conn, &config),
        _ => {}
    }
    let connected = connect(&cli.conn, &config)?;
    let client = &connected.client.with_cancel(stop);
    match cli.command {
        Command::Users(cmd) => resource::<User>(client, cmd, Ops::<User>::users()),
        Command::Groups(GroupCommand::Common(cmd)) => resource::<Group>(client, cmd, Ops::<Group>::groups()),
        Command::Groups(GroupCommand::AddMembers { group_id, user_ids }) => {
            let ids: Vec<&str> = user_ids.iter().map(String::as_str).collect();
            print(&client.add_group_members(&group_id, &ids)?)
        }
        Command::Groups(GroupCommand::RemoveMembers { group_id, user_ids }) => {
            let ids: Vec<&str> = user_ids.iter().map(String::as_str).collect();
            print(&client.remove_group_members(&group_id, &ids)?)
        }
        Command::Bulk { file } => {
            let request = parse(&read_input(&format!("@{}", file.display()))?)?;
            print(&client.bulk(&request)?)
        }
        Command::Discover => print(&serde_json::json!({
            "ServiceProviderConfig": client.service_provider_config()?,
            "Schemas": client.schemas()?,
            "ResourceTypes": client.resource_types()?,
        })),
        Command::Plan(args) => crate::sync_cmd::plan(client, &args, &config),
        Command::Apply(args) => crate::sync_cmd::apply(client, &args, &config),
        Command::Undo(args) => crate::journal_cmd::undo(client, &args, &config),
        Command::Snapshot { out, seat_limit } => crate::sync_cmd::snapshot(client, &out, &seat_limit, &config),
        Command::Emulator(_) | Command::Runs { .. } | Command::Config(_) | Command::Presets { .. } | Command::Completions { .. } | Command::Man { .. } => Ok(()),
    }
}

/// The client operations of one resource type.
struct Ops<T> {
    get: fn(&Client, &str, &Projection) -> celonis_scim::Result<T>,
    create: fn(&Client, &T) -> celonis_scim::Result<T>,
    replace: fn(&Client, &str, &T) -> celonis_scim::Result<T>,
    delete: fn(&Client, &str) -> celonis_scim::Result<()>,
    list: fn(&Client, &ListOptions) -> celonis_scim::Result<celonis_scim::ListResponse<T>>,
    iter: fn(&Client, &IterOptions) -> celonis_scim::ResourceIter<T>,
}

impl Ops<User> {
    fn users() -> Self {
        Ops {
            get: Client::get_user,
            create: Client::create_user,
            replace: Client::replace_user,
            delete: Client::delete_user,
            list: Client::list_users,
            iter: Client::iter_users,
        }
    }
}

impl Ops<Group> {
    fn groups() -> Self {
        Ops {
            get: Client::get_group,
            create: Client::create_group,
            replace: Client::replace_group,
            delete: Client::delete_group,
            list: Client::list_groups,
            iter: Client::iter_groups,
        }
    }
}

fn resource<T>(client: &Client, cmd: ResourceCommand, ops: Ops<T>) -> Result<(), Failure>
where
    T: Serialize + DeserializeOwned + celonis_scim::client::Managed,
{
    match cmd {
        ResourceCommand::List(ListArgs { start_index, count, all, projection }) => {
            let projection = projection_of(projection);
            if all {
                let items = (ops.iter)(client, &IterOptions { page_size: count, projection }).collect::<Result<Vec<T>, Error>>()?;
                print(&items)
            } else {
                print(&(ops.list)(client, &ListOptions { start_index, count, projection })?)
            }
        }
        ResourceCommand::Get { id, projection } => print(&(ops.get)(client, &id, &projection_of(projection))?),
        ResourceCommand::Create { json } => print(&(ops.create)(client, &parse(&read_input(&json)?)?)?),
        ResourceCommand::Replace { id, json } => print(&(ops.replace)(client, &id, &parse(&read_input(&json)?)?)?),
        ResourceCommand::Delete { id } => Ok((ops.delete)(client, &id)?),
    }
}

fn projection_of(p: ProjectionArgs) -> Projection {
    Projection { attributes: p.attributes, excluded_attributes: p.excluded_attributes }
}

/// Inline JSON, `@FILE`, or `-` for stdin.
fn read_input(arg: &str) -> Result<String, Failure> {
    if arg == "-" || arg == "@-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map_err(|e| Failure::Io(format!("cannot read stdin: {e}")))?;
        return Ok(s);
    }
    match arg.strip_prefix('@') {
        Some(path) => std::fs::read_to_string(path).map_err(|e| Failure::Io(format!("cannot read {path}: {e}"))),
        None => Ok(arg.to_owned()),
    }
}

fn parse<T: DeserializeOwned>(text: &str) -> Result<T, Failure> {
    serde_json::from_str(text)
        .map_err(|e| Failure::Scim(Error::validation("input", "invalidValue", format!("the input is not valid JSON for this command: {e}"))))
}

fn print<T: Serialize>(value: &T) -> Result<(), Failure> {
    let text = serde_json::to_string_pretty(value).map_err(|e| Failure::Io(e.to_string()))?;
    println!("{text}");
    Ok(())
}

fn serve(args: &EmulatorArgs, stop: &CancelToken) -> Result<(), Failure> {
    let mut config = EmulatorConfig {
        port: args.port,
        token: args.serve_token.as_ref().map(|t| t.expose().to_owned()),
        state: args.state.clone(),
        latency_ms: args.latency_ms,
        rate_limit: args.rate_limit,
        ..Default::default()
    };
    config.seats.extend(args.seats.iter().cloned());
    for c in &args.oauth_client {
        // The value holds a secret: the error names the flag, never the value.
        let (id, secret) = c.expose().split_once(':').ok_or_else(|| Failure::Scim(Error::config("--oauth-client is not ID:SECRET")))?;
        config.oauth_clients.insert(id.to_owned(), secret.to_owned());
    }
    let emu = Emulator::start(config).map_err(|e| Failure::Io(format!("cannot start the emulator: {e}")))?;
    crate::stderr::say("info", "Celonis SCIM emulator listening", serde_json::json!({"url": emu.url()}));
    println!("{}", serde_json::json!({"url": emu.url(), "token": emu.token(), "token_url": emu.token_url()}));
    let _ = std::io::Write::flush(&mut std::io::stdout());
    // Serves until Ctrl-C, then stops cleanly (the state file is written after every change).
    while stop.sleep(std::time::Duration::from_secs(3600)).is_ok() {}
    emu.stop();
    Ok(())
}
