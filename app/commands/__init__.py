"""Subcommands of the ``factuurflow`` CLI, one module per group.

Each module exposes ``register(subparsers)``; it adds its parsers and sets ``handler`` with
``parser.set_defaults(handler=fn)``. A handler is called as ``fn(args, ctx)`` where ``ctx`` is a
:class:`app.commands.base.CliContext` (lazy access to settings, database and the acting user) and
returns the process exit code. Handlers print data as JSON when ``args.json`` is set and raise
:class:`app.errors.UserFacingError` for anything the user should read; ``app.cli`` turns that
into a one-line message on stderr and exit code 2.
"""
