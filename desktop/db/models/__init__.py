"""Every mapped class, so that ``Base.metadata`` is complete once this package is imported."""

from desktop.db.fields import label_columns
from desktop.db.models.base import Base
from desktop.db.models.changes import ChangeEntry
from desktop.db.models.clients import Building, BuildingClosure, Client, Contact, ContactBuilding
from desktop.db.models.contracts import (
    Certificate,
    Contract,
    FinancialPeriod,
    JobBuilding,
    PpmJob,
    ScheduleHistoryEntry,
)
from desktop.db.models.files import StoredFile
from desktop.db.models.filters import LAST_USED, SavedFilter
from desktop.db.models.outbox import OutboxEmail
from desktop.db.models.people import Role, RolePermission, User, user_role
from desktop.db.models.settings import AppSetting
from desktop.db.models.working import Attachment, Rate, ReplyTemplate, ReplyTemplateBody, RunningTimer, TimeEntry
from desktop.db.models.workorders import ActivityEntry, WorkOrder, WorkOrderNotification

label_columns(Base.metadata)

__all__ = [
    "LAST_USED",
    "ActivityEntry",
    "AppSetting",
    "Attachment",
    "Base",
    "Building",
    "BuildingClosure",
    "Certificate",
    "ChangeEntry",
    "Client",
    "Contact",
    "ContactBuilding",
    "Contract",
    "FinancialPeriod",
    "JobBuilding",
    "OutboxEmail",
    "PpmJob",
    "Rate",
    "ReplyTemplate",
    "ReplyTemplateBody",
    "Role",
    "RolePermission",
    "RunningTimer",
    "SavedFilter",
    "ScheduleHistoryEntry",
    "StoredFile",
    "TimeEntry",
    "User",
    "WorkOrder",
    "WorkOrderNotification",
    "user_role",
]
