"""The built-in pages; importing this package registers them in :mod:`app.ui.registry`."""

from app.ui.dashboard import page as _dashboard_page  # noqa: F401  (replaces .dashboard; issue 8)
from app.ui.hub import page as _hub_page  # noqa: F401, E402  (Document Hub, issue 7)
from app.ui.pages import (  # noqa: F401
    administrations,
    archive_page,
    dashboard,
    departments,
    organisation,
    placeholders,
    processing_settings_page,
    users,
)
from app.ui.relations import page as _relations_page  # noqa: F401  (issue 8)
