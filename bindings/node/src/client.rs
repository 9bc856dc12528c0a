//! `Client`: every operation of the core, as Promises of plain JavaScript data.

use std::sync::Arc;

use celonis_scim::{BulkRequest, ClientConfig, Group, IterOptions, ListOptions, Projection, SearchRequest, User, celonis_base_url};
use napi::bindgen_prelude::*;
use napi_derive::napi;
use serde_json::Value;

use crate::convert::{client_options, model};
use crate::errors::to_js;
use crate::iter::ResourceIterator;
use crate::task::Call;

/// Which attributes to return (`attributes` / `excludedAttributes`).
#[napi(object)]
pub struct ProjectionOptions {
    /// Return only these attributes (plus `id`).
    pub attributes: Option<Vec<String>>,
    /// Leave out these attributes.
    pub excluded_attributes: Option<Vec<String>>,
}

/// One page of a listing.
#[napi(object)]
pub struct ListOptionsJs {
    /// The 1-based index of the first resource (server default 1).
    pub start_index: Option<u32>,
    /// How many resources at most (server default 200).
    pub count: Option<u32>,
    /// Return only these attributes (plus `id`).
    pub attributes: Option<Vec<String>>,
    /// Leave out these attributes.
    pub excluded_attributes: Option<Vec<String>>,
}

/// Iteration over every resource, page by page.
#[napi(object)]
pub struct IterOptionsJs {
    /// Resources per page (server default 200).
    pub page_size: Option<u32>,
    /// Return only these attributes (plus `id`).
    pub attributes: Option<Vec<String>>,
    /// Leave out these attributes.
    pub excluded_attributes: Option<Vec<String>>,
}

fn projection(attributes: Option<Vec<String>>, excluded: Option<Vec<String>>) -> Projection {
    Projection { attributes: attributes.unwrap_or_default(), excluded_attributes: excluded.unwrap_or_default() }
}

fn of(p: Option<ProjectionOptions>) -> Projection {
    p.map(|p| projection(p.attributes, p.excluded_attributes)).unwrap_or_default()
}

fn list_options(o: Option<ListOptionsJs>) -> ListOptions {
    o.map(|o| ListOptions {
        start_index: o.start_index.map(u64::from),
        count: o.count.map(u64::from),
        projection: projection(o.attributes, o.excluded_attributes),
    })
    .unwrap_or_default()
}

fn iter_options(o: Option<IterOptionsJs>) -> IterOptions {
    o.map(|o| IterOptions { page_size: o.page_size.map(u64::from), projection: projection(o.attributes, o.excluded_attributes) })
        .unwrap_or_default()
}

/// A client of the Celonis SCIM API. Every call that does I/O returns a Promise and runs on
/// the libuv thread pool; the event loop is never blocked.
#[napi]
pub struct Client {
    inner: Arc<celonis_scim::Client>,
}

fn build(env: &Env, opts: Value) -> Result<Client> {
    let config = ClientConfig::from_value(client_options(opts)).map_err(|e| to_js(env, &e))?;
    let inner = celonis_scim::Client::new(config).map_err(|e| to_js(env, &e))?;
    Ok(Client { inner: Arc::new(inner) })
}

impl Client {
    fn run<T, F>(&self, f: F) -> AsyncTask<Call>
    where
        T: serde::Serialize,
        F: FnOnce(&celonis_scim::Client) -> celonis_scim::Result<T> + Send + 'static,
    {
        let inner = Arc::clone(&self.inner);
        Call::new(move || f(&inner))
    }

    fn with_model<M, T, F>(&self, value: Value, what: &'static str, f: F) -> AsyncTask<Call>
    where
        M: serde::de::DeserializeOwned + Send + 'static,
        T: serde::Serialize,
        F: FnOnce(&celonis_scim::Client, M) -> celonis_scim::Result<T> + Send + 'static,
    {
        match model::<M>(value, what) {
            Ok(m) => self.run(move |c| f(c, m)),
            Err(e) => Call::fail(e),
        }
    }
}

#[napi]
impl Client {
    /// `new Client({ baseUrl, token | appKey | oauth2: { tokenUrl, clientId, clientSecret,
    /// scope?, clientAuth? }, timeoutMs?, maxRetries?, retryDeadlineMs?, retryBaseDelayMs?,
    /// userAgent?, caCertPem?, allowInsecureHttp?, adminRole? })`: exactly one auth method.
    #[napi(constructor, ts_args_type = "options: ClientOptions")]
    pub fn new(env: Env, options: Value) -> Result<Self> {
        build(&env, options)
    }

    /// A client of the usual Celonis URL of `team` (and `realm`).
    #[napi(factory, ts_args_type = "team: string, realm?: string | null, options?: Omit<ClientOptions, 'baseUrl'>")]
    pub fn celonis(env: Env, team: String, realm: Option<String>, options: Option<Value>) -> Result<Self> {
        let base = celonis_base_url(&team, realm.as_deref()).map_err(|e| to_js(&env, &e))?;
        let mut opts = match options {
            Some(Value::Object(m)) => m,
            _ => serde_json::Map::new(),
        };
        opts.insert("baseUrl".into(), Value::String(base));
        build(&env, Value::Object(opts))
    }

    /// The base URL this client talks to.
    #[napi(getter)]
    pub fn base_url(&self) -> String {
        self.inner.base_url().to_owned()
    }

    /// Gets one user by id.
    #[napi(ts_return_type = "Promise<User>")]
    pub fn get_user(&self, id: String, options: Option<ProjectionOptions>) -> AsyncTask<Call> {
        let p = of(options);
        self.run(move |c| c.get_user(&id, &p))
    }

    /// Creates a user (MEMBER unless `role` says otherwise).
    #[napi(ts_args_type = "user: User", ts_return_type = "Promise<User>")]
    pub fn create_user(&self, user: Value) -> AsyncTask<Call> {
        self.with_model(user, "user", |c, u: User| c.create_user(&u))
    }

    /// Replaces a user (PUT). Refused if it would change emails the client has seen.
    #[napi(ts_args_type = "id: string, user: User", ts_return_type = "Promise<User>")]
    pub fn replace_user(&self, id: String, user: Value) -> AsyncTask<Call> {
        self.with_model(user, "user", move |c, u: User| c.replace_user(&id, &u))
    }

    /// Deletes a user (removes it from the team).
    #[napi(ts_return_type = "Promise<void>")]
    pub fn delete_user(&self, id: String) -> AsyncTask<Call> {
        self.run(move |c| c.delete_user(&id))
    }

    /// One page of users.
    #[napi(ts_return_type = "Promise<ListResponse<User>>")]
    pub fn list_users(&self, options: Option<ListOptionsJs>) -> AsyncTask<Call> {
        let o = list_options(options);
        self.run(move |c| c.list_users(&o))
    }

    /// One page of users through `POST /Users/.search`.
    #[napi(ts_args_type = "request: SearchRequest", ts_return_type = "Promise<ListResponse<User>>")]
    pub fn search_users(&self, request: Value) -> AsyncTask<Call> {
        self.with_model(request, "request", |c, r: SearchRequest| c.search_users(&r))
    }

    /// Every user, fetched lazily page by page: use with `for await`.
    #[napi(ts_return_type = "AsyncIterableIterator<User>")]
    pub fn iter_users(&self, options: Option<IterOptionsJs>) -> ResourceIterator {
        ResourceIterator::users(self.inner.iter_users(&iter_options(options)))
    }

    /// Gets one group by id.
    #[napi(ts_return_type = "Promise<Group>")]
    pub fn get_group(&self, id: String, options: Option<ProjectionOptions>) -> AsyncTask<Call> {
        let p = of(options);
        self.run(move |c| c.get_group(&id, &p))
    }

    /// Creates a group, optionally with members.
    #[napi(ts_args_type = "group: Group", ts_return_type = "Promise<Group>")]
    pub fn create_group(&self, group: Value) -> AsyncTask<Call> {
        self.with_model(group, "group", |c, g: Group| c.create_group(&g))
    }

    /// Replaces a group (PUT): name, role and the whole member list.
    #[napi(ts_args_type = "id: string, group: Group", ts_return_type = "Promise<Group>")]
    pub fn replace_group(&self, id: String, group: Value) -> AsyncTask<Call> {
        self.with_model(group, "group", move |c, g: Group| c.replace_group(&id, &g))
    }

    /// Deletes a group.
    #[napi(ts_return_type = "Promise<void>")]
    pub fn delete_group(&self, id: String) -> AsyncTask<Call> {
        self.run(move |c| c.delete_group(&id))
    }

    /// One page of groups.
    #[napi(ts_return_type = "Promise<ListResponse<Group>>")]
    pub fn list_groups(&self, options: Option<ListOptionsJs>) -> AsyncTask<Call> {
        let o = list_options(options);
        self.run(move |c| c.list_groups(&o))
    }

    /// One page of groups through `POST /Groups/.search`.
    #[napi(ts_args_type = "request: SearchRequest", ts_return_type = "Promise<ListResponse<Group>>")]
    pub fn search_groups(&self, request: Value) -> AsyncTask<Call> {
        self.with_model(request, "request", |c, r: SearchRequest| c.search_groups(&r))
    }

    /// Every group, fetched lazily page by page: use with `for await`.
    #[napi(ts_return_type = "AsyncIterableIterator<Group>")]
    pub fn iter_groups(&self, options: Option<IterOptionsJs>) -> ResourceIterator {
        ResourceIterator::groups(self.inner.iter_groups(&iter_options(options)))
    }

    /// Adds users to a group (read, then PUT).
    #[napi(ts_return_type = "Promise<Group>")]
    pub fn add_group_members(&self, group_id: String, user_ids: Vec<String>) -> AsyncTask<Call> {
        self.run(move |c| c.add_group_members(&group_id, &user_ids.iter().map(String::as_str).collect::<Vec<_>>()))
    }

    /// Removes users from a group (read, then PUT).
    #[napi(ts_return_type = "Promise<Group>")]
    pub fn remove_group_members(&self, group_id: String, user_ids: Vec<String>) -> AsyncTask<Call> {
        self.run(move |c| c.remove_group_members(&group_id, &user_ids.iter().map(String::as_str).collect::<Vec<_>>()))
    }

    /// Sends a bulk request; operation failures are in the BulkResponse, not thrown.
    #[napi(ts_args_type = "request: BulkRequest", ts_return_type = "Promise<BulkResponse>")]
    pub fn bulk(&self, request: Value) -> AsyncTask<Call> {
        self.with_model(request, "request", |c, r: BulkRequest| c.bulk(&r))
    }

    /// `GET /ServiceProviderConfig`.
    #[napi(ts_return_type = "Promise<ServiceProviderConfig>")]
    pub fn service_provider_config(&self) -> AsyncTask<Call> {
        self.run(|c| c.service_provider_config())
    }

    /// `GET /Schemas`.
    #[napi(ts_return_type = "Promise<ListResponse<Schema>>")]
    pub fn schemas(&self) -> AsyncTask<Call> {
        self.run(|c| c.schemas())
    }

    /// `GET /Schemas/{urn}`.
    #[napi(ts_return_type = "Promise<Schema>")]
    pub fn schema(&self, urn: String) -> AsyncTask<Call> {
        self.run(move |c| c.schema(&urn))
    }

    /// `GET /ResourceTypes`.
    #[napi(ts_return_type = "Promise<ListResponse<ResourceType>>")]
    pub fn resource_types(&self) -> AsyncTask<Call> {
        self.run(|c| c.resource_types())
    }

    /// `GET /ResourceTypes/{name}`.
    #[napi(ts_return_type = "Promise<ResourceType>")]
    pub fn resource_type(&self, name: String) -> AsyncTask<Call> {
        self.run(move |c| c.resource_type(&name))
    }

    /// Plans what it takes to make the team match `desired` (an object, or the path of a CSV
    /// or JSON file); changes nothing. Options: `matchBy` ('user_name' | 'external_id'),
    /// `missingUsers` ('keep' | 'deactivate' | 'delete'), `manageGroups` ('named' | 'all'),
    /// `seatLimits`, `sendInvitations`, `pageSize`, `mapping` (a CSV column mapping file).
    #[napi(ts_args_type = "desired: DesiredState | string, options?: PlanOptions", ts_return_type = "Promise<Plan>")]
    pub fn plan(&self, desired: Value, options: Option<Value>) -> AsyncTask<Call> {
        let prepared = crate::sync::plan_options(options).and_then(|(o, mapping)| Ok((crate::sync::desired(desired, mapping)?, o)));
        match prepared {
            Ok((state, o)) => self.run(move |c| c.plan(&state, &o)),
            Err(e) => Call::fail(e),
        }
    }

    /// Carries out a plan and resolves to the report `{ done, failed }`. `progress` is called
    /// with `{ phase, done, total }` as operations finish. Options: `maxInFlight`, `bulk`,
    /// `bulkMaxOperations`, `maxRemovals`, `maxRemovalPercent`, `force`.
    #[napi(ts_args_type = "plan: Plan, options?: ApplyOptions | null, progress?: (progress: ApplyProgress) => void", ts_return_type = "Promise<Report>")]
    pub fn apply(&self, plan: Value, options: Option<Value>, progress: Option<crate::sync::ProgressCallback>) -> AsyncTask<Call> {
        let prepared = crate::sync::apply_options(options).and_then(|o| Ok((model::<celonis_scim::sync::Plan>(plan, "plan")?, o)));
        match prepared {
            Ok((plan, o)) => self.run(move |c| crate::sync::apply(c, &plan, &o, progress)),
            Err(e) => Call::fail(e),
        }
    }
}
