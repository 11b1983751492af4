"""Bad input is normal input: every problem is a located finding, never a crash, and never
loses another case's results."""

from __future__ import annotations

import json


from vumrules.loader import build_case, documents_from_text, iter_documents
from vumrules.sources import MAX_NODES, json_source_map


def codes(linter, text, fmt="yaml"):
    return [(f.code, f.line, f.column) for r in linter.check_text(text, format=fmt) for f in r.findings]


def test_yaml_syntax_error_is_located(linter):
    text = 'format_version: "1.0"\nsag_id: S-1\nhenvendelse:\n  dato: 2025-01-02\n   fra: [borger]\n'
    assert codes(linter, text) == [("SCH001", 5, 7)]


def test_json_type_error_is_located_and_rest_checked(linter):
    doc = {"format_version": "1.0", "sag_id": "S-2", "henvendelse": {"dato": "ikke en dato"},
           "udredning": {"metode": "vum2", "temaer": [{"navn": "Egenomsorg", "score": 2}]}}
    text = json.dumps(doc, indent=2)
    found = codes(linter, text, "json")
    lines = text.splitlines()
    assert ("SCH002", next(i for i, l in enumerate(lines, 1) if '"dato"' in l), 5) in found
    # the rest of the case is still checked: the score without description is found
    assert any(c == "VUM008" for c, _, _ in found)


def test_empty_and_non_utf8_files(tmp_path, linter):
    (tmp_path / "a-good.yaml").write_text('format_version: "1.0"\nsag_id: S-3\n', encoding="utf-8")
    (tmp_path / "b-empty.yaml").write_text("   \n", encoding="utf-8")
    (tmp_path / "c-latin1.yaml").write_bytes('format_version: "1.0"\nsag_id: S-4\nnote: "Søren"\n'.encode("latin-1"))
    (tmp_path / "d-broken.json").write_text('{"format_version": "1.0", "sag_id": }', encoding="utf-8")
    (tmp_path / "e-good.json").write_text('{"format_version": "1.0", "sag_id": "S-5"}', encoding="utf-8")
    results = list(linter.check_paths([tmp_path]))
    by_file = {r.file.rsplit("/", 1)[-1]: r for r in results}
    assert [f.code for f in by_file["a-good.yaml"].findings] == []
    assert [f.code for f in by_file["e-good.json"].findings] == []
    empty = by_file["b-empty.yaml"].findings[0]
    assert (empty.code, empty.line) == ("SCH001", 1)
    latin = by_file["c-latin1.yaml"].findings[0]
    assert (latin.code, latin.line, latin.column) == ("SCH001", 3, 9)
    broken = by_file["d-broken.json"].findings[0]
    assert (broken.code, broken.line) == ("SCH001", 1)
    assert by_file["a-good.yaml"].case_id == "S-3"


def test_yaml_11_pitfalls_are_text():
    doc = documents_from_text('format_version: "1.0"\nsag_id: S-6\nx: 12:00\ny: no\nz: on\n')[0]
    assert doc.data["x"] == "12:00" and doc.data["y"] == "no" and doc.data["z"] == "on"


def test_yaml_taskforce_time_is_not_sexagesimal(linter):
    text = ('format_version: "1.0"\nsag_id: S-7\nindstilling:\n  taskforce:\n'
            '    indsendt: 2025-11-24 12:00\n')
    built = build_case(documents_from_text(text)[0])
    assert built.case.indstilling.taskforce.indsendt.hour == 12


def test_duplicate_keys_yaml_and_json(linter):
    y = 'format_version: "1.0"\nsag_id: S-8\nhenvendelse:\n  dato: 2025-01-02\n  dato: 2025-01-03\n'
    assert ("SCH005", 5, 3) in codes(linter, y)
    j = '{\n  "format_version": "1.0",\n  "sag_id": "S-9",\n  "sag_id": "S-10"\n}\n'
    assert ("SCH005", 4, 3) in codes(linter, j, "json")


def test_alias_bomb_is_stopped(linter):
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 9):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i-1}"] * 10) + "]")
    text = 'format_version: "1.0"\nsag_id: S-11\n' + "\n".join(lines) + "\n"
    found = codes(linter, text)
    assert found and found[0][0] == "SCH006"
    assert MAX_NODES < 10**8


def test_unsafe_tag_refused(linter):
    text = 'format_version: "1.0"\nsag_id: S-12\nhenvendelse: !!python/object/apply:os.system ["echo hi"]\n'
    assert [c for c, _, _ in codes(linter, text)] == ["SCH006"]


def test_unknown_field_and_enum(linter):
    text = ('format_version: "1.0"\nsag_id: S-13\nafgoerelse:\n  type: bevillig\n'
            '  dato: 2025-01-02\nhenvendelse:\n  farve: blå\n')
    found = codes(linter, text)
    assert ("SCH002", 4, 3) in found and ("SCH003", 7, 3) in found


def test_missing_sag_id_is_reported_and_filled():
    built = build_case(documents_from_text('format_version: "1.0"\n', file="x.yaml")[0])
    assert built.case is not None and built.case.sag_id == "x.yaml#1"
    assert [p.code for p in built.problems] == ["SCH004"]


def test_wrong_top_level_type(linter):
    assert [c for c, _, _ in codes(linter, "- a\n- b\n")] == ["SCH002"]


def test_multi_document_yaml_and_json_lines(linter):
    y = 'format_version: "1.0"\nsag_id: A\n---\nformat_version: "1.0"\nsag_id: B\n'
    assert [r.case_id for r in linter.check_text(y)] == ["A", "B"]
    jl = '{"format_version": "1.0", "sag_id": "A"}\n\n{"format_version": "1.0", "sag_id": 7, "x": 1}\n'
    results = linter.check_text(jl, format="jsonl")
    assert [r.case_id for r in results] == ["A", "7"]
    f = results[1].findings[0]
    assert (f.code, f.line, f.column) == ("SCH003", 3, 40)


def test_json_source_map_positions():
    text = '{\n  "a": [1, {"b": 2}],\n  "c": {"d": null}\n}'
    pos, dups = json_source_map(text)
    assert pos[("a",)] == (2, 3) and pos[("a", 0)] == (2, 9) and pos[("a", 1, "b")] == (2, 13)
    assert pos[("c", "d")] == (3, 9) and dups == []


def test_missing_field_located_at_nearest_parent(linter):
    text = ('format_version: "1.0"\nsag_id: S-14\nudredning:\n  metode: vum2\n  temaer:\n'
            '    - navn: Egenomsorg\n      score: 2\n')
    f = [f for r in linter.check_text(text) for f in r.findings if f.code == "VUM008"][0]
    assert f.path == "/udredning/temaer/0/beskrivelse"
    assert (f.line, f.column) == (6, 7) and f.located_at == "/udredning/temaer/0"


def test_huge_file_is_reported(tmp_path, monkeypatch, linter):
    import vumrules.loader as loader

    monkeypatch.setattr(loader, "MAX_FILE_BYTES", 100)
    p = tmp_path / "big.yaml"
    p.write_text('format_version: "1.0"\nsag_id: S-15\n' + "# fyld\n" * 50, encoding="utf-8")
    (r,) = list(linter.check_paths([p]))
    assert [f.code for f in r.findings] == ["SCH001"] and "større end" in r.findings[0].message


def test_directory_walk_is_sorted_and_skips_hidden(tmp_path):
    for name in ["b.yaml", "a.json", ".skjult.yaml", "c.txt"]:
        (tmp_path / name).write_text('{"format_version": "1.0", "sag_id": "x"}', encoding="utf-8")
    files = [d.file.rsplit("/", 1)[-1] for d in iter_documents([tmp_path])]
    assert files == ["a.json", "b.yaml"]


def test_json_duplicates_found_with_spaced_colons_and_colon_in_values(linter):
    # `"key" :` hides from the quick count, so the exact scan must run
    spaced = '{"format_version" : "1.0", "sag_id" : "A", "sag_id" : "B"}'
    assert [c for c, _, _ in codes(linter, spaced, "json")] == ["SCH005"]
    # a value containing '":' must not hide a duplicate either
    tricky = '{"format_version": "1.0", "sag_id": "A\\":", "sag_id": "B"}'
    assert [c for c, _, _ in codes(linter, tricky, "json")] == ["SCH005"]
    # and no false alarm when values contain '":'
    fine = '{"format_version": "1.0", "sag_id": "A\\": x"}'
    assert codes(linter, fine, "json") == []


def test_json_positions_are_computed_lazily_and_correctly(linter):
    text = '[\n {"format_version": "1.0", "sag_id": "A"},\n {"format_version": "1.0", "sag_id": "B", "ukendt": 1}\n]'
    results = linter.check_text(text, format="json")
    assert [(r.case_id, [(f.code, f.line, f.column) for f in r.findings]) for r in results] == \
        [("A", []), ("B", [("SCH003", 3, 43)])]


def test_list_item_missing_a_required_field_is_dropped_and_later_items_keep_their_lines(linter):
    text = ('format_version: "1.0"\nsag_id: S-20\nudredning:\n  metode: vum2\n  temaer:\n'
            '    - score: 2\n'                      # line 6: no navn -> SCH004, item removed
            '    - navn: Egenomsorg\n      score: 2\n')  # line 7: VUM008 must point here
    (r,) = linter.check_text(text)
    got = [(f.code, f.line) for f in r.findings]
    assert ("SCH004", 6) in got and ("VUM008", 7) in got
    assert [f.path for f in r.findings if f.code == "VUM008"] == ["/udredning/temaer/1/beskrivelse"]


def test_none_in_a_list_of_objects_and_odd_keys(linter):
    (r,) = linter.check_text('{"format_version": "1.0", "sag_id": "S-21", "godkendelser": [null], "[": 1}',
                             format="json")
    assert r.case_id == "S-21"
    assert sorted(f.code for f in r.findings) == ["SCH002", "SCH003"]


def test_directory_walk_skips_the_config_file(tmp_path):
    (tmp_path / "vumrules.yaml").write_text("profile: vum2\n", encoding="utf-8")
    (tmp_path / "sag.yaml").write_text('format_version: "1.0"\nsag_id: A\n', encoding="utf-8")
    assert [d.file.rsplit("/", 1)[-1] for d in iter_documents([tmp_path])] == ["sag.yaml"]
