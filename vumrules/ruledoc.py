"""A rule's documentation page, from its metadata: what `vumrules rule CODE` prints and what
docs/rules/ is generated from (never hand-copied)."""

from __future__ import annotations

from .rule import Rule

_HEAD = {
    "da": ("Hvad reglen gør", "Hvorfor", "Eksempel der fejler", "Brug i stedet (består)",
           "Hjemmel / kilde", "Indstillinger", "Krav", "Alvor", "Besked", "Ingen", "Plugin"),
    "en": ("What it does", "Why", "Example that fails", "Use instead (passes)",
           "Source", "Options", "Requirements", "Severity", "Message", "None", "Plugin"),
}


def rule_markdown(rule: Rule, lang: str = "da") -> str:
    h = _HEAD["en" if lang == "en" else "da"]
    what = rule.what_en if lang == "en" else rule.what_da
    why = rule.why_en if lang == "en" else rule.why_da
    msg = rule.message_en if lang == "en" else rule.message_da
    lines = [
        f"# {rule.code}: {rule.name}",
        "",
        f"- **{h[6]}:** {', '.join(rule.requirements) or '-'}",
        f"- **{h[7]}:** {rule.severity.value}",
        f"- **{h[8]}:** {msg}",
        f"- **{h[10]}:** {rule.plugin or '-'}",
        "",
        f"## {h[0]}",
        "",
        what.strip(),
        "",
        f"## {h[1]}",
        "",
        why.strip(),
        "",
        f"## {h[2]}",
        "",
        "```yaml",
        rule.example_fail.rstrip(),
        "```",
        "",
        f"## {h[3]}",
        "",
        "```yaml",
        rule.example_pass.rstrip(),
        "```",
        "",
        f"## {h[4]}",
        "",
        f"{', '.join(rule.requirements) or '-'}" + (f" — {rule.source}" if rule.source else ""),
        "",
    ]
    if rule.options:
        lines += [f"## {h[5]}", ""]
        lines += [f"- `{k}`: `{v!r}`" for k, v in rule.options.items()]
        lines.append("")
    return "\n".join(lines)
