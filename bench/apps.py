from django.apps import AppConfig


class BenchConfig(AppConfig):
    """The benchmark's management commands (bench_housing, bench_writes); the top floor,
    which may import every app and which no app imports."""

    name = "bench"
    verbose_name = "Benchmark"
