"""`make resilience`: load and fault tests of the whole stack, on loopback only.

Starts a private PostgreSQL cluster (a throwaway one, so the machine's own is
never restarted), a private Redis, an SMTP server that can be told to refuse,
gunicorn with the production settings (DEBUG off, a test secret) and a
django-tasks worker; loads the demo; then drives concurrent visitors (plain
threads and http.client: no extra dependency) over public pages, searches
and guest or signed-in registrations, through five phases:

1. load: no 5xx, no time-out;
2. PostgreSQL restarted mid-load: only 503 pages in the visitor's language
   while it is down, pages again within seconds of its return;
3. Redis stopped mid-load: no 5xx;
4. SMTP refusing: registrations are kept and their e-mails arrive once it
   accepts again (the events' tasks retry after a minute);
5. the worker killed in the middle of sending an e-mail: once restarted, the
   task runs again, once.

Then the database is checked: no seat oversold, no registration duplicated,
every registration a visitor was told about is there. A summary table is
printed; the exit status is 1 if any check failed.

    .venv/bin/python -m resilience                                # 200 clients, 60 s
    .venv/bin/python -m resilience --clients 30 --seconds 10      # CI

The package: `stack` starts and stops the services, `visitors` drives the
load, `checks` judges each phase, `__main__` runs the phases in order.
"""
