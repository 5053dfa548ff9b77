"""Clients, their buildings (sites) and contacts."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.models.base import Base, Versioned
from desktop.db.types import Line, LongText


class Client(Versioned, Base):
    __tablename__ = "client"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Line(200), index=True)
    reference: Mapped[str] = mapped_column(Line(40), unique=True)
    # An archived client: kept for its orders and contracts, offered for no new work.
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    buildings: Mapped[list[Building]] = relationship(back_populates="client")
    contacts: Mapped[list[Contact]] = relationship(back_populates="client")


class Building(Versioned, Base):
    __tablename__ = "building"
    __table_args__ = (CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    name: Mapped[str] = mapped_column(Line(200), index=True)
    address_line: Mapped[str] = mapped_column(Line(200))
    postcode: Mapped[str] = mapped_column(Line(20), index=True)
    city: Mapped[str] = mapped_column(Line(100), index=True)
    country: Mapped[str] = mapped_column(Line(2), index=True)  # ISO 3166-1 alpha-2
    start_date: Mapped[date]
    end_date: Mapped[date | None]
    access_notes: Mapped[str | None] = mapped_column(LongText())
    # An archived building: kept for the orders that name it, no new order or change of building points at it.
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    client: Mapped[Client] = relationship(back_populates="buildings")


class BuildingClosure(Base):
    """A time when the building is closed: no PPM visit is planned in a period that overlaps it."""

    __tablename__ = "building_closure"
    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id", ondelete="CASCADE"), index=True)
    start_date: Mapped[date]
    end_date: Mapped[date]  # inclusive
    reason: Mapped[str | None] = mapped_column(Line(200))


class Contact(Versioned, Base):
    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    name: Mapped[str] = mapped_column(Line(200), index=True)
    email: Mapped[str | None] = mapped_column(Line(254), index=True)
    phone: Mapped[str | None] = mapped_column(Line(40), index=True)
    # The language Bureau writes to the contact in (a code of desktop.domain.languages.LANGUAGES); None: the
    # sender's.
    language: Mapped[str | None] = mapped_column(Line(10))
    receives_ppm_emails: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    client: Mapped[Client] = relationship(back_populates="contacts")


class ContactBuilding(Base):
    """A building the contact is the contact for (of the contact's client)."""

    __tablename__ = "contact_building"
    __table_args__ = (UniqueConstraint("contact_id", "building_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id", ondelete="CASCADE"), index=True)
