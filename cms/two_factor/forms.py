"""The one field of the second step: a code from the app, or a recovery code."""

from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=40,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autofocus": True,
                "autocapitalize": "none",
                "spellcheck": "false",
            }
        ),
    )

    def __init__(self, *args, digits_only=False, **kwargs):
        super().__init__(*args, **kwargs)
        if digits_only:  # setting up: only the app's six digits make sense
            self.fields["code"].widget.attrs.update(inputmode="numeric", pattern="[0-9 ]*")
            self.fields["code"].help_text = _("The six digits your app shows now.")
        else:
            self.fields["code"].help_text = _(
                "The six digits your authenticator app shows, or one of your recovery codes."
            )

    def clean_code(self):
        """Spaces and dashes as people copy them; recovery codes in any case."""
        return "".join(self.cleaned_data["code"].split()).replace("-", "").lower()
