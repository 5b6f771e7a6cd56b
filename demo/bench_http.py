"""Requests per second for `make bench`: public pages straight from gunicorn and through
Varnish (deploy/varnish.vcl), against the Django floor (demo/bench_floor.py) and nginx
serving a 20 KB file, all on this machine, in one interleaved run.

Each server gets one process or worker (gunicorn: one sync worker, production
settings; nginx: one worker), loaded by ``wrk -t1 -c8`` with ``Accept-Encoding: gzip``
as a browser sends; each figure is the median of the rounds, and the rounds visit
every target in turn so a busy moment of the machine spreads over all of them.

Servers listen on loopback ports below 32768 and are stopped by the PID each reported.
"""

import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
HOST = "localhost"  # the demo site's hostname
# Each page type served by bakerydemo (the measurement) as a share of its Django
# floor; the goal is twice that share, with ten times its content.
BAKERYDEMO_SHARE_OF_FLOOR = {
    "home": 0.56,
    "site-wide news list": 0.82,
    "news item": 1.0,
    "catalogue": 0.72,
    "project": 1.23,
    "search": 0.60,
}
FRONT_CACHE_GOAL = 50.0  # % of nginx's static-file req/s


def tool(name, *candidates):
    for candidate in candidates:
        if os.path.exists(candidate):
            return candidate
    return shutil.which(name)


def free_port():
    for _attempt in range(100):
        port = 20000 + secrets.randbelow(12000)
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port between 20000 and 32000")


@contextmanager
def server(command, port, log, environment=None):
    """Start ``command`` (which listens on ``port``), wait for it, stop it by its PID."""
    with open(log, "ab") as output:
        process = subprocess.Popen(command, stdout=output, stderr=output, env=environment, cwd=ROOT)  # noqa: S603 (our own servers)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"{command[0]} exited ({process.returncode}); see {log}")
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError(f"{command[0]} did not listen on {port}; see {log}")
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def gunicorn(app, port, workdir, environment):
    command = [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "deploy" / "gunicorn.conf.py"), app]
    environment = {
        **environment,
        "GUNICORN_WORKERS": "1",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
    }
    return server(command, port, workdir / f"gunicorn-{port}.log", environment)


def varnish(backend_port, port, workdir):
    vcl = (ROOT / "deploy" / "varnish.vcl").read_text().replace('.port = "8000"', f'.port = "{backend_port}"')
    (workdir / "site.vcl").write_text(vcl)
    command = [tool("varnishd", "/usr/sbin/varnishd"), "-F", "-j", "none", "-n", str(workdir / "varnish")]
    command += ["-a", f"127.0.0.1:{port}", "-f", str(workdir / "site.vcl"), "-s", "malloc,256m"]
    return server(command, port, workdir / "varnish.log")


def nginx(port, workdir):
    """nginx with one worker serving a 20 KB file at /static.html."""
    www = workdir / "www"
    www.mkdir()
    (www / "static.html").write_bytes(b"<p>" + b"static " * 2925 + b"</p>")
    for temp in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (workdir / temp).mkdir()
    config = workdir / "nginx.conf"
    config.write_text(
        f"daemon off; worker_processes 1; user root; pid {workdir}/nginx.pid; error_log {workdir}/nginx.log;\n"
        "events { worker_connections 1024; }\n"
        f"http {{ access_log off; client_body_temp_path {workdir}/body; proxy_temp_path {workdir}/proxy;\n"
        f"  fastcgi_temp_path {workdir}/fastcgi; uwsgi_temp_path {workdir}/uwsgi; scgi_temp_path {workdir}/scgi;\n"
        f"  server {{ listen 127.0.0.1:{port}; root {www}; }} }}\n"
    )
    command = [tool("nginx", "/usr/sbin/nginx"), "-c", str(config), "-p", str(workdir)]
    return server(command, port, workdir / "nginx.out")


WRK_RATE = re.compile(r"Requests/sec:\s+([\d.]+)")
WRK_ERRORS = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")


def wrk(url, seconds):
    """Requests per second on ``url``; an error if any answer was not 2xx or 3xx."""
    command = [tool("wrk", "/usr/bin/wrk"), "-t1", "-c8", f"-d{seconds}s", "-H", f"Host: {HOST}"]
    command += ["-H", "Accept-Encoding: gzip", url]
    run = subprocess.run(command, capture_output=True, text=True, check=True, timeout=seconds + 60)  # noqa: S603
    output = run.stdout
    errors = WRK_ERRORS.search(output)
    if errors:
        raise RuntimeError(f"{url}: {errors.group(1)} answers were errors")
    return float(WRK_RATE.search(output).group(1))


def missing_tools():
    return [
        name
        for name in ("wrk", "varnishd", "nginx")
        if not tool(name, f"/usr/sbin/{name}", f"/usr/bin/{name}")
    ]


def measure(pages, seconds, rounds, write):
    """``pages``: (name, path) of the site's pages. Prints req/s and the ratios."""
    workdir = Path(tempfile.mkdtemp(prefix="cms-bench-http-"))
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-" + secrets.token_hex(16)),
        "ALLOWED_HOSTS": f"{HOST},127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "WARNING",
    }
    if not (environment.get("EMAIL_URL") or environment.get("EMAIL_HOST")):
        # Production needs a mail setting; the bench sends no mail.
        environment["EMAIL_URL"] = f"file://{workdir / 'outbox'}"
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        env=environment,
        cwd=ROOT,
        check=True,
    )
    ports = {name: free_port() for name in ("site", "floor", "varnish", "nginx")}
    with ExitStack() as stack:
        site = stack.enter_context(gunicorn("cms.wsgi", ports["site"], workdir, environment))
        floor = stack.enter_context(
            gunicorn("demo.bench_floor:application", ports["floor"], workdir, environment)
        )
        cache = stack.enter_context(varnish(ports["site"], ports["varnish"], workdir))
        static = stack.enter_context(nginx(ports["nginx"], workdir))
        targets = {
            ("floor", "Django constant view"): floor + "/",
            ("nginx", "20 KB file"): static + "/static.html",
        }
        for name, path in pages:
            targets[("gunicorn", name)] = site + path
            targets[("varnish", name)] = cache + path
        for url in targets.values():
            wrk(url, 1)  # warm up: caches filled, Varnish holding every page
        rates = {target: [] for target in targets}
        for number in range(rounds):
            write(f"round {number + 1} of {rounds}…")
            for target, url in targets.items():
                rates[target].append(wrk(url, seconds))
    shutil.rmtree(workdir, ignore_errors=True)
    report({target: statistics.median(values) for target, values in rates.items()}, pages, write)


def report(rate, pages, write):
    floor, static = rate[("floor", "Django constant view")], rate[("nginx", "20 KB file")]
    write(f"\nDjango floor (constant 20 KB view): {floor:,.0f} req/s; nginx, 20 KB file: {static:,.0f} req/s")
    write(
        f"{'page':28} {'gunicorn':>9} {'% floor':>8} {'goal':>6}  {'Varnish':>9} {'% nginx':>8} {'goal':>6}"
    )
    for name, _path in pages:
        direct, cached = rate[("gunicorn", name)], rate[("varnish", name)]
        share, cached_share = 100 * direct / floor, 100 * cached / static
        if name in BAKERYDEMO_SHARE_OF_FLOOR:
            goal = 2 * BAKERYDEMO_SHARE_OF_FLOOR[name]
            against = f"{goal:>5.2f}%{'✓' if share >= goal else '✗'}"
        else:
            against = f"{'–':>6} "  # bakerydemo has no such page
        write(
            f"{name:28} {direct:>9,.1f} {share:>7.2f}% {against}"
            f" {cached:>9,.0f} {cached_share:>7.1f}% {FRONT_CACHE_GOAL:>5.0f}%"
            f"{'✓' if cached_share >= FRONT_CACHE_GOAL else '✗'}"
        )
    write(
        "goal for gunicorn: twice bakerydemo's share of its own floor for the matching page "
        "(– where it has none); for Varnish: half of nginx's req/s."
    )
