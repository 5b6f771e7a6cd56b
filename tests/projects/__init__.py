"""Tests of projects/: plans, projects, actions, labels, the catalogue and its editing."""
