"""The vocabulary module: content against the seeds and FFB, and the lookup API."""

from __future__ import annotations

import dataclasses
import doctest
import json
import re
import unicodedata
from pathlib import Path

import pytest

import vumrules.vocabulary as vocabulary_module
from vumrules.vocabulary import (
    Category,
    Theme,
    Vocabulary,
    ffb,
    fold,
    score_relation,
    vocabulary,
)
from vumrules.vocabulary import build_ffb

# Seed 003 §3.2.1.1-3 exactly as the flattened tables print them (typos included: a case
# written from the drejebog must still resolve). Mentale funktioner spans two table columns.
SEED_003 = {
    "funktioner_og_forhold": {
        "Fysiske funktioner": [
            "Hørelse", "Stemme og tale", "Syn", "Bevægelse", "Smerte og sansefunktioner",
        ],
        "Mentale funktioner": [
            "Bevidsthedstilstand", "Orienteringsevne", "Igangsætning og motivation",
            "Intellektuelle funktioner", "Psykosociale funktioner", "Hukommelse",
            "Følelser og adfærd",
            "Opmærksomhed og koncentrationsevne", "Virkelighedsopfattelse",
            "Organisering og planlægning", "Problemløsning", "Indsigt i egen situation",
        ],
        "Sociale forhold": [
            "Familiesituation", "Boligsituation", "Økonomisk situation", "Uddannelse og job",
            "Interesser", "Traumatiske oplevelser", "Kriminalitet", "Prostitution",
        ],
        "Sundhedsforhold": [
            "Kost", "Søvn", "Døgnrytme", "Motion", "Tobak", "Rusmidler", "Fysisk helbred",
            "Sundhedsfaglig behandling og træning",
        ],
    },
    "omgivelser": {
        "Omgivelser": ["Boligområde", "Holdninger i omgivelserne", "Personer i netværk"],
    },
    "aktivitet_og_deltagelse": {
        "Relationer": [
            "Indgå i samspil og kontakt",
            "Deltage i sociale fællesskaber og fritidsaktiviteter",
            "Varetage relationer til netværk",
        ],
        "Samfundsliv": [
            "Varetage uddannelse", "Varetage beskæftigelse", "Varetage økonomi",
            "Varetage bolig", "Håndtere post",
        ],
        "Kommunikation": [
            "Forstå meddelelser", "Fremstille meddelelser", "Samtale",
            "Anvende kommunikationsudstyr og -teknikker",
        ],
        "Praktiske opgaver": [
            "Udvide hjælp og omsorg for andre", "Passe ejendele", "Købe ind", "Lave mad",
            "Gøre rent", "Vaske tøj",
        ],
        "Egenomsorg": [
            "Klæde sig af og på", "Vaske sig", "Pleje sin krop", "Spise", "Drikke",
            "Gå på toiletet", "Varetage sin seksualitet", "Dyrke interesse",
            "Varetage egen sundhed",
        ],
        "Mobilitet": [
            "Gå og bevæge sig", "Ændre og opretholde kropstilling",
            "Bære, flytte og håndtere genstande", "Færdes med transportmidler",
        ],
    },
}

# Seed 001 §4.2.1: the 11 VUM 1.0 themes by colour group.
SEED_001 = {
    "funktionsnedsaettelse": [
        "Fysisk funktionsnedsættelse", "Psykisk funktionsnedsættelse", "Socialt problem",
    ],
    "aktivitet_og_deltagelse": [
        "Praktiske opgaver i hjemmet", "Egenomsorg", "Mobilitet", "Kommunikation",
        "Socialt liv", "Sundhed", "Samfundsliv",
    ],
    "omgivelser": ["Omgivelser"],
}

# RK15-06: Ringkøbing-Skjern's own sub-themes.
RKSK_LOCAL = {
    "Praktiske opgaver i hjemmet": ["Hverdagens rytme", "Struktureringsevne"],
    "Socialt liv": ["Kontakt til ukendte"],
    "Sundhed": ["Hukommelse", "Søvn", "Fysisk aktivitet og motionsvaner", "Psykisk habitus"],
    "Mobilitet": ["Psykisk mobilitet"],
}

FFB_SOURCE = build_ffb.DEFAULT_SOURCE
PACKAGE_DIR = Path(vocabulary_module.__file__).parent


@pytest.fixture(scope="module")
def vum2() -> Vocabulary:
    return vocabulary("vum2")


@pytest.fixture(scope="module")
def vum1() -> Vocabulary:
    return vocabulary("vum1")


# ------------------------------------------------------------------------------------------
# fold and loading
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("  Boligområde ", "boligomraade"),
        ("ØKONOMISK SITUATION", "oekonomisk situation"),
        ("Bevægelse", "bevaegelse"),
        (unicodedata.normalize("NFD", "Gå på toilettet"), "gaa paa toilettet"),
        ("Mentale\u00a0 funktioner", "mentale funktioner"),
        ("kommunikationsudstyr og \u2013teknikker", "kommunikationsudstyr og -teknikker"),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_vocabulary_is_loaded_once_and_unknown_methods_fail() -> None:
    assert vocabulary("vum2") is vocabulary(" VUM2 ")
    assert vocabulary("vum1").method == "vum1"
    with pytest.raises(KeyError):
        vocabulary("vum3")


def test_objects_are_frozen(vum2: Vocabulary) -> None:
    theme = vum2.theme("Mobilitet")
    assert isinstance(theme, Theme)
    with pytest.raises(dataclasses.FrozenInstanceError):
        theme.name = "x"  # type: ignore[misc]
    labels = vum2.samlet_funktionsvurdering
    labels["A"] = "changed"
    assert vum2.samlet_funktionsvurdering["A"] == "Intet problem"


def test_keys_are_ascii_snake_case_and_unique() -> None:
    for method in ("vum1", "vum2"):
        v = vocabulary(method)
        keys = [c.key for c in v.categories] + [t.key for t in v.themes]
        assert all(re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", k) for k in keys), keys
        assert len({t.key for t in v.themes}) == len(v.themes)


def test_module_docstring_examples() -> None:
    assert doctest.testmod(vocabulary_module).failed == 0


# ------------------------------------------------------------------------------------------
# VUM 2.0 content
# ------------------------------------------------------------------------------------------


def test_vum2_categories(vum2: Vocabulary) -> None:
    assert [c.key for c in vum2.categories] == list(SEED_003)
    for category in vum2.categories:
        assert isinstance(category, Category)
        assert [t.name for t in category.themes] == list(SEED_003[category.key])


def test_every_seed_003_theme_and_subtheme_is_present(vum2: Vocabulary) -> None:
    for category_key, themes in SEED_003.items():
        for theme_name, subthemes in themes.items():
            theme = vum2.theme(theme_name)
            assert theme is not None, theme_name
            assert theme.category == category_key
            assert len(theme.subthemes) == len(subthemes), theme_name
            for sub in subthemes:
                assert vum2.is_subtheme(theme_name, sub), (theme_name, sub)
    assert len(vum2.themes) == 11
    assert sum(len(t.subthemes) for t in vum2.themes) == 67
    assert len(vum2.theme("Mentale funktioner").subthemes) == 12


def test_subthemes_belong_to_their_own_theme_only(vum2: Vocabulary) -> None:
    assert not vum2.is_subtheme("Fysiske funktioner", "Hukommelse")
    assert not vum2.is_subtheme("Mobilitet", "Købe ind")
    assert not vum2.is_subtheme("Ukendt tema", "Købe ind")


def test_seed_spellings_are_aliases_of_the_ffb_names(vum2: Vocabulary) -> None:
    # (theme, seed 003 spelling, FFB display)
    pairs = [
        ("Praktiske opgaver", "Udvide hjælp og omsorg for andre",
         "Udvise hjælp og omsorg for andre"),
        ("Egenomsorg", "Gå på toiletet", "Gå på toilettet"),
        ("Mobilitet", "Ændre og opretholde kropstilling", "Ændre og opretholde kropsstilling"),
        ("Kommunikation", "Anvende kommunikationsudstyr og -teknikker",
         "Anvende kommunikationsudstyr- og teknikker"),
    ]
    for theme, seed_name, ffb_name in pairs:
        assert vum2.subtheme(theme, seed_name).name == ffb_name
        assert vum2.subtheme(theme, ffb_name).name == ffb_name
    assert vum2.category("Omgivelsesfaktorer") is vum2.category("omgivelser")
    assert vum2.category("Omgivelser") is vum2.category("omgivelser")


def test_vum2_scoring_per_category(vum2: Vocabulary) -> None:
    fof, omg, ad = (vum2.category(k) for k in SEED_003)
    assert not omg.scored and omg.level_name is None
    assert not vum2.theme("Omgivelser").scored
    assert fof.scored and fof.level_name == "funktionsniveau"
    assert ad.scored and ad.level_name == "funktionsevneniveau"
    assert fof.assessment_basis == "uden hjælpemidler"
    assert ad.assessment_basis == "med eksisterende hjælpemidler"
    # KL-06: the FFB severity belongs on Aktivitet og deltagelse only.
    assert [c.key for c in vum2.categories if c.ffb_severity] == ["aktivitet_og_deltagelse"]


def test_vum2_scale(vum2: Vocabulary) -> None:
    assert vum2.scale == (0, 1, 2, 3, 4)
    assert 3.5 not in vum2.scale
    assert not vum2.valid_score(3.5)
    assert [vum2.scale_label(v) for v in vum2.scale] == [
        "ingen", "let", "moderat", "svær", "fuldstændig",
    ]
    assert vum2.valid_score(2) and vum2.valid_score("2") and vum2.valid_score(4.0)
    for bad in (-1, 5, 2.5, True, None, "to", float("nan")):
        assert not vum2.valid_score(bad), bad
    with pytest.raises(ValueError):
        vum2.scale_label(3.5)


def test_samlet_funktionsvurdering_both_methods(vum1: Vocabulary, vum2: Vocabulary) -> None:
    expected = {
        "A": "Intet problem", "B": "Let problem", "C": "Moderat problem",
        "D": "Stort problem", "E": "Fuldstændigt problem",
    }
    assert vum1.samlet_funktionsvurdering == expected
    assert vum2.samlet_funktionsvurdering == expected


def test_vum2_maaltype(vum2: Vocabulary) -> None:
    assert vum2.maalsaetning_relation("Udvikle funktionsevne") == "lower"
    assert vum2.maalsaetning_relation("udvikle") == "lower"
    assert vum2.maalsaetning_relation("FASTHOLDE") == "equal"
    assert vum2.maalsaetning_relation("Begrænse tab af funktionsevne") == "higher"
    assert vum2.maalsaetning_relation("begraense tab af funktionsevne") == "higher"
    assert vum2.maalsaetning_relation("Forbedre") is None  # a VUM 1.0 word


# ------------------------------------------------------------------------------------------
# VUM 1.0 content
# ------------------------------------------------------------------------------------------


def test_vum1_themes(vum1: Vocabulary) -> None:
    assert len(vum1.themes) == 11
    assert {c.key: [t.name for t in c.themes] for c in vum1.categories} == SEED_001
    colours = {c.key: c.colour for c in vum1.categories}
    assert colours == {
        "funktionsnedsaettelse": "blå", "aktivitet_og_deltagelse": "turkis",
        "omgivelser": "lysegrøn",
    }
    # 001 §4.2.2: only the turquoise themes are scored; blue ones are described without
    # hjælpemidler, turquoise ones scored with the hjælpemidler the citizen has.
    assert [t.key for t in vum1.themes if t.scored] == [
        "praktiske_opgaver_i_hjemmet", "egenomsorg", "mobilitet", "kommunikation",
        "socialt_liv", "sundhed", "samfundsliv",
    ]
    assert vum1.category("funktionsnedsaettelse").assessment_basis == "uden hjælpemidler"
    assert vum1.category("aktivitet_og_deltagelse").assessment_basis == (
        "med eksisterende hjælpemidler"
    )
    assert all(t.ffb_code is None for t in vum1.themes)


def test_vum1_scale(vum1: Vocabulary) -> None:
    assert vum1.scale == (0, 1, 2, 3, 3.5, 4)
    assert vum1.valid_score(3.5) and vum1.valid_score("3,5")
    assert not vum1.valid_score(2.5)
    assert vum1.scale_label(3) == "svært problem, aktiv deltager"
    assert vum1.scale_label(3.5) == "svært problem, passiv deltager"


def test_vum1_local_subthemes_are_not_national(vum1: Vocabulary) -> None:
    # The seed gives no national VUM 1.0 sub-theme list, and says it is not exhaustive.
    assert all(not t.subthemes_exhaustive for t in vum1.themes)
    for theme, names in RKSK_LOCAL.items():
        assert vum1.local_subthemes("ringkoebing_skjern", theme) == tuple(names)
        local = vum1.local_subthemes("Ringkøbing-Skjern", theme)
        for name in names:
            assert not vum1.is_subtheme(theme, name)
            assert vum1.is_subtheme(theme, name, extra=local)
            assert vum1.is_subtheme(theme, fold(name), extra=local)
    assert vum1.is_subtheme("Mobilitet", "Psykisk mobilitet", extra="Psykisk mobilitet")
    assert not vum1.is_subtheme("Mobilitet", "p", extra="Psykisk mobilitet")
    assert vum1.local_subthemes("ringkoebing_skjern", "Egenomsorg") == ()
    with pytest.raises(KeyError):
        vum1.local_subthemes("hjoerring", "Sundhed")


def test_vum1_maalsaetning(vum1: Vocabulary) -> None:
    assert vum1.maalsaetning_relation("Forbedre") == "lower"
    assert vum1.maalsaetning_relation(" fastholde ") == "equal"
    assert vum1.maalsaetning_relation("Begrænse forværring") == "higher"
    assert vum1.maalsaetning_relation("BEGRAENSE FORVAERRING") == "higher"
    assert vum1.maalsaetning_relation("Udvikle") is None
    # The seed's own example (§4.5.3.1): Socialt liv 3, "Forbedre (2)".
    assert vum1.maalsaetning_relation("Forbedre") == score_relation(3, 2)
    assert vum1.maalsaetning_relation("Fastholde") == score_relation(1, 1)


# ------------------------------------------------------------------------------------------
# Lookups
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "spelling",
    ["Mentale funktioner", "  mentale FUNKTIONER ", "mentale_funktioner",
     unicodedata.normalize("NFD", "Mentale funktioner")],
)
def test_theme_lookup_variants(vum2: Vocabulary, spelling: str) -> None:
    assert vum2.theme(spelling).key == "mentale_funktioner"


def test_ascii_folded_lookups(vum2: Vocabulary, vum1: Vocabulary) -> None:
    assert vum2.is_subtheme("Omgivelser", "Boligomraade")
    assert vum2.is_subtheme("praktiske opgaver", "KOEBE IND")
    assert vum2.is_subtheme("Sociale forhold", "oekonomisk situation")
    assert vum2.is_subtheme("Mobilitet", "baere, flytte og haandtere genstande")
    assert vum1.theme("Fysisk funktionsnedsaettelse").category == "funktionsnedsaettelse"
    assert vum2.theme("Ukendt") is None and vum2.category("ukendt") is None


# ------------------------------------------------------------------------------------------
# FFB
# ------------------------------------------------------------------------------------------


def _ffb_source() -> dict:
    if not FFB_SOURCE.exists():
        pytest.skip(f"FFB CodeSystem not available at {FFB_SOURCE}")
    return json.loads(FFB_SOURCE.read_text(encoding="utf-8"))


def test_ffb_json_regenerates_identically(tmp_path: Path) -> None:
    _ffb_source()
    out = tmp_path / "ffb.json"
    assert build_ffb.main(["--source", str(FFB_SOURCE), "--output", str(out)]) == 0
    assert out.read_bytes() == (PACKAGE_DIR / "ffb.json").read_bytes()
    assert build_ffb.main(["--source", str(FFB_SOURCE), "--check"]) == 0


def test_ffb_json_covers_the_codesystem() -> None:
    source = _ffb_source()
    codes: list[str] = []

    def walk(concepts: list[dict]) -> None:
        for c in concepts:
            codes.append(c["code"])
            walk(c.get("concept", []))

    walk(source["concept"])
    assert [c.code for c in ffb.concepts()] == codes
    assert (ffb.system, ffb.version, ffb.publisher) == (
        "urn:oid:1.2.208.176.2.22", "20240530", "KL",
    )


def _names(item) -> set[str]:
    return {fold(n) for n in item.names}


def test_vum2_codes_exist_in_ffb_with_the_same_display(vum2: Vocabulary) -> None:
    for category in vum2.categories:
        concept = ffb.concept(category.ffb_code)
        assert concept.path == ("FFB tilstande", concept.display)
        assert fold(concept.display) in _names(category)
        for theme in category.themes:
            t = ffb.concept(theme.ffb_code)
            assert ffb.is_theme_code(theme.ffb_code)
            assert t.parent == category.ffb_code
            assert fold(t.display) in _names(theme)
            for sub in theme.subtheme_entries:
                s = ffb.concept(sub.ffb_code)
                assert ffb.is_subtheme_code(sub.ffb_code)
                assert s.parent == theme.ffb_code, sub.name
                assert fold(s.display) in _names(sub), sub.name


def test_every_ffb_theme_and_subtheme_is_in_vum2(vum2: Vocabulary) -> None:
    recorded = {c.ffb_code for c in vum2.categories}
    recorded |= {t.ffb_code for t in vum2.themes}
    recorded |= {s.ffb_code for t in vum2.themes for s in t.subtheme_entries}
    tilstande = {c.code for c in ffb.concepts() if c.branch == "FFB tilstande" and c.depth >= 1}
    assert tilstande == recorded


def test_vum2_scale_and_maaltype_codes(vum2: Vocabulary) -> None:
    for step in vum2.scale_steps:
        assert ffb.is_funktionsevneniveau_code(step.ffb_code, allow_not_assessed=False)
        assert ffb.concept(step.ffb_code).display == step.name
        assert vum2.score_for_ffb_code(step.ffb_code) == step.value
    assert ffb.concept(vum2.not_assessed_ffb_code).display == "Ikke vurderet"
    assert ffb.is_funktionsevneniveau_code(vum2.not_assessed_ffb_code)
    assert not ffb.is_funktionsevneniveau_code(
        vum2.not_assessed_ffb_code, allow_not_assessed=False
    )
    assert vum2.score_for_ffb_code(vum2.not_assessed_ffb_code) is None
    levels = [c for c in ffb.concepts() if c.branch == "Funktionsevneniveau" and c.depth == 1]
    assert {c.code for c in levels} == {
        *(s.ffb_code for s in vum2.scale_steps), vum2.not_assessed_ffb_code,
    }
    for goal in vum2.goal_types:
        assert ffb.is_maaltype_code(goal.ffb_code)
        assert ffb.concept(goal.ffb_code).display == goal.name
    maaltyper = {c.code for c in ffb.concepts() if c.branch == "Måltype" and c.depth == 1}
    assert maaltyper == {g.ffb_code for g in vum2.goal_types}


def test_ffb_lookups(vum2: Vocabulary) -> None:
    hits = ffb.find("kriminalitet")
    assert {h.branch for h in hits} == {"FFB tilstande", "Social indsats"}
    (sub,) = ffb.find("Kriminalitet", under="Sociale forhold")
    assert sub.code == vum2.subtheme("Sociale forhold", "Kriminalitet").ffb_code
    assert ffb.find("Kriminalitet", under=vum2.theme("Sociale forhold").ffb_code) == (sub,)
    assert len(ffb.find("Ikke vurderet")) == 2
    (level,) = ffb.find("ikke vurderet", under="Funktionsevneniveau")
    assert level.code == vum2.not_assessed_ffb_code
    assert ffb.tilstand_category(sub.code) == "Funktioner og forhold"
    assert ffb.concept("no-such-code") is None and ffb.branch_of("no-such-code") is None


def test_ffb_branch_helpers_keep_branches_apart(vum2: Vocabulary) -> None:
    """KL-12: a theme code is not a level code, a level code not a måltype code, and so on."""
    theme_code = vum2.theme("Mobilitet").ffb_code
    sub_code = vum2.subtheme("Mobilitet", "Gå og bevæge sig").ffb_code
    level_code = vum2.scale_steps[2].ffb_code
    goal_code = vum2.goal_types[0].ffb_code
    assert ffb.branch_of(theme_code) == "FFB tilstande"
    assert ffb.branch_of(level_code) == "Funktionsevneniveau"
    assert ffb.branch_of(goal_code) == "Måltype"
    assert ffb.is_theme_code(theme_code) and not ffb.is_subtheme_code(theme_code)
    assert ffb.is_subtheme_code(sub_code) and not ffb.is_theme_code(sub_code)
    assert not ffb.is_funktionsevneniveau_code(theme_code)
    assert not ffb.is_maaltype_code(level_code)
    assert not ffb.is_funktionsevneniveau_code(goal_code)
    # A målgruppe with a theme-like name is not a theme.
    (maalgruppe,) = ffb.find("Socialt problem")
    assert not ffb.is_theme_code(maalgruppe.code) and not ffb.is_subtheme_code(maalgruppe.code)
    stoette = ffb.find("Moderat støttebehov")[0]
    assert ffb.is_stoettebehovsniveau_code(stoette.code)
    assert not ffb.is_funktionsevneniveau_code(stoette.code)
    assert vum2.theme_for_code(sub_code) is vum2.theme("Mobilitet")
    assert vum2.theme_for_code(level_code) is None
