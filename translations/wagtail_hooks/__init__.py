"""The translation app in Wagtail's admin. Wagtail imports this package; each module
registers its hooks when imported here.

- ``screens``: this app's screens (URLs, some on wagtail-localize's own addresses), menu
  item, dashboard panels, page header buttons, bulk action, and the editor hooks.
"""

from . import screens  # noqa: F401
