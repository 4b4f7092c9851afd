"""The demonstration of a département: content in French and English, and its builder.

`python manage.py load_demo [--departement NN]` calls `build_demo(code)`; the content is plain
data in `core.demo.content.dNN`, each text paired with its English translation.
"""

from core.demo.builder import DemoResult, build_demo

__all__ = ["DemoResult", "build_demo"]
