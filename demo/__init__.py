"""Bilingual demo content, built from code (not a fixture dump) by ``load_demo``."""
