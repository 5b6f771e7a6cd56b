"""Static files in production (issue 5, fast and light): WhiteNoise serves the hashed
names made by collectstatic for a year, compressed, so a returning visitor on a slow
connection downloads the stylesheet once."""

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

from tests.support.components import executable
from tests.support.paths import ROOT

A_YEAR_OR_MORE = 365 * 24 * 3600


def get(port, path):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Accept-Encoding": "gzip"})
    return urllib.request.urlopen(request, timeout=10)


def max_age(response):
    directives = dict(
        part.strip().partition("=")[::2] for part in response.headers["Cache-Control"].split(",")
    )
    return int(directives.get("max-age", 0)), directives


def test_production_serves_hashed_static_files_compressed_for_a_year(local_server, tmp_path):
    env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "REDIS_URL")} | {
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "static-files-test-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "CMS_VAR_DIR": str(tmp_path),
        "EMAIL_URL": f"file://{tmp_path / 'outbox'}",  # production needs a mail setting
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], env=env, cwd=ROOT, check=True
    )
    hashed = json.loads((tmp_path / "static" / "staticfiles.json").read_text())["paths"]["css/site.css"]
    assert hashed != "css/site.css"
    gunicorn = executable("gunicorn", str(Path(sys.executable).parent / "gunicorn"))
    port = local_server(
        [
            gunicorn,
            "cms.wsgi",
            "--bind",
            "127.0.0.1:{port}",
            "--workers",
            "1",
            "--pid",
            str(tmp_path / "pid"),
        ],
        env=env,
        cwd=ROOT,
    )

    response = get(port, f"/static/{hashed}")
    seconds, directives = max_age(response)
    assert seconds >= A_YEAR_OR_MORE and "immutable" in directives
    assert response.headers["Content-Encoding"] == "gzip"

    # The unhashed name may change at any deploy: it is not cached for long.
    seconds, _directives = max_age(get(port, "/static/css/site.css"))
    assert seconds < 24 * 3600
