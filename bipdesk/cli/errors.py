"""The one exception every command raises for a failure meant for the user."""

from __future__ import annotations


class CliError(Exception):
    """A failure with a message meant for the user: printed as one line, exit code 1."""
