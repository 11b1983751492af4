"""JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure DevOps).

One ``<testsuite>`` per case file; in it one ``<testcase>`` per case and rule: a rule with
findings at or above the fail level is a ``<failure>``, a rule that crashed an ``<error>``, a
rule that did not apply ``<skipped>``; findings below the fail level are listed in the
testcase's ``<system-out>`` without failing it. An unreadable document is one failing
testcase.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import TYPE_CHECKING, TextIO

from ..engine import Outcome
from ..findings import Finding
from ..i18n import t

if TYPE_CHECKING:
    from ..engine import CaseResult
    from ..report import Report

# characters XML 1.0 cannot carry at all
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(text: str) -> str:
    return _ILLEGAL.sub("?", text)


class JunitFormatter:
    name = "junit"
    description = "JUnit XML (en testsuite pr. sagsfil, en testcase pr. sag og regel)"

    def _line(self, report: "Report", r: "CaseResult", f: Finding) -> str:
        reqs = f" ({', '.join(f.requirements)})" if f.requirements else ""
        return _x(f"{report.file(r)}:{f.line}:{f.column}: {f.code} [{f.severity.value}] "
                  f"{report.message(f, r)}{reqs}")

    def render(self, report: "Report", stream: TextIO) -> None:
        level = report.fail_level
        by_file: dict[str, list[CaseResult]] = defaultdict(list)
        for r in report.results:
            by_file[report.file(r)].append(r)
        root = ET.Element("testsuites", name="vumrules", time=f"{report.duration:.3f}")
        totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        for file, results in by_file.items():
            suite = ET.SubElement(root, "testsuite", name=_x(file))
            counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
            for r in results:
                case_name = report.case_id(r) or f"{file}#{r.document}"
                classname = _x(f"{file}.{case_name}")
                by_code: dict[str, list[Finding]] = defaultdict(list)
                for f in r.findings:
                    by_code[f.code].append(f)
                codes = sorted(set(r.outcomes) | set(by_code))
                if not r.loaded and not codes:
                    codes = ["SCH001"]
                for code in codes:
                    counts["tests"] += 1
                    rule = report.registry.rules.get(code)
                    name = _x(f"{code} {rule.name}" if rule else code)
                    if not r.loaded and code.startswith("SCH001"):
                        name = _x(f"{code} {t(report.lang, 'junit.load')}")
                    tc = ET.SubElement(suite, "testcase", classname=classname, name=name)
                    found = by_code.get(code, [])
                    failing = [f for f in found if f.severity.rank >= level.rank]
                    outcome = r.outcomes.get(code)
                    if outcome == Outcome.ERROR:
                        counts["errors"] += 1
                        el = ET.SubElement(tc, "error", type=code, message=_x(report.message(found[0], r)) if found else code)
                        el.text = "\n".join(self._line(report, r, f) for f in found)
                    elif failing:
                        counts["failures"] += 1
                        el = ET.SubElement(tc, "failure", type=code,
                                           message=_x(report.message(failing[0], r)))
                        el.text = "\n".join(self._line(report, r, f) for f in found)
                    elif outcome == Outcome.NOT_APPLICABLE and not found:
                        counts["skipped"] += 1
                        ET.SubElement(tc, "skipped")
                    elif found:
                        out = ET.SubElement(tc, "system-out")
                        out.text = t(report.lang, "junit.findings_below") + ":\n" + "\n".join(
                            self._line(report, r, f) for f in found)
            for k, v in counts.items():
                suite.set(k, str(v))
                totals[k] += v
        for k, v in totals.items():
            root.set(k, str(v))
        ET.indent(root)
        stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        stream.write(ET.tostring(root, encoding="unicode"))
        stream.write("\n")
