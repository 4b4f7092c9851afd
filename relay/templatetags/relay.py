from django import template

from relay.urls import contact_url as build_contact_url

register = template.Library()


@register.simple_tag
def contact_url(target) -> str:
    """{% contact_url listing %}: the relay's contact form for a registered object."""
    return build_contact_url(target)
