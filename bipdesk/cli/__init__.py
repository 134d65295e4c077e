"""The `bipdesk` command: a thin door onto the same functions the desktop app uses."""
