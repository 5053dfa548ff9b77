"""Clients, their buildings (sites) and contacts."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.db.models.base import Base, Versioned
from desktop.db.types import Line


class Client(Versioned, Base):
    __tablename__ = "client"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Line(200), index=True)
    reference: Mapped[str] = mapped_column(Line(40), unique=True)
    buildings: Mapped[list[Building]] = relationship(back_populates="client")
    contacts: Mapped[list[Contact]] = relationship(back_populates="client")


class Building(Versioned, Base):
    __tablename__ = "building"
    __table_args__ = (CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    name: Mapped[str] = mapped_column(Line(200), index=True)
    address_line: Mapped[str] = mapped_column(Line(200))
    postcode: Mapped[str] = mapped_column(Line(20))
    city: Mapped[str] = mapped_column(Line(100))
    country: Mapped[str] = mapped_column(Line(2))  # ISO 3166-1 alpha-2
    start_date: Mapped[date]
    end_date: Mapped[date | None]
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
    name: Mapped[str] = mapped_column(Line(200))
    email: Mapped[str | None] = mapped_column(Line(254))
    phone: Mapped[str | None] = mapped_column(Line(40))
    receives_ppm_emails: Mapped[bool] = mapped_column(Boolean, default=False)
    client: Mapped[Client] = relationship(back_populates="contacts")
