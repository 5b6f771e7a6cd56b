"""Tests of media/: videos."""
