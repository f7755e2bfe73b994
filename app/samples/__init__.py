"""Deterministic demo data for Factuurflow: a fictional accounting office's administrations
(:mod:`app.samples.office`), synthetic invoices with known truth (:mod:`app.samples.generator`),
scan degradation (:mod:`app.samples.degrade`) and other documents (:mod:`app.samples.documents`).
Used by demos, tests and the extraction benchmark; nothing here touches a database or Qt.
"""
