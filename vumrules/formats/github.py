"""GitHub Actions workflow commands: one annotation per finding, then the full report.

``::error file=F,line=L,col=C,title=T::message`` (``warning``, ``notice`` for the other
severities). Values are escaped as the Actions runner expects: in the message ``%``, ``\\r``
and ``\\n``; in properties also ``:`` and ``,``. GitHub shows only 10 annotations of each kind
per step, so the complete text report follows in a collapsible group of the log.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, TextIO

from ..findings import Severity
from ..i18n import t

if TYPE_CHECKING:
    from ..report import Report

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubFormatter:
    name = "github"
    description = "GitHub Actions-annotationer (::error file=...) og den fulde rapport i loggen"

    def render(self, report: "Report", stream: TextIO) -> None:
        from ..report import TextFormatter

        n = 0
        for r, f in report.findings():
            n += 1
            props = [f"file={escape_property(report.file(r))}"]
            if f.line >= 1:
                props += [f"line={f.line}", f"col={max(f.column, 1)}"]
            props.append(f"title={escape_property(f'{f.code} {f.rule_name}'.strip())}")
            reqs = f" ({', '.join(f.requirements)})" if f.requirements else ""
            stream.write(f"::{COMMAND[f.severity]} {','.join(props)}::"
                         f"{escape_data(report.message(f, r) + reqs)}\n")
        # the full report, also when it is longer than GitHub shows as annotations
        buf = io.StringIO()
        TextFormatter().render(_plain(report), buf)
        stream.write(f"::group::{escape_data(t(report.lang, 'github.full_report', n=n))}\n")
        body = buf.getvalue().splitlines()
        for line in body[:-1]:
            stream.write(_no_command(line) + "\n")
        stream.write("::endgroup::\n")
        if body:
            stream.write(_no_command(body[-1]) + "\n")


def _plain(report: "Report") -> "Report":
    from dataclasses import replace

    return replace(report, color=False)


def _no_command(line: str) -> str:
    # a line of the report must never be read as a workflow command
    return (" " + line) if line.startswith("::") else line
