"""The demonstration of a département: content in French and English, and its builder.

`python manage.py load_demo [--departement NN]` calls `demo.builder.build_demo(code)`; the
content is plain data in `demo.content.dNN`, each text paired with its English translation.
Nothing in the portal imports this app: it sits above every section, and only the
benchmark and the tests use it.
"""
