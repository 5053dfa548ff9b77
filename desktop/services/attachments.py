"""The files attached to a work order, and the customer's signature (an attachment named ``Signature.png``).

A file is accepted by its name's extension on the allow-list and a content of that type
(:mod:`desktop.domain.file_types`), up to the size limit administrators set (``attachment_size_limit``, 25 MB by
default). Its content is kept inside the database once per SHA-256 (:func:`desktop.services.stored_files.store_file`)
however often it is attached; the user's file name is kept to show, never used as a path.

The name ``Signature.png`` is kept for the customer's signature (:func:`save_signature`; the job sheet prints the
newest one): a file of that name is not attached, and Log similar does not carry a signature over.

Each change is one transaction with its activity entry (kind ``attachment``): ``field`` is ``attached`` (the new
value is the file's name), ``copied`` (the same, the old value the number of the order it came from),
``removed`` (the old value is the file's name) or ``signed`` (the new value is the signer's name, the old value
the file's name). Attaching does not change the order's version: an agent's open view of the order stays valid.

A file read from the disk (:func:`read_upload`) is read once, in chunks hashed as they come, into a buffer of the
file's size: the content is held once (plus, on PostgreSQL, the database driver's copy while it is sent).
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.db.engine import Database
from desktop.db.models import Attachment, Certificate, StoredFile, User, WorkOrder
from desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from desktop.domain.file_types import DISGUISING, IMAGE_TYPES, allowed_type, attachment_name, attachment_type
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.permissions import Permission
from desktop.domain.values import check_text, check_whole_number
from desktop.domain.workorders import ActivityKind
from desktop.services import activity
from desktop.services.actor import Actor, acting_user
from desktop.services.app_settings import attachment_limit, attachment_limit_in
from desktop.services.stored_files import check_file_size, read_file, store_file

SIGNATURE_FILE_NAME = "Signature.png"
SIGNER_MAX = 120
CHUNK = 1024 * 1024

Content = bytes | bytearray | memoryview


@dataclass(frozen=True)
class AttachmentView:
    """An attachment as the order shows it."""

    id: int
    file_name: str
    media_type: str
    size: int
    sha256: str
    user_id: int | None
    user: str | None
    created_at: datetime

    @property
    def is_image(self) -> bool:
        return self.media_type in IMAGE_TYPES


@dataclass(frozen=True)
class Upload:
    """A file read from the disk to be attached: its name (the last part of its path), its content and SHA-256."""

    file_name: str
    content: bytearray
    sha256: str


# --- reading a file ---------------------------------------------------------------------------------------


def read_upload(
    path: str | Path,
    limit: int,
    progress: Callable[[int, int], None] | None = None,
    stopped: Callable[[], bool] | None = None,
) -> Upload | None:
    """Read the file at ``path`` to attach it: refused (before reading) when its extension is not on the allow-list
    or it is larger than ``limit`` bytes, and when its content is not of its extension's type. The content is read
    in chunks into one buffer of the file's size and hashed as it comes; ``progress(done, total)`` after each chunk.
    None when ``stopped()`` says so between chunks."""
    path = Path(path)
    name = attachment_name(path.name)
    allowed_type(name)
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # opening a pipe or a device could wait forever
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{name}” is not a file."), name=name)
        with path.open("rb") as stream:
            size = _size_of(stream.fileno(), name)
            check_file_size(name, size, limit)
            if size == 0:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{name}” is empty."), name=name)
            content = bytearray(size)
            view = memoryview(content)
            hasher = hashlib.sha256()
            done = 0
            while done < size:
                if stopped is not None and stopped():
                    return None
                read = stream.readinto(view[done : done + CHUNK])
                if not read:
                    raise _changed_while_read(name)
                hasher.update(view[done : done + read])
                done += read
                if progress is not None:
                    progress(done, size)
            if stream.read(1):
                raise _changed_while_read(name)
            view.release()
    except OSError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{name}” could not be read: {reason}"),
            name=name,
            reason=error.strerror or type(error).__name__,
        ) from None
    attachment_type(name, content)
    return Upload(name, content, hasher.hexdigest())


def _size_of(descriptor: int, name: str) -> int:
    status = os.fstat(descriptor)
    if not stat.S_ISREG(status.st_mode):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{name}” is not a file."), name=name)
    return status.st_size


def _changed_while_read(name: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "“{name}” changed while it was being read: attach it again."), name=name
    )


# --- attaching ----------------------------------------------------------------------------------------------


def attach_file(db: Database, actor: Actor, number: int, file_name: object, content: Content) -> AttachmentView:
    """Attach ``content`` named ``file_name`` (its folders dropped) to order ``number``; the attachment.

    Refused with nothing written: an extension off the list or a content of another type, a file over the size
    limit, the same content under the same name already on the order, an order that no longer exists, an account
    no longer active.
    """
    return _attach_content(db, actor, number, file_name, content, None)


def attach_upload(db: Database, actor: Actor, number: int, upload: Upload) -> AttachmentView:
    """Attach a file read by :func:`read_upload`: its SHA-256, taken while it was read, spares hashing it again
    when that content is stored already."""
    return _attach_content(db, actor, number, upload.file_name, upload.content, upload.sha256)


def _attach_content(
    db: Database, actor: Actor, number: int, file_name: object, content: Content, sha256: str | None
) -> AttachmentView:
    name = attachment_name(file_name)
    if name.casefold() == SIGNATURE_FILE_NAME.casefold():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{name}” is the name kept for the customer’s signature (Customer signature…): rename the file to "
                "attach it.",
            ),
            name=name,
        )
    if not isinstance(content, bytes | bytearray | memoryview):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{name}” is not the content of a file."), name=name)
    check_file_size(name, len(content), attachment_limit(db))  # before the content is looked through
    kind = attachment_type(name, content)
    for attempt in (1, 2):
        try:
            with db.transaction() as session:
                user = acting_user(session, actor)
                order = _order(session, number)
                check_file_size(name, len(content), attachment_limit_in(session))
                attachment = _attach(session, order, user, name, kind.media_type, content, sha256)
                activity.record(session, order, actor, ActivityKind.ATTACHMENT, field="attached", new=name)
                session.flush()
                return _view(attachment, user.display_name)
        except IntegrityError:
            # The stored content was removed at the same moment (its last attachment removed): store it again.
            if attempt == 2:
                raise
            sha256 = None
    raise AssertionError("unreachable")


def attach_path(
    db: Database,
    actor: Actor,
    number: int,
    path: str | Path,
    progress: Callable[[int, int], None] | None = None,
    stopped: Callable[[], bool] | None = None,
) -> AttachmentView | None:
    """Read the file at ``path`` (see :func:`read_upload`) and attach it; None when stopped while reading."""
    upload = read_upload(path, attachment_limit(db), progress, stopped)
    return None if upload is None else attach_upload(db, actor, number, upload)


def save_signature(db: Database, actor: Actor, number: int, signer: object, png: Content) -> AttachmentView:
    """Keep the customer's signature (a PNG image) as ``Signature.png`` on order ``number`` and log who signed
    (the name without the invisible characters that would change how it is shown).

    Refused with nothing written: no signer's name, a name too long or with characters that cannot be stored, an
    image that is not a PNG."""
    if not isinstance(signer, str) or not signer.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the name of the person who signed."))
    name = check_text(DISGUISING.sub("", signer).strip(), SIGNER_MAX, multiline=False)
    if not isinstance(png, bytes | bytearray | memoryview):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The signature is not an image."))
    check_file_size(SIGNATURE_FILE_NAME, len(png), attachment_limit(db))
    kind = attachment_type(SIGNATURE_FILE_NAME, png)
    with db.transaction() as session:
        user = acting_user(session, actor)
        order = _order(session, number)
        check_file_size(SIGNATURE_FILE_NAME, len(png), attachment_limit_in(session))
        attachment = _attach(session, order, user, SIGNATURE_FILE_NAME, kind.media_type, png, None, unique=False)
        activity.record(
            session, order, actor, ActivityKind.ATTACHMENT, field="signed", old=SIGNATURE_FILE_NAME, new=name
        )
        session.flush()
        return _view(attachment, user.display_name)


def copy_attachments(db: Database, actor: Actor, source: int, target: int) -> int:
    """Attach to order ``target`` the attachments of order ``source`` (Log similar): the same stored contents,
    each logged; the number copied. The customer's signature stays with the order it was given for. NotFound when
    either order no longer exists."""
    for attempt in (1, 2):
        try:
            return _copy_attachments(db, actor, source, target)
        except IntegrityError:
            # An attachment of ``source`` and its stored content were removed at the same moment: copy what is left.
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _copy_attachments(db: Database, actor: Actor, source: int, target: int) -> int:
    with db.transaction() as session:
        user = acting_user(session, actor)
        origin = _order(session, source, lock=False)
        order = _order(session, target)
        rows = session.scalars(
            select(Attachment)
            .where(Attachment.work_order_id == origin.id, Attachment.file_name != SIGNATURE_FILE_NAME)
            .order_by(Attachment.id)
        ).all()
        for row in rows:
            session.add(
                Attachment(
                    work_order_id=order.id,
                    file_sha256=row.file_sha256,
                    file_name=row.file_name,
                    media_type=row.media_type,
                    size=row.size,
                    user_id=user.id,
                )
            )
            activity.record(
                session, order, actor, ActivityKind.ATTACHMENT, field="copied", old=origin.number, new=row.file_name
            )
        session.flush()
        return len(rows)


# --- reading ------------------------------------------------------------------------------------------------


def list_attachments(db: Database, number: int) -> tuple[AttachmentView, ...]:
    """The attachments of order ``number``, oldest first; NotFound when the order no longer exists."""
    with db.reading() as session:
        order_id = session.scalar(select(WorkOrder.id).where(WorkOrder.number == check_whole_number(number)))
        if order_id is None:
            raise _no_order(number)
        rows = session.execute(
            select(Attachment, User.display_name)
            .outerjoin(User, User.id == Attachment.user_id)
            .where(Attachment.work_order_id == order_id)
            .order_by(Attachment.id)
        ).all()
        return tuple(_view(attachment, user) for attachment, user in rows)


def get_attachment(db: Database, attachment_id: int) -> AttachmentView:
    with db.reading() as session:
        row = session.execute(
            select(Attachment, User.display_name)
            .outerjoin(User, User.id == Attachment.user_id)
            .where(Attachment.id == check_whole_number(attachment_id))
        ).first()
        if row is None:
            raise _gone()
        return _view(row[0], row[1])


def attachment_content(db: Database, attachment_id: int) -> bytes:
    """The content of an attachment; NotFound when it was removed."""
    return read_file(db, get_attachment(db, attachment_id).sha256)


# --- removing -----------------------------------------------------------------------------------------------


def remove_attachment(db: Database, actor: Actor, attachment_id: int) -> None:
    """Remove an attachment (its uploader or an administrator), logged on its order; the stored content goes too
    when nothing else (another attachment, a certificate) refers to it."""
    with db.transaction() as session:
        user = acting_user(session, actor)
        # Held until the end: the same attachment removed at the same moment by another agent is removed once.
        attachment = session.get(Attachment, check_whole_number(attachment_id), with_for_update=True)
        if attachment is None:
            raise _gone()
        if attachment.user_id != user.id and Permission.ADMIN not in user.permissions:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Errors", "Only the agent who attached “{name}” or an administrator may remove it."),
                name=attachment.file_name,
            )
        order = session.get_one(WorkOrder, attachment.work_order_id, with_for_update=True)
        sha256, name = attachment.file_sha256, attachment.file_name
        session.delete(attachment)
        activity.record(session, order, actor, ActivityKind.ATTACHMENT, field="removed", old=name)
        session.flush()
        _forget_unreferenced(session, sha256)


def _forget_unreferenced(session: Session, sha256: str) -> None:
    """Delete the stored content ``sha256`` when no attachment or certificate refers to it any more. A content
    attached again at the same moment by another transaction stays (its reference makes the delete fail)."""
    unreferenced = (
        delete(StoredFile)
        .where(StoredFile.sha256 == sha256)
        .where(~exists().where(Attachment.file_sha256 == sha256))
        .where(~exists().where(Certificate.file_sha256 == sha256))
    )
    if session.get_bind().dialect.name == "sqlite":  # writers are serialised: no one attaches meanwhile
        session.execute(unreferenced)
        return
    try:
        with session.begin_nested():
            session.execute(unreferenced)
    except IntegrityError:
        pass


# --- helpers ------------------------------------------------------------------------------------------------


def _order(session: Session, number: int, lock: bool = True) -> WorkOrder:
    query = select(WorkOrder).where(WorkOrder.number == check_whole_number(number))
    order = session.scalar(query.with_for_update() if lock else query)
    if order is None:
        raise _no_order(number)
    return order


def _attach(
    session: Session,
    order: WorkOrder,
    user: User,
    name: str,
    media_type: str,
    content: Content,
    sha256: str | None,
    unique: bool = True,
) -> Attachment:
    sha256 = _store(session, content, sha256)
    if unique:
        twin = session.scalar(
            select(Attachment.id).where(
                Attachment.work_order_id == order.id, Attachment.file_sha256 == sha256, Attachment.file_name == name
            )
        )
        if twin is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{name}” is already attached to this work order."), name=name
            )
    attachment = Attachment(
        work_order_id=order.id,
        file_sha256=sha256,
        file_name=name,
        media_type=media_type,
        size=len(content),
        user_id=user.id,
    )
    session.add(attachment)
    return attachment


def _store(session: Session, content: Content, sha256: str | None) -> str:
    """Keep ``content`` once (see :func:`store_file`); its SHA-256. A ``sha256`` taken while reading spares hashing
    the content again."""
    return store_file(session, content, sha256)


def _view(attachment: Attachment, user: str | None) -> AttachmentView:
    return AttachmentView(
        id=attachment.id,
        file_name=attachment.file_name,
        media_type=attachment.media_type,
        size=attachment.size,
        sha256=attachment.file_sha256,
        user_id=attachment.user_id,
        user=user,
        created_at=attachment.created_at,
    )


def _no_order(number: object) -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("Errors", "Work order {number} does not exist."), number=number)


def _gone() -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("Errors", "The attachment was removed by someone else."))


__all__ = [
    "SIGNATURE_FILE_NAME",
    "AttachmentView",
    "Upload",
    "attach_file",
    "attach_path",
    "attach_upload",
    "attachment_content",
    "copy_attachments",
    "get_attachment",
    "list_attachments",
    "read_upload",
    "remove_attachment",
    "save_signature",
]
