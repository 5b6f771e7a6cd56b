"""The translation app in Wagtail's admin. Wagtail imports this package; each module
registers its hooks when imported here.

- ``screens``: this app's screens (URLs, some on wagtail-localize's own addresses), menu
  item, dashboard panels, page header buttons, bulk action, and the editor hooks.
- ``labels``: the publication workflow's buttons, worded in the editor's language.
- ``rules``: no one acts beyond their role (permissions.py) in Wagtail's own page, snippet,
  bulk and API views, whichever button is pressed.
- ``officers``: an officer's short path: the dashboard's lists to write in, the
  coordinated path as the main button, and who was asked after submitting.
- ``publication``: inside a plan a page goes live in all its languages at once (the
  editor's publish buttons, Wagtail's publish and the explorer's bulk publish).
- ``privacy``: no one reads another plan's drafts in Wagtail's explorer, page chooser
  and page-types report.
"""

from . import labels, officers, privacy, publication, rules, screens  # noqa: F401
