//! `Client`: every operation of the core, taking and returning plain Python data.

use celonis_scim::{BulkRequest, ClientConfig, celonis_env, Group, IterOptions, ListOptions, Projection, SearchRequest, User, celonis_base_url};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyType};

use crate::convert::{Interrupt, blocking, from_py, run, to_py_value, unwind_safe};
use crate::errors::to_py;
use crate::iter::ResourceIterator;

/// A blocking client of the Celonis SCIM API. Safe to share between threads; every network
/// call releases the GIL. Use it as a context manager, or just let it go.
///
/// `Client(base_url, *, token=..., app_key=..., oauth2={...}, timeout=..., max_retries=...,
/// retry_deadline=..., retry_base_delay=..., user_agent=..., ca_cert_pem=...,
/// allow_insecure_http=..., admin_role=...)`: exactly one of token, app_key and oauth2.
#[pyclass(frozen, module = "celonis_scim._native")]
pub struct Client {
    inner: celonis_scim::Client,
}

impl Client {
    /// The core client.
    pub fn inner(&self) -> &celonis_scim::Client {
        &self.inner
    }

    /// A Python client of a core client (sharing its connections).
    pub fn of(inner: celonis_scim::Client) -> Self {
        Client { inner }
    }
}

fn projection(attributes: Option<Vec<String>>, excluded_attributes: Option<Vec<String>>) -> Projection {
    Projection { attributes: attributes.unwrap_or_default(), excluded_attributes: excluded_attributes.unwrap_or_default() }
}

fn build(base_url: String, options: Option<&Bound<'_, PyDict>>) -> PyResult<celonis_scim::Client> {
    let mut map = match options {
        Some(o) => from_py::<serde_json::Map<String, serde_json::Value>>(o.as_any(), "options")?,
        None => serde_json::Map::new(),
    };
    map.retain(|_, v| !v.is_null());
    map.insert("base_url".into(), serde_json::Value::String(base_url));
    let config = ClientConfig::from_value(serde_json::Value::Object(map)).map_err(to_py)?;
    celonis_scim::Client::new(config).map_err(to_py)
}

#[pymethods]
impl Client {
    #[new]
    #[pyo3(signature = (base_url, **options))]
    fn new(base_url: String, options: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        crate::convert::guard(|| {
            Ok(Client { inner: build(base_url, options)? })
        })
    }

    /// A client of the usual Celonis URL of `team` (and `realm`), with the same options.
    #[classmethod]
    #[pyo3(signature = (team, realm = None, **options))]
    fn celonis(_cls: &Bound<'_, PyType>, team: &str, realm: Option<&str>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        crate::convert::guard(|| {
            let base_url = celonis_base_url(team, realm).map_err(to_py)?;
            Ok(Client { inner: build(base_url, options)? })
        })
    }

    /// A client configured from the environment: `CELONIS_SCIM_URL` and `CELONIS_SCIM_TOKEN`
    /// or `CELONIS_SCIM_APP_KEY` (or their `_FILE` variables), else the variables of
    /// Celonis's own tools (as pycelonis reads them): `CELONIS_URL` (the team's URL),
    /// `CELONIS_API_TOKEN` and `CELONIS_KEY_TYPE` (`USER_KEY` or `APP_KEY`). Keyword options set
    /// the rest, and win.
    #[classmethod]
    #[pyo3(signature = (**options))]
    fn from_env(_cls: &Bound<'_, PyType>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        crate::convert::guard(|| {
            let mut map = match options {
                Some(o) => from_py::<serde_json::Map<String, serde_json::Value>>(o.as_any(), "options")?,
                None => serde_json::Map::new(),
            };
            map.retain(|_, v| !v.is_null());
            Ok(Client { inner: celonis_env::client_from_env(serde_json::Value::Object(map)).map_err(to_py)? })
        })
    }

    /// The base URL this client talks to.
    #[getter]
    fn base_url(&self) -> PyResult<&str> {
        crate::convert::guard(|| Ok(self.inner.base_url()))
    }

    fn __enter__(slf: Py<Self>) -> PyResult<Py<Self>> {
        crate::convert::guard(|| Ok(slf))
    }

    #[pyo3(signature = (*_args))]
    fn __exit__(&self, _args: &Bound<'_, pyo3::types::PyTuple>) -> PyResult<bool> {
        crate::convert::guard(|| Ok(false))
    }

    /// Does nothing: connections are pooled and closed when the client is dropped.
    fn close(&self) -> PyResult<()> {
        crate::convert::guard(|| Ok(()))
    }

    /// Gets one user by id.
    #[pyo3(signature = (id, attributes = None, excluded_attributes = None))]
    fn get_user(&self, py: Python<'_>, id: &str, attributes: Option<Vec<String>>, excluded_attributes: Option<Vec<String>>) -> PyResult<Py<PyAny>> {
        let p = projection(attributes, excluded_attributes);
        blocking(py, &self.inner, |c| c.get_user(id, &p))
    }

    /// Creates a user (MEMBER unless `role` says otherwise); returns the created user.
    fn create_user(&self, py: Python<'_>, user: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let user: User = from_py(user, "user")?;
        blocking(py, &self.inner, |c| c.create_user(&user))
    }

    /// Replaces a user (PUT). Refused if it would change emails the client has seen.
    fn replace_user(&self, py: Python<'_>, id: &str, user: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let user: User = from_py(user, "user")?;
        blocking(py, &self.inner, |c| c.replace_user(id, &user))
    }

    /// Deletes a user (removes it from the team).
    fn delete_user(&self, py: Python<'_>, id: &str) -> PyResult<()> {
        run(py, &self.inner, |c| c.delete_user(id))
    }

    /// One page of users, as a ListResponse dict.
    #[pyo3(signature = (start_index = None, count = None, attributes = None, excluded_attributes = None))]
    fn list_users(&self, py: Python<'_>, start_index: Option<u64>, count: Option<u64>, attributes: Option<Vec<String>>, excluded_attributes: Option<Vec<String>>) -> PyResult<Py<PyAny>> {
        let o = ListOptions { start_index, count, projection: projection(attributes, excluded_attributes) };
        blocking(py, &self.inner, |c| c.list_users(&o))
    }

    /// One page of users through `POST /Users/.search`.
    fn search_users(&self, py: Python<'_>, search_request: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let r: SearchRequest = from_py(search_request, "search_request")?;
        blocking(py, &self.inner, |c| c.search_users(&r))
    }

    /// Every user, fetched lazily page by page.
    #[pyo3(signature = (page_size = None, attributes = None, excluded_attributes = None))]
    fn iter_users(&self, page_size: Option<u64>, attributes: Option<Vec<String>>, excluded_attributes: Option<Vec<String>>) -> PyResult<ResourceIterator> {
        crate::convert::guard(|| Ok({
            let o = IterOptions { page_size, projection: projection(attributes, excluded_attributes) };
            let interrupt = Interrupt::new();
            ResourceIterator::users(interrupt.client(&self.inner).iter_users(&o), interrupt)
        }))
    }

    /// Gets one group by id.
    #[pyo3(signature = (id, attributes = None, excluded_attributes = None))]
    fn get_group(&self, py: Python<'_>, id: &str, attributes: Option<Vec<String>>, excluded_attributes: Option<Vec<String>>) -> PyResult<Py<PyAny>> {
        let p = projection(attributes, excluded_attributes);
        blocking(py, &self.inner, |c| c.get_group(id, &p))
    }

    /// Creates a group, optionally with members.
    fn create_group(&self, py: Python<'_>, group: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let group: Group = from_py(group, "group")?;
        blocking(py, &self.inner, |c| c.create_group(&group))
    }

    /// Replaces a group (PUT): name, role and the whole member list.
    fn replace_group(&self, py: Python<'_>, id: &str, group: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let group: Group = from_py(group, "group")?;
        blocking(py, &self.inner, |c| c.replace_group(id, &group))
    }

    /// Deletes a group.
    fn delete_group(&self, py: Python<'_>, id: &str) -> PyResult<()> {
        run(py, &self.inner, |c| c.delete_group(id))
    }

    /// One page of groups, as a ListResponse dict.
    #[pyo3(signature = (start_index = None, count = None, attributes = None, excluded_attributes = None))]
    fn list_groups(&self, py: Python<'_>, start_index: Option<u64>, count: Option<u64>, attributes: Option<Vec<String>>, excluded_attributes: Option<Vec<String>>) -> PyResult<Py<PyAny>> {
        let o = ListOptions { start_index, count, projection: projection(attributes, excluded_attributes) };
        blocking(py, &self.inner, |c| c.list_groups(&o))
    }

    /// One page of groups through `POST /Groups/.search`.
    fn search_groups(&self, py: Python<'_>, search_request: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let r: SearchRequest = from_py(search_request, "search_request")?;
        blocking(py, &self.inner, |c| c.search_groups(&r))
    }

    /// Every group, fetched lazily page by page.
    #[pyo3(signature = (page_size = None, attributes = None, excluded_attributes = None))]
    fn iter_groups(&self, page_size: Option<u64>, attributes: Option<Vec<String>>, excluded_attributes: Option<Vec<String>>) -> PyResult<ResourceIterator> {
        crate::convert::guard(|| Ok({
            let o = IterOptions { page_size, projection: projection(attributes, excluded_attributes) };
            let interrupt = Interrupt::new();
            ResourceIterator::groups(interrupt.client(&self.inner).iter_groups(&o), interrupt)
        }))
    }

    /// Adds users to a group (read, then PUT); returns the updated group.
    fn add_group_members(&self, py: Python<'_>, group_id: &str, user_ids: Vec<String>) -> PyResult<Py<PyAny>> {
        let ids: Vec<&str> = user_ids.iter().map(String::as_str).collect();
        blocking(py, &self.inner, |c| c.add_group_members(group_id, &ids))
    }

    /// Removes users from a group (read, then PUT); returns the updated group.
    fn remove_group_members(&self, py: Python<'_>, group_id: &str, user_ids: Vec<String>) -> PyResult<Py<PyAny>> {
        let ids: Vec<&str> = user_ids.iter().map(String::as_str).collect();
        blocking(py, &self.inner, |c| c.remove_group_members(group_id, &ids))
    }

    /// Sends a bulk request; operation failures are in the BulkResponse, not raised.
    fn bulk(&self, py: Python<'_>, bulk_request: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let r: BulkRequest = from_py(bulk_request, "bulk_request")?;
        blocking(py, &self.inner, |c| c.bulk(&r))
    }

    /// `GET /ServiceProviderConfig`.
    fn service_provider_config(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        blocking(py, &self.inner, |c| c.service_provider_config())
    }

    /// `GET /Schemas`, as a ListResponse dict.
    fn schemas(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        blocking(py, &self.inner, |c| c.schemas())
    }

    /// `GET /Schemas/{urn}`.
    fn schema(&self, py: Python<'_>, urn: &str) -> PyResult<Py<PyAny>> {
        blocking(py, &self.inner, |c| c.schema(urn))
    }

    /// `GET /ResourceTypes`, as a ListResponse dict.
    fn resource_types(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        blocking(py, &self.inner, |c| c.resource_types())
    }

    /// `GET /ResourceTypes/{name}`.
    fn resource_type(&self, py: Python<'_>, name: &str) -> PyResult<Py<PyAny>> {
        blocking(py, &self.inner, |c| c.resource_type(name))
    }

    /// Plans what it takes to make the team match `desired`: a dict {"users": [...],
    /// "groups": [...]}, records (any iterable of dicts, or a pandas DataFrame) read through
    /// `mapping`, or the path of an export (CSV, JSON or LDIF) read through `mapping`:
    /// a mapping file (TOML or JSON), or the mapping as a dict ({"preset": "okta"}, or rules
    /// such as {"userName": "Login", "active": {"from": "Status", "map": {...}}}). Options: match_by ("user_name" | "external_id"), missing_users ("keep" |
    /// "deactivate" | "delete"), manage_groups ("named" | "all"), seat_limits ({role: n}),
    /// send_invitations, page_size, protected_users, protected_groups (names or patterns),
    /// min_admins, max_input_shrink_percent, previous_input_users, input_complete, and journal
    /// (a directory: the input-shrink guard compares with the last run there that applied an
    /// input). Returns the plan as a dict; nothing is changed.
    #[pyo3(signature = (desired, *, mapping = None, **options))]
    fn plan(&self, py: Python<'_>, desired: &Bound<'_, PyAny>, mapping: Option<&Bound<'_, PyAny>>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Py<PyAny>> {
        self.plan_impl(py, desired, mapping, options)
    }

    /// Carries out a plan (as `plan` returned it) and returns the report {"done": [...],
    /// "failed": [...]}. `progress`, if given, is called with {"phase", "done", "total"} from
    /// the worker threads. Options: max_in_flight, bulk, bulk_max_operations, max_removals,
    /// max_removal_percent, force, journal (a directory: the run is journaled there, under
    /// the team's lock, and the report names it as "run").
    #[pyo3(signature = (plan, *, progress = None, **options))]
    fn apply(&self, py: Python<'_>, plan: &Bound<'_, PyAny>, progress: Option<Py<PyAny>>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Py<PyAny>> {
        self.apply_impl(py, plan, progress, options)
    }

    /// Plans as `plan` does, and keeps with the plan what it was computed from: the version
    /// of every user and group it touches and a fingerprint of the input. Returns the saved
    /// plan {"format", "plan", "input", "team"}: keep it (`save_plan`), review it, and apply
    /// it later with `apply_saved`.
    #[pyo3(signature = (desired, *, mapping = None, **options))]
    fn plan_to_save(&self, py: Python<'_>, desired: &Bound<'_, PyAny>, mapping: Option<&Bound<'_, PyAny>>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Py<PyAny>> {
        self.plan_to_save_impl(py, desired, mapping, options)
    }

    /// Applies a saved plan exactly: first reads again every resource it touches and raises
    /// `ValidationError` (scim_type "stalePlan") when one changed since, unless `force=True`.
    /// Otherwise as `apply`.
    #[pyo3(signature = (saved, *, progress = None, **options))]
    fn apply_saved(&self, py: Python<'_>, saved: &Bound<'_, PyAny>, progress: Option<Py<PyAny>>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Py<PyAny>> {
        self.apply_saved_impl(py, saved, progress, options)
    }

    /// Continues run `run` of the journal `journal=` (required): the operations of its plan
    /// that did not end done, after reading again those it is unsure about. Otherwise as
    /// `apply`.
    #[pyo3(signature = (run, *, progress = None, **options))]
    fn resume(&self, py: Python<'_>, run: &str, progress: Option<Py<PyAny>>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Py<PyAny>> {
        self.resume_impl(py, run, progress, options)
    }

    /// Copies the live team: every user and group (with members) and the seats in use, as a
    /// team-state dict to rehearse on (`celonis_scim.rehearse`) or to save (it is also an
    /// emulator state file). `seat_limits` ({role: n}, the licence, when known) is kept with it.
    #[pyo3(signature = (*, seat_limits = None))]
    fn snapshot(&self, py: Python<'_>, seat_limits: Option<std::collections::BTreeMap<String, usize>>) -> PyResult<Py<PyAny>> {
        let limits = seat_limits.unwrap_or_default();
        blocking(py, &self.inner, |c| c.snapshot(&limits))
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::convert::guard(|| Ok(format!("Client({:?})", self.inner.base_url())))
    }
}

/// Parses the bytes of a ListResponse (as `GET /Users` answers) into a dict, decoding and
/// checking them in Rust: for listings fetched some other way, e.g. from a recorded file.
/// `resource_type` is `"User"` or `"Group"`.
#[pyfunction]
#[pyo3(signature = (data, resource_type = "User"))]
pub fn parse_list_response(py: Python<'_>, data: Vec<u8>, resource_type: &str) -> PyResult<Py<PyAny>> {
    fn parse<T: serde::Serialize + serde::de::DeserializeOwned + Send>(py: Python<'_>, data: &[u8]) -> PyResult<Py<PyAny>> {
        let page = py.detach(|| unwind_safe(|| celonis_scim::ListResponse::<T>::from_json(data))).map_err(to_py)?;
        to_py_value(py, &page)
    }
    match resource_type {
        "User" => parse::<User>(py, &data),
        "Group" => parse::<Group>(py, &data),
        other => Err(to_py(celonis_scim::Error::validation("resource_type", celonis_scim::validate::rule::INVALID, format!("{other:?} is not User or Group")))),
    }
}

/// Panics inside the native code on purpose, through the same guard as every call: a test
/// shows it arrives as `InternalError`.
#[pyfunction]
pub fn _panic_for_tests(py: Python<'_>) -> PyResult<()> {
    py.detach(|| unwind_safe(celonis_scim::testing::panic_for_tests)).map_err(to_py)
}
