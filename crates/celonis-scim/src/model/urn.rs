//! The schema URNs this client reads and writes.

/// The SCIM core User schema.
pub const USER: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
/// The SCIM core Group schema.
pub const GROUP: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";
/// The Celonis user extension (`role`, `sendEmailOnInvitation`).
pub const CELONIS_USER: &str = "urn:celonis:params:scim:schemas:extension:2.0:User";
/// A Celonis group extension container, accepted on read should a server use one for `role`.
pub const CELONIS_GROUP: &str = "urn:celonis:params:scim:schemas:extension:2.0:Group";
/// The ListResponse message.
pub const LIST_RESPONSE: &str = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
/// The SearchRequest message.
pub const SEARCH_REQUEST: &str = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";
/// The BulkRequest message.
pub const BULK_REQUEST: &str = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
/// The BulkResponse message.
pub const BULK_RESPONSE: &str = "urn:ietf:params:scim:api:messages:2.0:BulkResponse";
/// The Error message.
pub const ERROR: &str = "urn:ietf:params:scim:api:messages:2.0:Error";
/// The ServiceProviderConfig schema.
pub const SERVICE_PROVIDER_CONFIG: &str =
    "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
/// The Schema schema.
pub const SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Schema";
/// The ResourceType schema.
pub const RESOURCE_TYPE: &str = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
