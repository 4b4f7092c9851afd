"""The Seine-et-Marne demonstration: content in French and English, and its builder.

`python manage.py load_demo` calls `build_demo()`; the content itself is plain
data in `core.demo.content`, each text paired with its English translation.
"""

from core.demo.builder import DemoResult, build_demo

__all__ = ["DemoResult", "build_demo"]
