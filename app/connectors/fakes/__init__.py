"""Local fakes of accounting packages for tests and the sandbox: each one is a small threaded
HTTP server on loopback (:mod:`.server`) that follows the package's documented API, keeps its
state in memory (optionally persisted to a JSON file) and lets tests inject faults.
"""
