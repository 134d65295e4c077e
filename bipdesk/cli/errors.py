"""The one exception every command raises for a failure meant for the user."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from bipdesk.messages import QT_TRANSLATE_NOOP, Joined, Message

if TYPE_CHECKING:
    from bipdesk.storage.server_address import ServerAddress

Location = TypeVar("Location", bound="Path | ServerAddress")


class CliError(Exception):
    """A failure with a message meant for the user: printed as one line, exit code 1.

    Its one argument is a `Message` (said in the run's language) or, for the
    sentence of an error from below, that error's message as it came."""

    def __init__(self, message: Message | Joined | str) -> None:
        super().__init__(message)
        self.message = message


def existing_database(path: Location) -> Location:
    """`path`, or the one error every command gives for a database file that is not there
    (a team database's server answers for itself when it is opened)."""
    if isinstance(path, Path) and not path.is_file():
        raise CliError(QT_TRANSLATE_NOOP("cli", "{path}: no such database").format(path=path))
    return path
