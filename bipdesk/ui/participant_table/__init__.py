"""The participant list: the first screen, where a coordinator finds a participant.

- `columns`: the table's columns and the roles every part reads;
- `model`: the table model over plain overview rows, its cells and its sort;
- `filters`: the search, status, unit and due filters (a proxy over the model);
- `list_page`: the search field, the filters and the table, as one page.

Everything the filter and the sort need is computed once per `set_rows`
(casefolded search keys, due states, units, sort keys), so a keystroke in the
search field is plain Python over lists: no regular expression per cell and no
`data()` calls. Sorting is done by the model on those keys; the proxy only
filters, which keeps a filter change linear.
"""
