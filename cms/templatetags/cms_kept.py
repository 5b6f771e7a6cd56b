"""``{% kept_until_change "name" part … %}…{% endkept_until_change %}``: a fragment's
HTML kept until the public content changes (cms/freshness.py), for fragments whose
queries reach across the tree (a plan's latest news and videos).

The parts name what the fragment shows (its page, say); the language and the host are
always part of the key. Previews are always drawn afresh. What the fragment reads is
best given lazily (``SimpleLazyObject``), so a kept fragment costs no query at all.
"""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from cms.freshness import kept

register = template.Library()


class KeptNode(template.Node):
    def __init__(self, nodelist, parts):
        self.nodelist, self.parts = nodelist, parts

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        parts = [str(part.resolve(context)) for part in self.parts]
        html = kept(
            "fragment",
            [get_language() or "", request.get_host(), *parts],
            lambda: str(self.nodelist.render(context)),
        )
        return mark_safe(html)  # noqa: S308 (HTML this template rendered)


@register.tag
def kept_until_change(parser, token):
    parts = [parser.compile_filter(bit) for bit in token.split_contents()[1:]]
    if not parts:
        raise template.TemplateSyntaxError("kept_until_change needs a name for the fragment")
    nodelist = parser.parse(("endkept_until_change",))
    parser.delete_first_token()
    return KeptNode(nodelist, parts)
