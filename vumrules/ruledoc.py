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


# ---------------------------------------------------------------------------- docs/rules/


def rule_page(rule: Rule) -> str:
    """The generated page docs/rules/CODE.md: the Danish page, then the English one."""
    return (f"<!-- Genereret af `python -m vumrules.ruledoc --write docs/rules` fra reglens "
            f"metadata; ret ikke i hånden. -->\n\n{rule_markdown(rule, 'da')}\n---\n\n"
            f"_English_\n\n{rule_markdown(rule, 'en')}")


def index_page(rules: "list[Rule]") -> str:
    lines = [
        "<!-- Genereret af `python -m vumrules.ruledoc --write docs/rules`; ret ikke i hånden. -->",
        "",
        "# Regler / Rules",
        "",
        "| kode | navn | alvor | krav | besked |",
        "|---|---|---|---|---|",
    ]
    for r in rules:
        msg = r.message_da.replace("|", "\\|")
        lines.append(f"| [{r.code}]({r.code}.md) | {r.name} | {r.severity.value} | "
                     f"{', '.join(r.requirements) or '-'} | {msg} |")
    return "\n".join(lines) + "\n"


def generate(registry: "object | None" = None) -> dict[str, str]:
    """File name → content of every page in docs/rules/ (one per registered rule + index)."""
    from .registry import Registry

    reg = registry if registry is not None else Registry.create(entry_points=False)
    rules = list(reg.rules.values())  # type: ignore[attr-defined]
    pages = {f"{r.code}.md": rule_page(r) for r in rules}
    pages["README.md"] = index_page(rules)
    return pages


def write_docs(directory: "str | object") -> list[str]:
    """Write docs/rules/; removes pages of rules that no longer exist. Returns changed files."""
    from pathlib import Path

    out = Path(str(directory))
    out.mkdir(parents=True, exist_ok=True)
    pages = generate()
    changed = []
    for name, text in pages.items():
        f = out / name
        if not f.exists() or f.read_text(encoding="utf-8") != text:
            f.write_text(text, encoding="utf-8")
            changed.append(name)
    for f in out.glob("*.md"):
        if f.name not in pages:
            f.unlink()
            changed.append(f.name)
    return changed


def main(argv: "list[str] | None" = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m vumrules.ruledoc",
                                 description="Generate docs/rules/ from the rules' metadata.")
    ap.add_argument("--write", metavar="DIR", default="docs/rules", help="target directory")
    args = ap.parse_args(argv)
    changed = write_docs(args.write)
    print(f"{len(changed)} filer opdateret i {args.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
