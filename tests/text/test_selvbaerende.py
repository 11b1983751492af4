"""Tests for vumrules.text.selvbaerende: each heuristic, the messages, and the measured figures."""

from __future__ import annotations

import dataclasses
import importlib.util
import re
import sys
from pathlib import Path

import pytest


def _load_measure_module():
    # Loaded by path so the test works with or without a package __init__ in tests/text.
    path = Path(__file__).resolve().with_name("measure_selvbaerende.py")
    spec = importlib.util.spec_from_file_location("measure_selvbaerende", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while it executes
    spec.loader.exec_module(module)
    return module


measure = _load_measure_module()

from vumrules.text import selvbaerende  # noqa: E402
from vumrules.text.selvbaerende import (  # noqa: E402
    DELE,
    RESUME,
    TextProblem,
    VurderingAnalysis,
    analyse_vurdering,
    vurdering_tekst,
)

ITEMS = measure.load_items()

# A complete vurdering, free text with the four headings. Variants below change one thing.
KOMPLET = """\
Her og nu
Karen er 34 år og bor alene i en lejlighed i Skjern. Hun har diagnosen skizofreni. Karen fortæller, at hun ikke kan overskue sin økonomi. Hun ønsker på sigt at komme i arbejde. Formålet med udredningen er at afklare, om Karen har behov for bostøtte.

Samlet vurdering
Det er min vurdering, at Karen har gode ressourcer, men store vanskeligheder med struktur. Samlet funktionsniveau vurderes til C.

Vurdering af støttebehov
Karen er berettiget til støtte, da manglende struktur truer hendes bolig.

Vurdering af indsatser
Der anbefales bostøtte efter § 85, 3 timer om ugen, med fokus på økonomi.
"""

DELE_KOMPLET = {
    "her_og_nu": "Mads er 22 år og bor hos sine forældre. Han har ADHD. Mads oplever, at han ikke kan "
    "lave mad selv. Han ønsker at flytte hjemmefra. Udredningen er lavet, fordi Mads har søgt om bostøtte.",
    "samlet_vurdering": "Rådgiver vurderer, at Mads har gode ressourcer, men store vanskeligheder med "
    "planlægning og med at håndtere ændringer i hverdagen. Samlet funktionsniveau C.",
    "stoettebehov": "Mads er berettiget til støtte, da han ikke kan klare husholdningen uden hjælp.",
    "indsatser": "Der anbefales bostøtte efter § 85 i 4 timer om ugen med fokus på madlavning og økonomi.",
}


def _resume(text: str) -> set[str]:
    return set(analyse_vurdering(text).resume_mangler)


def _speaks(sentence: str, context: str = "") -> bool:
    """Whether the citizen's perspective is found in `context + sentence`."""
    return analyse_vurdering(context + sentence).borgerperspektiv


def _references(text: str) -> list[str]:
    return [text[p.start : p.end] for p in analyse_vurdering(text).henvisninger]


# ---------------------------------------------------------------------------------------
# The labelled set


def test_labelled_set_is_well_formed():
    assert len(ITEMS) >= 40
    ids = [item["id"] for item in ITEMS]
    assert len(ids) == len(set(ids))
    for item in ITEMS:
        assert item["split"] in set(measure.SPLITS), item["id"]
        assert (item.get("tekst") is None) != (item.get("dele") is None), item["id"]
        assert set(item.get("dele") or {}) <= set(DELE), item["id"]
        assert set(item["dele_mangler"]) <= set(DELE), item["id"]
        assert set(item["resume_mangler"]) <= set(RESUME), item["id"]
        for flag in ("borgerperspektiv", "henvisning", "for_kort"):
            assert isinstance(item[flag], bool), (item["id"], flag)


def test_labelled_set_mixes_the_cases_it_must_cover():
    def count(pred):
        return sum(1 for item in ITEMS if pred(item))

    assert count(lambda i: i.get("dele") is not None) >= 10
    assert count(lambda i: i.get("tekst") is not None) >= 30
    assert count(lambda i: not i["dele_mangler"] and not i["resume_mangler"] and i["borgerperspektiv"]) >= 10
    assert count(lambda i: i["dele_mangler"]) >= 10
    assert count(lambda i: i["resume_mangler"]) >= 10
    assert count(lambda i: i["henvisning"]) >= 8
    assert count(lambda i: i["for_kort"]) >= 6
    assert count(lambda i: not i["borgerperspektiv"]) >= 8


def test_labelled_set_has_no_cpr_numbers():
    text = Path(measure.DATA).read_text(encoding="utf-8")
    assert not re.search(r"\b\d{6}-?\d{4}\b", text)


# ---------------------------------------------------------------------------------------
# The figures and the doc


def test_doc_is_up_to_date():
    # Regenerate with: .venv/bin/python tests/text/measure_selvbaerende.py --write
    assert measure.DOC.read_text(encoding="utf-8") == measure.render(ITEMS)


def test_measured_figures_reach_the_minimums():
    # What the analysis reaches on the sets it was tuned on (dev, holdout1, holdout2; see the
    # doc: the holdout measurements are lower). Each check, with its positives: precision and
    # recall at least 0.9; at most 2 misses in all. holdout3 has its own minimums below.
    scores = measure.measure(ITEMS, measure.TUNED_SPLITS)
    for name, s in scores.items():
        if s.tp + s.fn:
            assert s.recall >= 0.9, (name, s)
        if s.tp + s.fp:
            assert s.precision >= 0.9, (name, s)
    assert sum(s.fp + s.fn for s in scores.values()) <= 2


def test_measure_script_runs(capsys):
    assert measure.main([]) == 0
    out = capsys.readouterr().out
    for split in ("alle", "dev", "holdout1", "holdout2", "holdout3"):
        assert f"== {split} ==" in out


# holdout3 was measured once and not tuned on: the current honest estimate for unseen text.
# Minimums = what it reached at that measurement, rounded down to 0.05 (check: (precision,
# recall)). Every check had positives in holdout3; a check without any would get no minimum.
HOLDOUT3_MINIMUMS = {
    "del: her_og_nu": (1.00, 1.00),
    "del: samlet_vurdering": (1.00, 0.75),
    "del: stoettebehov": (1.00, 1.00),
    "del: indsatser": (0.65, 1.00),
    "resumé: oplevet_stoettebehov": (0.80, 0.80),
    "resumé: diagnoser": (1.00, 1.00),
    "resumé: oensker": (1.00, 1.00),
    "resumé: formaal": (1.00, 1.00),
    "borgerperspektiv mangler": (0.75, 1.00),
    "henvisning": (1.00, 1.00),
    "for_kort": (1.00, 1.00),
}


def test_holdout3_reaches_its_first_measurement():
    scores = measure.measure(ITEMS, "holdout3")
    assert set(scores) == set(HOLDOUT3_MINIMUMS)
    for name, s in scores.items():
        min_precision, min_recall = HOLDOUT3_MINIMUMS[name]
        if s.tp + s.fn:  # the check has positives in holdout3
            assert s.recall >= min_recall, (name, s)
            assert s.precision is not None and s.precision >= min_precision, (name, s)


def test_holdout3_labels_are_the_ones_fixed_before_measuring():
    # The labels were hashed before the analysis first ran on holdout3; changing them
    # afterwards would turn the honest estimate into a tuned one.
    assert measure.holdout3_label_hash(ITEMS) == measure.HOLDOUT3_LABEL_SHA256
    holdout3 = [item for item in ITEMS if item["split"] == "holdout3"]
    assert len(holdout3) >= 20
    assert sum(1 for item in holdout3 if item.get("dele") is not None) >= 5
    assert sum(1 for item in holdout3 if item.get("tekst") is not None) >= 10


# ---------------------------------------------------------------------------------------
# API


def test_complete_vurdering_is_selvbaerende():
    for analysis in (analyse_vurdering(KOMPLET), analyse_vurdering(None, DELE_KOMPLET)):
        assert analysis.problems == ()
        assert analysis.selvbaerende
        assert analysis.dele_mangler == () and analysis.resume_mangler == ()
        assert analysis.borgerperspektiv and not analysis.for_kort


def test_results_are_frozen():
    analysis = analyse_vurdering(KOMPLET)
    assert isinstance(analysis, VurderingAnalysis)
    with pytest.raises(dataclasses.FrozenInstanceError):
        analysis.ord = 1  # type: ignore[misc]
    problem = analyse_vurdering("").problems[0]
    assert isinstance(problem, TextProblem)
    with pytest.raises(dataclasses.FrozenInstanceError):
        problem.start = 3  # type: ignore[misc]


def test_empty_input_misses_everything():
    for analysis in (analyse_vurdering(None), analyse_vurdering("   "), analyse_vurdering(None, {})):
        assert analysis.dele_mangler == DELE
        assert analysis.resume_mangler == RESUME
        assert not analysis.borgerperspektiv and analysis.for_kort and analysis.ord == 0
        assert not analysis.selvbaerende


def test_unknown_part_key_is_an_error():
    with pytest.raises(ValueError, match="stoettebehoov"):
        analyse_vurdering(None, {"stoettebehoov": "Karen har behov for støtte."})


def test_problem_kinds_and_order():
    analysis = analyse_vurdering("Rasmus har behov for bostøtte. Se udredningen. Anbefaler pakke 2.")
    kinds = [p.kind for p in analysis.problems]
    assert kinds == sorted(kinds, key=["del_mangler", "resume_mangler", "ingen_borgerperspektiv", "henvisning", "for_kort"].index)
    assert set(kinds) == {"del_mangler", "resume_mangler", "ingen_borgerperspektiv", "henvisning", "for_kort"}


def test_offsets_refer_to_vurdering_tekst():
    dele = dict(DELE_KOMPLET, stoettebehov="Udfyldes senere.", indsatser="Se indstillingen.")
    analysis = analyse_vurdering("Indledning til vurderingen.", dele)
    text = vurdering_tekst("Indledning til vurderingen.", dele)
    spans = {p.kind: text[p.start : p.end] for p in analysis.problems if p.kind != "del_mangler"}
    missing = [text[p.start : p.end] for p in analysis.problems if p.kind == "del_mangler"]
    assert analysis.dele_mangler == ("stoettebehov", "indsatser")
    assert missing == ["Udfyldes senere.", "Se indstillingen."]  # the part's own field
    assert spans["henvisning"] == "Se indstillingen"


def test_vurdering_tekst_joins_parts_in_order():
    assert vurdering_tekst("Fri tekst") == "Fri tekst"
    assert vurdering_tekst(None, {"indsatser": "D", "her_og_nu": "A"}) == "A\n\n\n\n\n\nD"


# ---------------------------------------------------------------------------------------
# Parts (RK15-11)


@pytest.mark.parametrize("placeholder", ["", None, "-", "Udfyldes senere.", "Ikke relevant.", "Afventer", "...", "Se ovenfor."])
def test_part_field_without_substance_is_missing(placeholder):
    dele = dict(DELE_KOMPLET, samlet_vurdering=placeholder)
    assert analyse_vurdering(None, dele).dele_mangler == ("samlet_vurdering",)


def test_part_field_with_a_little_content_is_present():
    assert analyse_vurdering(None, dict(DELE_KOMPLET, indsatser="Bostøtte 2 timer om ugen.")).dele_mangler == ()


def test_heading_with_only_a_reference_is_missing():
    text = KOMPLET.replace("Karen er berettiget til støtte, da manglende struktur truer hendes bolig.", "Som beskrevet i udredningen.")
    assert analyse_vurdering(text).dele_mangler == ("stoettebehov",)


def test_headings_are_recognised_numbered_and_inline():
    text = KOMPLET.replace("Her og nu\n", "1. Her og nu-billede af fakta:\n").replace(
        "Vurdering af indsatser\n", "Indsats: "
    )
    assert analyse_vurdering(text).dele_mangler == ()


def test_joint_heading_must_show_each_part():
    both = KOMPLET.replace("Vurdering af støttebehov\n", "Vurdering af støttebehov og indsatser\n")
    both = both.replace("\nVurdering af indsatser\n", "\n")
    assert analyse_vurdering(both).dele_mangler == ()
    only_need = both.replace("Der anbefales bostøtte efter § 85, 3 timer om ugen, med fokus på økonomi.\n", "")
    assert analyse_vurdering(only_need).dele_mangler == ("indsatser",)


def test_title_line_is_not_part_two():
    text = "Samlet faglig vurdering\n\n" + KOMPLET.replace("Samlet vurdering\n", "")
    # Without its own heading, part 2 is found by its content ("samlet funktionsniveau").
    assert analyse_vurdering(text).dele_mangler == ()
    no_analysis = text.replace(
        "Det er min vurdering, at Karen har gode ressourcer, men store vanskeligheder med struktur. Samlet funktionsniveau vurderes til C.\n",
        "",
    )
    assert analyse_vurdering(no_analysis).dele_mangler == ("samlet_vurdering",)


PROSA = (
    "Karen er 34 år og bor alene i Skjern. Hun har diagnosen skizofreni. Karen fortæller, at hun ikke kan "
    "overskue sin økonomi, og hun ønsker at komme i arbejde. Udredningen skal afklare hendes behov for støtte. "
    "{samlet} {stoette} {indsats}"
)
SAMLET = "Rådgiver vurderer, at Karen har gode ressourcer, men store vanskeligheder med struktur."
STOETTE = "Karen er berettiget til støtte, da hun ellers mister sin bolig."
INDSATS = "Der anbefales bostøtte 3 timer om ugen."


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        (PROSA.format(samlet=SAMLET, stoette=STOETTE, indsats=INDSATS), ()),
        (PROSA.format(samlet="", stoette=STOETTE, indsats=INDSATS), ("samlet_vurdering",)),
        (PROSA.format(samlet=SAMLET, stoette="", indsats=INDSATS), ("stoettebehov",)),
        (PROSA.format(samlet=SAMLET, stoette=STOETTE, indsats=""), ("indsatser",)),
        (SAMLET + " " + STOETTE + " " + INDSATS, ("her_og_nu",)),
    ],
)
def test_parts_found_by_content_in_prose(text, missing):
    assert analyse_vurdering(text).dele_mangler == missing


def test_citizens_own_need_is_not_the_caseworkers_assessment():
    # "Karen fortæller, at hun har brug for hjælp" is her experienced need (RK22-05), not part 3.
    text = PROSA.format(samlet=SAMLET, stoette="Karen fortæller, at hun har brug for hjælp til indkøb.", indsats=INDSATS)
    assert "stoettebehov" in analyse_vurdering(text).dele_mangler


def test_current_support_in_the_facts_is_not_a_proposal():
    text = "Karen er 34 år og bor alene. Hun har i dag bostøtte 2 timer om ugen, som hun er glad for. " + SAMLET + " " + STOETTE
    assert "indsatser" in analyse_vurdering(text).dele_mangler


# ---------------------------------------------------------------------------------------
# Opening summary (RK22-05)

OPENING = {
    "oplevet_stoettebehov": "Karen fortæller, at hun ikke kan overskue sin økonomi.",
    "diagnoser": "Hun har diagnosen skizofreni.",
    "oensker": "Hun ønsker på sigt at komme i arbejde.",
    "formaal": "Formålet med udredningen er at afklare, om Karen har behov for bostøtte.",
}
REST = " " + SAMLET + " " + STOETTE + " " + INDSATS


@pytest.mark.parametrize("element", RESUME)
def test_each_summary_element_is_found_and_missed(element):
    facts = "Karen er 34 år og bor alene i Skjern. Karen er glad for sin lejlighed. "
    full = facts + " ".join(OPENING.values()) + REST
    without = facts + " ".join(v for k, v in OPENING.items() if k != element) + REST
    assert _resume(full) == set()
    assert _resume(without) == {element}


def test_summary_elements_after_the_assessment_do_not_count():
    # The drejebog asks for an *opening* summary: a diagnosis first named in the conclusion is late.
    text = (
        "Karen er 34 år og bor alene. " + OPENING["oplevet_stoettebehov"] + " " + OPENING["oensker"] + " "
        + OPENING["formaal"] + REST + " Karen har diagnosen skizofreni."
    )
    assert _resume(text) == {"diagnoser"}


def test_summary_with_parts_is_the_her_og_nu_part():
    dele = dict(DELE_KOMPLET, her_og_nu="Mads er 22 år og bor hos sine forældre i Skjern.")
    dele["samlet_vurdering"] += " Mads har ADHD og ønsker at flytte."
    analysis = analyse_vurdering(None, dele)
    assert analysis.resume_mangler == ("oplevet_stoettebehov", "diagnoser", "oensker", "formaal")


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Karen har søgt om støtte, fordi hun er udmattet efter arbejdet.", True),
        ("Karen oplever, at hun ikke får åbnet sin post.", True),
        ("Mor oplever, at hun ikke kan klare plejen.", False),  # the mother's experience
        ("Karen er glad for sin lejlighed.", False),  # her voice, but no need
    ],
)
def test_experienced_need_is_the_citizens(sentence, found):
    text = "Karen er 34 år og bor alene. Karen er glad. " + sentence + REST
    assert ("oplevet_stoettebehov" not in _resume(text)) is found


def test_wish_of_someone_else_is_not_the_citizens():
    text = "Karen er 34 år og bor alene. Karen er glad. Mor ønsker, at Karen flytter hjemmefra." + REST
    assert "oensker" in _resume(text)


@pytest.mark.parametrize(
    "sentence",
    ["Hun har ingen diagnoser.", "Hun er ikke udredt.", "Hun har ADHD.", "Hun har en erhvervet hjerneskade."],
)
def test_diagnoses_or_their_absence(sentence):
    text = "Karen er 34 år og bor alene. Karen er glad. " + sentence + REST
    assert "diagnoser" not in _resume(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Karen har søgt om bostøtte.",
        "Sagen er taget op efter en underretning fra lægen.",
        "Udredningen er foretaget med henblik på revurdering.",
    ],
)
def test_purpose_includes_application_and_referral(sentence):
    text = "Karen er 34 år og bor alene. Karen er glad. " + sentence + REST
    assert "formaal" not in _resume(text)


# ---------------------------------------------------------------------------------------
# Citizen's perspective (RK15-12)

CONTEXT = "Karen er 34 år og bor alene. Karen har en hund. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Karen fortæller, at hun savner kontakt.",
        "Borger oplyser, at hun sover dårligt.",
        "Hun giver udtryk for, at hun er ensom.",
        "Sådan beskriver hun selv sin hverdag.",
        "Ifølge Karen selv går det bedre.",
        "Borgers ønske er at få et job.",
        "Konklusionen bygger på Karens egen beskrivelse.",
        'Hun siger: "Jeg vil bare gerne klare mig selv."',
        '"Jeg kan ikke mere," som hun udtrykker det.',
        "Borgeren peger selv på, at hun mangler struktur.",
    ],
)
def test_citizen_perspective_found(sentence):
    assert _speaks(sentence, CONTEXT)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mor fortæller, at Karen er ensom.",
        "Personalet oplyser, at hun sover dårligt.",
        "Psykiatrien giver udtryk for bekymring.",
        "Hjemmesygeplejersken fortæller, at Karen ikke tager medicin.",  # capitalised, not a name
        'Mor siger: "Jeg er bange for hende."',  # a first-person quote, but the mother's
        'Personalet beskriver hende som "stille".',
        "Jeg vurderer, at Karen har brug for støtte.",  # the caseworker's "jeg"
        "Til mødet deltog Karens mor. Hun fortæller, at det går dårligt.",  # "Hun" is the mother
        "Datteren har søgt om hjælp, da hun oplever, at Karen isolerer sig.",
    ],
)
def test_citizen_perspective_not_found(sentence):
    assert not _speaks(sentence, CONTEXT)


def test_pronoun_after_the_citizen_is_the_citizen():
    assert _speaks("Karen har en søster i Aarhus. Hun fortæller, at hun savner hende.", CONTEXT)


def test_name_that_is_also_a_word():
    # "Hans" is a name and the possessive "hans"; the most frequent proper name is the citizen.
    context = "Hans er 40 år. Vi mødte Hans i hjemmet, hvor Hans bor alene. "
    assert _speaks("Hans fortæller, at han savner arbejdet.", context)
    assert not _speaks("Hans mor fortæller, at han savner arbejdet.", context)


# ---------------------------------------------------------------------------------------
# References (RK15-12)


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Se ovenfor.", "Se ovenfor"),
        ("Se nedenfor under indsatser.", "Se nedenfor"),
        ("Se udredningen.", "Se udredningen"),
        ("Se i øvrigt bilag 2.", "Se i øvrigt bilag"),
        ("Jf. udredningen.", "Jf. udredningen"),
        ("Jævnfør udredningen.", "Jævnfør udredningen"),
        ("Som beskrevet i udredningen.", "Som beskrevet i"),
        ("Karens funktionsniveau er beskrevet under de enkelte temaer.", "er beskrevet under de enkelte temaer"),
        ("Der henvises til udredningen for en beskrivelse af Karens situation.", "Der henvises til udredningen"),
        ("Funktionsniveauet fremgår af udredningen.", "fremgår af udredningen"),
        ("Jf. tema Egenomsorg og Praktiske opgaver i hjemmet.", "Jf. tema"),
    ],
)
def test_reference_standing_in_for_content(sentence, phrase):
    text = "Her og nu\nKaren er 34 år og bor alene.\n\nSamlet vurdering\n" + sentence + "\n"
    assert _references(text) == [phrase]
    assert "samlet_vurdering" in analyse_vurdering(text).dele_mangler


@pytest.mark.parametrize(
    "text",
    [
        # The reference introduces the content, in the sentence or right after it.
        "Jf. udredningen har Karen svært ved at strukturere sin hverdag og glemmer at spise.",
        "Se udredningen. Kort fortalt har Karen svært ved struktur, glemmer at spise og betaler ikke regninger.",
        "Jf. temaet om egenomsorg har Karen svært ved at huske måltider og medicin.",
        # A closing pointer after the paragraph's content.
        "Karen har svært ved struktur, glemmer at spise, betaler ikke regninger og isolerer sig i lange "
        "perioder, hvor hun ikke åbner døren for nogen, heller ikke for sin søster eller bostøtten. Hun "
        "har mistet kontakten til sine venner. Der henvises i øvrigt til udredningen.",
        # Not references to content elsewhere.
        "Karen er berettiget til støtte jf. § 85 i serviceloven.",
        "Jf. ovenstående vurderes Karen at have behov for støtte.",
        "Karen henvises til hjemmeplejen for praktisk hjælp.",
        "Karen blev henvist fra psykiatrien.",
    ],
)
def test_not_a_stand_in_reference(text):
    assert _references(text) == []


def test_reference_message_quotes_only_the_fixed_phrase():
    text = "Samlet vurdering\nSe i øvrigt under temaet Socialt liv hos Zelmira.\n"
    [problem] = analyse_vurdering(text).henvisninger
    assert '"se udredningen"' in problem.message_da and '"se udredningen"' in problem.message_en


# ---------------------------------------------------------------------------------------
# Length


def test_too_short_counts_content_words_only():
    assert analyse_vurdering(KOMPLET).ord >= 80
    assert not analyse_vurdering(KOMPLET).for_kort
    assert analyse_vurdering(KOMPLET, min_ord=500).for_kort
    # Headings, placeholders and stand-in references are not content.
    padded = "Her og nu\nSe udredningen.\n\nSamlet vurdering\nUdfyldes senere.\n\nStøttebehov\n" + "Karen har brug for støtte. " * 10
    analysis = analyse_vurdering(padded)
    assert analysis.ord > 50 and analysis.for_kort
    [short] = [p for p in analysis.problems if p.kind == "for_kort"]
    assert "50 ord" in short.message_da and "under 80" in short.message_da


# ---------------------------------------------------------------------------------------
# ASCII-folded text


def test_ascii_folded_text_is_analysed_like_danish():
    folded = KOMPLET.translate(str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"}))
    assert analyse_vurdering(folded).problems == ()
    text = "Her og nu\nSe ovenfor.\n\nSamlet vurdering\nDet er min vurdering, at Søren har ressourcer. Se udredningen.\n"
    for variant in (text, text.translate(str.maketrans({"ø": "oe"}))):
        analysis = analyse_vurdering(variant)
        assert [variant[p.start : p.end] for p in analysis.henvisninger] == ["Se ovenfor", "Se udredningen"]


def test_offsets_are_in_the_callers_text_after_æøå():
    text = "Støttebehov på én linje med æøå før.\n\nSamlet vurdering\nSe ovenfor.\n"
    [problem] = analyse_vurdering(text).henvisninger
    assert text[problem.start : problem.end] == "Se ovenfor"


# ---------------------------------------------------------------------------------------
# Messages: fixed texts only, never the vurdering's words (no personal data)


# One example per reference phrase a message may quote.
REFERENCE_EXAMPLES = {
    "se ovenfor": "Se ovenfor.",
    "se nedenfor": "Se nedenfor.",
    "se udredningen": "Se udredningen.",
    "jf. udredningen": "Jf. udredningen.",
    "jævnfør": "Jævnfør udredningen.",
    "som beskrevet i": "Som beskrevet i udredningen.",
    "der henvises til": "Der henvises til udredningen.",
    "fremgår af udredningen": "Det fremgår af udredningen.",
}


def _reference_problems(phrase: str) -> tuple[TextProblem, ...]:
    return analyse_vurdering(f"Samlet vurdering\n{REFERENCE_EXAMPLES[phrase]}\n").henvisninger


def test_every_reference_phrase_has_an_example_and_its_message():
    phrases = {phrase for _, phrase in selvbaerende._HENVISNING}
    assert phrases == set(REFERENCE_EXAMPLES)
    for phrase in phrases:
        [problem] = _reference_problems(phrase)
        assert f'"{phrase}"' in problem.message_da and f'"{phrase}"' in problem.message_en


def _message_vocabulary() -> set[str]:
    """Every word a message can contain: all messages of an empty vurdering (every part and
    summary element missing, no perspective, too short) plus every reference message."""
    problems = list(analyse_vurdering("").problems) + list(analyse_vurdering(None, {}).problems)
    for phrase in REFERENCE_EXAMPLES:
        problems += _reference_problems(phrase)
    words: set[str] = set()
    for p in problems:
        words |= set(re.findall(r"[^\W\d_]+", (p.message_da + " " + p.message_en).lower()))
    return words


def test_messages_never_contain_vurdering_text():
    vocabulary = _message_vocabulary()
    canary = (
        "Her og nu\nZelmira Quistgaard-Vinterberg er 34 år, CPR 010190-1234, og bor på Æblevej 7. "
        "Se ovenfor. Jf. udredningen.\n\nStøttebehov\nSom beskrevet i udredningen hos Zelmira."
    )
    texts = [(item.get("tekst"), item.get("dele")) for item in ITEMS] + [(canary, None), (None, {"her_og_nu": canary})]
    for tekst, dele in texts:
        for p in analyse_vurdering(tekst, dele).problems:
            for message in (p.message_da, p.message_en):
                words = set(re.findall(r"[^\W\d_]+", message.lower()))
                assert words <= vocabulary, (message, words - vocabulary)
                assert "zelmira" not in message.lower() and "010190" not in message
