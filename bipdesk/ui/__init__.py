"""The desktop app: PySide6 widgets over the core, storage, io and reports layers.

Views hold plain dataclasses from the core, never ORM objects or sessions;
everything they change goes through `AppContext`, which announces what
changed so other views refresh.
"""
