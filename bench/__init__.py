"""Benchmarks: `make bench` (python -m bench). Not tests: figures are printed as ratios, never asserted."""
