"""Coordination around wagtail-localize: what is missing, in progress or out of date."""
