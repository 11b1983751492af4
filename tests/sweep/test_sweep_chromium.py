"""Open the sweep's HTML report in headless Chromium (Debian's ``chromium``): the charts
render (real layout boxes, bar lengths proportional to the figures) and every figure shown
is the figure in sweep.json.

The report itself has no script. The test copies it and appends a small script that
measures the rendered SVG charts and writes the measurements into the page; Chromium's
``--dump-dom`` then returns the page after the script ran. Skipped only when chromium is
not installed and the ``CI`` environment variable is not set: in CI it must run.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from vumrules.cli import main

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="headless Chromium is not installed (Debian: apt-get install chromium); "
           "this test is required in CI",
)

MEASURE = """
<script>
(function () {
  var out = {charts: []};
  document.querySelectorAll("svg[data-chart]").forEach(function (svg) {
    var box = svg.getBoundingClientRect();
    var bars = [];
    svg.querySelectorAll("rect.bar").forEach(function (r) {
      var b = r.getBBox();
      bars.push({fig: r.getAttribute("data-fig"), value: r.getAttribute("data-value"),
                 max: r.getAttribute("data-max"), w: b.width, h: b.height});
    });
    out.charts.push({id: svg.id, w: box.width, h: box.height, bars: bars});
  });
  var pre = document.createElement("pre");
  pre.id = "measured";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>
"""


class _Figures(HTMLParser):
    """Collects every element with data-fig: (pointer, data-value, visible text)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[list[str]] = []
        self._open: list[list[str] | None] = []
        self.measured = ""
        self._in_measured = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "pre" and a.get("id") == "measured":
            self._in_measured = True
        if tag in ("td", "span") and "data-fig" in a:
            item = [a["data-fig"], a.get("data-value", ""), ""]
            self.found.append(item)
            self._open.append(item)
        elif tag in ("td", "span"):
            self._open.append(None)

    def handle_endtag(self, tag):
        if tag == "pre":
            self._in_measured = False
        if tag in ("td", "span") and self._open:
            self._open.pop()

    def handle_data(self, data):
        if self._in_measured:
            self.measured += data
        for item in self._open:
            if item is not None:
                item[2] += data


def _resolve(doc, pointer: str):
    for part in pointer.lstrip("/").split("/"):
        doc = doc[int(part)] if isinstance(doc, list) else doc[part.replace("~1", "/").replace("~0", "~")]
    return doc


def _danish(text: str) -> float | None:
    text = text.strip().replace("\xa0", " ")
    if text == "–":
        return None
    return float(text.replace(" %", "").replace(".", "").replace(",", "."))


def _dump_dom(html: Path, profile_dir: Path) -> str:
    cmd = [CHROMIUM or "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
           "--no-first-run", "--disable-background-networking", "--disable-component-update",
           "--disable-sync", f"--user-data-dir={profile_dir}", "--window-size=1280,2000",
           "--virtual-time-budget=5000", "--dump-dom", html.resolve().as_uri()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def test_report_renders_in_chromium_and_matches_json(corpus, tmp_path):
    out = tmp_path / "rapport"
    db = tmp_path / "h.sqlite"
    for _ in range(2):  # two sweeps, so the trend sparklines are drawn too
        res = CliRunner().invoke(main, ["sweep", str(corpus), "--jobs", "2", "--report", str(out),
                                        "--history", str(db), "--today", "2026-11-26"])
        assert res.exit_code == 0, res.output
    summary = json.loads((out / "sweep.json").read_text(encoding="utf-8"))
    page = (out / "rapport.html").read_text(encoding="utf-8")
    probe = tmp_path / "probe.html"
    probe.write_text(page.replace("</body>", MEASURE + "</body>"), encoding="utf-8")

    dom = _dump_dom(probe, tmp_path / "chromium-profile")
    parser = _Figures()
    parser.feed(dom)

    # -- every figure shown is the JSON's figure, as data and as the text a reader sees
    assert len(parser.found) > 50
    for pointer, value, text in parser.found:
        expected = _resolve(summary, pointer)
        shown = _danish(text)
        if expected is None:
            assert value == "" and shown is None, pointer
        else:
            assert float(value) == pytest.approx(expected), pointer
            assert shown == pytest.approx(round(float(expected), 1)), (pointer, text)
    pointers = {p for p, _, _ in parser.found}
    for i, _ in enumerate(summary["requirements"]):
        assert f"/requirements/{i}/compliance_pct" in pointers
    for i, _ in enumerate(summary["organisation"]["team"]):
        assert f"/organisation/team/{i}/compliance_pct" in pointers
    assert "/summary/cases" in pointers

    # -- the charts were laid out and drawn, bars proportional to their figures
    measured = json.loads(parser.measured)
    charts = {c["id"]: c for c in measured["charts"]}
    assert {"chart-krav", "chart-team", "chart-fejl", "chart-regler"} <= set(charts)
    for chart in charts.values():
        assert chart["w"] > 100 and chart["h"] > 50, chart["id"]
        bars = [b for b in chart["bars"] if b["value"] not in ("", None)]
        assert bars, chart["id"]
        horizontal = chart["id"] != "chart-fejl"
        lengths = [(b["w"] if horizontal else b["h"], float(b["value"]) / float(b["max"])) for b in bars]
        full = max((length / share for length, share in lengths if share > 0.05), default=None)
        assert full and full > 50, chart["id"]
        for length, share in lengths:
            assert length == pytest.approx(full * min(share, 1.0), abs=1.0), chart["id"]
        for b in bars:
            if b["fig"]:
                assert float(b["value"]) == pytest.approx(_resolve(summary, b["fig"])), b["fig"]
    # the requirement chart shows every measured requirement, worst first
    krav = [b["fig"] for b in charts["chart-krav"]["bars"]]
    assert krav == [f"/requirements/{i}/compliance_pct" for i, r in enumerate(summary["requirements"]) if r["applied"]]
    # the histogram's bars add up to the cases that could be read
    assert sum(float(b["value"]) for b in charts["chart-fejl"]["bars"]) == summary["summary"]["loaded"]
    assert re.search(r'class="spark"', dom)


def test_screenshot_is_not_blank(corpus, tmp_path):
    """A screenshot of the report has the bar colour in it (the SVG was painted)."""
    out = tmp_path / "r"
    assert CliRunner().invoke(main, ["sweep", str(corpus), "--jobs", "1", "--report", str(out),
                                     "--today", "2026-11-26"]).exit_code == 0
    shot = tmp_path / "shot.png"
    cmd = [CHROMIUM or "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
           "--no-first-run", "--disable-background-networking", "--disable-component-update",
           "--disable-sync", f"--user-data-dir={tmp_path / 'prof'}", "--window-size=800,900",
           "--hide-scrollbars", f"--screenshot={shot}", (out / "rapport.html").resolve().as_uri()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and shot.exists(), proc.stderr[-2000:]
    pixels = _png_pixels(shot)
    colours = {pixels[i:i + 3] for i in range(0, len(pixels), 3)}
    assert len(colours) > 20  # text, bars, grid: not a blank page
    assert any(abs(r - 0x2e) < 12 and abs(g - 0x7d) < 12 and abs(b - 0x32) < 12
               or abs(r - 0xc6) < 12 and abs(g - 0x28) < 12 and abs(b - 0x28) < 12
               or abs(r - 0xe0) < 12 and abs(g - 0xa1) < 12 and b < 20
               for r, g, b in colours), "no bar colour in the screenshot"


def _png_pixels(path: Path) -> bytes:
    """RGB bytes of an 8-bit RGB/RGBA PNG (stdlib only: zlib and the PNG filters)."""
    import struct
    import zlib

    data = path.read_bytes()
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and ctype in (2, 6)
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    rgb = bytearray()
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 0xFF
            elif f == 2:
                line[i] = (line[i] + b) & 0xFF
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        prev = line
        for x in range(width):
            rgb += line[x * bpp:x * bpp + 3]
    return bytes(rgb)
