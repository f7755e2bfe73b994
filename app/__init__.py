"""Factuurflow: reads, codes and books purchase and sales invoices for Dutch accounting offices.

The package is layered (see ../shared/ARCHITECTURE.md): ``ui`` on top of ``services``, which use
``pipeline`` (reading documents), ``connectors`` (accounting packages) and ``models`` (database).
"""

__version__ = "0.1.0"
