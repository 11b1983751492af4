"""The managers' report: one self-contained HTML file, in Danish.

No network at view time and no JavaScript: the CSS is inline and every chart is an SVG
drawn here, in Python. Every figure shown carries ``data-fig``, a JSON pointer (RFC 6901)
into ``sweep.json``, and ``data-value``, the figure itself, so a test (or an auditor) can
check that what the report shows is what the machine-readable file says. Every string
comes from the already redacted summary and is HTML-escaped here. Requirements are shown by
their Danish title (``titel`` in ``vumrules/requirements.yaml``), not the English catalogue text.
"""

from __future__ import annotations

from html import escape
from typing import Any, Sequence

from .aggregate import group_label, histogram, requirement_title, single_kommune

GOOD, FAIR = 90.0, 75.0  # colour thresholds of a percentage
COLOURS = {"good": "#2e7d32", "fair": "#e0a100", "poor": "#c62828", "none": "#9e9e9e", "bar": "#1f4e79"}


def num(n: int | None) -> str:
    """10000 → '10.000' (Danish thousands separator)."""
    return "–" if n is None else f"{n:,}".replace(",", ".")


def pct_text(p: float | None) -> str:
    """87.5 → '87,5 %'."""
    return "–" if p is None else f"{p:.1f}".replace(".", ",") + " %"


def _level(p: float | None) -> str:
    if p is None:
        return "none"
    return "good" if p >= GOOD else "fair" if p >= FAIR else "poor"


def _e(s: Any) -> str:
    return escape("" if s is None else str(s), quote=True)


def _fig(pointer: str, value: Any, text: str, tag: str = "td", cls: str = "num") -> str:
    v = "" if value is None else value
    return f'<{tag} class="{cls}" data-fig="{_e(pointer)}" data-value="{_e(v)}">{_e(text)}</{tag}>'


# ---------------------------------------------------------------------------- charts

def hbar_chart(chart_id: str, title: str, items: Sequence[tuple[str, float | None, str, str]],
               *, maximum: float = 100.0, unit: str = "pct", width: int = 760) -> str:
    """Horizontal bars. ``items``: (label, value, pointer to the value, tooltip)."""
    if not items:
        return f'<p class="empty">{_e(title)}: ingen data.</p>'
    label_w, value_w, row_h, top = 230, 70, 22, 26
    bar_w = width - label_w - value_w - 10
    height = top + row_h * len(items) + 24
    out = [f'<svg class="chart" id="{_e(chart_id)}" data-chart="{_e(chart_id)}" role="img" '
           f'aria-label="{_e(title)}" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
           f'xmlns="http://www.w3.org/2000/svg">',
           f'<title>{_e(title)}</title>']
    # grid: 0, 25, 50, 75, 100 % of the maximum
    for i in range(5):
        x = label_w + bar_w * i / 4
        tick = maximum * i / 4
        label = f"{tick:.0f} %" if unit == "pct" else num(int(round(tick)))
        out.append(f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{height - 20}" class="grid"/>')
        out.append(f'<text x="{x:.1f}" y="{height - 6}" class="tick" text-anchor="middle">{_e(label)}</text>')
    for n, (label, value, pointer, tip) in enumerate(items):
        y = top + n * row_h
        w = 0.0 if value is None or maximum <= 0 else bar_w * min(value, maximum) / maximum
        colour = COLOURS[_level(value)] if unit == "pct" else COLOURS["bar"]
        shown = pct_text(value) if unit == "pct" else num(int(value or 0))
        short = label if len(label) <= 34 else label[:33] + "…"
        out.append(f'<text x="{label_w - 8}" y="{y + 15}" class="label" text-anchor="end">{_e(short)}</text>')
        out.append(f'<rect class="bar" x="{label_w}" y="{y + 3}" width="{w:.2f}" height="{row_h - 6}" '
                   f'fill="{colour}" data-fig="{_e(pointer)}" data-value="{_e("" if value is None else value)}" '
                   f'data-max="{maximum}"><title>{_e(tip)}: {_e(shown)}</title></rect>')
        out.append(f'<text x="{label_w + w + 6:.2f}" y="{y + 15}" class="value">{_e(shown)}</text>')
    out.append("</svg>")
    return "".join(out)


def vbar_chart(chart_id: str, title: str, bars: Sequence[tuple[str, int, str]], *,
               x_title: str, width: int = 760, height: int = 260) -> str:
    """Vertical bars (counts). ``bars``: (label, count, pointer or '')."""
    left, bottom, top = 56, 46, 16
    plot_w, plot_h = width - left - 10, height - top - bottom
    maximum = max([c for _, c, _ in bars] + [1])
    step = plot_w / max(1, len(bars))
    out = [f'<svg class="chart" id="{_e(chart_id)}" data-chart="{_e(chart_id)}" role="img" '
           f'aria-label="{_e(title)}" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
           f'xmlns="http://www.w3.org/2000/svg"><title>{_e(title)}</title>']
    for i in range(5):
        v = maximum * i / 4
        y = top + plot_h - plot_h * i / 4
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - 10}" y2="{y:.1f}" class="grid"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" class="tick" text-anchor="end">{num(int(round(v)))}</text>')
    for n, (label, count, pointer) in enumerate(bars):
        h = plot_h * count / maximum
        x = left + n * step + step * 0.15
        y = top + plot_h - h
        out.append(f'<rect class="bar" x="{x:.2f}" y="{y:.2f}" width="{step * 0.7:.2f}" height="{h:.2f}" '
                   f'fill="{COLOURS["bar"]}" data-fig="{_e(pointer)}" data-value="{count}" data-max="{maximum}">'
                   f'<title>{_e(label)} fejl: {num(count)} sager</title></rect>')
        out.append(f'<text x="{x + step * 0.35:.2f}" y="{y - 4:.2f}" class="value" text-anchor="middle">{num(count)}</text>')
        out.append(f'<text x="{x + step * 0.35:.2f}" y="{top + plot_h + 16}" class="tick" text-anchor="middle">{_e(label)}</text>')
    out.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 6}" class="axis" text-anchor="middle">{_e(x_title)}</text>')
    out.append("</svg>")
    return "".join(out)


def sparkline(values: Sequence[float | None], width: int = 90, height: int = 22) -> str:
    pts = [(i, v) for i, v in enumerate(values) if v is not None]
    if len(pts) < 2:
        return ""
    n = max(1, len(values) - 1)
    coords = " ".join(f"{2 + (width - 4) * i / n:.1f},{height - 2 - (height - 4) * v / 100:.1f}" for i, v in pts)
    last_x, last_y = coords.split(" ")[-1].split(",")
    return (f'<svg class="spark" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
            f'xmlns="http://www.w3.org/2000/svg" aria-hidden="true"><polyline points="{coords}" fill="none" '
            f'stroke="{COLOURS["bar"]}" stroke-width="1.5"/><circle cx="{last_x}" cy="{last_y}" r="2.2" '
            f'fill="{COLOURS["bar"]}"/></svg>')


# ---------------------------------------------------------------------------- page

_CSS = """
:root{--ink:#1b1b1b;--muted:#5f6368;--line:#d9dde3;--bg:#f6f7f9;--accent:#1f4e79}
*{box-sizing:border-box}
body{font-family:"Segoe UI",Calibri,Arial,sans-serif;color:var(--ink);margin:0;background:var(--bg);line-height:1.45}
main{max-width:1100px;margin:0 auto;padding:24px 28px 60px;background:#fff}
h1{font-size:1.7rem;margin:.2em 0;color:var(--accent)}
h2{font-size:1.3rem;margin:2em 0 .4em;border-bottom:2px solid var(--accent);padding-bottom:.2em}
h3{font-size:1.05rem;margin:1.4em 0 .3em}
.meta{color:var(--muted);margin:0 0 1em}
.banner{background:#fff4e5;border-left:5px solid #e0a100;padding:.7em 1em;margin:1em 0;font-weight:600}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:1em 0}
.card{flex:1 1 160px;border:1px solid var(--line);border-radius:6px;padding:10px 14px;background:#fbfcfd}
.card .big{font-size:1.6rem;font-weight:700;display:block}
.card .sub{color:var(--muted);font-size:.85rem}
table{border-collapse:collapse;width:100%;margin:.6em 0 1.2em;font-size:.9rem}
th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eef2f7;font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.good{color:#2e7d32;font-weight:600} td.fair{color:#9a6b00;font-weight:600} td.poor{color:#c62828;font-weight:600}
.krav{color:var(--muted);font-size:.82rem}
.chart{max-width:100%;height:auto;display:block;margin:.4em 0 1em}
.chart .grid{stroke:#e3e6ea;stroke-width:1}
.chart .label{font-size:12px;fill:#1b1b1b}
.chart .value{font-size:11px;fill:#1b1b1b}
.chart .tick{font-size:10px;fill:#5f6368}
.chart .axis{font-size:11px;fill:#5f6368}
.legend span{display:inline-block;margin-right:14px;font-size:.85rem}
.legend i{display:inline-block;width:11px;height:11px;margin-right:4px;vertical-align:-1px}
.note{color:var(--muted);font-size:.85rem}
details{margin:.4em 0 1em} summary{cursor:pointer;color:var(--accent);font-weight:600}
footer{margin-top:3em;color:var(--muted);font-size:.8rem;border-top:1px solid var(--line);padding-top:.8em}
@media print{body{background:#fff} main{padding:0} details{display:block} .chart{page-break-inside:avoid}}
"""


def _pct_cell(pointer: str, p: float | None) -> str:
    v = "" if p is None else p
    return (f'<td class="num {_level(p)}" data-fig="{_e(pointer)}" data-value="{_e(v)}">'
            f'{_e(pct_text(p))}</td>')


def _legend() -> str:
    return ('<p class="legend">'
            f'<span><i style="background:{COLOURS["good"]}"></i>mindst {GOOD:.0f} %</span>'
            f'<span><i style="background:{COLOURS["fair"]}"></i>{FAIR:.0f}–{GOOD:.0f} %</span>'
            f'<span><i style="background:{COLOURS["poor"]}"></i>under {FAIR:.0f} %</span></p>')


MATRIX_COLUMNS = 12


def _matrix(summary: dict[str, Any], one: bool) -> str:
    """Teams × the worst requirements: where each team has trouble with what."""
    teams = summary["organisation"]["team"]
    measured = [r for r in summary["requirements"] if r["applied"]][:MATRIX_COLUMNS]
    reqs = [r["id"] for r in measured]
    if not teams or not reqs:
        return ""
    out = ['<h3>Krav pr. team</h3>',
           f'<p class="note">De {len(reqs)} dårligste krav (kolonner) for hvert team: '
           'lovoverholdelsesprocent blandt teamets sager, hvor kravet gjaldt.</p>',
           '<table id="tabel-team-krav"><thead><tr><th>Team</th>'
           + "".join(f'<th class="num" title="{_e(requirement_title(r))}">{_e(r["id"])}</th>' for r in measured)
           + "</tr></thead><tbody>"]
    for i, g in enumerate(teams):
        index = {r["id"]: j for j, r in enumerate(g["requirements"])}
        cells = []
        for rid in reqs:
            j = index.get(rid)
            if j is None:
                cells.append('<td class="num">–</td>')
            else:
                cells.append(_pct_cell(f"/organisation/team/{i}/requirements/{j}/compliance_pct",
                                       g["requirements"][j]["compliance_pct"]))
        out.append(f"<tr><td>{_e(group_label(g, 'team', one))}</td>{''.join(cells)}</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def render_html(summary: dict[str, Any]) -> str:
    s = summary["summary"]
    one = single_kommune(summary)
    trend = summary.get("trend") or {}
    series = trend.get("requirements", {})
    parts: list[str] = []
    add = parts.append
    title = "Kvalitetsmåling af sager"
    add("<!DOCTYPE html>")
    add('<html lang="da"><head><meta charset="utf-8">')
    add('<meta name="viewport" content="width=device-width, initial-scale=1">')
    add(f"<title>{_e(title)} – {_e(summary['profile'])} – {_e(summary['date'])}</title>")
    add(f"<style>{_CSS}</style></head><body><main>")
    add(f"<h1>{_e(title)}</h1>")
    add(f'<p class="meta">Profil <b>{_e(summary["profile"])}</b>'
        + (f" ({_e(summary['profile_title'])})" if summary.get("profile_title") else "")
        + f', version {_e(summary["profile_version"])} · kørt {_e(summary["date"])}'
        f' · vumrules {_e(summary["version"])}</p>')
    if summary["partial"]:
        add(f'<div class="banner" id="partial">Delvis rapport: kørslen blev afbrudt, før alle sager var '
            f'kontrolleret. Tallene dækker de {num(s["cases"])} sager, der nåede at blive kontrolleret.</div>')

    # -- key figures
    share_ok = round(100.0 * s["cases_without_errors"] / s["loaded"], 1) if s["loaded"] else None
    add('<section class="cards" id="noegletal">')
    add(f'<div class="card"><span class="sub">Sager kontrolleret</span>'
        f'{_fig("/summary/cases", s["cases"], num(s["cases"]), "span", "big")}'
        f'<span class="sub">{num(s["files"])} filer</span></div>')
    add(f'<div class="card"><span class="sub">Samlet lovoverholdelse</span>'
        f'{_fig("/summary/compliance_pct", s["compliance_pct"], pct_text(s["compliance_pct"]), "span", "big")}'
        f'<span class="sub">af {num(s["checks_applied"])} kontroller</span></div>')
    add(f'<div class="card"><span class="sub">Sager uden fejl</span>'
        f'{_fig("/summary/cases_without_errors", s["cases_without_errors"], num(s["cases_without_errors"]), "span", "big")}'
        f'<span class="sub">{_e(pct_text(share_ok))} af de læste sager</span></div>')
    add(f'<div class="card"><span class="sub">Ulæselige sager</span>'
        f'{_fig("/summary/unreadable", s["unreadable"], num(s["unreadable"]), "span", "big")}'
        f'<span class="sub">talt med og listet nederst</span></div>')
    add(f'<div class="card"><span class="sub">Krav målt</span>'
        f'{_fig("/summary/requirements_measured", s["requirements_measured"], num(s["requirements_measured"]), "span", "big")}'
        f'<span class="sub">{num(s["findings"]["error"])} fejl, {num(s["findings"]["warning"])} advarsler</span></div>')
    add("</section>")
    add('<p class="note"><b>Lovoverholdelsesprocent</b> = de sager, hvor et krav gjaldt og blev '
        'overholdt, delt med de sager, hvor kravet gjaldt. Sager, hvor kravet ikke var relevant, '
        'tæller ikke med. Et krav er overholdt i en sag, når ingen af de regler, der kontrollerer '
        'det, har fund i sagen. Rapporten viser kun sags-id\'er og sagsbehandler-id\'er, aldrig navne '
        'eller CPR-numre.</p>')

    # -- requirements
    reqs = summary["requirements"]
    add('<h2 id="krav">1. Lovoverholdelse pr. krav</h2>')
    add('<p class="note">Dårligste krav først.</p>')
    add(_legend())
    measured = [(i, r) for i, r in enumerate(reqs) if r["applied"]]
    add(hbar_chart("chart-krav", "Lovoverholdelsesprocent pr. krav",
                   [(r["id"], r["compliance_pct"], f"/requirements/{i}/compliance_pct",
                     f"{r['id']} {requirement_title(r)}: {num(r['held'])} af {num(r['applied'])} sager")
                    for i, r in measured]))
    has_trend = bool(trend.get("sweeps")) and len(trend["sweeps"]) >= 2
    add('<table id="tabel-krav"><thead><tr><th>Krav</th><th class="num">Lovoverholdelse</th>'
        '<th class="num">Gjaldt i sager</th><th class="num">Overholdt</th><th class="num">Ikke overholdt</th>'
        '<th>Regler</th>' + ('<th>Udvikling</th>' if has_trend else '') + '</tr></thead><tbody>')
    for i, r in enumerate(reqs):
        row = (f'<tr><td><b>{_e(r["id"])}</b><div class="krav">{_e(requirement_title(r))}</div></td>'
               + _pct_cell(f"/requirements/{i}/compliance_pct", r["compliance_pct"])
               + _fig(f"/requirements/{i}/applied", r["applied"], num(r["applied"]))
               + _fig(f"/requirements/{i}/held", r["held"], num(r["held"]))
               + _fig(f"/requirements/{i}/failed", r["failed"], num(r["failed"]))
               + f'<td>{_e(", ".join(r["rules"]))}</td>')
        if has_trend:
            values = series.get(r["id"], [])
            delta = ""
            if len(values) >= 2 and values[-1] is not None and values[-2] is not None:
                d = values[-1] - values[-2]
                delta = ("+" if d > 0 else "") + f"{d:.1f}".replace(".", ",") + " point"
            row += f'<td>{sparkline(values)} <span class="note">{_e(delta)}</span></td>'
        add(row + "</tr>")
    add("</tbody></table>")
    if has_trend:
        add(f'<p class="note">Udvikling: lovoverholdelsesprocenten i de seneste {len(trend["sweeps"])} '
            f'kørsler ({_e(trend["sweeps"][0]["date"])} – {_e(trend["sweeps"][-1]["date"])}); ændringen '
            'er i procentpoint siden forrige kørsel.</p>')

    # -- organisation
    org = summary["organisation"]
    add('<h2 id="organisation">2. Pr. team, kommune og sagsbehandler</h2>')
    add('<p class="note">Lovoverholdelse her = overholdte kontroller delt med alle kontroller, der '
        'gjaldt, i teamets sager (alle regler tilsammen).</p>')
    teams = org["team"]
    add(hbar_chart("chart-team", "Lovoverholdelsesprocent pr. team",
                   [(group_label(g, "team", one), g["compliance_pct"], f"/organisation/team/{i}/compliance_pct",
                     f"{group_label(g, 'team', one)}: {num(g['cases'])} sager") for i, g in enumerate(teams)]))
    add(_matrix(summary, one))
    for dim, heading, label in (("team", "Teams", "Team"), ("kommune", "Kommuner", "Kommune"),
                                ("sagsbehandler", "Sagsbehandlere", "Sagsbehandler-id")):
        rows = org[dim]
        body = [f'<h3>{_e(heading)}</h3>']
        body.append(f'<table id="tabel-{dim}"><thead><tr><th>{_e(label)}</th><th class="num">Sager</th>'
                    '<th class="num">Sager med fejl</th><th class="num">Fejl</th>'
                    '<th class="num">Lovoverholdelse</th><th>Dårligste krav</th></tr></thead><tbody>')
        for i, g in enumerate(rows):
            worst = [r for r in g["requirements"] if r["applied"] and r["compliance_pct"] is not None
                     and r["compliance_pct"] < 100][:3]
            worst_text = ", ".join(f"{r['id']} ({pct_text(r['compliance_pct'])})" for r in worst)
            p = f"/organisation/{dim}/{i}"
            body.append(f'<tr><td>{_e(group_label(g, dim, one))}</td>'
                        + _fig(f"{p}/cases", g["cases"], num(g["cases"]))
                        + _fig(f"{p}/cases_with_errors", g["cases_with_errors"], num(g["cases_with_errors"]))
                        + _fig(f"{p}/errors", g["errors"], num(g["errors"]))
                        + _pct_cell(f"{p}/compliance_pct", g["compliance_pct"])
                        + f'<td class="krav">{_e(worst_text)}</td></tr>')
        body.append("</tbody></table>")
        if dim == "sagsbehandler" and len(rows) > 25:
            add(body[0])
            add(f'<details><summary>Vis alle {num(len(rows))} sagsbehandlere</summary>'
                + "".join(body[1:]) + "</details>")
        else:
            add("".join(body))

    # -- findings
    add('<h2 id="fund">3. Fordeling af fund</h2>')
    hist = histogram(summary["errors_per_case"])
    index = {r["errors"]: i for i, r in enumerate(summary["errors_per_case"])}
    bars = []
    for label, count in hist:
        pointer = "" if label.endswith("+") or int(label) not in index else f"/errors_per_case/{index[int(label)]}/cases"
        bars.append((label, count, pointer))
    add("<h3>Sager efter antal fejl</h3>")
    add(vbar_chart("chart-fejl", "Antal sager efter antal fejl i sagen", bars, x_title="antal fejl i sagen"))
    add('<table id="tabel-fejl"><thead><tr><th class="num">Fejl i sagen</th><th class="num">Sager</th></tr></thead><tbody>')
    for i, r in enumerate(summary["errors_per_case"]):
        add(f'<tr>{_fig(f"/errors_per_case/{i}/errors", r["errors"], num(r["errors"]))}'
            f'{_fig(f"/errors_per_case/{i}/cases", r["cases"], num(r["cases"]))}</tr>')
    add("</tbody></table>")
    rules = summary["rules"]
    by_findings = sorted(((i, r) for i, r in enumerate(rules) if r["findings"]),
                         key=lambda x: (-x[1]["findings"], x[1]["code"]))[:15]
    top = max([r["findings"] for _, r in by_findings] + [1])
    add("<h3>Regler med flest fund</h3>")
    add(hbar_chart("chart-regler", "Antal fund pr. regel",
                   [(f"{r['code']} {r['name']}", r["findings"], f"/rules/{i}/findings",
                     f"{r['code']}: {num(r['cases_with_findings'])} sager") for i, r in by_findings],
                   maximum=float(top), unit="count"))
    add('<table id="tabel-regler"><thead><tr><th>Regel</th><th>Krav</th><th>Alvor</th>'
        '<th class="num">Lovoverholdelse</th><th class="num">Gjaldt i sager</th><th class="num">Fund</th>'
        '<th class="num">Sager med fund</th></tr></thead><tbody>')
    sev = {"error": "fejl", "warning": "advarsel", "info": "info"}
    for i, r in enumerate(rules):
        add(f'<tr><td><b>{_e(r["code"])}</b> {_e(r["name"])}</td><td>{_e(", ".join(r["requirements"]))}</td>'
            f'<td>{_e(sev.get(r["severity"], r["severity"]))}</td>'
            + _pct_cell(f"/rules/{i}/compliance_pct", r["compliance_pct"])
            + _fig(f"/rules/{i}/applied", r["applied"], num(r["applied"]))
            + _fig(f"/rules/{i}/findings", r["findings"], num(r["findings"]))
            + _fig(f"/rules/{i}/cases_with_findings", r["cases_with_findings"], num(r["cases_with_findings"]))
            + "</tr>")
    add("</tbody></table>")

    # -- unreadable
    add(f'<h2 id="ulaeselige">4. Sager der ikke kunne læses ({num(len(summary["unreadable"]))})</h2>')
    if summary["unreadable"]:
        add('<table id="tabel-ulaeselige"><thead><tr><th>Fil</th><th class="num">Dokument</th><th>Sags-id</th>'
            '<th>Årsag</th></tr></thead><tbody>')
        for r in summary["unreadable"]:
            add(f'<tr><td>{_e(r["file"])}</td><td class="num">{r["document"]}</td><td>{_e(r["case_id"] or "–")}</td>'
                f'<td>{_e(r["code"])} linje {r["line"]}: {_e(r["message"])}</td></tr>')
        add("</tbody></table>")
    else:
        add('<p>Alle sager kunne læses.</p>')
    add(f'<footer>Lavet af vumrules {_e(summary["version"])} med profilen {_e(summary["profile"])}. '
        'Tallene findes også i sweep.json, CSV-filerne og rapport.xlsx i samme mappe. '
        'Rapporten er selvstændig og henter intet fra nettet.</footer>')
    add("</main></body></html>")
    return "\n".join(parts) + "\n"
