"""Use cases of the product: users, departments, administrations, intake, processing, review,
export, sync, dashboard queries.

Services own the SQLAlchemy sessions and transactions, check the acting user's rights in one
place (:mod:`app.services.permissions`) and return frozen dataclasses (:mod:`app.services.dto`),
never live ORM objects. The CLI and every page go through :class:`app.services.context.Services`.
"""
