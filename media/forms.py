"""Rules across a video's inline rows, checked before anything is saved."""

from django.utils.translation import gettext_lazy as _

from cms.forms import BasePageForm, live_rows


class VideoPageForm(BasePageForm):
    """One caption file per language: a player cannot choose between two Italian tracks."""

    def clean(self):
        cleaned = super().clean()
        seen = set()
        for form in live_rows(self.formsets["captions"]):
            language = form.cleaned_data["language"]
            if language in seen:
                form.add_error("language", _("There is already a caption file for this language."))
            seen.add(language)
        return cleaned
