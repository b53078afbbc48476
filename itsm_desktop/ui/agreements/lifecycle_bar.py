"""The strip above the agreement editor: its status, the allowed steps, and the read-only banner."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from itsm_desktop.domain.enums import AgreementStatus
from itsm_desktop.domain.rules import AGREEMENT_TRANSITIONS
from itsm_desktop.domain.translatable import translatable

from ..common.icons import icon
from ..common.local_formats import show_date
from ..common.theme import set_toned_style
from ..common.translate import label_of
from ..common.widgets import muted
from .common import status_chip_style, tr

# step name → (button text, icon, tooltip)
STEPS: dict[str, tuple[str, str, str]] = {
    "submit": (translatable("Submit for review"), "submit",
               translatable("Check that the agreement is complete and hand it to the reviewers.")),
    "activate": (translatable("Activate…"), "activate", translatable("Record the signatures: the agreement comes into force.")),
    "return": (translatable("Return to draft"), "revert", translatable("Take the agreement back to make changes.")),
    "terminate": (translatable("Terminate…"), "terminate", translatable("End the agreement before its end date.")),
    "revise": (translatable("Revise"), "revise", translatable("Start a new draft revision with everything copied.")),
    "duplicate": (translatable("Duplicate for another customer…"), "duplicate",
                  translatable("Copy the agreement as a new draft, for example for another customer.")),
    "open_newer": (translatable("Open revision {revision}"), "open", translatable("Open the newer revision of this agreement.")),
}
NEXT_HINT = {
    AgreementStatus.DRAFT: translatable("Next: submit it for review when the content is complete."),
    AgreementStatus.IN_REVIEW: translatable("Next: activate it once it is signed, or return it to draft for changes."),
}


@dataclass(frozen=True)
class LifecycleState:
    """What the strip needs to know about the agreement shown."""

    stored: bool
    status: AgreementStatus
    reference: str = ""
    revision: int = 1
    valid_to: date | None = None
    signed_on: date | None = None
    newer: tuple[int, int, AgreementStatus] | None = None  # id, revision, status of a newer revision

    def steps(self) -> list[str]:
        """The steps allowed from this state, in the order they are offered."""
        if not self.stored:
            return []
        allowed = AGREEMENT_TRANSITIONS[self.status]
        steps = []
        if AgreementStatus.IN_REVIEW in allowed:
            steps.append("submit")
        if AgreementStatus.ACTIVE in allowed:
            steps.append("activate")
        if self.status == AgreementStatus.IN_REVIEW and AgreementStatus.DRAFT in allowed:
            steps.append("return")
        if self.status in (AgreementStatus.ACTIVE, AgreementStatus.EXPIRED):
            steps.append("open_newer" if self.newer is not None else "revise")
        elif self.status == AgreementStatus.SUPERSEDED and self.newer is not None:
            steps.append("open_newer")
        if AgreementStatus.TERMINATED in allowed:
            steps.append("terminate")
        steps.append("duplicate")
        return steps


def newer_revision(current_id: int | None, revision: int,
                   revisions: Sequence[tuple[int, int, AgreementStatus]]) -> tuple[int, int, AgreementStatus] | None:
    """The revision to go to from an older one: a pending draft, else the active one, else the newest."""
    newer = [r for r in revisions if r[1] > revision and r[0] != current_id]
    if not newer:
        return None
    for wanted in (AgreementStatus.DRAFT, AgreementStatus.IN_REVIEW, AgreementStatus.ACTIVE):
        found = [r for r in newer if r[2] == wanted]
        if found:
            return found[-1]
    return newer[-1]


class ReadOnlyBanner(QFrame):
    """Says why the agreement cannot be edited and offers the way forward."""

    requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read_only_banner")
        set_toned_style(self, "#read_only_banner {{ background: {warning_background}; border: 1px solid "
                        "{warning}; border-radius: 6px; }} #read_only_banner QLabel {{ background: transparent; }}")
        self.icon = QLabel(self)
        self.icon.setPixmap(icon("warning").pixmap(QSize(22, 22)))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(self)
        self.title.setObjectName("banner_title")
        self.title.setStyleSheet("font-weight: bold;")
        self.text = QLabel(self)
        self.text.setObjectName("banner_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self)
        self.button.setObjectName("banner_action")
        self._step = ""
        self.button.clicked.connect(lambda: self.requested.emit(self._step))
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(10)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)

    @property
    def step(self) -> str:
        """The step the banner's button offers."""
        return self._step

    def show_state(self, state: LifecycleState) -> None:
        """Show the banner for a read-only agreement, hide it otherwise."""
        s, name = state.status, tr("{reference} revision {revision}").format(
            reference=state.reference, revision=state.revision)
        until = show_date(state.valid_to) if state.valid_to else tr("further notice")
        newer = state.newer
        if not state.stored or s in (AgreementStatus.DRAFT, AgreementStatus.IN_REVIEW):
            self.hide()
            return
        if s == AgreementStatus.ACTIVE:
            title = tr("In force — read-only")
            signed = show_date(state.signed_on) if state.signed_on else "?"
            text = tr("{name} was signed on {signed} and is valid until {until}. An active agreement cannot "
                      "be edited: revise it to prepare the changes as a new draft revision. This revision "
                      "stays in force until the new one is activated.").format(name=name, signed=signed,
                                                                             until=until)
        elif s == AgreementStatus.EXPIRED:
            title = tr("Expired — read-only")
            text = tr("The validity of {name} ended on {until}; it is kept unchanged for the record. "
                      "Revise it to renew the agreement.").format(name=name, until=until)
        elif s == AgreementStatus.SUPERSEDED:
            title = tr("Superseded — read-only")
            by = tr("revision {revision}").format(revision=newer[1]) if newer else tr("a newer revision")
            text = tr("{name} was replaced by {by} and is kept unchanged for the record.").format(name=name, by=by)
        else:
            title = tr("Terminated — read-only")
            text = tr("{name} was ended before its end date and is kept unchanged for the record. To agree "
                      "the services again, duplicate it as a new agreement.").format(name=name)
        if newer is not None and s != AgreementStatus.SUPERSEDED:
            text += " " + tr("Revision {revision} is being prepared ({status}).").format(
                revision=newer[1], status=label_of(newer[2]).lower())
        self.title.setText(title)
        self.text.setText(text)
        steps = state.steps()
        self._step = next((step for step in ("revise", "open_newer") if step in steps), "duplicate")
        label, icon_name, tip = STEPS[self._step]
        self.button.setText(tr(label).format(revision=newer[1] if newer else ""))
        self.button.setIcon(icon(icon_name))
        self.button.setToolTip(tr(tip))
        self.show()


class LifecycleBar(QWidget):
    """The status as a coloured pill, a hint about the next step, and the steps allowed now."""

    requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chip = QLabel(self)
        self.chip.setObjectName("status_chip")
        self.chip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.hint = muted("", self)
        self.hint.setObjectName("lifecycle_hint")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for step, (label, icon_name, tip) in STEPS.items():
            button = QPushButton(icon(icon_name), tr(label), self)
            button.setObjectName(f"step_{step}")
            button.setToolTip(tr(tip))
            button.clicked.connect(lambda _checked=False, s=step: self.requested.emit(s))
            button.hide()
            self.buttons[step] = button
            row.addWidget(button)
        row.addStretch(1)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(8)
        top.addWidget(self.chip)
        top.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(row)

    def show_state(self, state: LifecycleState, banner_step: str = "") -> None:
        """Show the status and the steps allowed, except the one the banner already offers."""
        if state.stored:
            self.chip.setText(label_of(state.status))
            self.chip.setStyleSheet(status_chip_style(state.status))
            self.hint.setText(tr(NEXT_HINT.get(state.status, "")))
        else:
            self.chip.setText(tr("New draft"))
            self.chip.setStyleSheet(status_chip_style(AgreementStatus.DRAFT))
            self.hint.setText(tr("Not saved yet. Save the draft, then submit it for review."))
        steps = state.steps()
        primary = next((s for s in ("submit", "activate") if s in steps), None)
        for step, button in self.buttons.items():
            shown = step in steps and step != banner_step
            button.setVisible(shown)
            button.setDefault(False)
            button.setAutoDefault(False)
            if step == "open_newer" and state.newer is not None:
                button.setText(tr(STEPS[step][0]).format(revision=state.newer[1]))
            font = button.font()
            font.setBold(step == primary)
            button.setFont(font)

    def visible_steps(self) -> list[str]:
        return [step for step, button in self.buttons.items() if not button.isHidden()]
