"""What a PPM generation run would do now, read without writing anything: the orders it would create, the
periods it would skip as missed and the orders it would close as Not done (auto-close), grouped by contract, for
the preview an agent ticks before generating (and for ``bureau generate-ppm --dry-run``).

The preview reads the periods as stored. A run first re-plans the buildings whose dynamic-dates anchor (their
last completed visit or certificate) moved; the preview lists those buildings (``replans``) without planning them,
so the dates it shows for their periods are the stored ones, which the re-plan may still move. A building listed
whose schedule turns out not to change is left as it is by the run.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.engine import Database
from desktop.db.models import Building, Contract, FinancialPeriod, JobBuilding, PpmJob
from desktop.services.ppm.auto_close import DueClose, due_closes
from desktop.services.ppm.following import moved_anchors
from desktop.services.ppm.generation import check_until, without_order_due_by
from desktop.services.ppm.loading import chunks


@dataclass(frozen=True)
class PreviewPeriod:
    """A due period without an order: one a run would generate, or one it skips as missed."""

    period_id: int
    job_building_id: int
    contract_reference: str
    job_description: str
    building_name: str
    financial_start: date
    financial_end: date
    visit_start: date | None  # None: invoice only, the order is closed at once
    visit_end: date | None
    auto_generation_date: date

    @property
    def invoice_only(self) -> bool:
        return self.visit_start is None


@dataclass(frozen=True)
class Replan:
    """A building a run would re-plan from its last completed visit or certificate before generating."""

    job_building_id: int
    job_description: str
    building_name: str


@dataclass(frozen=True)
class ContractPreview:
    contract_id: int
    reference: str
    manual_generation: bool  # generated only by an agent who ticks its orders in the preview
    orders: tuple[PreviewPeriod, ...]  # to create, by auto-generation date
    missed: tuple[PreviewPeriod, ...]  # skipped: their financial end has passed
    replans: tuple[Replan, ...] = ()
    closes: tuple[DueClose, ...] = ()  # open orders to close as Not done, by financial end and number

    @property
    def invoice_only(self) -> int:
        return sum(1 for order in self.orders if order.invoice_only)


@dataclass(frozen=True)
class GenerationPreview:
    until: date
    today: date
    contracts: tuple[ContractPreview, ...]  # those with something to create, miss, re-plan or close, by reference

    @property
    def orders(self) -> int:
        return sum(len(contract.orders) for contract in self.contracts)

    @property
    def invoice_only(self) -> int:
        return sum(contract.invoice_only for contract in self.contracts)

    @property
    def missed(self) -> int:
        return sum(len(contract.missed) for contract in self.contracts)

    @property
    def replans(self) -> int:
        return sum(len(contract.replans) for contract in self.contracts)

    @property
    def closes(self) -> int:
        return sum(len(contract.closes) for contract in self.contracts)

    def automatic_closes(self) -> dict[int, int]:
        """The orders a run without an agent closes as Not done (those of contracts not marked for manual
        generation): order id -> version as read."""
        return {close.order_id: close.version for c in self.contracts if not c.manual_generation for close in c.closes}

    def automatic_period_ids(self) -> list[int]:
        """The periods a run without an agent generates: those of contracts not marked for manual generation."""
        return [order.period_id for c in self.contracts if not c.manual_generation for order in c.orders]


def preview_generation(
    db: Database, until: date, today: date | None = None, far_ahead: bool = False
) -> GenerationPreview:
    """What :func:`generate_due_ppms` up to ``until`` would create, skip and close as Not done now, contracts
    marked for manual generation included and flagged; refused as the run is (``until`` more than a year ahead
    without ``far_ahead``). Writes nothing. The orders to close are those due on ``today``, as stored: a re-plan
    the run makes first may move a period's end, and the run checks each order again."""
    today = today or date.today()
    check_until(until, today, far_ahead)
    orders: dict[int, list[PreviewPeriod]] = defaultdict(list)
    missed: dict[int, list[PreviewPeriod]] = defaultdict(list)
    contracts: dict[int, tuple[str, bool]] = {}
    replans: dict[int, list[Replan]] = defaultdict(list)
    moved = moved_anchors(db) if until >= today else []  # as the run: one up to a day past re-plans nothing
    with db.reading() as session:
        for row in session.execute(_due(until)):
            contracts[row.contract_id] = (row.reference, row.manual_generation)
            period = _period(row)
            (missed if row.financial_end < today else orders)[row.contract_id].append(period)
        for row in _replans(session, moved):
            contracts[row.contract_id] = (row.reference, row.manual_generation)
            replans[row.contract_id].append(Replan(row.id, row.description, row.name))
    closes: dict[int, list[DueClose]] = defaultdict(list)
    for close in due_closes(db, today):
        contracts[close.contract_id] = (close.contract_reference, close.manual_generation)
        closes[close.contract_id].append(close)
    previews = [
        ContractPreview(
            key,
            reference,
            manual,
            tuple(orders.get(key, ())),
            tuple(missed.get(key, ())),
            tuple(replans.get(key, ())),
            tuple(closes.get(key, ())),
        )
        for key, (reference, manual) in contracts.items()
    ]
    return GenerationPreview(until, today, tuple(sorted(previews, key=lambda preview: preview.reference)))


def _due(until: date) -> Any:
    period = FinancialPeriod
    return (
        select(
            period.id,
            period.job_building_id,
            period.financial_start,
            period.financial_end,
            period.visit_start,
            period.visit_end,
            period.auto_generation_date,
            PpmJob.description,
            PpmJob.contract_id,
            Contract.reference,
            Contract.manual_generation,
            Building.name,
        )
        .join(JobBuilding, period.job_building_id == JobBuilding.id)
        .join(PpmJob, JobBuilding.ppm_job_id == PpmJob.id)
        .join(Contract, PpmJob.contract_id == Contract.id)
        .join(Building, JobBuilding.building_id == Building.id)
        .where(*without_order_due_by(until), Contract.active.is_(True))
        .order_by(period.auto_generation_date, period.id)
    )


def _period(row: Any) -> PreviewPeriod:
    return PreviewPeriod(
        row.id,
        row.job_building_id,
        row.reference,
        row.description,
        row.name,
        row.financial_start,
        row.financial_end,
        row.visit_start,
        row.visit_end,
        row.auto_generation_date,
    )


def _replans(session: Session, ids: Sequence[int]) -> list[Any]:
    rows: list[Any] = []
    for chunk in chunks(ids):
        rows += session.execute(
            select(
                JobBuilding.id,
                PpmJob.description,
                PpmJob.contract_id,
                Contract.reference,
                Contract.manual_generation,
                Building.name,
            )
            .join(PpmJob, JobBuilding.ppm_job_id == PpmJob.id)
            .join(Contract, PpmJob.contract_id == Contract.id)
            .join(Building, JobBuilding.building_id == Building.id)
            .where(JobBuilding.id.in_(chunk))
            .order_by(JobBuilding.id)
        ).all()
    return rows
