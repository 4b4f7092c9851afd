"""The icon tag: decorative unless labelled, pointing into the hashed sprite."""

from django.template import Context, Template


def render(source: str, **context) -> str:
    return Template("{% load portal %}" + source).render(Context(context))


def test_a_decorative_icon_is_hidden_from_screen_readers():
    assert render('{% icon "pin" %}') == (
        '<svg class="icon" aria-hidden="true" focusable="false">'
        '<use href="/static/img/icons.svg#pin"></use></svg>'
    )


def test_a_labelled_icon_is_an_image_with_its_label_escaped():
    html = render('{% icon "phone" label=label css_class="icon--big" %}', label="Téléphone <fixe>")
    assert html == (
        '<svg class="icon icon--big" role="img" aria-label="Téléphone &lt;fixe&gt;">'
        '<use href="/static/img/icons.svg#phone"></use></svg>'
    )
