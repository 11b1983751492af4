"""``--history FILE``: the figures of every sweep in one SQLite file (stdlib ``sqlite3``, no
server), so the report can show how each requirement develops from sweep to sweep.

Tables (created on first use; the file can be opened with any SQLite tool)::

    sweeps(id, recorded_at, date, profile, profile_version, tool_version, partial,
           cases, unreadable, compliance_pct)
    figures(sweep_id, kind, key, applied, held, compliance_pct)   -- kind: 'krav' | 'regel'

Only figures go in: requirement and rule ids and counts, never a case id or a name. A
partial sweep (stopped with Ctrl-C) is recorded with ``partial = 1`` and left out of the
trend shown in later reports.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sweeps (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    recorded_at TEXT NOT NULL,
    date TEXT NOT NULL,
    profile TEXT NOT NULL,
    profile_version TEXT NOT NULL,
    tool_version TEXT NOT NULL,
    partial INTEGER NOT NULL,
    cases INTEGER NOT NULL,
    unreadable INTEGER NOT NULL,
    compliance_pct REAL
);
CREATE TABLE IF NOT EXISTS figures (
    sweep_id INTEGER NOT NULL REFERENCES sweeps(id),
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    applied INTEGER NOT NULL,
    held INTEGER NOT NULL,
    compliance_pct REAL,
    PRIMARY KEY (sweep_id, kind, key)
);
"""


def _connect(path: str | Path) -> sqlite3.Connection:
    con = sqlite3.connect(str(path), timeout=30)
    con.executescript(_SCHEMA)
    return con


def record(path: str | Path, summary: dict[str, Any], *, now: datetime | None = None) -> int:
    """Append this sweep's figures; returns the new sweep's id."""
    when = (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")
    with closing(_connect(path)) as con, con:
        s = summary["summary"]
        cur = con.execute(
            "INSERT INTO sweeps (recorded_at, date, profile, profile_version, tool_version, partial,"
            " cases, unreadable, compliance_pct) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (when, summary["date"], summary["profile"], summary["profile_version"], summary["version"],
             int(summary["partial"]), s["cases"], s["unreadable"], s["compliance_pct"]))
        sweep_id = int(cur.lastrowid or 0)
        rows = [(sweep_id, "krav", r["id"], r["applied"], r["held"], r["compliance_pct"])
                for r in summary["requirements"]]
        rows += [(sweep_id, "regel", r["code"], r["applied"], r["held"], r["compliance_pct"])
                 for r in summary["rules"]]
        con.executemany("INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?)", rows)
    return sweep_id


def trend(path: str | Path, profile: str, *, current: int | None = None,
          limit: int = 12) -> dict[str, Any]:
    """The last ``limit`` complete sweeps of ``profile`` (plus ``current`` even if partial):
    ``{"sweeps": [{"id", "date", "compliance_pct", "partial"}...], "requirements": {id: [pct
    or None per sweep]}, "rules": {...}}``, oldest first."""
    with closing(_connect(path)) as con:
        sweeps = con.execute(
            "SELECT id, date, compliance_pct, partial FROM sweeps WHERE profile = ? AND"
            " (partial = 0 OR id = ?) ORDER BY id DESC LIMIT ?",
            (profile, current if current is not None else -1, limit)).fetchall()
        sweeps.reverse()
        ids = [s[0] for s in sweeps]
        out: dict[str, Any] = {
            "sweeps": [{"id": i, "date": d, "compliance_pct": p, "partial": bool(pa)}
                       for i, d, p, pa in sweeps],
            "requirements": {},
            "rules": {},
        }
        if not ids:
            return out
        marks = ",".join("?" * len(ids))
        position = {sid: n for n, sid in enumerate(ids)}
        for sid, kind, key, pct in con.execute(
                f"SELECT sweep_id, kind, key, compliance_pct FROM figures WHERE sweep_id IN ({marks})"
                " ORDER BY kind, key, sweep_id", ids):
            target = out["requirements" if kind == "krav" else "rules"]
            series = target.setdefault(key, [None] * len(ids))
            series[position[sid]] = pct
        return out
