"""Tests for the demo office data, the invoice generator, scan degradation and documents."""
