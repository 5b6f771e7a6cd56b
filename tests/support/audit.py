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


# Lighthouse's 4x CPU slowdown turns a high-end desktop (benchmark index 1500–2000) into
# its mid-tier phone; on a slower host it emulates a slower phone. Its throttling guide
# (docs/throttling.md, "Calibrating the CPU slowdown") gives, to emulate that phone, 4x
# from a high-end desktop and 2x (range 1–5, higher for a faster host) from a low-end one
# (1000–1500). We go from 2x at 1000 to 4x at 1500 in a straight line, never under 2x.
HIGH_END_DESKTOP_INDEX = 1500
LOW_END_DESKTOP_INDEX = 1000
DEFAULT_CPU_SLOWDOWN = 4.0
LOW_END_CPU_SLOWDOWN = 2.0


def cpu_slowdown(benchmark_index):
    """The CPU multiplier that emulates Lighthouse's phone on a host of this speed."""
    index = benchmark_index or HIGH_END_DESKTOP_INDEX
    if index >= HIGH_END_DESKTOP_INDEX:
        return DEFAULT_CPU_SLOWDOWN
    share = max(0.0, index - LOW_END_DESKTOP_INDEX) / (HIGH_END_DESKTOP_INDEX - LOW_END_DESKTOP_INDEX)
    return round(LOW_END_CPU_SLOWDOWN + share * (DEFAULT_CPU_SLOWDOWN - LOW_END_CPU_SLOWDOWN), 2)


def lighthouse(*arguments):
    require(shutil.which("node") and LIGHTHOUSE.exists(), "Lighthouse (node, and `npm ci` in tools/audit)")
    require(os.path.exists(CHROMIUM), f"Chromium at {CHROMIUM}")
    subprocess.run(
        [
            str(LIGHTHOUSE),
            *arguments,
            f"--only-categories={','.join(CATEGORIES)}",
            "--output=json",
            "--quiet",
        ],
        check=False,  # a runtime error exits 1 after writing its report
        timeout=180,
        env={**os.environ, "CHROME_PATH": CHROMIUM},
    )


def lighthouse_run(url, report_path, attempts=3):
    """One Lighthouse mobile report of ``url``, kept at ``report_path``.

    Performance is simulated from a trace recorded without CPU throttling, so a run on a
    host slower than Lighthouse's reference (its own benchmark index, measured during the
    run) is audited again from the same trace with the calibrated slowdown
    (``cpu_slowdown``): the same page, the same phone, whatever else the host is doing.
    A run whose trace Chromium failed to record (a ``runtimeError``, which Lighthouse
    answers with "please run Lighthouse again") is run again, at most ``attempts`` times.
    """
    artifacts = report_path.with_suffix(".artifacts")
    for _attempt in range(attempts):
        lighthouse(
            url,
            f"--chrome-flags={' '.join(CHROMIUM_FLAGS)}",
            f"--output-path={report_path}",
            f"-GA={artifacts}",
        )
        report = json.loads(report_path.read_text())
        if "runtimeError" not in report:
            break
    else:
        raise AssertionError(f"{url}: {report['runtimeError']}")
    cpu = cpu_slowdown(report["environment"].get("benchmarkIndex"))
    if cpu == DEFAULT_CPU_SLOWDOWN:
        return report
    # Lighthouse audits saved artifacts only with the settings they were gathered with.
    saved = json.loads((artifacts / "artifacts.json").read_text())
    saved["settings"]["throttling"]["cpuSlowdownMultiplier"] = cpu
    (artifacts / "artifacts.json").write_text(json.dumps(saved))
    slowdown = f"--throttling.cpuSlowdownMultiplier={cpu}"
    lighthouse(url, f"--output-path={report_path}", f"-A={artifacts}", slowdown)
    return json.loads(report_path.read_text())


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
