"""pre-commit hook, generated rule docs, documentation of the CI workflow."""

from __future__ import annotations

import yaml

from vumrules.ruledoc import generate

from linter_helpers import REPO


def test_docs_rules_is_up_to_date():
    """docs/rules/ is generated (`python -m vumrules.ruledoc --write docs/rules`): regenerate
    and compare."""
    pages = generate()
    folder = REPO / "docs" / "rules"
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.md")}
    stale = sorted(n for n in pages if on_disk.get(n) != pages[n])
    extra = sorted(set(on_disk) - set(pages))
    assert not stale and not extra, (
        f"docs/rules/ er forældet (kør `python -m vumrules.ruledoc --write docs/rules`): "
        f"ændret {stale[:10]}, overskydende {extra[:10]}")


def test_pre_commit_hook_definition(cli, case_dir):
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    by_id = {h["id"]: h for h in hooks}
    hook = by_id["vumrules"]
    assert hook["language"] == "python" and hook["entry"].startswith("vumrules check")
    import re

    assert re.search(hook["files"], "sager/sag-1.yaml") and re.search(hook["files"], "sager/sag.json")
    assert not re.search(hook["files"], "README.md")
    # the entry runs as pre-commit would: with the file names appended
    args = hook["entry"].split()[1:] + hook.get("args", []) + [str(case_dir / "sag-1.yaml")]
    r = cli(*args)
    assert r.exit_code == 1 and "VUM008" in r.output


def test_ci_doc_uploads_sarif():
    text = (REPO / "docs" / "ci.md").read_text(encoding="utf-8")
    assert "github/codeql-action/upload-sarif" in text and "sarif:" in text
    blocks = [b.split("```", 1)[0] for b in text.split("```yaml")[1:]]
    workflow = yaml.safe_load(blocks[0])
    steps = [s for job in workflow["jobs"].values() for s in job["steps"]]
    assert any("upload-sarif" in s.get("uses", "") for s in steps)
    assert workflow["permissions"]["security-events"] == "write"


def test_exit_codes_are_documented():
    for doc in ("configuration.md", "ci.md"):
        text = (REPO / "docs" / doc).read_text(encoding="utf-8")
        assert "--exit-zero" in text and "2" in text


def test_pre_commit_template_hook():
    import re

    from vumrules.cli import main

    hooks = {h["id"]: h for h in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    hook = hooks["vumrules-templates"]
    assert re.search(hook["files"], "skabeloner/afgoerelse_afslag.docx")
    assert re.search(hook["files"], "kommune/templates/kvitteringsbrev.md")
    assert not re.search(hook["files"], "sager/sag-1.yaml")
    assert hook["entry"].split()[1] in main.commands, "the hook's command must exist"
