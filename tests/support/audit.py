"""The page checkers of tools/audit/ (installed by `npm ci` there; .ci/run does it):
the Nu HTML Checker (vnu, on Java) and Lighthouse (on Debian's Chromium)."""

import json
import os
import shutil
import subprocess

from tests.support.browser import CHROMIUM, CHROMIUM_FLAGS
from tests.support.components import require
from tests.support.paths import ROOT

AUDIT = ROOT / "tools" / "audit" / "node_modules"
VNU = AUDIT / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE = AUDIT / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def html_errors(files):
    """The Nu HTML Checker's errors for these files, as (file, line, message)."""
    require(shutil.which("java") and VNU.exists(), "the Nu HTML Checker (java, and `npm ci` in tools/audit)")
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    return [(m.get("url", "").rsplit("/", 1)[-1], m.get("lastLine"), m["message"]) for m in messages]


def lighthouse_scores(url, report_path):
    """Lighthouse's mobile scores (0–100) of ``url`` by category; the JSON report is kept."""
    require(shutil.which("node") and LIGHTHOUSE.exists(), "Lighthouse (node, and `npm ci` in tools/audit)")
    require(os.path.exists(CHROMIUM), f"Chromium at {CHROMIUM}")
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            f"--chrome-flags={' '.join(CHROMIUM_FLAGS)}",
            f"--only-categories={','.join(CATEGORIES)}",
            "--output=json",
            f"--output-path={report_path}",
            "--quiet",
        ],
        check=True,
        timeout=180,
        env={**os.environ, "CHROME_PATH": CHROMIUM},
    )
    report = json.loads(report_path.read_text())
    return {name: round(category["score"] * 100) for name, category in report["categories"].items()}
