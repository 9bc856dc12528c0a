"""scim2-models classes for Celonis users (the extension at the top level, as Celonis writes
it), so that scim2-client can read the emulator's answers with full validation."""

from __future__ import annotations

from typing import Any, List, Optional

from scim2_models import Extension, Group, ResourceType, User
from scim2_models.urn import URN


class CelonisExtension(Extension):
    __schema__ = URN("urn:celonis:params:scim:schemas:extension:2.0:User")
    role: Optional[str] = None
    send_email_on_invitation: Optional[bool] = None


class CelonisUser(User):  # type: ignore[type-arg]
    role: Optional[str] = None


CelonisUserModel: Any = CelonisUser[CelonisExtension]
MODELS: List[Any] = [CelonisUser, CelonisExtension, Group]
RESOURCE_TYPES: List[Any] = [ResourceType.from_resource(CelonisUserModel), ResourceType.from_resource(Group)]
