//! Rules checked before anything is sent. Each failure is a `validation` error that names the
//! attribute (`Error::attribute`) and the rule (`Error::scim_type`).
//!
//! The limits are the ones the Celonis documentation gives: names of at most 100 characters,
//! a non-blank userName, known roles, at most 50 groups per user, no email changes.

use crate::error::{Error, Result};
use crate::model::{Group, User};

/// The longest userName, displayName or name part Celonis accepts, in characters.
pub const MAX_NAME_CHARS: usize = 100;
/// The most groups one user may belong to.
pub const MAX_GROUPS_PER_USER: usize = 50;
/// The role every user has by default.
pub const MEMBER_ROLE: &str = "MEMBER";
/// The analyst role, which consumes an Analyst seat.
pub const ANALYST_ROLE: &str = "ANALYST";

/// The rule names used in `Error::scim_type` for validation errors.
pub mod rule {
    /// A required attribute is missing or blank.
    pub const REQUIRED: &str = "required";
    /// A value is longer than allowed.
    pub const TOO_LONG: &str = "tooLong";
    /// A role that Celonis does not know.
    pub const UNKNOWN_ROLE: &str = "unknownRole";
    /// Celonis forbids changing a user's emails.
    pub const EMAIL_CHANGE: &str = "emailChangeForbidden";
    /// A user would belong to more groups than allowed.
    pub const TOO_MANY_GROUPS: &str = "tooManyGroups";
    /// A value that is not allowed here (an operation, a method, a duplicate).
    pub const INVALID: &str = "invalidValue";
}

/// The role values the client accepts, with a configurable admin value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Roles {
    admin: String,
}

impl Roles {
    /// Roles with `admin` as the admin role's SCIM value.
    pub fn new(admin: impl Into<String>) -> Self {
        Roles { admin: admin.into() }
    }

    /// The admin role's SCIM value.
    pub fn admin(&self) -> &str {
        &self.admin
    }

    /// The rank of a role (MEMBER 0 < ANALYST 1 < admin 2), or `None` for an unknown one.
    /// A user's effective role is the highest rank among its own and its groups' roles.
    pub fn rank(&self, role: &str) -> Option<u8> {
        if role == MEMBER_ROLE {
            Some(0)
        } else if role == ANALYST_ROLE {
            Some(1)
        } else if role == self.admin {
            Some(2)
        } else {
            None
        }
    }

    /// Checks that `role` (of `attribute`) is known.
    pub fn check(&self, attribute: &str, role: Option<&str>) -> Result<()> {
        match role {
            Some(r) if self.rank(r).is_none() => Err(Error::validation(
                attribute,
                rule::UNKNOWN_ROLE,
                format!("{attribute} {r:?} is not one of {MEMBER_ROLE}, {ANALYST_ROLE}, {}", self.admin),
            )),
            _ => Ok(()),
        }
    }
}

impl Default for Roles {
    fn default() -> Self {
        Roles::new("ADMIN")
    }
}

/// Checks a name-like attribute: at most [`MAX_NAME_CHARS`] characters.
pub fn check_length(attribute: &str, value: Option<&str>) -> Result<()> {
    match value {
        Some(v) if v.chars().count() > MAX_NAME_CHARS => Err(Error::validation(
            attribute,
            rule::TOO_LONG,
            format!("{attribute} has {} characters; Celonis allows at most {MAX_NAME_CHARS}", v.chars().count()),
        )),
        _ => Ok(()),
    }
}

/// Checks a required attribute: present and not blank.
pub fn check_required(attribute: &str, value: Option<&str>) -> Result<()> {
    match value {
        Some(v) if !v.trim().is_empty() => Ok(()),
        _ => Err(Error::validation(attribute, rule::REQUIRED, format!("{attribute} is required and must not be blank"))),
    }
}

/// Checks a user before it is created or replaced.
pub fn check_user(user: &User, roles: &Roles) -> Result<()> {
    check_required("userName", user.user_name.as_deref())?;
    check_length("userName", user.user_name.as_deref())?;
    check_length("displayName", user.display_name.as_deref())?;
    if let Some(name) = &user.name {
        check_length("name.givenName", name.given_name.as_deref())?;
        check_length("name.familyName", name.family_name.as_deref())?;
        check_length("name.formatted", name.formatted.as_deref())?;
    }
    for (i, email) in user.emails.iter().enumerate() {
        check_required(&format!("emails[{i}].value"), email.value.as_deref())?;
    }
    roles.check("role", user.role.as_deref())
}

/// Checks a group before it is created or replaced.
pub fn check_group(group: &Group, roles: &Roles) -> Result<()> {
    check_required("displayName", group.display_name.as_deref())?;
    check_length("displayName", group.display_name.as_deref())?;
    roles.check("role", group.role.as_deref())?;
    let mut seen = std::collections::HashSet::new();
    for (i, m) in group.members.iter().enumerate() {
        let attr = format!("members[{i}].value");
        check_required(&attr, m.value.as_deref())?;
        if let Some(v) = m.value.as_deref()
            && !seen.insert(v) {
                return Err(Error::validation(&attr, rule::INVALID, format!("member {v:?} is listed twice")));
            }
    }
    Ok(())
}

/// Refuses a replacement that changes a user's emails, when the current ones are known.
/// Absent emails in the replacement are not a change (Celonis keeps the current ones).
pub fn check_email_unchanged(current: &[String], replacement: &User) -> Result<()> {
    if replacement.emails.is_empty() {
        return Ok(());
    }
    if replacement.email_values() != current {
        return Err(Error::validation(
            "emails",
            rule::EMAIL_CHANGE,
            "Celonis forbids changing a user's emails; leave them as they are",
        ));
    }
    Ok(())
}

/// Refuses adding a user to one more group when it already has the maximum.
pub fn check_group_count(user_id: &str, groups_now: usize) -> Result<()> {
    if groups_now >= MAX_GROUPS_PER_USER {
        return Err(Error::validation(
            "members",
            rule::TOO_MANY_GROUPS,
            format!("user {user_id} already belongs to {groups_now} groups; Celonis allows at most {MAX_GROUPS_PER_USER}"),
        ));
    }
    Ok(())
}
