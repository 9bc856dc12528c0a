//! `Client`: every operation of the core, as Promises of plain JavaScript data.

use std::sync::Arc;

use celonis_scim::{BulkRequest, ClientConfig, celonis_env, Group, IterOptions, ListOptions, Projection, SearchRequest, User, celonis_base_url};
use celonis_scim::sync::{Job, JobOptions};
use napi::bindgen_prelude::*;
use napi_derive::napi;
use serde_json::Value;

use crate::convert::{CallOptions, NoSettings, model, options};
use crate::errors::to_js;
use crate::iter::ResourceIterator;
use crate::task;

/// A client of the Celonis SCIM API. Every call that does I/O returns a Promise and runs on
/// the addon's own threads: neither the event loop nor libuv's pool (which `fs` needs) is
/// ever blocked. Every such call takes an `AbortSignal` as `options.signal`.
#[napi]
pub struct Client {
    inner: Arc<celonis_scim::Client>,
}

fn build(env: &Env, opts: Value) -> Result<Client> {
    let config = ClientConfig::from_value(options(opts)).map_err(|e| to_js(env, &e))?;
    let inner = celonis_scim::Client::new(config).map_err(|e| to_js(env, &e))?;
    Ok(Client { inner: Arc::new(inner) })
}

fn build_from_env(opts: Value) -> celonis_scim::Result<Client> {
    Ok(Client { inner: Arc::new(celonis_env::client_from_env(options(opts))?) })
}

impl Client {
    /// A JavaScript client of a core client (sharing its connections).
    pub fn of(inner: celonis_scim::Client) -> Self {
        Client { inner: Arc::new(inner) }
    }

    /// Runs `f` on the addon's threads with the call's settings (parsed by the core into `O`)
    /// on a client handle that honours the call's `signal`.
    fn run<'e, O, T, F>(&self, env: &'e Env, options: Option<Object<'e>>, f: F) -> Result<Object<'e>>
    where
        O: serde::de::DeserializeOwned,
        T: serde::Serialize,
        F: FnOnce(&celonis_scim::Client, O) -> celonis_scim::Result<T> + Send + 'static,
        O: Send + 'static,
    {
        let call = CallOptions::read(env, options)?;
        let settings: O = match call.parse() {
            Ok(o) => o,
            Err(e) => return task::fail(env, e),
        };
        let client = self.inner.with_cancel(&call.cancel);
        task::call(env, move || f(&client, settings))
    }

    /// [`Self::run`] for a call that takes a resource or request body too.
    fn with_model<'e, M, T, F>(&self, env: &'e Env, value: Value, what: &'static str, options: Option<Object<'e>>, f: F) -> Result<Object<'e>>
    where
        M: serde::de::DeserializeOwned + Send + 'static,
        T: serde::Serialize,
        F: FnOnce(&celonis_scim::Client, M) -> celonis_scim::Result<T> + Send + 'static,
    {
        match model::<M>(value, what) {
            Ok(m) => self.run(env, options, move |c, _: NoSettings| f(c, m)),
            Err(e) => task::fail(env, e),
        }
    }

    /// An iterator whose client honours the options' `signal`.
    fn iterator<'e>(&self, env: &'e Env, options: Option<Object<'e>>, start: impl FnOnce(&celonis_scim::Client, &IterOptions) -> ResourceIterator) -> Result<ResourceIterator> {
        let call = CallOptions::read(env, options)?;
        let settings: IterOptions = call.parse().map_err(|e| to_js(env, &e))?;
        Ok(start(&self.inner.with_cancel(&call.cancel), &settings))
    }
}

#[napi]
impl Client {
    /// `new Client({ baseUrl, token | appKey | oauth2: { tokenUrl, clientId, clientSecret,
    /// scope?, clientAuth? }, timeout?, maxRetries?, retryDeadline?, retryBaseDelay?,
    /// userAgent?, caCertPem?, allowInsecureHttp?, adminRole? })`: exactly one auth method;
    /// durations in seconds, as everywhere in this API; an unknown option is a `config` error.
    #[napi(constructor, ts_args_type = "options: ClientOptions")]
    pub fn new(env: Env, options: Value) -> Result<Self> {
        crate::errors::guard(&env, || {
            build(&env, options)
        })
    }

    /// A client of the usual Celonis URL of `team` (and `realm`).
    #[napi(factory, ts_args_type = "team: string, realm?: string | null, options?: Omit<ClientOptions, 'baseUrl'>")]
    pub fn celonis(env: Env, team: String, realm: Option<String>, options: Option<Value>) -> Result<Self> {
        crate::errors::guard(&env, || {
            let base = celonis_base_url(&team, realm.as_deref()).map_err(|e| to_js(&env, &e))?;
            let mut opts = match options {
                Some(Value::Object(m)) => m,
                _ => serde_json::Map::new(),
            };
            opts.insert("baseUrl".into(), Value::String(base));
            build(&env, Value::Object(opts))
        })
    }

    /// A client configured from the environment: `CELONIS_SCIM_URL` and `CELONIS_SCIM_TOKEN`
    /// or `CELONIS_SCIM_APP_KEY` (or their `_FILE` variables), else the variables of
    /// Celonis's own tools: `CELONIS_URL` (the team's URL), `CELONIS_API_TOKEN` and
    /// `CELONIS_KEY_TYPE` (`USER_KEY` or `APP_KEY`). `options` set the rest, and win.
    #[napi(factory, ts_args_type = "options?: Partial<ClientOptions>")]
    pub fn from_env(env: Env, options: Option<Value>) -> Result<Self> {
        crate::errors::guard(&env, || build_from_env(options.unwrap_or_else(|| Value::Object(serde_json::Map::new()))).map_err(|e| to_js(&env, &e)))
    }

    /// The base URL this client talks to.
    #[napi(getter)]
    pub fn base_url(&self, env: Env) -> Result<String> {
        crate::errors::guard(&env, || Ok(self.inner.base_url().to_owned()))
    }

    /// Gets one user by id.
    #[napi(ts_args_type = "id: string, options?: ProjectionOptions", ts_return_type = "Promise<User>")]
    pub fn get_user<'e>(&self, env: &'e Env, id: String, options: Option<Object<'e>>) -> Result<Object<'e>> {
        self.run(env, options, move |c, p: Projection| c.get_user(&id, &p))
    }

    /// Creates a user (MEMBER unless `role` says otherwise).
    #[napi(ts_args_type = "user: User, options?: CallOptions", ts_return_type = "Promise<User>")]
    pub fn create_user<'e>(&self, env: &'e Env, user: Value, options: Option<Object<'e>>) -> Result<Object<'e>> {
        self.with_model(env, user, "user", options, |c, u: User| c.create_user(&u))
    }

    /// Replaces a user (PUT). Refused if it would change emails the client has seen.
    #[napi(ts_args_type = "id: string, user: User, options?: CallOptions", ts_return_type = "Promise<User>")]
    pub fn replace_user<'e>(&self, env: &'e Env, id: String, user: Value, options: Option<Object<'e>>) -> Result<Object<'e>> {
        self.with_model(env, user, "user", options, move |c, u: User| c.replace_user(&id, &u))
    }

    /// Deletes a user (removes it from the team).
    #[napi(ts_args_type = "id: string, options?: CallOptions", ts_return_type = "Promise<void>")]
    pub fn delete_user<'e>(&self, env: &'e Env, id: String, options: Option<Object<'e>>) -> Result<Object<'e>> {
        self.run(env, options, move |c, _: NoSettings| c.delete_user(&id))
    }

    /// One page of users.
    #[napi(ts_args_type = "options?: ListOptions", ts_return_type = "Promise<ListResponse<User>>")]
    pub fn list_users<'e>(&self, env: &'e Env, options: Option<Object<'e>>) -> Result<Object<'e>> {
        self.run(env, options, |c, o: ListOptions| c.list_users(&o))
    }

    /// One page of users through `POST /Users/.search`.
    #[napi(ts_args_type = "request: SearchRequest, options?: CallOptions", ts_return_type = "Promise<ListResponse<User>>")]
    pub fn search_users<'e>(&self, env: &'e Env, request: Value, options: Option<Object<'e>>) -> Result<Object<'e>> {
        self.with_model(env, request, "request", options, |c, r: SearchRequest| c.search_users(&r))
    }

    /// Every user, fetched lazily page by page: use with `for await`.
    #[napi(ts_args_type = "options?: IterOptions", ts_return_type = "AsyncIterableIterator<User>")]
    pub fn iter_users<'e>(&self, env: &'e Env, options: Option<Object<'e>>) -> Result<ResourceIterator> {
        self.iterator(env, options, |c, o| ResourceIterator::users(c.iter_users(o)))
    }

    /// Gets one group by id.
    #[napi(ts_args_type = "id: string, options?: ProjectionOptions", ts_return_type = "Promise<Group>")]
    pub fn get_group<'e>(&self, env: &'e Env, id: String, options: Option<Object<'e>>) -> Result<Object<'e>> {
        self.run(env, options, move |c, p: Projection| c.get_group(&id, &p))
    }

    /// Creates a group, optionally with members.
    #[napi(ts_args_type = "group: Group, options?: CallOptions", ts_return_type = "Promise<Group>")]
    pub fn create_group<'e>(&self, env: &'e Env, group: Value, options: Option<Object<'e>>) -> Result<Object<'e>> {
        self.with_model(env, group, "group", options, |c, g: Group| c.create_group(&g))
    }

    /// Replaces a group (PUT): name, role and the whole member list.
    #[napi(ts_args_type = "id: string, group: Group, options?: CallOptions", ts_return_type = "Promise<Group>")]
    pub fn replace_group<'e>(&self, env: &'e Env, id: String, group: Value, options: Option<Object<'e>>) -> Result<Object<'e>> {
        self.with_model(env, group, "group", options, move |c, g: Group| c.replace_group(&id, &g))
    }

    /// Deletes a group.
    #[napi(ts_args_type = "id: string, options?: CallOptions", ts_return_type = "Promise<void>")]
    pub fn delete_group<'e>(&self, env: &'e Env, id: String, options: Option<Object<'e>>) -> Result<Object<'e>> {
        self.run(env, options, move |c, _: NoSettings| c.delete_group(&id))
    }

    /// One page of groups.
    #[napi(ts_args_type = "options?: ListOptions", ts_return_type = "Promise<ListResponse<Group>>")]
    pub fn list_groups<'e>(&self, env: &'e Env, options: Option<Object<'e>>) -> Result<Object<'e>> {
        self.run(env, options, |c, o: ListOptions| c.list_groups(&o))
    }

    /// One page of groups through `POST /Groups/.search`.
    #[napi(ts_args_type = "request: SearchRequest, options?: CallOptions", ts_return_type = "Promise<ListResponse<Group>>")]
    pub fn search_groups<'e>(&self, env: &'e Env, request: Value, options: Option<Object<'e>>) -> Result<Object<'e>> {
        self.with_model(env, request, "request", options, |c, r: SearchRequest| c.search_groups(&r))
    }

    /// Every group, fetched lazily page by page: use with `for await`.
    #[napi(ts_args_type = "options?: IterOptions", ts_return_type = "AsyncIterableIterator<Group>")]
    pub fn iter_groups<'e>(&self, env: &'e Env, options: Option<Object<'e>>) -> Result<ResourceIterator> {
        self.iterator(env, options, |c, o| ResourceIterator::groups(c.iter_groups(o)))
    }

    /// Adds users to a group (read, then PUT).
    #[napi(ts_args_type = "groupId: string, userIds: string[], options?: CallOptions", ts_return_type = "Promise<Group>")]
    pub fn add_group_members<'e>(&self, env: &'e Env, group_id: String, user_ids: Vec<String>, options: Option<Object<'e>>) -> Result<Object<'e>> {
        self.run(env, options, move |c, _: NoSettings| c.add_group_members(&group_id, &user_ids.iter().map(String::as_str).collect::<Vec<_>>()))
    }

    /// Removes users from a group (read, then PUT).
    #[napi(ts_args_type = "groupId: string, userIds: string[], options?: CallOptions", ts_return_type = "Promise<Group>")]
    pub fn remove_group_members<'e>(&self, env: &'e Env, group_id: String, user_ids: Vec<String>, options: Option<Object<'e>>) -> Result<Object<'e>> {
        self.run(env, options, move |c, _: NoSettings| c.remove_group_members(&group_id, &user_ids.iter().map(String::as_str).collect::<Vec<_>>()))
    }

    /// Sends a bulk request; operation failures are in the BulkResponse, not thrown.
    #[napi(ts_args_type = "request: BulkRequest, options?: CallOptions", ts_return_type = "Promise<BulkResponse>")]
    pub fn bulk<'e>(&self, env: &'e Env, request: Value, options: Option<Object<'e>>) -> Result<Object<'e>> {
        self.with_model(env, request, "request", options, |c, r: BulkRequest| c.bulk(&r))
    }

    /// `GET /ServiceProviderConfig`.
    #[napi(ts_args_type = "options?: CallOptions", ts_return_type = "Promise<ServiceProviderConfig>")]
    pub fn service_provider_config<'e>(&self, env: &'e Env, options: Option<Object<'e>>) -> Result<Object<'e>> {
        self.run(env, options, |c, _: NoSettings| c.service_provider_config())
    }

    /// `GET /Schemas`.
    #[napi(ts_args_type = "options?: CallOptions", ts_return_type = "Promise<ListResponse<Schema>>")]
    pub fn schemas<'e>(&self, env: &'e Env, options: Option<Object<'e>>) -> Result<Object<'e>> {
        self.run(env, options, |c, _: NoSettings| c.schemas())
    }

    /// `GET /Schemas/{urn}`.
    #[napi(ts_args_type = "urn: string, options?: CallOptions", ts_return_type = "Promise<Schema>")]
    pub fn schema<'e>(&self, env: &'e Env, urn: String, options: Option<Object<'e>>) -> Result<Object<'e>> {
        self.run(env, options, move |c, _: NoSettings| c.schema(&urn))
    }

    /// `GET /ResourceTypes`.
    #[napi(ts_args_type = "options?: CallOptions", ts_return_type = "Promise<ListResponse<ResourceType>>")]
    pub fn resource_types<'e>(&self, env: &'e Env, options: Option<Object<'e>>) -> Result<Object<'e>> {
        self.run(env, options, |c, _: NoSettings| c.resource_types())
    }

    /// `GET /ResourceTypes/{name}`.
    #[napi(ts_args_type = "name: string, options?: CallOptions", ts_return_type = "Promise<ResourceType>")]
    pub fn resource_type<'e>(&self, env: &'e Env, name: String, options: Option<Object<'e>>) -> Result<Object<'e>> {
        self.run(env, options, move |c, _: NoSettings| c.resource_type(&name))
    }

    /// Plans what it takes to make the team match `desired` (an object, an array of records
    /// read through `mapping`, or the path of an export); changes nothing. Options: `matchBy` ('user_name' | 'external_id'),
    /// `missingUsers` ('keep' | 'deactivate' | 'delete'), `manageGroups` ('named' | 'all'),
    /// `seatLimits`, `sendInvitations`, `pageSize`, `protectedUsers`, `protectedGroups`,
    /// `minAdmins`, `maxInputShrinkPercent`, `previousInputUsers`, `inputComplete`, `mapping` (a
    /// mapping file's path, or the mapping as an object: `{ preset: 'okta' }`, or rules) and
    /// `journal` (the input-shrink guard compares with the last run there that applied an
    /// input). Resolves to the plan, with camelCase keys.
    #[napi(ts_args_type = "desired: DesiredState | string | Array<Record<string, unknown>>, options?: PlanOptions", ts_return_type = "Promise<Plan>")]
    pub fn plan<'e>(&self, env: &'e Env, desired: Value, options: Option<Object<'e>>) -> Result<Object<'e>> {
        let call = CallOptions::read(env, options)?;
        let client = self.inner.with_cancel(&call.cancel);
        match JobOptions::from_value(call.values) {
            // A path is read there too, off the event loop.
            Ok(o) => task::call_js(env, move || Job::new(&client, Some(crate::sync::input(desired)), o)?.plan()),
            Err(e) => task::fail(env, e),
        }
    }

    /// Carries out a plan and resolves to the report `{ done, failed, cancelled }` (an aborted
    /// apply starts nothing new and reports the rest as `cancelled`). `progress` is called
    /// with `{ phase, done, total }` as operations finish. Options: `maxInFlight`, `bulk`,
    /// `bulkMaxOperations`, `maxRemovals`, `maxRemovalPercent`, `force`, `journal` (a
    /// directory: the run is journaled there, under the team's lock, and the report names it
    /// as `run`).
    #[napi(ts_args_type = "plan: Plan, options?: ApplyOptions | null, progress?: (progress: ApplyProgress) => void", ts_return_type = "Promise<Report>")]
    pub fn apply<'e>(&self, env: &'e Env, plan: Value, options: Option<Object<'e>>, progress: Option<crate::sync::ProgressCallback>) -> Result<Object<'e>> {
        let call = CallOptions::read(env, options)?;
        let prepared = crate::sync::apply_options(call.values).and_then(|o| Ok((crate::casing::from_js::<celonis_scim::sync::Plan>(plan, "plan")?, o)));
        let client = self.inner.with_cancel(&call.cancel);
        match prepared {
            Ok((plan, o)) => task::call_js(env, move || crate::sync::with_progress(progress, |p| Job::new(&client, None, JobOptions::default())?.apply_plan(&plan, &o, Some(p)))),
            Err(e) => task::fail(env, e),
        }
    }

    /// Plans as `plan` does, and keeps with the plan what it was computed from: the version of
    /// every user and group it touches and a fingerprint of the input. Resolves to the saved
    /// plan `{ format, plan, input, team }`: keep it (`savePlan`), review it, and apply it later
    /// with `applySaved`.
    #[napi(ts_args_type = "desired: DesiredState | string | Array<Record<string, unknown>>, options?: PlanOptions", ts_return_type = "Promise<SavedPlan>")]
    pub fn plan_to_save<'e>(&self, env: &'e Env, desired: Value, options: Option<Object<'e>>) -> Result<Object<'e>> {
        let call = CallOptions::read(env, options)?;
        let client = self.inner.with_cancel(&call.cancel);
        match JobOptions::from_value(call.values) {
            Ok(o) => task::call_js(env, move || Job::new(&client, Some(crate::sync::input(desired)), o)?.plan_to_save()),
            Err(e) => task::fail(env, e),
        }
    }

    /// Applies a saved plan exactly: first reads again every resource it touches and rejects
    /// with a `ValidationError` (`scimType: 'stalePlan'`) when one changed since, unless
    /// `force`. Otherwise as `apply`.
    #[napi(ts_args_type = "saved: SavedPlan, options?: ApplyOptions | null, progress?: (progress: ApplyProgress) => void", ts_return_type = "Promise<Report>")]
    pub fn apply_saved<'e>(&self, env: &'e Env, saved: Value, options: Option<Object<'e>>, progress: Option<crate::sync::ProgressCallback>) -> Result<Object<'e>> {
        let call = CallOptions::read(env, options)?;
        let prepared = crate::sync::apply_options(call.values).and_then(|o| Ok((crate::sync::saved_plan(saved)?, o)));
        let client = self.inner.with_cancel(&call.cancel);
        match prepared {
            Ok((saved, o)) => task::call_js(env, move || crate::sync::with_progress(progress, |p| Job::new(&client, None, JobOptions::default())?.apply_saved(&saved, &o, Some(p)))),
            Err(e) => task::fail(env, e),
        }
    }

    /// Copies the live team: every user and group (with members) and the seats in use, as a
    /// team state to rehearse on (`rehearse`) or to save (it is also an emulator state file).
    /// Options: `seatLimits` (the licence, when known), kept with it.
    #[napi(ts_args_type = "options?: SnapshotOptions", ts_return_type = "Promise<TeamState>")]
    pub fn snapshot<'e>(&self, env: &'e Env, options: Option<Object<'e>>) -> Result<Object<'e>> {
        let call = CallOptions::read(env, options)?;
        let client = self.inner.with_cancel(&call.cancel);
        match call.parse::<crate::sync::SnapshotOptions>() {
            Ok(o) => task::call_js(env, move || client.snapshot(&o.seat_limits)),
            Err(e) => task::fail(env, e),
        }
    }

    /// Continues run `run` of the journal `options.journal` (required): the operations of its
    /// plan that did not end done, after reading again those it is unsure about. Otherwise as
    /// `apply`.
    #[napi(ts_args_type = "run: string, options: ApplyOptions, progress?: (progress: ApplyProgress) => void", ts_return_type = "Promise<Report>")]
    pub fn resume<'e>(&self, env: &'e Env, run: String, options: Option<Object<'e>>, progress: Option<crate::sync::ProgressCallback>) -> Result<Object<'e>> {
        let call = CallOptions::read(env, options)?;
        let client = self.inner.with_cancel(&call.cancel);
        match crate::sync::apply_options(call.values) {
            Ok(o) => task::call_js(env, move || crate::sync::with_progress(progress, |p| Job::new(&client, None, JobOptions::default())?.resume(&run, &o, Some(p)))),
            Err(e) => task::fail(env, e),
        }
    }
}

/// Panics inside the addon on purpose, through the same runner as every call: a test shows
/// the Promise rejects with an `InternalError` and the process lives on.
#[napi(js_name = "_panicForTests", ts_return_type = "Promise<void>")]
pub fn panic_for_tests(env: &Env) -> Result<Object<'_>> {
    task::call(env, celonis_scim::testing::panic_for_tests)
}
