"""What every window of the app shares: the open database, settings and 'what changed'."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QSettings, Signal

from bipdesk.core.history import SOURCE_APP, Editor
from bipdesk.core.overview import ParticipantOverview, overview
from bipdesk.core.scheduling import DEFAULT_INTERVAL_MONTHS
from bipdesk.storage import Database
from bipdesk.storage.history_repository import os_user
from bipdesk.ui.language import LANGUAGE_KEY, stored_choice

INTERVAL_SETTING = "measurement_interval_months"
UNIT_SETTING = "unit_name"
SHOW_NAMES_KEY = "privacy/show_names"
EDITOR_NAME_KEY = "history/editor_name"


class Change:
    """Names announced through `AppContext.changed`."""

    PARTICIPANTS = "participants"
    MEASUREMENTS = "measurements"
    SETTINGS = "settings"
    LANGUAGE = "language"
    """The app's language was chosen anew in Settings: windows are rebuilt in it."""
    ALL = "all"


class AppContext(QObject):
    """The one object views receive instead of reaching for globals.

    Settings that belong to the project (interval, unit name) live in the
    database so that the command line sees them too; settings that belong to
    the person at the screen (show names, window layout) live in QSettings.
    """

    changed = Signal(str)

    def __init__(
        self,
        database: Database,
        settings: QSettings,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = settings
        self._today = today
        database.editor = Editor(self.editor_name or os_user(), SOURCE_APP)

    def today(self) -> date:
        return self._today()

    def announce(self, what: str) -> None:
        self.changed.emit(what)

    @property
    def interval_months(self) -> int:
        with self.database.transaction(write=False) as repository:
            value = repository.get_setting(INTERVAL_SETTING, DEFAULT_INTERVAL_MONTHS)
        return int(value) if isinstance(value, int) and value >= 1 else DEFAULT_INTERVAL_MONTHS

    @property
    def unit_name(self) -> str:
        with self.database.transaction(write=False) as repository:
            value = repository.get_setting(UNIT_SETTING, "")
        return value if isinstance(value, str) else ""

    def save_project_settings(self, unit_name: str, interval_months: int) -> None:
        with self.database.transaction() as repository:
            repository.set_setting(UNIT_SETTING, unit_name.strip())
            repository.set_setting(INTERVAL_SETTING, interval_months)
        self.announce(Change.SETTINGS)

    @property
    def retention_years(self) -> int:
        """Years after a participation ends before the retention review lists it."""
        from bipdesk.storage.privacy import retention_years

        with self.database.transaction(write=False) as repository:
            return retention_years(repository)

    def save_retention_years(self, years: int) -> None:
        from bipdesk.storage.privacy import RETENTION_SETTING

        with self.database.transaction() as repository:
            repository.set_setting(RETENTION_SETTING, years)
        self.announce(Change.SETTINGS)

    @property
    def show_names(self) -> bool:
        return bool(self.settings.value(SHOW_NAMES_KEY, True, type=bool))

    def set_show_names(self, show: bool) -> None:
        self.settings.setValue(SHOW_NAMES_KEY, show)
        self.announce(Change.SETTINGS)

    @property
    def editor_name(self) -> str:
        """The name the edit history records as 'by whom' ('' = the computer's login name);
        yours, so in QSettings: the person differs from computer to computer."""
        value = self.settings.value(EDITOR_NAME_KEY, "", type=str)
        return value.strip() if isinstance(value, str) else ""

    def set_editor_name(self, name: str) -> None:
        self.settings.setValue(EDITOR_NAME_KEY, name.strip())
        self.database.editor = Editor(name.strip() or os_user(), SOURCE_APP)
        self.announce(Change.SETTINGS)

    @property
    def language_choice(self) -> str:
        """'system', 'sv' or 'en' as chosen in Settings (yours, so in QSettings)."""
        return stored_choice(self.settings)

    def set_language_choice(self, choice: str) -> None:
        self.settings.setValue(LANGUAGE_KEY, choice)
        self.announce(Change.LANGUAGE)

    def participant_overview(self) -> list[ParticipantOverview]:
        """Everyone with their latest measurement, count and due state, in four queries."""
        with self.database.transaction(write=False) as repository:
            participants = repository.participants()
            latest = repository.latest_measurement_dates()
            counts = repository.measurement_counts()
            interval = repository.get_setting(INTERVAL_SETTING, DEFAULT_INTERVAL_MONTHS)
        if not isinstance(interval, int) or interval < 1:
            interval = DEFAULT_INTERVAL_MONTHS
        return overview(participants, latest, counts, self.today(), interval)
