"""A password hasher that counts its work, to show what a throttled request skips."""

from django.contrib.auth.hashers import MD5PasswordHasher


class CountingHasher(MD5PasswordHasher):
    """Every password check (a real user's or, for an unknown name, Django's dummy one)
    encodes exactly once: ``encodings`` counts the passwords the server processed."""

    algorithm = "counted_md5"
    encodings = 0

    def encode(self, password, salt):
        type(self).encodings += 1
        return super().encode(password, salt)
