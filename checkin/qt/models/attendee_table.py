"""A table of attendees that stays smooth at 200,000 rows because it holds only ids.

The store owns the data. The model keeps the ordered id list (every attendee,
or a search result) and fetches the rows the view actually paints, a page at a
time, into a small cache. Store writes arrive as `Change` events, possibly on a
worker thread; a queued signal brings them to the GUI thread, where only the
changed rows are refreshed (or everything, after an import).
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from checkin.core.model import Attendee, Status
from checkin.core.names import attendee_key
from checkin.core.store.base import Change, Store, StoreError
from checkin.qt.event_time import local
from checkin.qt.verdict_text import desk_label

if TYPE_CHECKING:
    from checkin.qt.operations import OperationContext, Operations

Index = QModelIndex | QPersistentModelIndex

#: Rows fetched per store round trip around the row being painted.
PAGE = 200
#: Attendees kept in memory at most.
CACHE_LIMIT = 4000


class AttendeeTableModel(QAbstractTableModel):
    NAME, COMPANY, CATEGORY, STATUS, CHECKED_IN = range(5)
    #: The attendee object behind a row, for views and tests.
    AttendeeRole = Qt.ItemDataRole.UserRole + 1

    _storeChanged = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._ids: list[int] = []
        self._rows: dict[int, int] = {}
        self._cache: OrderedDict[int, Attendee] = OrderedDict()
        self._showing_all = False
        #: While the list is read in the background: what changed meanwhile (None: not reading).
        self._changed_while_reading: set[int] | None = None
        self._stale_while_reading = False
        self._storeChanged.connect(self._apply_change, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = store.subscribe(self._storeChanged.emit)
        self.destroyed.connect(self._unsubscribe)

    # -- what the table shows ------------------------------------------------------------
    def show_all(self) -> None:
        self._showing_all = True
        self._set_ids(self._store.attendee_ids())

    def show_all_in_background(self, operations: Operations, then: Callable[[], object]) -> None:
        """`show_all`, the ids read on a worker's connection; `then()` once they are shown.

        200,000 ids take 0.1-0.2 s to read: the window takes scans meanwhile (start-up).
        A search shown meanwhile stays; a guest added or a reset meanwhile reads the
        list again here, so nothing the store holds is missing from it.
        """
        self._changed_while_reading = set()
        self._stale_while_reading = False

        def work(_context: OperationContext) -> list[int]:
            return operations.reader().attendee_ids()

        def arrived(ids: list[int]) -> None:
            changed, self._changed_while_reading = self._changed_while_reading, None
            if changed is not None:  # nothing else showed a list meanwhile
                if self._stale_while_reading or not changed.issubset(ids):
                    self.show_all()
                else:
                    self._cache.clear()
                    self._showing_all = True
                    self._set_ids(ids)
            then()

        def failed(*_args: object) -> None:
            self._changed_while_reading = None
            then()

        operations.run(
            work,
            label="guest list",
            lane="list",
            on_success=arrived,
            on_failure=failed,
            on_cancel=failed,
        )

    def show_attendees(self, attendees: Sequence[Attendee]) -> None:
        """Show exactly these (a search result, the holders of an ambiguous code), in order."""
        self._showing_all = False
        for a in attendees:
            if a.id is not None:
                self._remember(a.id, a)
        self._set_ids([a.id for a in attendees if a.id is not None])

    def _set_ids(self, ids: list[int]) -> None:
        self._changed_while_reading = None  # what is shown now wins over a read in flight
        self.beginResetModel()
        self._ids = ids
        self._rows = {}
        self.endResetModel()

    def attendee_at(self, row: int) -> Attendee | None:
        if not 0 <= row < len(self._ids):
            return None
        attendee_id = self._ids[row]
        cached = self._cache.get(attendee_id)
        if cached is not None:
            self._cache.move_to_end(attendee_id)
            return cached
        start = max(0, row - PAGE // 4)
        page = [i for i in self._ids[start : start + PAGE] if i not in self._cache]
        for found_id, attendee in self._store.get_attendees(page).items():
            self._remember(found_id, attendee)
        return self._cache.get(attendee_id)

    def row_of(self, attendee_id: int) -> int | None:
        if not self._rows and self._ids:
            self._rows = {a_id: row for row, a_id in enumerate(self._ids)}
        return self._rows.get(attendee_id)

    def _remember(self, attendee_id: int, attendee: Attendee) -> None:
        self._cache[attendee_id] = attendee
        self._cache.move_to_end(attendee_id)
        while len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)

    # -- store events --------------------------------------------------------------------
    def follow(self, change: Change) -> None:
        """Refresh what `change` names (a write on another connection: an import)."""
        self._apply_change(change)

    def _apply_change(self, change: Change) -> None:
        try:
            self._follow(change)
        except StoreError:
            pass  # the store was closed under us (window switching events): nothing to show

    def _follow(self, change: Change) -> None:
        if self._changed_while_reading is not None:
            self._changed_while_reading.update(change.attendee_ids)
            self._stale_while_reading = self._stale_while_reading or change.reset
        if change.reset:
            self._cache.clear()
            if self._showing_all:
                self.show_all()
            else:
                self.beginResetModel()
                self.endResetModel()
            return
        unknown = False
        shown: list[int] = []
        for attendee_id in change.attendee_ids:
            self._cache.pop(attendee_id, None)
            if self.row_of(attendee_id) is None:
                unknown = True
            else:
                shown.append(attendee_id)
        if unknown and self._showing_all:
            self.show_all()  # a walk-in joined the list: its place in the sort order is new
            return
        if self._showing_all and shown:
            self._keep_name_order(list(dict.fromkeys(shown)))
        for attendee_id in shown:
            row = self.row_of(attendee_id)
            if row is not None:
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    # -- the name order ------------------------------------------------------------------
    def _key(self, attendee_id: int) -> tuple[str, int]:
        """Where the store sorts this guest (`attendee_ids`: sort key, then id)."""
        attendee = self._cache.get(attendee_id)
        if attendee is None:
            attendee = self._store.get_attendees([attendee_id]).get(attendee_id)
            if attendee is None:  # gone meanwhile (an erase): its reset follows
                return ("", attendee_id)
            self._remember(attendee_id, attendee)
        return (attendee_key(attendee), attendee_id)

    def _keep_name_order(self, changed: list[int]) -> None:
        """A guest renamed (here or at another desk) moves to their place in the name order.

        Rows move (`beginMoveRows`), so the selection and the current row, persistent
        indexes of the view, stay on the guest. Only the changed guests can be out of
        place: those that are leave the list, until every changed guest left in it is in
        order with its neighbours (then the list is in order: the others were before), and
        each is put back where it sorts. A pull of 500 check-ins with one rename in it
        places that one guest, not 500.
        """
        near: set[int] = set()
        for attendee_id in changed:
            row = self._rows[attendee_id]
            near.update(self._ids[max(0, row - 1) : row + 2])
        missing = [i for i in near if i not in self._cache]
        for found_id, attendee in self._store.get_attendees(missing).items():
            self._remember(found_id, attendee)

        def misplaced(ids: list[int], rows: dict[int, int], candidates: set[int]) -> set[int]:
            found = set()
            for attendee_id in candidates:
                row, key = rows[attendee_id], self._key(attendee_id)
                if (row > 0 and not self._key(ids[row - 1]) < key) or (
                    row < len(ids) - 1 and not key < self._key(ids[row + 1])
                ):
                    found.add(attendee_id)
            return found

        still = set(changed)
        moving = misplaced(self._ids, self._rows, still)
        if not moving:
            return
        final = [i for i in self._ids if i not in moving]
        still -= moving
        while still:  # a guest that left the list may have hidden another's misplacement
            rows = {a: row for row, a in enumerate(final) if a in still}
            more = misplaced(final, rows, still)
            if not more:
                break
            moving |= more
            still -= more
            final = [i for i in final if i not in more]
        for attendee_id in moving:
            final.insert(
                bisect.bisect_left(final, self._key(attendee_id), key=self._key), attendee_id
            )
        # Each moves behind the guest it follows in the final order, earliest first: the
        # rows end in that order whatever the others not yet moved do meanwhile.
        behind = {a: (final[p - 1] if p else None) for p, a in enumerate(final) if a in moving}
        for attendee_id in behind:
            source = self._rows[attendee_id]
            after = behind[attendee_id]
            target = 0 if after is None else self._rows[after] + 1
            if target in (source, source + 1):
                continue
            self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), target)
            del self._ids[source]
            landed = target if target < source else target - 1
            self._ids.insert(landed, attendee_id)
            for row in range(min(source, landed), max(source, landed) + 1):
                self._rows[self._ids[row]] = row
            self.endMoveRows()

    # -- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Name"),
            self.tr("Company"),
            self.tr("Category"),
            self.tr("Status"),
            self.tr("Checked in"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        attendee = self.attendee_at(index.row())
        if attendee is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(attendee, column)
        if role == self.AttendeeRole:
            return attendee
        if role == Qt.ItemDataRole.ForegroundRole and attendee.status is not Status.ACTIVE:
            return QColor("#8a1c1c")
        if role == Qt.ItemDataRole.FontRole and column == self.CHECKED_IN and attendee.checked_in:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.FontRole and column == self.NAME and not attendee.full_name:
            font = QFont()
            font.setItalic(True)  # "(no name)" is no one's name
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(attendee, column)
        return None

    def _display(self, attendee: Attendee, column: int) -> str:
        if column == self.NAME:
            if not attendee.full_name:  # a pretix ticket without a name: found by its code
                return self.tr("(no name)")
            name = f"{attendee.last_name}, {attendee.first_name}".strip(", ")
            return f"{name} ({attendee.title})" if attendee.title else name
        if column == self.COMPANY:
            return attendee.company
        if column == self.CATEGORY:
            return attendee.category
        if column == self.STATUS:
            return self._status_word(attendee.status) + (
                self.tr(" · walk-in") if attendee.walk_in else ""
            )
        if column == self.CHECKED_IN:
            state = attendee.checked_in
            return _short_time(state.at) + f" · {desk_label(state.desk)}" if state else ""
        return ""

    def _status_word(self, status: Status) -> str:
        return {
            Status.ACTIVE: self.tr("registered"),
            Status.CANCELLED: self.tr("cancelled"),
            Status.UNPAID: self.tr("not paid"),
            Status.UNAPPROVED: self.tr("not approved"),
            Status.REMOVED: self.tr("removed from list"),
        }[status]

    def widest_texts(self, column: int, desks: Sequence[str] = ()) -> list[str]:
        """What a short column shows on most rows at its widest, to size it: the status
        words of a list (rarer, longer ones elide), a check-in time at each of `desks`."""
        if column == self.STATUS:
            common = (Status.ACTIVE, Status.CANCELLED, Status.UNPAID, Status.UNAPPROVED)
            return [self._status_word(s) for s in common]
        if column == self.CHECKED_IN:
            return [f"00:00 · {desk_label(d)}" for d in desks]
        return []


def _short_time(at: datetime) -> str:
    return local(at).strftime("%H:%M")
