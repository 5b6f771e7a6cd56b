"""Tests of demo/: the demo site command."""
