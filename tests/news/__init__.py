"""Tests of news/: news pages, their indexes and feeds."""
