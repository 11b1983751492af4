"""QA sweep: check a whole case export against a profile and add the outcomes up.

    from vumrules.sweep import sweep, summarise_run, write_all
    run = sweep(["eksport/"], "vum2", jobs=2)
    summary = summarise_run(run, Linter("vum2"))
    write_all(summary, Path("rapport"))

* :mod:`.run` — the parent: lists files, feeds worker processes (bounded), adds up;
* :mod:`.work` — the workers: one Linter each, compact redacted rows per case;
* :mod:`.aggregate` — counters → the figures (compliance per requirement, rule, organisation);
* :mod:`.output`, :mod:`.html` — JSON, CSV, XLSX and the self-contained HTML report;
* :mod:`.history` — ``--history``: figures of every sweep in SQLite, for the trend.

``vumrules sweep`` (vumrules/cli/sweep.py) is the command; docs/sweep.md the user's guide.
"""

from __future__ import annotations

from .aggregate import summarise_run
from .output import write_all
from .run import SweepRun, default_jobs, sweep

__all__ = ["SweepRun", "default_jobs", "summarise_run", "sweep", "write_all"]
