"""The two kinds of errors (qutebrowser's KnownError/BugError split).

A :class:`UserFacingError` is caused by the user or the environment (unreadable file, package
refused a booking, tesseract missing, database locked) and is shown as a clear one-line message
where it belongs. Anything else is a bug: logged with its traceback and shown in a crash dialog.
"""


class UserFacingError(Exception):
    """An error with a message meant for the user (Dutch or English text, one line)."""


class PermissionDenied(UserFacingError):
    """The acting user's role does not have the right for this call."""


class NotFound(UserFacingError):
    """The thing asked for does not exist or is not visible to the acting user."""


class InvalidInput(UserFacingError):
    """Input failed validation (bad e-mail, unknown role, KvK with a wrong length, ...)."""


class Conflict(UserFacingError):
    """The change clashes with existing data (duplicate e-mail, duplicate name, ...)."""
