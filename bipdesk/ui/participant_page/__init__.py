"""The participant page: one participant's background, measurements and what can be done.

`page.ParticipantPage` is the widget the main window shows. It is put together
from parts, one concept each, so that a change to one part is made in one
small module:

- `header`: the back button, the title and the participation's state;
- `background`: the background form, its validation and saving;
- `measurements`: the next due date, the list of measurements, new/edit/delete;
- `history_model`: the list's rows (mean, change against the previous one);
- `comparison`: the spider chart, the follow-up sheet's buttons, the summary;
- `participation`: recording the exit, reopening, the exit survey;
- `privacy`: extracting and erasing everything stored about the participant;
- `handover`: a lead hands the participant over to another unit (team database);
- `part`: what the parts share (state, signals, colours).
"""
