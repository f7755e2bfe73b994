"""Tests for the extraction benchmark (scoring, e-invoice truth, a tiny real run, the CLI)."""
