//! The emails the client has seen per user id, so that `replace_user` can refuse an email
//! change before Celonis does ("Email updates are forbidden").

use std::collections::HashMap;
use std::sync::Mutex;

use crate::model::User;

/// How many users' emails are remembered; past that the memory starts afresh.
const CAPACITY: usize = 200_000;

/// Known emails per user id (lower-cased, sorted).
#[derive(Debug, Default)]
pub(crate) struct KnownEmails {
    map: Mutex<HashMap<String, Vec<String>>>,
}

impl KnownEmails {
    /// Remembers the emails of a user the server returned (only when it returned them).
    pub fn remember(&self, user: &User) {
        let (Some(id), false) = (user.id.as_deref(), user.emails.is_empty()) else { return };
        let mut map = self.map.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() >= CAPACITY {
            map.clear();
        }
        map.insert(id.to_owned(), user.email_values());
    }

    /// The emails last seen for `id`, if any.
    pub fn get(&self, id: &str) -> Option<Vec<String>> {
        self.map.lock().unwrap_or_else(|p| p.into_inner()).get(id).cloned()
    }

    /// Forgets a deleted user.
    pub fn forget(&self, id: &str) {
        self.map.lock().unwrap_or_else(|p| p.into_inner()).remove(id);
    }
}
