"""Helpers shared by the tests, one small module per topic.

- ``components``: whether a component (Chromium, PostgreSQL, gettext, Redis, a server)
  is here, skipped locally and failed in CI when it is not; free ports, executables.
- ``paths``: the project's root folder, wherever a test module sits.
- ``demo``: the bilingual demo site the fixtures load, and its pages by demo key.
- ``users``: users in groups, whose admin speaks a given language.
- ``pages``: publishing pages as an editor would, and the pages tests add to the demo.
- ``news``: a small tree of plans, projects and news indexes, and news to fill it.
- ``admin``: posting the page editor's form for a project.
- ``translations``: the French of the page made by the ``translation`` fixture.
- ``html``: reading a response as a visitor's browser parses it.
- ``wording``: what a user reads in their admin language.
- ``axe``: the axe-core accessibility check run in browser tests.

Fixtures stay in the ``conftest.py`` files. A test module takes what it shares from here,
never from another test module or from a conftest.py.
"""
