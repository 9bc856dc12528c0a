//! The SCIM documents this client sends and receives.
//!
//! Reading is tolerant (case-insensitive names, booleans as strings, extension containers,
//! unknown attributes kept); writing follows the vendor's examples (see each `to_wire`).

pub mod bulk;
pub mod common;
pub mod discovery;
pub mod group;
pub mod lenient;
pub mod list;
pub mod resource;
#[cfg(feature = "schema")]
mod schema;
pub mod urn;
pub mod user;

pub use bulk::{BulkOperation, BulkOperationResponse, BulkRequest, BulkResponse};
pub use common::{Meta, MultiValue, Name, Reference};
pub use discovery::{ResourceType, Schema, ServiceProviderConfig};
pub use group::Group;
pub use list::{ListResponse, SearchRequest};
pub use resource::Resource;
pub use user::User;
