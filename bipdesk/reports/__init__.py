"""Charts and printable documents: the spider chart and the follow-up sheet.

No Qt here (DESIGN: `ui` → `reports` → `storage` → `core`); the desktop app,
the command line and the tests share these functions.
"""
