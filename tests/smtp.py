"""A real SMTP server on loopback (aiosmtpd) for the outbox tests: it records what it receives.

It can answer "451 4.3.0 try later" to the next N messages, refuse some recipients or senders for good, and
require a user name and password.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from desktop.services.outbox import SmtpConfig

TRY_LATER = "451 4.3.0 try later"
NO_SUCH_USER = "550 5.1.1 no such user here"
SENDER_REFUSED = "553 5.7.1 sender address not allowed"


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage


@dataclass
class Handler:
    received: list[Received] = field(default_factory=list)
    fail_next: int = 0  # answer TRY_LATER to this many messages first
    refused: set[str] = field(default_factory=set)  # recipients refused with NO_SUCH_USER
    refused_senders: set[str] = field(default_factory=set)  # MAIL FROM refused with SENDER_REFUSED
    failures: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_MAIL(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if address in self.refused_senders:
            return SENDER_REFUSED
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if address in self.refused:
            return NO_SUCH_USER
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:  # noqa: N802
        with self.lock:
            if self.fail_next > 0:
                self.fail_next -= 1
                self.failures += 1
                return TRY_LATER
            content = envelope.content if isinstance(envelope.content, bytes) else str(envelope.content).encode()
            message = message_from_bytes(content, policy=policy.default)
            assert isinstance(message, EmailMessage)
            self.received.append(Received(str(envelope.mail_from), list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"


class LoopbackSmtp:
    """The server's port and handler, and the SmtpConfig that sends through it (no STARTTLS)."""

    def __init__(self, handler: Handler, port: int, users: dict[str, str] | None) -> None:
        self.handler = handler
        self.port = port
        self.users = users

    @property
    def received(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.received)

    def config(self, **changes: Any) -> SmtpConfig:
        values: dict[str, Any] = {
            "host": "127.0.0.1",
            "port": self.port,
            "starttls": False,
            "sender": "helpdesk@bureau.example",
            "timeout": 5.0,
        }
        values.update(changes)
        return SmtpConfig(**values)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def loopback_smtp(users: dict[str, str] | None = None) -> Iterator[LoopbackSmtp]:
    """Start a server on 127.0.0.1 and a free port; stop it afterwards."""
    handler = Handler()
    kwargs: dict[str, Any] = {}
    if users is not None:

        def authenticate(server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any) -> AuthResult:
            ok = isinstance(data, LoginPassword) and users.get(data.login.decode()) == data.password.decode()
            return AuthResult(success=ok, handled=False)

        kwargs = {"authenticator": authenticate, "auth_require_tls": False}
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    try:
        yield LoopbackSmtp(handler, port, users)
    finally:
        controller.stop()
