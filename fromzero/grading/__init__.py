"""Grading: an exercise's hidden probes run in the sandbox; the server compares (DESIGN.md §7)."""

from fromzero.grading.spec import Mistake, Probe, random_floats, random_lists

__all__ = ["Mistake", "Probe", "random_floats", "random_lists"]
