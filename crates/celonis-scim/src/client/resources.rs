//! Create, read, replace, delete, list and search of users and groups.

use serde_json::Value;
use ureq::http::Method;

use super::{Call, Client, IterOptions, ListOptions, Projection, ResourceIter};
use crate::error::{Error, Result};
use crate::model::{Group, ListResponse, Resource, SearchRequest, User};
use crate::validate::{self, Roles, check_email_unchanged};

/// A resource the client manages (implemented by [`User`] and [`Group`]): what it checks
/// before sending and learns after receiving.
pub trait Managed: Resource {
    /// Checks the rules of [`crate::validate`] before sending.
    fn check(&self, roles: &Roles) -> Result<()>;
    /// The attribute of the unique name (`userName`, `displayName`).
    const NAME_ATTRIBUTE: &'static str;
    /// The unique name the server knows it by (`userName`, a group's `displayName`).
    fn unique_name(&self) -> Option<&str>;
    /// Learns from a resource the server returned.
    #[doc(hidden)]
    fn observe(&self, _client: &Client) {}
}

impl Managed for User {
    const NAME_ATTRIBUTE: &'static str = "userName";
    fn check(&self, roles: &Roles) -> Result<()> {
        validate::check_user(self, roles)
    }
    fn unique_name(&self) -> Option<&str> {
        self.user_name.as_deref()
    }
    fn observe(&self, client: &Client) {
        client.inner.emails.remember(self);
    }
}

impl Managed for Group {
    const NAME_ATTRIBUTE: &'static str = "displayName";
    fn check(&self, roles: &Roles) -> Result<()> {
        validate::check_group(self, roles)
    }
    fn unique_name(&self) -> Option<&str> {
        self.display_name.as_deref()
    }
}

impl Client {
    pub(crate) fn get<T: Managed>(&self, id: &str, projection: &Projection) -> Result<T> {
        check_id(id)?;
        let url = self.url(T::ENDPOINT, &[id], &projection.query());
        let call = Call { method: Method::GET, url, body: None, idempotent: true };
        let found = match self.send_decode::<T>(call, T::RESOURCE_TYPE)? {
            Some(r) => r,
            // An empty 204 answer: the server says nothing beyond that the id exists.
            None => with_id::<T>(None, id)?,
        };
        found.observe(self);
        Ok(found)
    }

    pub(crate) fn create<T: Managed>(&self, resource: &T) -> Result<T> {
        resource.check(&self.inner.roles)?;
        let body = resource.to_wire();
        let url = self.url(T::ENDPOINT, &[], &[]);
        // A create is never re-sent once it may have reached the server.
        let call = Call { method: Method::POST, url, body: Some(&body), idempotent: false };
        let reply = self.send(&call)?;
        let created = match super::decode::<T>(&reply, T::RESOURCE_TYPE) {
            Ok(Some(r)) if r.id().is_some_and(|id| !id.is_empty()) => r,
            Ok(_) => self.created_without_answer(resource, body, reply.location.as_deref())?,
            // A 2xx says it was created, only the answer is unreadable: find it instead.
            Err(unreadable) => self.created_without_answer(resource, body, reply.location.as_deref()).map_err(|_| unreadable)?,
        };
        created.observe(self);
        Ok(created)
    }

    /// A create answered without the new resource (204, or a body without `id`): the id
    /// comes from `Location`, else from looking the resource up by its unique name; a resource
    /// without an id is never returned.
    fn created_without_answer<T: Managed>(&self, sent: &T, body: Value, location: Option<&str>) -> Result<T> {
        if let Some(id) = location.and_then(|l| l.split(['?', '#']).next()).and_then(|l| l.trim_end_matches('/').rsplit('/').next()).filter(|id| !id.is_empty()) {
            return with_id(Some(body), id);
        }
        if let Some(name) = sent.unique_name()
            && let Some(found) = self.find_by_name::<T>(name)?
        {
            return Ok(found);
        }
        Err(Error::decode(format!(
            "the server created the {} without saying its id (no body, no Location) and it cannot be found by name",
            T::RESOURCE_TYPE
        )))
    }

    /// Looks a resource up by its unique name (case-insensitive), listing every page: Celonis
    /// has no filter.
    pub(crate) fn find_by_name<T: Managed>(&self, name: &str) -> Result<Option<T>> {
        for r in ResourceIter::<T>::new(self.clone(), IterOptions::default()) {
            let r = r?;
            if r.unique_name().is_some_and(|n| n.eq_ignore_ascii_case(name)) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    pub(crate) fn replace<T: Managed>(&self, id: &str, resource: &T) -> Result<T> {
        check_id(id)?;
        resource.check(&self.inner.roles)?;
        let body = resource.to_wire();
        let url = self.url(T::ENDPOINT, &[id], &[]);
        let call = Call { method: Method::PUT, url, body: Some(&body), idempotent: true };
        let replaced = match self.send_decode::<T>(call, T::RESOURCE_TYPE)? {
            Some(r) => r,
            None => with_id(Some(body), id)?,
        };
        replaced.observe(self);
        Ok(replaced)
    }

    pub(crate) fn delete<T: Managed>(&self, id: &str) -> Result<()> {
        check_id(id)?;
        let url = self.url(T::ENDPOINT, &[id], &[]);
        self.send(&Call { method: Method::DELETE, url, body: None, idempotent: true })?;
        Ok(())
    }

    pub(crate) fn list<T: Managed>(&self, options: &ListOptions) -> Result<ListResponse<T>> {
        if options.start_index == Some(0) {
            return Err(Error::validation("startIndex", validate::rule::INVALID, "startIndex is 1-based"));
        }
        let url = self.url(T::ENDPOINT, &[], &options.query());
        let call = Call { method: Method::GET, url, body: None, idempotent: true };
        let page = self.send_decode::<ListResponse<T>>(call, "ListResponse")?.unwrap_or_default();
        page.resources.iter().for_each(|r| r.observe(self));
        Ok(page)
    }

    pub(crate) fn search<T: Managed>(&self, request: &SearchRequest) -> Result<ListResponse<T>> {
        if request.start_index == Some(0) {
            return Err(Error::validation("startIndex", validate::rule::INVALID, "startIndex is 1-based"));
        }
        let body = request.to_wire();
        let url = self.url(T::ENDPOINT, &[".search"], &[]);
        // A search changes nothing on the server: safe to re-send.
        let call = Call { method: Method::POST, url, body: Some(&body), idempotent: true };
        let page = self.send_decode::<ListResponse<T>>(call, "ListResponse")?.unwrap_or_default();
        page.resources.iter().for_each(|r| r.observe(self));
        Ok(page)
    }

    /// Gets one user by id.
    pub fn get_user(&self, id: &str, projection: &Projection) -> Result<User> {
        self.get(id, projection)
    }

    /// Creates a user (the server gives it the `MEMBER` role unless `role` says otherwise).
    pub fn create_user(&self, user: &User) -> Result<User> {
        self.create(user)
    }

    /// Replaces a user (PUT). Refused before sending when it would change emails the client
    /// has seen for this id: Celonis forbids email updates.
    pub fn replace_user(&self, id: &str, user: &User) -> Result<User> {
        if let Some(current) = self.inner.emails.get(id) {
            check_email_unchanged(&current, user)?;
        }
        self.replace(id, user)
    }

    /// Deletes a user (removes it from the team, not from the platform).
    pub fn delete_user(&self, id: &str) -> Result<()> {
        self.delete::<User>(id)?;
        self.inner.emails.forget(id);
        Ok(())
    }

    /// One page of users.
    pub fn list_users(&self, options: &ListOptions) -> Result<ListResponse<User>> {
        self.list(options)
    }

    /// One page of users through `POST /Users/.search`.
    pub fn search_users(&self, request: &SearchRequest) -> Result<ListResponse<User>> {
        self.search(request)
    }

    /// Every user, fetched lazily page by page.
    pub fn iter_users(&self, options: &IterOptions) -> ResourceIter<User> {
        ResourceIter::new(self.clone(), options.clone())
    }

    /// Gets one group by id.
    pub fn get_group(&self, id: &str, projection: &Projection) -> Result<Group> {
        self.get(id, projection)
    }

    /// Creates a group, optionally with members.
    pub fn create_group(&self, group: &Group) -> Result<Group> {
        self.create(group)
    }

    /// Replaces a group (PUT): its name, role and whole member list.
    pub fn replace_group(&self, id: &str, group: &Group) -> Result<Group> {
        self.replace(id, group)
    }

    /// Deletes a group.
    pub fn delete_group(&self, id: &str) -> Result<()> {
        self.delete::<Group>(id)
    }

    /// One page of groups.
    pub fn list_groups(&self, options: &ListOptions) -> Result<ListResponse<Group>> {
        self.list(options)
    }

    /// One page of groups through `POST /Groups/.search`.
    pub fn search_groups(&self, request: &SearchRequest) -> Result<ListResponse<Group>> {
        self.search(request)
    }

    /// Every group, fetched lazily page by page.
    pub fn iter_groups(&self, options: &IterOptions) -> ResourceIter<Group> {
        ResourceIter::new(self.clone(), options.clone())
    }
}

/// Refuses an empty id, which would address the collection instead of a resource.
fn check_id(id: &str) -> Result<()> {
    if id.trim().is_empty() {
        return Err(Error::validation("id", validate::rule::REQUIRED, "id must not be empty"));
    }
    Ok(())
}

/// The resource as sent (or an empty one), with `id` set: the answer to an empty 2xx reply.
fn with_id<T: Resource>(sent: Option<Value>, id: &str) -> Result<T> {
    let mut map = match sent {
        Some(Value::Object(m)) => m,
        _ => serde_json::Map::new(),
    };
    if !id.is_empty() {
        map.insert("id".into(), Value::String(id.to_owned()));
    }
    crate::model::resource::from_value(Value::Object(map), T::RESOURCE_TYPE)
}
