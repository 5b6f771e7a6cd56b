"""What search engines and social networks read (placeholder; being written)."""

from django.http import HttpResponse


def robots_txt(request):
    return HttpResponse("User-agent: *\nDisallow:\n", content_type="text/plain")
