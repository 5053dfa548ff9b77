"""Planned preventive maintenance: frequencies and the period planner."""

from desktop.domain.ppm.frequency import Frequency

__all__ = ["Frequency"]
