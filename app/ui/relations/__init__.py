"""The relation list of an administration (SPEC.md §7): the page (registry key ``relations``),
its table model and delegates, the per-relation settings dialog with master-data pickers and
the bulk-edit dialog. Importing :mod:`app.ui.relations.page` registers the page.
"""
