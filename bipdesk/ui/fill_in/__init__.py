"""Fill in the card together with the participant (issue 3, part 3).

`FillInDialog` is the door; the state, the pages and the wording live in the
modules beside it.
"""

from bipdesk.ui.fill_in.dialog import FillInDialog
from bipdesk.ui.fill_in.texts import ui_language

__all__ = ["FillInDialog", "ui_language"]
