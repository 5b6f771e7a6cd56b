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


def lighthouse_run(url, report_path, attempts=3):
    """One Lighthouse mobile report of ``url``, kept at ``report_path``.

    A run whose trace Chromium failed to record (a ``runtimeError``, which Lighthouse
    answers with "please run Lighthouse again") is run again, at most ``attempts`` times.
    """
    require(shutil.which("node") and LIGHTHOUSE.exists(), "Lighthouse (node, and `npm ci` in tools/audit)")
    require(os.path.exists(CHROMIUM), f"Chromium at {CHROMIUM}")
    for _attempt in range(attempts):
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
            check=False,  # a runtime error exits 1 after writing its report
            timeout=180,
            env={**os.environ, "CHROME_PATH": CHROMIUM},
        )
        report = json.loads(report_path.read_text())
        if "runtimeError" not in report:
            return report
    raise AssertionError(f"{url}: {report['runtimeError']}")


def summary(report):
    """``{category: (score 0–100, ids of the audits under full marks)}``."""
    audits = report["audits"]
    return {
        name: (
            round(category["score"] * 100),
            {ref["id"] for ref in category["auditRefs"] if audits[ref["id"]]["score"] not in (None, 1)},
        )
        for name, category in report["categories"].items()
    }


def lighthouse_report(url, report_path, runs=3):
    """Lighthouse's scores of ``url``, as ``summary`` gives them.

    Performance is timed on a shared two-core machine, so, as Lighthouse CI does, a
    page short of 100 is run ``runs`` times and each category's median run counts.
    """
    first = summary(lighthouse_run(url, report_path))
    if all(score == 100 for score, _failed in first.values()):
        return first
    results = [first, *(summary(lighthouse_run(url, report_path)) for _run in range(runs - 1))]
    median = len(results) // 2
    return {
        category: sorted((result[category] for result in results), key=lambda pair: pair[0])[median]
        for category in first
    }
