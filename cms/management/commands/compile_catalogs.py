"""Compile our .po catalogs to .mo without GNU gettext (which a newcomer may lack).

Django's own ``compilemessages`` needs ``msgfmt``; polib is pure Python. The .mo
files are build output, git-ignored, and rebuilt by ``make run`` and ``make test``.
"""

import polib

from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the project's translation catalogs (locale/*/LC_MESSAGES/*.po) with polib."

    def handle(self, *args, **options):
        count = 0
        for locale_path in settings.LOCALE_PATHS:
            for po_path in sorted(locale_path.glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
                count += 1
        if options["verbosity"] > 1 or count:
            self.stdout.write(f"compiled {count} catalog(s)")
