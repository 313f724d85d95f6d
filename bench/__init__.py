"""Benchmarks: each bench_*.py prints the figures a booth cares about (run all: make bench)."""
