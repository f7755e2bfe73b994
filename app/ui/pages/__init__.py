"""The built-in pages; importing this package registers them in :mod:`app.ui.registry`."""

from app.ui.pages import (  # noqa: F401
    administrations,
    dashboard,
    departments,
    organisation,
    placeholders,
    users,
)
