"""Inputs the contract and PPM job dialogs share: frequencies, month names and currencies in the UI language."""

from __future__ import annotations

from babel.dates import get_month_names
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QWidget

from desktop.domain.currencies import currencies, currency_codes
from desktop.domain.ppm.frequency import FREQUENCY_LABELS, Frequency
from desktop.ui.directory.code_combo import CodeCombo
from desktop.ui.i18n import formatter


def fit(dialog: QWidget, width: int) -> None:
    """Size ``dialog`` to ``width`` (wider when its content needs it) and to the height its content takes there."""
    layout = dialog.layout()
    layout.activate()
    width = max(width, layout.minimumSize().width())
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
    dialog.resize(width, height if height > 0 else layout.totalSizeHint().height())


def frequency_label(frequency: Frequency) -> str:
    return QCoreApplication.translate("Frequency", FREQUENCY_LABELS[frequency])


def month_names() -> dict[int, str]:
    """The twelve months by number, named in the UI language as a list shows them (capitalised)."""
    names = get_month_names("wide", context="stand-alone", locale=formatter().locale)
    return {month: str(names[month])[:1].upper() + str(names[month])[1:] for month in range(1, 13)}


class FrequencyCombo(QComboBox):
    """Every frequency, named in the UI language; :meth:`value` is the one chosen."""

    def __init__(self, name: str, current: Frequency, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        for frequency in Frequency:
            self.addItem(frequency_label(frequency), frequency)
        self.set_value(current)

    def value(self) -> Frequency:
        return Frequency(self.currentData())

    def set_value(self, frequency: Frequency) -> None:
        self.setCurrentIndex(self.findData(frequency))

    def retranslate(self) -> None:
        for index in range(self.count()):
            self.setItemText(index, frequency_label(Frequency(self.itemData(index))))


class MonthCombo(QComboBox):
    """The twelve months by name; :meth:`month` is the number of the one chosen."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        for month, label in month_names().items():
            self.addItem(label, month)

    def month(self) -> int:
        return int(self.currentData())

    def set_month(self, month: int) -> None:
        self.setCurrentIndex(self.findData(month))

    def retranslate(self) -> None:
        for month, label in month_names().items():
            self.setItemText(self.findData(month), label)


class SeasonMonths(QWidget):
    """Twelve checkable months (three rows of four), the months of a seasonal job's season."""

    def __init__(self, chosen: tuple[int, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seasonalMonths")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        self.boxes: dict[int, QCheckBox] = {}
        for month in range(1, 13):
            box = QCheckBox(self)
            box.setObjectName(f"month{month}")
            box.setChecked(month in chosen)
            grid.addWidget(box, (month - 1) // 4, (month - 1) % 4)
            self.boxes[month] = box
        self.retranslate()

    def months(self) -> tuple[int, ...]:
        return tuple(month for month, box in self.boxes.items() if box.isChecked())

    def retranslate(self) -> None:
        for month, label in month_names().items():
            self.boxes[month].setText(label)


class CurrencyCombo(CodeCombo):
    """Every ISO 4217 currency as "EUR — Euro", named in the UI language; typing part of the name or the code
    finds it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("currency", parent)

    def entries(self) -> list[tuple[str, str]]:
        return [(code, f"{code} — {name}") for code, name in currencies(str(formatter().locale))]

    def typed_code(self, upper: str) -> str | None:
        """A replaced currency is not listed but can be typed as its code."""
        return upper if upper in currency_codes() else None

    def unlisted_text(self, code: str | None) -> str:
        return code or ""


__all__ = [
    "CurrencyCombo",
    "FrequencyCombo",
    "MonthCombo",
    "SeasonMonths",
    "fit",
    "frequency_label",
    "month_names",
]
