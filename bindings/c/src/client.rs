//! `cscim_client` and every operation: JSON text in, JSON text out.

use std::ffi::c_char;

use celonis_scim::{BulkRequest, Client, ClientConfig, Group, ListOptions, Projection, SearchRequest, User};
use serde::Serialize;

use crate::error::cscim_error;
use crate::guard::{Failure, check_out, guard, guard_out, json, json_or_default, put_json, text};
use crate::status::cscim_status;

/// A client of the Celonis SCIM API. Thread-safe: one handle may be used by several threads at
/// once. Create with cscim_client_new, free with cscim_client_free.
pub struct cscim_client {
    pub(crate) inner: Client,
}

/// The client behind a handle.
///
/// # Safety
/// `p` is NULL or a live handle from cscim_client_new.
pub(crate) unsafe fn client_ref<'a>(p: *const cscim_client) -> Result<&'a Client, Failure> {
    // SAFETY: the caller promises a live handle or NULL.
    unsafe { p.as_ref() }.map(|c| &c.inner).ok_or_else(|| Failure::Argument("client is NULL".into()))
}

/// Runs one operation that answers JSON.
///
/// # Safety
/// The pointers are NULL or valid as the exported function documents.
unsafe fn call<T: Serialize>(
    client: *const cscim_client,
    out_json: *mut *mut c_char,
    out_error: *mut *mut cscim_error,
    f: impl FnOnce(&Client) -> Result<T, Failure>,
) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as the exported function's contract states.
    unsafe {
        guard_out(out_json, out_error, || {
            let c = client_ref(client)?;
            check_out(out_json, "out_json")?;
            let value = f(c)?;
            put_json(out_json, &value)
        })
    }
}

/// Runs one operation that answers nothing.
///
/// # Safety
/// The pointers are NULL or valid as the exported function documents.
unsafe fn call_unit(client: *const cscim_client, out_error: *mut *mut cscim_error, f: impl FnOnce(&Client) -> Result<(), Failure>) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as the exported function's contract states.
    unsafe { guard(out_error, || f(client_ref(client)?)) }
}

/// Creates a client from a JSON configuration ({"base_url": ..., "token": ...}; the keys of
/// docs/api.md). On success *out_client receives a handle the caller frees with cscim_client_free.
///
/// # Safety
/// `config_json` is a NUL-terminated string; `out_client` points to storage for a pointer;
/// `out_error` is NULL or points to storage for a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_client_new(config_json: *const c_char, out_client: *mut *mut cscim_client, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe {
        guard_out(out_client, out_error, || {
            check_out(out_client, "out_client")?;
            let config = ClientConfig::from_json(text(config_json, "config_json")?)?;
            let client = Box::new(cscim_client { inner: Client::new(config)? });
            *out_client = Box::into_raw(client);
            Ok(())
        })
    }
}

/// Creates a client configured from the environment: CELONIS_SCIM_URL and CELONIS_SCIM_TOKEN
/// or CELONIS_SCIM_APP_KEY (or a file named by their `_FILE` variables), else the variables of
/// Celonis's own tools: CELONIS_URL (the team's URL), CELONIS_API_TOKEN and CELONIS_KEY_TYPE
/// (USER_KEY or APP_KEY). `options_json` (may be NULL) sets the rest of the configuration, and
/// wins. On success *out_client receives a handle the caller frees with cscim_client_free;
/// nothing set is CSCIM_CONFIG.
///
/// # Safety
/// `options_json` is NULL or NUL-terminated; `out_client` points to storage for a pointer;
/// `out_error` is NULL or points to storage for a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_client_from_env(options_json: *const c_char, out_client: *mut *mut cscim_client, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe {
        guard_out(out_client, out_error, || {
            check_out(out_client, "out_client")?;
            let options: serde_json::Value = json_or_default(options_json, "options_json")?;
            let options = if options.is_null() { serde_json::Value::Object(Default::default()) } else { options };
            *out_client = Box::into_raw(Box::new(cscim_client { inner: celonis_scim::celonis_env::client_from_env(options)? }));
            Ok(())
        })
    }
}

/// Frees a client; accepts NULL. Iterators made from it stay usable until freed.
///
/// # Safety
/// `client` is NULL or a live handle, freed once, and no other thread is using it.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_client_free(client: *mut cscim_client) {
    if !client.is_null() {
        // SAFETY: created by Box::into_raw in cscim_client_new.
        crate::guard::guard_value((), || drop(unsafe { Box::from_raw(client) }));
    }
}

/// Gets one user by id; `options_json` (may be NULL) is {"attributes": [...],
/// "excluded_attributes": [...]}. *out_json receives a string the caller frees with cscim_string_free.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_get_user(client: *const cscim_client, id: *const c_char, options_json: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe { call(client, out_json, out_error, |c| Ok(c.get_user(text(id, "id")?, &json_or_default::<Projection>(options_json, "options_json")?)?)) }
}

/// Creates a user from JSON; *out_json receives the created user, freed with cscim_string_free.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_create_user(client: *const cscim_client, user_json: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe { call(client, out_json, out_error, |c| Ok(c.create_user(&json::<User>(user_json, "user_json")?)?)) }
}

/// Replaces a user (PUT); *out_json receives the updated user, freed with cscim_string_free.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_replace_user(client: *const cscim_client, id: *const c_char, user_json: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe { call(client, out_json, out_error, |c| Ok(c.replace_user(text(id, "id")?, &json::<User>(user_json, "user_json")?)?)) }
}

/// Deletes a user; returns nothing to free.
///
/// # Safety
/// Strings are NULL or NUL-terminated; `out_error` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_delete_user(client: *const cscim_client, id: *const c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe { call_unit(client, out_error, |c| Ok(c.delete_user(text(id, "id")?)?)) }
}

/// One page of users; `options_json` (may be NULL) is {"start_index", "count", "attributes",
/// "excluded_attributes"}. *out_json receives a ListResponse, freed with cscim_string_free.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_list_users(client: *const cscim_client, options_json: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe { call(client, out_json, out_error, |c| Ok(c.list_users(&json_or_default::<ListOptions>(options_json, "options_json")?)?)) }
}

/// One page of users through POST /Users/.search; *out_json receives a ListResponse, freed
/// with cscim_string_free.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_search_users(client: *const cscim_client, request_json: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe { call(client, out_json, out_error, |c| Ok(c.search_users(&json::<SearchRequest>(request_json, "request_json")?)?)) }
}

/// Gets one group by id (options as for cscim_get_user); *out_json is freed with cscim_string_free.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_get_group(client: *const cscim_client, id: *const c_char, options_json: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe { call(client, out_json, out_error, |c| Ok(c.get_group(text(id, "id")?, &json_or_default::<Projection>(options_json, "options_json")?)?)) }
}

/// Creates a group from JSON; *out_json receives the created group, freed with cscim_string_free.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_create_group(client: *const cscim_client, group_json: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe { call(client, out_json, out_error, |c| Ok(c.create_group(&json::<Group>(group_json, "group_json")?)?)) }
}

/// Replaces a group (PUT); *out_json receives the updated group, freed with cscim_string_free.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_replace_group(client: *const cscim_client, id: *const c_char, group_json: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe { call(client, out_json, out_error, |c| Ok(c.replace_group(text(id, "id")?, &json::<Group>(group_json, "group_json")?)?)) }
}

/// Deletes a group; returns nothing to free.
///
/// # Safety
/// Strings are NULL or NUL-terminated; `out_error` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_delete_group(client: *const cscim_client, id: *const c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe { call_unit(client, out_error, |c| Ok(c.delete_group(text(id, "id")?)?)) }
}

/// One page of groups (options as for cscim_list_users); *out_json is freed with cscim_string_free.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_list_groups(client: *const cscim_client, options_json: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe { call(client, out_json, out_error, |c| Ok(c.list_groups(&json_or_default::<ListOptions>(options_json, "options_json")?)?)) }
}

/// One page of groups through POST /Groups/.search; *out_json is freed with cscim_string_free.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_search_groups(client: *const cscim_client, request_json: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe { call(client, out_json, out_error, |c| Ok(c.search_groups(&json::<SearchRequest>(request_json, "request_json")?)?)) }
}

/// Adds users (a JSON array of ids) to a group; *out_json receives the updated group, freed
/// with cscim_string_free.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_add_group_members(client: *const cscim_client, group_id: *const c_char, user_ids_json: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe {
        call(client, out_json, out_error, |c| {
            let ids: Vec<String> = json(user_ids_json, "user_ids_json")?;
            Ok(c.add_group_members(text(group_id, "group_id")?, &ids.iter().map(String::as_str).collect::<Vec<_>>())?)
        })
    }
}

/// Removes users (a JSON array of ids) from a group; *out_json receives the updated group,
/// freed with cscim_string_free.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_remove_group_members(client: *const cscim_client, group_id: *const c_char, user_ids_json: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe {
        call(client, out_json, out_error, |c| {
            let ids: Vec<String> = json(user_ids_json, "user_ids_json")?;
            Ok(c.remove_group_members(text(group_id, "group_id")?, &ids.iter().map(String::as_str).collect::<Vec<_>>())?)
        })
    }
}

/// Sends a bulk request; *out_json receives the BulkResponse (operation failures are in it),
/// freed with cscim_string_free.
///
/// # Safety
/// Strings are NULL or NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_bulk(client: *const cscim_client, request_json: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe { call(client, out_json, out_error, |c| Ok(c.bulk(&json::<BulkRequest>(request_json, "request_json")?)?)) }
}

/// GET /ServiceProviderConfig; *out_json is freed with cscim_string_free.
///
/// # Safety
/// Out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_service_provider_config(client: *const cscim_client, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe { call(client, out_json, out_error, |c| Ok(c.service_provider_config()?)) }
}

/// GET /Schemas; *out_json receives a ListResponse, freed with cscim_string_free.
///
/// # Safety
/// Out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_schemas(client: *const cscim_client, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe { call(client, out_json, out_error, |c| Ok(c.schemas()?)) }
}

/// GET /Schemas/{urn}; *out_json is freed with cscim_string_free.
///
/// # Safety
/// `urn` is NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_schema(client: *const cscim_client, urn: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe { call(client, out_json, out_error, |c| Ok(c.schema(text(urn, "urn")?)?)) }
}

/// GET /ResourceTypes; *out_json receives a ListResponse, freed with cscim_string_free.
///
/// # Safety
/// Out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_resource_types(client: *const cscim_client, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe { call(client, out_json, out_error, |c| Ok(c.resource_types()?)) }
}

/// GET /ResourceTypes/{name}; *out_json is freed with cscim_string_free.
///
/// # Safety
/// `name` is NUL-terminated; out-pointers point to writable storage.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn cscim_resource_type(client: *const cscim_client, name: *const c_char, out_json: *mut *mut c_char, out_error: *mut *mut cscim_error) -> cscim_status {
    // SAFETY: the pointers are NULL or valid, as this function's contract states.
    unsafe { call(client, out_json, out_error, |c| Ok(c.resource_type(text(name, "name")?)?)) }
}
