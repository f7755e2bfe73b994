"""The Document Hub page: tabs over the administration's received files, review groups,
exports, export errors and recent archive; importing :mod:`app.ui.hub.page` registers it."""
