"""The home page: the catalog by lifecycle status, gaps in coverage, and recent changes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from itsm_desktop.domain.enums import HistoryAction, ServiceStatus
from itsm_desktop.domain.translatable import translatable

from ..common.accessible import name
from ..common.context import AppContext
from ..common.field_names import humanize
from ..common.local_formats import show_datetime, show_whole
from ..common.messages import say
from ..common.page import Page
from ..common.translate import label_of
from ..common.translate import tr as _tr
from ..common.widgets import MARGIN, SPACING, EmptyState, LinkList, LinkTable, heading, muted

if TYPE_CHECKING:
    from itsm_desktop.services.dashboard import AttentionItem
    from itsm_desktop.services.overview import Overview, RecentChange

ATTENTION_LIMIT = 50
ENTITY_ICONS = {"service": "catalog", "organization": "organizations", "contact": "contacts",
                "agreement": "agreements", "service_family": "filter", "service_level_target": "service_levels"}
OPENABLE = ("service", "organization", "contact", "agreement")


def ago(moment: datetime, now: datetime | None = None) -> str:
    """A short, human distance in time: "just now", "5 min ago", "yesterday", or the date."""
    now = now or datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return _tr("just now")
    if seconds < 3600:
        return _tr("{n} min ago").format(n=int(seconds // 60))
    local = moment.astimezone()
    if seconds < 86400 and local.date() == now.astimezone().date():
        return _tr("today {time}").format(time=local.strftime("%H:%M"))
    if seconds < 2 * 86400:
        return _tr("yesterday {time}").format(time=local.strftime("%H:%M"))
    return show_datetime(local)


class StatusCard(QPushButton):
    """A big number over a status name; clicking it lists those services."""

    def __init__(self, status: ServiceStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setObjectName(f"status_{status.value}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.count = heading("0", size_delta=10)
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label = QLabel(label_of(status), self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING * 2, SPACING, SPACING * 2)
        layout.setSpacing(2)
        layout.addWidget(self.count)
        layout.addWidget(self.label)
        self.setMinimumHeight(self.count.sizeHint().height() + self.label.sizeHint().height() + 40)
        self.setToolTip(self.tr("Show the {status} services").format(status=label_of(status).lower()))

    def set_count(self, n: int) -> None:
        self.count.setText(show_whole(n))
        self.setAccessibleName(f"{label_of(self.status)}: {show_whole(n)}")


def _panel(title: str, note: str, body: QWidget, extra: QWidget | None = None) -> QFrame:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
    layout.setSpacing(SPACING // 2)
    layout.addWidget(heading(title, size_delta=2))
    name(body, title, note)
    layout.addWidget(muted(note))
    layout.addSpacing(4)
    layout.addWidget(body, 1)
    if extra is not None:
        layout.addWidget(extra)
    return frame


def tr_field(key: str) -> str:
    """A changed field as the editors label it, in the screens' language where that label is
    translated (``job_title`` → "Job title" → "Funktion")."""
    return _tr(humanize(key))


class HomePage(Page):
    """At a glance: services by lifecycle state, live services with no agreement, latest edits."""

    title = translatable("Home")
    icon_name = "home"
    entity = None

    show_services = Signal(object)  # a ServiceStatus: open the catalog filtered by it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._stale = True
        self._data: Overview | None = None
        self.title_label = heading(self.tr("At a glance"), size_delta=5)
        self.database_label = muted()
        self.database_label.setObjectName("home_database")

        self.cards: dict[ServiceStatus, StatusCard] = {}
        cards = QHBoxLayout()
        cards.setSpacing(SPACING)
        for status in ServiceStatus:
            card = StatusCard(status, self)
            card.clicked.connect(lambda _c=False, s=status: self.show_services.emit(s))
            self.cards[status] = card
            cards.addWidget(card)

        self.uncovered = LinkList(rows=6)
        self.uncovered.setObjectName("live_without_agreement")
        self.uncovered.activated_record.connect(ctx.hub.open_record)
        self.uncovered_more = muted()
        self.attention = LinkTable([self.tr("Record"), self.tr("Why")], (-1, -1))
        self.attention.setObjectName("attention")
        self.attention.activated_record.connect(ctx.hub.open_record)
        self.recent = LinkTable([self.tr("Record"), self.tr("Change"), self.tr("When"), self.tr("By")],
                                (240, -1, 130, 110))
        self.recent.setObjectName("recent_changes")
        self.recent.activated_record.connect(ctx.hub.open_record)
        panels = QGridLayout()
        panels.setSpacing(SPACING * 2)
        panels.addWidget(_panel(self.tr("Live services without an agreement"),
                                self.tr("Live services that no current SLA, OLA or contract covers yet."),
                                self.uncovered, self.uncovered_more), 0, 0)
        attention = _panel(self.tr("Needs attention"),
                           self.tr("Agreements ending soon, due for review or waiting in review; "
                                   "live services no active SLA covers; SLA targets their OLAs and "
                                   "contracts leave no margin; targets breached or at risk."),
                           self.attention)
        panels.addWidget(attention, 0, 1)
        panels.addWidget(_panel(self.tr("Recently changed"),
                                self.tr("The latest edits to services, organizations, contacts "
                                        "and agreements."), self.recent), 1, 0, 1, 2)
        panels.setColumnStretch(0, 1)
        panels.setColumnStretch(1, 1)
        panels.setRowStretch(0, 1)
        panels.setRowStretch(1, 1)

        board = QWidget(self)
        body = QVBoxLayout(board)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(SPACING * 2)
        body.addWidget(heading(self.tr("Services by lifecycle status"), size_delta=2))
        body.addLayout(cards)
        body.addLayout(panels, 1)

        self.welcome = EmptyState(self)
        self.welcome.set_content(
            "itsm-desktop", self.tr("Welcome to ITSM Desktop"),
            self.tr("This database is empty. Where to start: explore the sample portfolio, a "
                    "complete catalog with agreements; import your services from a spreadsheet "
                    "(CSV, XLSX or ODS); or create your first service. The user guide (F1) "
                    "walks through the everyday tasks."),
            [("welcome_sample", self.tr("Load sample portfolio"),
              lambda: self.action_requested.emit("load_sample")),
             ("welcome_import", self.tr("Import a spreadsheet…"),
              lambda: self.action_requested.emit("import_data")),
             ("welcome_new_service", self.tr("New service"),
              lambda: self.action_requested.emit("new_service")),
             ("welcome_guide", self.tr("Read the guide"),
              lambda: self.action_requested.emit("user_guide"))])
        self.board = board

        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(MARGIN * 2, MARGIN * 2, MARGIN * 2, MARGIN * 2)
        layout.setSpacing(SPACING)
        layout.addWidget(self.title_label)
        layout.addWidget(self.database_label)
        layout.addSpacing(SPACING)
        layout.addWidget(board, 1)
        layout.addWidget(self.welcome, 1)
        layout.addStretch(0)  # the heading stays at the top while neither shows (figures not read yet)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        ctx.hub.changed.connect(self._on_changed)
        ctx.hub.database_changed.connect(lambda: self._on_changed("", ()))
        # read when first shown: the window paints before the queries run (see MainWindow)
        self.database_label.setText(self.tr("Database: {path}").format(path=ctx.db.describe()))
        self.board.setVisible(False)
        self.welcome.setVisible(False)

    # --- data ---------------------------------------------------------------------------

    def _on_changed(self, _entity: str, _ids: tuple[int, ...]) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def page_shown(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the overview again and show it."""
        from itsm_desktop.services.overview import (
            overview,  # read after the first paint: not needed to start
        )

        self._stale = False
        data = overview(self.ctx.db)
        self._data = data
        self.database_label.setText(self.tr("Database: {path}").format(path=self.ctx.db.describe()))
        empty = data.service_count == 0 and not data.recent
        self.board.setVisible(not empty)  # a hidden part takes no room
        self.welcome.setVisible(empty)
        for status, card in self.cards.items():
            card.set_count(data.services_by_status.get(status, 0))
        self.uncovered.set_links([("service", i, f"{code} — {name}")
                                  for i, code, name in data.live_without_agreement],
                                 self.tr("Every live service is covered. Well done."))
        hidden = data.live_without_agreement_total - len(data.live_without_agreement)
        self.uncovered_more.setText(self.tr("… and {n} more.").format(n=show_whole(hidden)) if hidden > 0 else "")
        self.uncovered_more.setVisible(hidden > 0)
        self.recent.set_rows([self._recent_row(r) for r in data.recent],
                             self.tr("Nothing has changed yet."),
                             [ENTITY_ICONS.get(r.entity) for r in data.recent])
        self._fill_attention()
        self.status_changed.emit()

    def _fill_attention(self) -> None:
        from itsm_desktop.services import dashboard
        from itsm_desktop.services.service_levels.attention import service_level_alerts

        db, most = self.ctx.db, ATTENTION_LIMIT  # the most urgent of each: a large portfolio has thousands
        items = [*dashboard.reviews_due(db, limit=most), *dashboard.expiring_agreements(db, limit=most),
                 *dashboard.thin_underpinning(db, limit=most), *dashboard.waiting_in_review(db, limit=most),
                 *dashboard.services_without_active_sla(db, limit=most),
                 *service_level_alerts(db, limit=most)]
        self.attention.set_rows([(i.entity, i.record_id, _attention_texts(i)) for i in items],
                                self.tr("Nothing to do: no agreement ends or is due for review soon, "
                                        "an active SLA covers every live service and no target is "
                                        "breached or at risk."),
                                ["warning" if i.urgent else ENTITY_ICONS.get(i.entity, "agreements")
                                 for i in items])

    def _recent_row(self, change: RecentChange) -> tuple[str, int | None, tuple[str, ...]]:
        openable = change.exists and change.entity in OPENABLE
        summary = say(change.summary)  # in the reader's language when it was stored as a sentence
        repeats = change.label and change.label in change.summary  # the Record column names it already
        if change.action == HistoryAction.CREATED and repeats:
            summary = self.tr("Created")
        elif change.action == HistoryAction.DELETED and repeats:
            summary = self.tr("Deleted")
        elif change.fields:  # the labels a user knows ("Job title"), not the stored keys ("job_title")
            summary = self.tr("Changed {fields}").format(fields=", ".join(dict.fromkeys(
                tr_field(k) for k in change.fields)))
        return (change.entity, change.entity_id if openable else None,
                (change.label, summary, ago(change.at), change.who))

    def status_text(self) -> str:
        if self._data is None:
            return ""
        n = self._data.service_count
        return _tr("%Ln service(s) in the catalog", "", n)

    def action_enabled(self, name: str) -> bool:
        return name == "new"

    def trigger_action(self, name: str) -> None:
        if name == "new":
            self.action_requested.emit("new_service")


def _attention_texts(item: AttentionItem) -> tuple[str, str]:
    """An attention line's title and detail in the screens' language."""
    from itsm_desktop.services.service_levels.attention import ServiceLevelAlert

    if isinstance(item, ServiceLevelAlert):
        from ..service_levels.wording import alert_texts

        return alert_texts(item)
    return item.title, say(item.detail)
