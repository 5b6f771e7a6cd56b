"""Tests of the kernel (cms/): public site, errors, SEO, search, API, configuration, catalogs."""
