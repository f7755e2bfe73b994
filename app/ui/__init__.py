"""The desktop face of Factuurflow (PySide6): the login dialog, the main window with its
navigation, and one page per task. Widgets talk only to :mod:`app.services` and receive DTOs;
background work runs through :func:`app.ui.tasks.run_task`, and pages refresh from the
:class:`app.ui.events.AppEvents` hub.
"""
