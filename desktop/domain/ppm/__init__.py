"""Planned preventive maintenance: frequencies and the period planner."""

from desktop.domain.ppm.frequency import Frequency
from desktop.domain.ppm.planner import PeriodPlanInput, PlannedPeriod, plan_periods, site_value

__all__ = ["Frequency", "PeriodPlanInput", "PlannedPeriod", "plan_periods", "site_value"]
