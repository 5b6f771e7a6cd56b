"""Tests of translations/: coordinating translators, agencies' files, publication together."""
