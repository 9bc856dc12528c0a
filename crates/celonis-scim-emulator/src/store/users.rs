//! User operations of the store.

use crate::resources::{Reference, User, urn};

use super::{Store, check_length, page};
use crate::clock::new_id;
use crate::failure::{Failure, Outcome};

impl Store {
    /// Creates a user; MEMBER unless it says otherwise.
    pub fn create_user(&mut self, user: User) -> Outcome<User> {
        let mut user = user.lift_extension();
        self.check_user(&user, None)?;
        let rank = self.check_role(user.role.as_deref())?;
        self.seats.apply(&[(None, Some(rank))])?;
        let id = new_id();
        user.role.get_or_insert_with(|| "MEMBER".to_owned());
        // Write-only: it decides the invitation e-mail and is never returned.
        user.send_email_on_invitation = None;
        user.id = Some(id.clone());
        user.groups.clear();
        user.schemas = schemas();
        user.meta = Some(self.meta("User", &id, None, 1));
        self.insert_user(id.clone(), user);
        self.get_user(&id)
    }

    /// Replaces a user. Absent emails and role are kept; changed emails are refused.
    pub fn replace_user(&mut self, id: &str, user: User) -> Outcome<User> {
        let mut user = user.lift_extension();
        let seq = *self.user_seq.get(id).ok_or_else(|| Failure::not_found("User", id))?;
        self.check_user(&user, Some(id))?;
        let current = &self.users[&seq];
        if user.emails.is_empty() {
            user.emails = current.emails.clone();
        } else if user.email_values() != current.email_values() {
            return Err(Failure::bad("mutability", "Email updates are forbidden"));
        }
        if user.role.is_none() {
            user.role = current.role.clone();
        }
        let own = self.check_role(user.role.as_deref())?;
        let before = self.effective_rank(id, None, None);
        let after = self.effective_rank(id, Some(own), None);
        self.seats.apply(&[(before, after)])?;
        let created = current.meta.as_ref().and_then(|m| m.created.clone());
        let version = current.meta.as_ref().and_then(|m| m.version.as_deref()).map(version_number).unwrap_or(1) + 1;
        let old_name = current.user_name.clone().unwrap_or_default().to_lowercase();
        user.id = Some(id.to_owned());
        user.send_email_on_invitation = None;
        user.groups.clear();
        user.schemas = schemas();
        user.meta = Some(self.meta("User", id, created, version));
        self.user_names.remove(&old_name);
        if let Some(n) = user.user_name.as_deref() {
            self.user_names.insert(n.to_lowercase(), id.to_owned());
        }
        self.users.insert(seq, user);
        self.get_user(id)
    }

    /// Deletes a user and its memberships.
    pub fn delete_user(&mut self, id: &str) -> Outcome<()> {
        let seq = *self.user_seq.get(id).ok_or_else(|| Failure::not_found("User", id))?;
        let before = self.effective_rank(id, None, None);
        self.seats.apply(&[(before, None)])?;
        for gid in self.member_of.remove(id).unwrap_or_default() {
            if let Some(g) = self.group_seq.get(&gid).and_then(|s| self.groups.get_mut(s)) {
                g.members.retain(|m| m.value.as_deref() != Some(id));
            }
        }
        if let Some(u) = self.users.remove(&seq)
            && let Some(n) = u.user_name {
                self.user_names.remove(&n.to_lowercase());
            }
        self.user_seq.remove(id);
        Ok(())
    }

    /// A user, with its groups filled in.
    pub fn get_user(&self, id: &str) -> Outcome<User> {
        let user = self.user_seq.get(id).and_then(|s| self.users.get(s)).ok_or_else(|| Failure::not_found("User", id))?;
        Ok(self.with_groups(user))
    }

    /// One page of users and the total.
    pub fn list_users(&self, start: u64, count: u64) -> (u64, Vec<User>) {
        let users = page(self.users.values(), start, count).map(|u| self.with_groups(u)).collect();
        (self.users.len() as u64, users)
    }

    fn with_groups(&self, user: &User) -> User {
        let mut out = user.clone();
        let id = user.id.as_deref().unwrap_or_default();
        out.groups = self
            .member_of
            .get(id)
            .into_iter()
            .flatten()
            .filter_map(|gid| self.group_seq.get(gid).and_then(|s| self.groups.get(s)))
            .map(|g| Reference {
                value: g.id.clone(),
                display: g.display_name.clone(),
                kind: Some("direct".into()),
                reference: g.meta.as_ref().and_then(|m| m.location.clone()),
            })
            .collect();
        out
    }

    fn check_user(&self, user: &User, id: Option<&str>) -> Outcome<()> {
        let name = user.user_name.as_deref().unwrap_or_default();
        if name.trim().is_empty() {
            return Err(Failure::bad("invalidValue", "userName must not be empty"));
        }
        check_length("userName", Some(name))?;
        check_length("displayName", user.display_name.as_deref())?;
        if let Some(n) = &user.name {
            check_length("name.givenName", n.given_name.as_deref())?;
            check_length("name.familyName", n.family_name.as_deref())?;
            check_length("name.formatted", n.formatted.as_deref())?;
        }
        match self.user_names.get(&name.to_lowercase()) {
            Some(other) if Some(other.as_str()) != id => {
                Err(Failure::bad("uniqueness", format!("userName {name:?} is already taken")))
            }
            _ => Ok(()),
        }
    }
}

/// The number in a weak ETag `W/"7"`.
fn version_number(v: &str) -> u64 {
    v.trim_start_matches("W/").trim_matches('"').parse().unwrap_or(1)
}

/// The schemas of every user this emulator returns: the core and the Celonis extension.
fn schemas() -> Vec<String> {
    vec![urn::USER.to_owned(), urn::CELONIS_USER.to_owned()]
}
