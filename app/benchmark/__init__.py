"""Benchmarks of Factuurflow's reading engine against known truth (see :mod:`.extraction`)."""
