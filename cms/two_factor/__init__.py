"""Two-step verification for the admin, on django-otp: an authenticator app (TOTP) and
single-use recovery codes.

Required of every account whose password alone could put content live or hand out that
power (``policy.is_required``), offered to everyone else under Account. The middleware
keeps a signed-in user who has not passed the second step off every admin page.
"""
