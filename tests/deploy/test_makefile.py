"""`make run` tells the site where it serves, so that the links of its e-mails open."""

import os
import shutil
import subprocess
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def test_make_run_sets_the_public_url_to_the_address_it_serves_at():
    # Run as from a shell: CI calls the suite from `make test`, whose variables
    # would make this inner make announce its directory.
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PUBLIC_BASE_URL", "MAKELEVEL", "MAKEFLAGS", "MFLAGS"}
    }
    result = subprocess.run(  # noqa: S603 — fixed arguments, our own Makefile
        [
            shutil.which("make"),
            "--no-print-directory",
            "--eval",
            "print-public-url: ; @echo $$PUBLIC_BASE_URL",
            "print-public-url",
            "HOST=127.0.0.1:8300",
        ],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.stdout.strip() == "http://127.0.0.1:8300"
