"""Generate a corpus of fictional VUM 2.0 cases for sweeps and benchmarks.

    .venv/bin/python bench/generate_corpus.py OUT_DIR --cases 10000 [--seed 7]

Everything is invented: the municipalities (Ådal, Fjordby, Lyngmose), the people (first and
last names drawn from common Danish names, combined at random), the CPR numbers (random
digits, shaped like a CPR number so redaction is exercised) and the case texts. The same
seed gives the same corpus, byte for byte.

The corpus mixes every input format a sweep reads, like a real export would:

* ``enkeltsager/<team>/S-….yaml`` — one case per YAML file (about 55 %);
* ``json/S-….json`` — one case per JSON file (about 10 %), plus JSON files holding a list;
* ``batch/…-NNN.jsonl`` — JSON Lines batches of up to 2,000 cases (about 25 %);
* ``flerdok/…-NNN.yaml`` — multi-document YAML files of 40 cases (about 10 %);
* a few unreadable files (YAML syntax error, not UTF-8, empty file, a JSON line cut off).

About two cases in three carry defects a caseworker really makes: a score without a
description, a score off the VUM 2.0 scale, dates in the wrong order, no klagevejledning,
a short partshøring deadline, a misspelt field, a date that is not a date, a missing
delanalyse, ... so every part of the report has something to show.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

KOMMUNER = {
    "Ådal": ["Team Nord", "Team Syd", "Team Psykiatri"],
    "Fjordby": ["Myndighed Handicap", "Myndighed Psykiatri"],
    "Lyngmose": ["Team Øst", "Team Vest", "Team Unge"],
}
FORNAVNE = ["Anne", "Mette", "Karen", "Sofie", "Line", "Maja", "Ida", "Birgitte", "Hanne", "Lone",
            "Jens", "Peter", "Mads", "Thomas", "Ole", "Lars", "Søren", "Mikkel", "Rasmus", "Bo"]
EFTERNAVNE = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
              "Sørensen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen"]
FF = ("Fysiske funktioner", "Mentale funktioner", "Sociale forhold", "Sundhedsforhold")
AD = ("Relationer", "Samfundsliv", "Kommunikation", "Praktiske opgaver", "Egenomsorg", "Mobilitet")


def _subthemes() -> dict[str, tuple[str, ...]]:
    """Sub-theme names from vumrules' VUM 2.0 vocabulary (the FFB names exports carry)."""
    from vumrules.vocabulary import vocabulary

    return {t.name: t.subthemes for t in vocabulary("vum2").themes}


BESKRIVELSER = [
    "Borger fortæller, at hun kan klare det meste selv, men glemmer aftaler uden påmindelse. "
    "Bostøtten har observeret, at regninger ligger uåbnede i flere uger.",
    "Borger oplyser, at han bliver hurtigt træt og har brug for pauser. Det er sagsbehandlers "
    "vurdering, at udtrætningen begrænser ham i at handle ind og lave mad.",
    "Pårørende oplyser, at borger isolerer sig i perioder og ikke får spist. Ved hjemmebesøget "
    "var køleskabet tomt, og borger gav udtryk for at være uoverskuet.",
    "Borger kan med guidning gennemføre morgenrutinen, men springer bad over, når der ikke er "
    "støtte. Udfører har dokumenteret det over en periode på tre måneder.",
    "Borger beskriver selv, at angsten gør det svært at bruge bus og tog. Sagsbehandler vurderer, "
    "at borger med ledsagelse kan færdes i kendte omgivelser.",
]
VURDERING = ("{fornavn} er {alder} år og bor {bolig}. {fornavn} har søgt om {ydelse}, fordi "
             "{fornavn} oplever ikke at kunne få hverdagen til at hænge sammen. Det er min "
             "vurdering, at der er betydelige vanskeligheder med struktur og økonomi, og at "
             "støtten skal rettes mod indkøb, budget og kontakt til omverdenen. Jeg anbefaler "
             "socialpædagogisk støtte efter § 85 svarende til pakke {pakke}.")
YDELSER = [("socialpædagogisk støtte", "SEL § 85"), ("botilbud", "SEL § 107"),
           ("længerevarende botilbud", "SEL § 108"), ("ledsagelse", "SEL § 97"),
           ("aktivitets- og samværstilbud", "SEL § 104")]
BOLIG = ["alene i en lejlighed", "hos sine forældre", "i et hus med sin ægtefælle",
         "i en ungdomsbolig", "på et midlertidigt botilbud"]

DEFECTS = (
    "score_uden_beskrivelse", "score_uden_for_skala", "omgivelser_med_score", "datoer_byttet",
    "ingen_klagevejledning", "kort_partshoering", "stavefejl_felt", "ugyldig_dato",
    "mangler_delanalyse", "mangler_samlet_vurdering", "kvittering_uden_gdpr", "ukendt_tema",
    "mangler_sagsbehandler", "score_tekst", "andre_parter_ikke_overvejet",
)


def cpr(rng: random.Random) -> str:
    d = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 365 * 62))
    return f"{d:%d%m%y}-{rng.randrange(0, 10000):04d}"


def d(x: date) -> str:
    return x.isoformat()


def make_case(i: int, rng: random.Random, subthemes: dict[str, tuple[str, ...]]) -> dict[str, Any]:
    kommune = rng.choice(sorted(KOMMUNER))
    team = rng.choice(KOMMUNER[kommune])
    sb = f"SB-{kommune[:2].upper().replace('Å', 'AA')}{rng.randrange(1, 13):02d}"
    fornavn, efternavn = rng.choice(FORNAVNE), rng.choice(EFTERNAVNE)
    start = date(2024, 1, 2) + timedelta(days=rng.randrange(0, 660))
    ydelse, paragraf = rng.choice(YDELSER)
    n_defects = rng.choices([0, 1, 2, 3, 4], weights=[34, 30, 20, 11, 5])[0]
    defects = set(rng.sample(DEFECTS, n_defects))

    temaer = []
    for navn in FF + AD:
        subs = subthemes[navn]
        if rng.random() < 0.3:
            temaer.append({"navn": navn, "relevant": False,
                           "begrundelse_ikke_relevant": "Borger oplyser ingen udfordringer på området."})
            continue
        tema: dict[str, Any] = {
            "navn": navn, "relevant": True, "score": rng.choice([0, 1, 2, 3, 4]),
            "beskrivelse": rng.choice(BESKRIVELSER),
            "vurderet_med_hjaelpemidler": navn in AD,
            "undertemaer": [{"navn": s, "score": rng.choice([1, 2, 3]), "relevant": True,
                             "beskrivelse": rng.choice(BESKRIVELSER)}
                            for s in rng.sample(subs, rng.randint(1, min(4, len(subs))))],
            "kilder": [{"type": rng.choice(["borger", "pårørende", "læge", "udfører"]),
                        "dato": d(start + timedelta(days=rng.randrange(1, 20)))}],
        }
        temaer.append(tema)
    temaer.append({"navn": "Omgivelser", "relevant": True,
                   "beskrivelse": "Borger bor i stueetagen tæt på indkøb og bus; netværket er lille."})
    scored = [t for t in temaer if "score" in t]
    if scored and "score_uden_beskrivelse" in defects:
        del rng.choice(scored)["beskrivelse"]
    if scored and "score_uden_for_skala" in defects:
        rng.choice(scored)["score"] = rng.choice([3.5, 5, -1])
    if scored and "score_tekst" in defects:
        rng.choice(scored)["score"] = "middel"
    if "omgivelser_med_score" in defects:
        temaer[-1]["score"] = 2
    if "ukendt_tema" in defects:  # a VUM 1.0 theme name in a VUM 2.0 udredning
        temaer.append({"navn": "Psykisk funktionsnedsættelse", "score": 2,
                       "beskrivelse": rng.choice(BESKRIVELSER)})

    afsluttet = start + timedelta(days=rng.randrange(20, 70))
    vurdering_dato = afsluttet + timedelta(days=rng.randrange(1, 10))
    afgoerelse_dato = vurdering_dato + timedelta(days=rng.randrange(14, 40))
    if "datoer_byttet" in defects:
        afgoerelse_dato = start - timedelta(days=rng.randrange(1, 30))
    pakke = rng.randint(1, 6)
    case: dict[str, Any] = {
        "format_version": "1.0",
        "sag_id": f"S-{start.year}-{i:06d}",
        "organisation": {"kommune": kommune, "enhed": f"Myndighed Voksen {kommune}", "team": team,
                         "sagsbehandler_id": sb, "teamleder_id": f"TL-{kommune[:2].upper().replace('Å', 'AA')}1"},
        "borger": {"cpr": cpr(rng), "navn": f"{fornavn} {efternavn}",
                   "digital_post": rng.random() < 0.9,
                   "paaroerende": [{"navn": f"{rng.choice(FORNAVNE)} {efternavn}", "rolle": "pårørende"}]
                   if rng.random() < 0.5 else []},
        "sag": {"sagstype": "Voksen handicap og psykiatri", "oprettet": d(start),
                "ydelser": [{"id": "Y1", "navn": ydelse, "paragraf": paragraf, "status": "Modtaget",
                             "modtaget": d(start)}]},
        "henvendelse": {
            "dato": d(start), "fra": [rng.choice(["borger", "pårørende", "læge", "samarbejdspartner"])],
            "ydelse_soegt": ydelse, "borger_indforstaaet": True,
            "oplyst_om_elektronisk_registrering": True,
            "samtykke": {"givet": True, "dato": d(start), "underskrevet": rng.random() < 0.9},
            "kvittering": {"sendt": d(start + timedelta(days=rng.randrange(1, 9))),
                           "beskriver_forloeb": True, "gdpr_oplysning": "kvittering_uden_gdpr" not in defects},
        },
        "udredning": {
            "metode": "vum2", "startet": d(start), "afsluttet": d(afsluttet), "temaer": temaer,
            "delanalyser": [{"kategori": k, "tekst": rng.choice(BESKRIVELSER)} for k in
                            ("Funktioner og forhold", "Omgivelser", "Aktivitet og deltagelse")],
            "samlet_funktionsvurdering": rng.choice("ABCDE"),
            "borgers_egen_beskrivelse": "Borger ønsker at kunne klare mere selv og få mere kontakt med andre.",
            "andre_parter_overvejet": "andre_parter_ikke_overvejet" not in defects,
            "andre_parter_begrundelse": "Der er indhentet oplysninger fra egen læge og bostøtten med samtykke.",
        },
        "vurdering": {
            "dato": d(vurdering_dato),
            "samlet_faglig_vurdering": VURDERING.format(
                fornavn=fornavn, alder=rng.randint(19, 80), bolig=rng.choice(BOLIG), ydelse=ydelse,
                pakke=pakke),
        },
        "partshoering": {"relevant": True, "sendt": d(vurdering_dato + timedelta(days=1)),
                         "frist": d(vurdering_dato + timedelta(days=15)),
                         "indhold": ["oplysninger", "samlet_faglig_vurdering", "scores"]},
        "afgoerelse": {"type": rng.choice(["bevilling", "bevilling", "delvis_bevilling", "afslag"]),
                       "dato": d(afgoerelse_dato), "kanal": "digital_post", "paragraf": paragraf,
                       "begrundelse": f"Afgørelsen er truffet efter {paragraf}. Der er lagt vægt på "
                                      "udredningen og den samlede faglige vurdering.",
                       "klagevejledning": "ingen_klagevejledning" not in defects, "journalnotat": True},
    }
    if "mangler_delanalyse" in defects:
        case["udredning"]["delanalyser"].pop(rng.randrange(3))
    if "mangler_samlet_vurdering" in defects:
        del case["udredning"]["samlet_funktionsvurdering"]
    if "kort_partshoering" in defects:
        case["partshoering"]["frist"] = d(vurdering_dato + timedelta(days=rng.randrange(3, 10)))
    if "stavefejl_felt" in defects:
        case["afgoerelse"]["begrundlse"] = case["afgoerelse"].pop("begrundelse")
    if "ugyldig_dato" in defects:
        case["vurdering"]["dato"] = rng.choice(["i går", "31-02-2025", "2025-13-01"])
    if "mangler_sagsbehandler" in defects:
        del case["organisation"]["sagsbehandler_id"]
    if rng.random() < 0.4:
        case["opfoelgninger"] = [{"dato": d(afgoerelse_dato + timedelta(days=rng.randrange(90, 200))),
                                  "form": rng.choice(["moede", "telefon", "video"]),
                                  "borger_til_stede": True, "sagsbehandler_id": sb}]
    return case


def _yaml(case: dict[str, Any]) -> str:
    import yaml

    return yaml.safe_dump(case, allow_unicode=True, sort_keys=False, width=100)


def generate(out: Path, n: int, seed: int = 7) -> dict[str, int]:
    """Write ``n`` cases (plus a few unreadable files) under ``out``; returns counts per format."""
    rng = random.Random(seed)
    subthemes = _subthemes()
    out.mkdir(parents=True, exist_ok=True)
    stats = {"yaml": 0, "json": 0, "jsonl": 0, "multidoc": 0, "unreadable_files": 0}
    jsonl: list[str] = []
    multidoc: list[str] = []
    json_list: list[dict[str, Any]] = []

    jsonl_files = [0]

    def flush_jsonl(force: bool = False) -> None:
        if jsonl and (force or len(jsonl) >= 2000):
            jsonl_files[0] += 1
            p = out / "batch" / f"eksport-{jsonl_files[0]:03d}.jsonl"
            p.parent.mkdir(exist_ok=True)
            p.write_text("\n".join(jsonl) + "\n", encoding="utf-8")
            jsonl.clear()

    for i in range(1, n + 1):
        case = make_case(i, rng, subthemes)
        r = rng.random()
        if r < 0.55:
            team = case["organisation"]["team"].replace(" ", "_").replace("Ø", "OE")
            p = out / "enkeltsager" / case["organisation"]["kommune"].replace("Å", "AA") / team / f"{case['sag_id']}.yaml"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(_yaml(case), encoding="utf-8")
            stats["yaml"] += 1
        elif r < 0.62:
            p = out / "json" / f"{case['sag_id']}.json"
            p.parent.mkdir(exist_ok=True)
            p.write_text(json.dumps(case, ensure_ascii=False, indent=2), encoding="utf-8")
            stats["json"] += 1
        elif r < 0.65:
            json_list.append(case)
            stats["json"] += 1
            if len(json_list) >= 25:
                p = out / "json" / f"liste-{i:06d}.json"
                p.parent.mkdir(exist_ok=True)
                p.write_text(json.dumps(json_list, ensure_ascii=False, indent=1), encoding="utf-8")
                json_list.clear()
        elif r < 0.90:
            jsonl.append(json.dumps(case, ensure_ascii=False))
            stats["jsonl"] += 1
            flush_jsonl()
        else:
            multidoc.append(_yaml(case))
            stats["multidoc"] += 1
            if len(multidoc) >= 40:
                p = out / "flerdok" / f"samling-{i:06d}.yaml"
                p.parent.mkdir(exist_ok=True)
                p.write_text("---\n" + "---\n".join(multidoc), encoding="utf-8")
                multidoc.clear()
    flush_jsonl(force=True)
    if json_list:
        p = out / "json" / "liste-rest.json"
        p.parent.mkdir(exist_ok=True)
        p.write_text(json.dumps(json_list, ensure_ascii=False, indent=1), encoding="utf-8")
    if multidoc:
        p = out / "flerdok" / "samling-rest.yaml"
        p.parent.mkdir(exist_ok=True)
        p.write_text("---\n" + "---\n".join(multidoc), encoding="utf-8")
    # unreadable ones, as exports really contain them
    bad = out / "ulaeselige"
    bad.mkdir(exist_ok=True)
    (bad / "S-9999-000001.yaml").write_text(
        'format_version: "1.0"\nsag_id: S-9999-000001\nhenvendelse:\n  dato: 2025-01-02\n   fra: [borger]\n',
        encoding="utf-8")
    (bad / "S-9999-000002.yaml").write_bytes(b'format_version: "1.0"\nsag_id: S-9999-000002\nnote: \xe6ble\n')
    (bad / "S-9999-000003.json").write_text("", encoding="utf-8")
    (bad / "afbrudt.jsonl").write_text('{"format_version": "1.0", "sag_id": "S-9999-000004", "borger": {"cpr": "0101',
                                       encoding="utf-8")
    stats["unreadable_files"] = 4
    return stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    stats = generate(args.out, args.cases, args.seed)
    print(f"{args.cases} sager skrevet til {args.out}: {stats}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
