"""The main window's actions, declared once (as Picard's ui/mainwindow/actions.py).

Each action has a name, a text, a shortcut, a status tip and a standard icon.
`create_actions` builds them all for one window; menus, the toolbar and tests
look them up by name in the returned `Actions` registry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

_Shortcut = QKeySequence.StandardKey | str | None
_Untranslated = object
"""What QT_TRANSLATE_NOOP returns (typed object in PySide6): the English source text."""


class ActionName(StrEnum):
    NEW_PARTICIPANT = "new_participant"
    IMPORT = "import"
    PRINT = "print"
    PRINT_DUE = "print_due"
    OPEN_DEMO = "open_demo"
    BACKUPS = "backups"
    CHANGE_PASSPHRASE = "change_passphrase"
    RETENTION_REVIEW = "retention_review"
    UNIT_REPORT = "unit_report"
    EXPORT_AGGREGATE = "export_aggregate"
    PROJECT_OFFICE = "project_office"
    QUIT = "quit"
    FIND = "find"
    SETTINGS = "settings"
    SHOW_START = "show_start"
    SHOW_PARTICIPANTS = "show_participants"
    GROUP_COMPARISON = "group_comparison"
    SHOW_TO_PARTICIPANT = "show_to_participant"
    SHOW_NAMES = "show_names"
    USER_GUIDE = "user_guide"
    ABOUT = "about"


@dataclass(frozen=True)
class ActionSpec:
    name: ActionName
    text: _Untranslated
    """Translated in the 'actions' context when the action is built."""
    tip: _Untranslated
    shortcut: _Shortcut = None
    icon: QStyle.StandardPixmap | None = None
    checkable: bool = False
    fallback: str | None = None
    """The shortcut where the platform has none for a standard key (Quit on Windows)."""


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        ActionName.NEW_PARTICIPANT,
        QT_TRANSLATE_NOOP("actions", "&New participant"),
        QT_TRANSLATE_NOOP("actions", "Add a new participant."),
        QKeySequence.StandardKey.New,
        QStyle.StandardPixmap.SP_FileIcon,
    ),
    ActionSpec(
        ActionName.IMPORT,
        QT_TRANSLATE_NOOP("actions", "&Import…"),
        QT_TRANSLATE_NOOP(
            "actions", "Import participants and measurements from a CSV or Excel file."
        ),
        "Ctrl+I",
        QStyle.StandardPixmap.SP_DialogOpenButton,
    ),
    ActionSpec(
        ActionName.PRINT,
        QT_TRANSLATE_NOOP("actions", "&Print follow-up sheet…"),
        QT_TRANSLATE_NOOP(
            "actions", "Print the follow-up sheet of the participant shown, with the chart."
        ),
        QKeySequence.StandardKey.Print,
        None,
    ),
    ActionSpec(
        ActionName.PRINT_DUE,
        QT_TRANSLATE_NOOP("actions", "Sheets for everyone due this &week…"),
        QT_TRANSLATE_NOOP(
            "actions", "Save the follow-up sheets of everyone due this week in one PDF to print."
        ),
        None,
        None,
    ),
    ActionSpec(
        ActionName.OPEN_DEMO,
        QT_TRANSLATE_NOOP("actions", "Open &demo data"),
        QT_TRANSLATE_NOOP(
            "actions", "Fill this empty database with invented participants to try BIP Desk out."
        ),
        None,
        QStyle.StandardPixmap.SP_DirIcon,
    ),
    ActionSpec(
        ActionName.UNIT_REPORT,
        QT_TRANSLATE_NOOP("actions", "&Unit report…"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Save the unit's exact figures of a period as an internal PDF report for your own "
            "follow-up.",
        ),
        None,
        None,
    ),
    ActionSpec(
        ActionName.EXPORT_AGGREGATE,
        QT_TRANSLATE_NOOP("actions", "&Export for the project office…"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Preview and save the anonymized tables of a quarter or year for the project office.",
        ),
        "Ctrl+E",
        QStyle.StandardPixmap.SP_DialogSaveButton,
    ),
    ActionSpec(
        ActionName.PROJECT_OFFICE,
        QT_TRANSLATE_NOOP("actions", "Project &office…"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Add up the aggregate files of several units and save the project office's report.",
        ),
        None,
        None,
    ),
    ActionSpec(
        ActionName.RETENTION_REVIEW,
        QT_TRANSLATE_NOOP("actions", "&Retention review…"),
        QT_TRANSLATE_NOOP(
            "actions",
            "List the participants who ended longer ago than the retention period, to erase them.",
        ),
        None,
        None,
    ),
    ActionSpec(
        ActionName.BACKUPS,
        QT_TRANSLATE_NOOP("actions", "&Backups…"),
        QT_TRANSLATE_NOOP(
            "actions", "See the backups of the database, back it up now, or restore a backup."
        ),
        None,
        QStyle.StandardPixmap.SP_DriveHDIcon,
    ),
    ActionSpec(
        ActionName.CHANGE_PASSPHRASE,
        QT_TRANSLATE_NOOP("actions", "Change &passphrase…"),
        QT_TRANSLATE_NOOP("actions", "Encrypt the database with a new passphrase from now on."),
        None,
        None,
    ),
    ActionSpec(
        ActionName.QUIT,
        QT_TRANSLATE_NOOP("actions", "&Quit"),
        QT_TRANSLATE_NOOP("actions", "Close BIP Desk."),
        QKeySequence.StandardKey.Quit,
        QStyle.StandardPixmap.SP_DialogCloseButton,
        fallback="Ctrl+Q",
    ),
    ActionSpec(
        ActionName.FIND,
        QT_TRANSLATE_NOOP("actions", "&Find participant"),
        QT_TRANSLATE_NOOP("actions", "Search the participant list by code or name."),
        QKeySequence.StandardKey.Find,
        QStyle.StandardPixmap.SP_FileDialogContentsView,
    ),
    ActionSpec(
        ActionName.SETTINGS,
        QT_TRANSLATE_NOOP("actions", "&Settings…"),
        QT_TRANSLATE_NOOP(
            "actions", "Change the unit name, the measurement interval and whether names are shown."
        ),
        QKeySequence.StandardKey.Preferences,
        QStyle.StandardPixmap.SP_FileDialogDetailedView,
        fallback="Ctrl+,",
    ),
    ActionSpec(
        ActionName.SHOW_START,
        QT_TRANSLATE_NOOP("actions", "&Start page"),
        QT_TRANSLATE_NOOP("actions", "Show who is due for a measurement."),
        "Ctrl+1",
        QStyle.StandardPixmap.SP_DirHomeIcon,
    ),
    ActionSpec(
        ActionName.SHOW_PARTICIPANTS,
        QT_TRANSLATE_NOOP("actions", "&Participants"),
        QT_TRANSLATE_NOOP("actions", "Show the list of all participants."),
        "Ctrl+2",
        QStyle.StandardPixmap.SP_FileDialogListView,
    ),
    ActionSpec(
        ActionName.GROUP_COMPARISON,
        QT_TRANSLATE_NOOP("actions", "&Group comparison…"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Compare the mean first and latest measurement of a group of participants.",
        ),
        "Ctrl+Shift+G",
        None,
    ),
    ActionSpec(
        ActionName.SHOW_TO_PARTICIPANT,
        QT_TRANSLATE_NOOP("actions", "Sho&w to participant"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Show the open participant their own chart and what has changed, over the whole "
            "screen, without codes or notes (Esc closes).",
        ),
        "Ctrl+Shift+P",
        None,
    ),
    ActionSpec(
        ActionName.SHOW_NAMES,
        QT_TRANSLATE_NOOP("actions", "Show &names"),
        QT_TRANSLATE_NOOP(
            "actions",
            "Show participants' names, or only their codes when someone else can see the screen.",
        ),
        "Ctrl+Shift+N",
        None,
        checkable=True,
    ),
    ActionSpec(
        ActionName.USER_GUIDE,
        QT_TRANSLATE_NOOP("actions", "&User guide"),
        QT_TRANSLATE_NOOP("actions", "Read how to use BIP Desk, with pictures (also offline)."),
        QKeySequence.StandardKey.HelpContents,
        QStyle.StandardPixmap.SP_DialogHelpButton,
        fallback="F1",
    ),
    ActionSpec(
        ActionName.ABOUT,
        QT_TRANSLATE_NOOP("actions", "&About BIP Desk"),
        QT_TRANSLATE_NOOP("actions", "Show the version of BIP Desk."),
        None,
        QStyle.StandardPixmap.SP_MessageBoxInformation,
    ),
)


class Actions:
    """The built actions of one window, by name."""

    def __init__(self, actions: dict[ActionName, QAction]) -> None:
        self._actions = actions

    def __getitem__(self, name: ActionName | str) -> QAction:
        return self._actions[ActionName(name)]

    def __iter__(self) -> Iterator[QAction]:
        return iter(self._actions.values())

    def connect(self, name: ActionName, slot: Callable[[], object]) -> None:
        """Run `slot` when the action is triggered (a checkable one gets its state)."""
        self[name].triggered.connect(slot)


def translate(text: _Untranslated) -> str:
    return QCoreApplication.translate("actions", str(text))


def create_actions(parent: QWidget) -> Actions:
    """Build every action of `SPECS` as a child of `parent` (the main window)."""
    style = parent.style()
    built: dict[ActionName, QAction] = {}
    for spec in SPECS:
        action = QAction(translate(spec.text), parent)
        action.setObjectName(f"action_{spec.name.value}")
        tip = translate(spec.tip)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        if spec.icon is not None:
            action.setIcon(style.standardIcon(spec.icon))
        if isinstance(spec.shortcut, QKeySequence.StandardKey):
            bindings = QKeySequence.keyBindings(spec.shortcut)
            if not bindings and spec.fallback:
                bindings = [QKeySequence(spec.fallback)]
            action.setShortcuts(bindings)
        elif spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setCheckable(spec.checkable)
        built[spec.name] = action
    built[ActionName.QUIT].setMenuRole(QAction.MenuRole.QuitRole)
    built[ActionName.SETTINGS].setMenuRole(QAction.MenuRole.PreferencesRole)
    built[ActionName.ABOUT].setMenuRole(QAction.MenuRole.AboutRole)
    return Actions(built)
