//! Licence seats: each user consumes a seat of its effective role, the highest of its own
//! role and its groups' roles. Roles with a configured limit refuse changes that exceed it.

use std::collections::BTreeMap;

use crate::failure::{Failure, Outcome};

/// Role ranks: MEMBER 0, ANALYST 1, admin 2.
pub type Rank = u8;

/// Seat counts per rank and their limits.
#[derive(Debug, Clone, Default)]
pub struct Seats {
    counts: [usize; 3],
    limits: [Option<usize>; 3],
    names: [String; 3],
}

impl Seats {
    /// Seats with limits by role name (`ANALYST`, the admin value).
    pub fn new(limits: &BTreeMap<String, usize>, admin_role: &str) -> Self {
        let names = ["MEMBER".to_owned(), "ANALYST".to_owned(), admin_role.to_owned()];
        let mut l = [None; 3];
        for (i, n) in names.iter().enumerate() {
            l[i] = limits.get(n).copied();
        }
        Seats { counts: [0; 3], limits: l, names }
    }

    /// The rank of a role value; `None` when unknown.
    pub fn rank(&self, role: &str) -> Option<Rank> {
        self.names.iter().position(|n| n == role).map(|i| i as Rank)
    }

    /// The role value of a rank.
    pub fn name(&self, rank: Rank) -> &str {
        &self.names[usize::from(rank)]
    }

    /// Checks and applies a change of effective ranks: `(before, after)` per affected user
    /// (`None` for a user that does not exist on that side).
    pub fn apply(&mut self, changes: &[(Option<Rank>, Option<Rank>)]) -> Outcome<()> {
        let mut next = self.counts;
        for (before, after) in changes {
            if let Some(b) = before {
                next[usize::from(*b)] -= 1;
            }
            if let Some(a) = after {
                next[usize::from(*a)] += 1;
            }
        }
        for (((limit, wanted), now), name) in self.limits.iter().zip(next).zip(self.counts).zip(&self.names) {
            if let Some(limit) = *limit
                && wanted > limit
                && wanted > now
            {
                return Err(Failure::bad("invalidValue", format!("License exceeded: {wanted} seats for role {name} (limit {limit})")));
            }
        }
        self.counts = next;
        Ok(())
    }

    /// Seats in use per role name.
    pub fn usage(&self) -> BTreeMap<String, usize> {
        self.names.iter().cloned().zip(self.counts).collect()
    }
}
