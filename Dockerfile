# The portal's image: gunicorn with the production settings (docs/deployment.md).
# docker build -t portail . ; the same image runs the task worker (compose.yaml).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    UV_PROJECT_ENVIRONMENT=/app/.venv \
    UV_COMPILE_BYTECODE=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    GUNICORN_BIND=0.0.0.0:8000 \
    GUNICORN_FORWARDED_ALLOW_IPS=*

# Pango and a font for WeasyPrint (the printable guide as PDF); gettext is not needed,
# the compiled catalogues are committed.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

RUN pip install --no-cache-dir uv==0.13.8

WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-install-project

COPY . .
# collectstatic needs a secret key to import the production settings; this one is thrown away.
RUN DJANGO_SECRET_KEY=collectstatic-only-collectstatic-only-collectstatic-only \
    PUBLIC_BASE_URL=https://collectstatic.invalid \
    /app/.venv/bin/python manage.py collectstatic --noinput -v0

RUN useradd --system --uid 10001 --home /app portail \
    && mkdir -p /app/media \
    && chown portail:portail /app/media
USER portail

ENV PATH="/app/.venv/bin:$PATH"
EXPOSE 8000
CMD ["gunicorn", "-c", "config/gunicorn.conf.py", "config.wsgi"]
