"""Rules across a project's inline rows, checked before anything is saved."""

from django.utils.translation import gettext_lazy as _

from cms.forms import BasePageForm, live_rows


class ProjectPageForm(BasePageForm):
    """One lead partner at most, and a label awarded once per year."""

    def clean(self):
        cleaned = super().clean()
        leads = [
            form
            for form in live_rows(self.formsets["project_partners"])
            if form.cleaned_data["role"] == "lead"
        ]
        for form in leads[1:]:
            form.add_error("role", _("A project has only one lead partner."))
        seen = set()
        for form in live_rows(self.formsets["project_labels"]):
            key = (form.cleaned_data["label"].translation_key, form.cleaned_data["year"])
            if key in seen:
                form.add_error("year", _("This label is already listed for this year."))
            seen.add(key)
        return cleaned
