"""The pure domain of BIP Desk: no Qt, no SQLAlchemy, no file system.

Everything here works on plain, immutable data so that the CLI, the GUI, the
reports and the tests share one implementation of every rule.
"""
