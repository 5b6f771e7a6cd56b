"""Tests of home/: the home, content and accessibility statement pages."""
