"""Writes the example cases in examples/cases/ from a clean base case plus one realistic
defect per file (the comment at the top of each file says which). Kept so the examples can be
regenerated when the case format changes:  python examples/make_examples.py
All people are fictional; CPR numbers are invented."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).parent / "cases"
yaml = YAML()
yaml.allow_unicode = True
yaml.width = 100
yaml.indent(mapping=2, sequence=4, offset=2)

BASE = yaml.load((HERE / "sag-001.yaml").read_text(encoding="utf-8"))


def plain(node):
    return json.loads(json.dumps(node, default=str))


def case(sag_id: str, name: str, cpr: str, team: str, sb: str) -> dict:
    c = plain(BASE)
    c["sag_id"] = sag_id
    c["borger"]["navn"] = name
    c["borger"]["cpr"] = cpr
    c["organisation"]["team"] = team
    c["organisation"]["sagsbehandler_id"] = sb
    return c


def tema(c: dict, navn: str) -> dict:
    return next(t for t in c["udredning"]["temaer"] if t["navn"] == navn)


def write(name: str, comment: str, data) -> None:
    path = HERE / name
    with path.open("w", encoding="utf-8") as fh:
        for line in comment.strip().splitlines():
            fh.write(f"# {line}\n")
        if isinstance(data, list):
            for i, d in enumerate(data):
                if i:
                    fh.write("---\n")
                yaml.dump(d, fh)
        else:
            yaml.dump(data, fh)


def main() -> None:
    # 002: early phase, clean: henvendelse and kvittering only
    c = {"format_version": "1.0", "sag_id": "HP-2025-0102",
         "organisation": {"kommune": "Eksempelby", "enhed": "Myndighed Handicap Syd", "team": "team-syd-1",
                          "sagsbehandler_id": "sb-2077"},
         "borger": {"cpr": "120385-1112", "navn": "Jonas Prøvesen"},
         "sag": {"sagstype": "Ansøgning om ledsageordning", "oprettet": "2025-06-02",
                 "ydelser": [{"id": "y1", "navn": "Ledsageordning", "paragraf": "SEL § 97", "status": "Modtaget",
                              "modtaget": "2025-06-02"}]},
         "henvendelse": {"dato": "2025-06-02", "fra": ["borger"], "ydelse_soegt": "Ledsageordning efter SEL § 97",
                         "samtykke": {"givet": True, "dato": "2025-06-05", "underskrevet": True},
                         "kvittering": {"sendt": "2025-06-05", "beskriver_forloeb": True, "gdpr_oplysning": True}}}
    write("sag-002.yaml", "Tidlig fase: henvendelse modtaget og kvitteret. Ren sag.", c)

    # 003: VUM 1.0 case (scale with 3.5, A-E), clean
    c = case("HP-2016-0103", "Lars Opdigtet", "230771-2223", "team-vest-3", "sb-0311")
    c["henvendelse"]["dato"] = "2016-03-01"
    c["sag"]["oprettet"] = "2016-03-01"
    u = c["udredning"]
    u.update(metode="vum1", startet="2016-03-08", afsluttet="2016-04-12", samlet_funktionsvurdering="D")
    u["temaer"] = [
        {"navn": "Psykisk funktionsnedsættelse", "vurderet_med_hjaelpemidler": False,
         "beskrivelse": "Lars har skizofreni og hører stemmer i perioder; han er i medicinsk behandling "
                        "og følges af distriktspsykiatrien."},
        {"navn": "Socialt liv", "score": 3.5, "behandlede_undertemaer": ["Kontakt til ukendte"],
         "beskrivelse": "Lars deltager kun i fællesspisning, når personalet henter ham, og trækker sig "
                        "hurtigt igen; han indgår ikke selv i samtaler."},
        {"navn": "Praktiske opgaver i hjemmet", "score": 3,
         "beskrivelse": "Lars kan støvsuge og tage opvask, når han guides trin for trin, men tager "
                        "ikke selv initiativ til rengøring eller tøjvask."},
        {"navn": "Omgivelser", "beskrivelse": "Bor i kommunalt botilbud; forældrene besøger ham hver "
                                              "anden weekend."},
    ]
    u["delanalyser"] = [
        {"kategori": "funktionsnedsaettelse", "tekst": "Psykisk sygdom med negative symptomer præger "
                                                       "initiativ og kontakt."},
        {"kategori": "aktivitet_og_deltagelse", "tekst": "Omfattende behov for guidning i praktiske "
                                                         "opgaver og sociale sammenhænge."},
        {"kategori": "omgivelser", "tekst": "Stabilt netværk af forældre; botilbuddet giver tryghed."},
    ]
    c["vurdering"]["dato"] = "2016-04-20"
    c["afgoerelse"].update(dato="2016-04-28", sendt="2016-04-28", paragraf="SEL § 108")
    c["bestilling"].update(dato="2016-05-02", opfoelgningsdato="2018-05-01")
    m = c["bestilling"]["indsatser"][0]["indsatsmaal"][0]
    m.update(tekst="Lars skal ud over måltiderne deltage i det sociale fællesskab én gang om ugen.",
             tema="Socialt liv", fko_status=3, maalsaetning="Forbedre", maalsaetning_score=2,
             opfoelgningsdato="2018-05-01")
    write("sag-003.yaml", "VUM 1.0-sag (2016): skala med 3.5 og samlet funktionsvurdering D. Ren sag.", c)

    # 004: score without description, Omgivelser scored (VUM008, VUM003)
    c = case("HP-2025-0104", "Sofie Fiktiv", "050502-3334", "team-nord-2", "sb-1042")
    tema(c, "Samfundsliv")["beskrivelse"] = "Se lægeudtalelse."
    tema(c, "Omgivelser")["score"] = 1
    write("sag-004.yaml", "Fejl: en score uden beskrivelse af substans (VUM008) og en score på Omgivelser (VUM003).", c)

    # 005: VUM 2.0 case scored with the VUM 1.0 value 3.5; samlet funktionsvurdering missing
    c = case("HP-2025-0105", "Ahmad Eksempelsen", "111160-4445", "team-syd-1", "sb-2077")
    tema(c, "Praktiske opgaver")["score"] = 3.5
    del c["udredning"]["samlet_funktionsvurdering"]
    write("sag-005.yaml", "Fejl: 3.5 er ikke på VUM 2.0-skalaen (VUM004); samlet funktionsvurdering mangler (VUM012).", c)

    # 006: VUM 1.0 theme names in a VUM 2.0 udredning
    c = case("HP-2025-0106", "Birthe Opdigt", "300948-5556", "team-vest-3", "sb-0311")
    tema(c, "Praktiske opgaver")["navn"] = "Praktiske opgaver i hjemmet"
    tema(c, "Samfundsliv")["undertemaer"][1]["navn"] = "Åbne post"
    write("sag-006.yaml", "Fejl: VUM 1.0-temanavn og et hjemmelavet undertema i en VUM 2.0-udredning (VUM002).", c)

    # 007: decision dated before the udredning started
    c = case("HP-2025-0107", "Karl Testesen", "020295-6667", "team-nord-2", "sb-1042")
    c["afgoerelse"]["dato"] = "2025-02-14"
    write("sag-007.yaml", "Fejl: afgørelsen er dateret før udredningen (VUM001).", c)

    # 008: citizen not heard; doctor's information without consent
    c = case("HP-2025-0108", "Hanne Prøve", "171273-7778", "team-syd-1", "sb-2077")
    del c["udredning"]["borgers_egen_beskrivelse"]
    c["udredning"]["kilder"] = [{"type": "læge", "beskrivelse": "Journaloplysninger fra egen læge",
                                 "samtykke": False}]
    c["henvendelse"]["samtykke"] = {"givet": False}
    write("sag-008.yaml", "Fejl: borgerens egen beretning mangler (VUM010); lægeoplysninger uden samtykke (VUM011).", c)

    # 009: sub-themes without funktionsevneniveau; missing delanalyse
    c = case("HP-2025-0109", "Peter Påhit", "090988-8889", "team-vest-3", "sb-0311")
    del tema(c, "Samfundsliv")["undertemaer"][0]["score"]
    c["udredning"]["delanalyser"] = c["udredning"]["delanalyser"][:1] + c["udredning"]["delanalyser"][2:]
    write("sag-009.yaml", "Fejl: undertema uden funktionsevneniveau (VUM006) og manglende delanalyse (VUM007).", c)

    # 011: wrong basis and a misspelt field
    c = case("HP-2025-0111", "Ida Eksempeldatter", "250600-9990", "team-nord-2", "sb-1042")
    tema(c, "Samfundsliv")["vurderet_med_hjaelpemidler"] = False
    c["vurdering"]["samlet_faglig_vurderig"] = c["vurdering"].pop("samlet_faglig_vurdering")
    write("sag-011.yaml", "Fejl: forkert vurderingsgrundlag (VUM005) og et felt med stavefejl (SCH003).", c)

    # 012: two cases in one multi-document file, one clean, one with quotations without source
    a = case("HP-2025-0112", "Ole Opdigtsen", "140367-1001", "team-syd-1", "sb-2077")
    b = case("HP-2025-0113", "Rikke Fiktivsen", "281199-2002", "team-syd-1", "sb-2077")
    tema(b, "Samfundsliv")["citater"] = [{"tekst": "Jeg tør ikke åbne brevene, for så bliver jeg bare bange."}]
    write("sag-012.yaml", "To sager i én fil (multi-dokument YAML): den første ren, den anden med et citat uden kilde (VUM009).", [a, b])

    # 010: JSON, with a type error and a missing samlet funktionsvurdering for a finished udredning
    c = case("HP-2025-0110", "Svend Prøvesen", "061057-3003", "team-vest-3", "sb-0311")
    tema(c, "Mentale funktioner")["score"] = "moderat"
    (HERE / "sag-010.json").write_text(json.dumps(c, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    # 014: JSON Lines export with three cases
    rows = []
    for i, (name, cpr) in enumerate([("Anna Andersine", "010203-4005"), ("Bent Bentsen", "020304-5006"),
                                     ("Clara Claussen", "030405-6007")]):
        c = case(f"HP-2025-02{i:02d}", name, cpr, ["team-nord-2", "team-syd-1", "team-vest-3"][i],
                 ["sb-1042", "sb-2077", "sb-0311"][i])
        if i == 1:
            tema(c, "Praktiske opgaver")["beskrivelse"] = ""
        rows.append(json.dumps(c, ensure_ascii=False))
    (HERE / "eksport-2025-05.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
