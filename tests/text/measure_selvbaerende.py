"""Measure vumrules.text.selvbaerende against the labelled set tests/data/selvbaerende.yaml.

    .venv/bin/python tests/text/measure_selvbaerende.py           # print the figures
    .venv/bin/python tests/text/measure_selvbaerende.py --write   # rewrite docs/selvbaerende.md

Every check is scored as detection of the *problem*: positive = the part / summary element /
citizen perspective is missing, a stand-in reference is present, the text is too short.
test_selvbaerende.py asserts that docs/selvbaerende.md equals `render()`, so the published
figures cannot drift from the code. The first measurements of the holdout sets are kept
verbatim below (_HOLDOUT1_FIRST, _HOLDOUT2_FIRST, _HOLDOUT3_FIRST). holdout1 and holdout2 were
tuned on after theirs; holdout3 was not, so _HOLDOUT3_FIRST is the current honest estimate
for unseen text. The live table in the doc covers the tuned sets only (TUNED_SPLITS).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from vumrules.text.selvbaerende import DELE, RESUME, VurderingAnalysis, analyse_vurdering  # noqa: E402

DATA = ROOT / "tests" / "data" / "selvbaerende.yaml"
DOC = ROOT / "docs" / "selvbaerende.md"

SPLITS = ("dev", "holdout1", "holdout2", "holdout3")
TUNED_SPLITS = ("dev", "holdout1", "holdout2")  # the heuristics were developed or fixed on these
# sha256 of the holdout3 labels (see holdout3_label_hash), taken before the analysis first ran on them.
HOLDOUT3_LABEL_SHA256 = "f6a20a1d5eb0786898190005e7ae23df864f56d147aad3d77758ff08f1ae7249"
_LABEL_KEYS = ("dele_mangler", "resume_mangler", "borgerperspektiv", "henvisning", "for_kort")


def _checks(dele_mangler, resume_mangler, borgerperspektiv: bool, henvisning: bool, for_kort: bool) -> dict[str, bool]:
    """One yes/no per check, True = the problem is there. Used for labels and results alike."""
    return {
        **{f"del: {key}": key in dele_mangler for key in DELE},
        **{f"resumé: {key}": key in resume_mangler for key in RESUME},
        "borgerperspektiv mangler": not borgerperspektiv,
        "henvisning": henvisning,
        "for_kort": for_kort,
    }


def expected(item: dict) -> dict[str, bool]:
    return _checks(item["dele_mangler"], item["resume_mangler"], item["borgerperspektiv"], item["henvisning"], item["for_kort"])


def found(analysis: VurderingAnalysis) -> dict[str, bool]:
    return _checks(
        analysis.dele_mangler, analysis.resume_mangler, analysis.borgerperspektiv, bool(analysis.henvisninger), analysis.for_kort
    )


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    misses: list[str] = field(default_factory=list)  # "id (FP)" / "id (FN)"

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def load_items(path: Path = DATA) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)["items"]


def holdout3_label_hash(items: list[dict]) -> str:
    """sha256 of the holdout3 labels as sorted, compact JSON ({id: {label: value}})."""
    labels = {i["id"]: {k: i[k] for k in _LABEL_KEYS} for i in items if i["split"] == "holdout3"}
    blob = json.dumps(labels, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def analyse_item(item: dict) -> VurderingAnalysis:
    return analyse_vurdering(item.get("tekst"), item.get("dele"))


def measure(items: list[dict] | None = None, split: str | tuple[str, ...] | None = None) -> dict[str, Score]:
    """Scores per check, over all items, one split ("dev", "holdout1", "holdout2", "holdout3")
    or a tuple of splits (e.g. TUNED_SPLITS)."""
    items = load_items() if items is None else items
    splits = (split,) if isinstance(split, str) else split
    scores: dict[str, Score] = {}
    for item in items:
        if splits and item["split"] not in splits:
            continue
        result = found(analyse_item(item))
        for name, e in expected(item).items():
            f, s = result[name], scores.setdefault(name, Score())
            if e and f:
                s.tp += 1
            elif f:
                s.fp += 1
                s.misses.append(f"{item['id']} (FP)")
            elif e:
                s.fn += 1
                s.misses.append(f"{item['id']} (FN)")
            else:
                s.tn += 1
    return scores


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f}"


def table(scores: dict[str, Score]) -> str:
    rows = ["| tjek (problem = positiv) | præcision | recall | TP | FP | FN | TN |", "|---|---|---|---|---|---|---|"]
    for name, s in scores.items():
        rows.append(f"| {name} | {_pct(s.precision)} | {_pct(s.recall)} | {s.tp} | {s.fp} | {s.fn} | {s.tn} |")
    return "\n".join(rows)


def misses(scores: dict[str, Score]) -> str:
    lines = [f"- **{name}**: {', '.join(s.misses)}" for name, s in scores.items() if s.misses]
    return "\n".join(lines) if lines else "- ingen"


def render(items: list[dict] | None = None) -> str:
    """docs/selvbaerende.md: fixed prose, the live figures over the tuned sets, and the first
    measurements of the three holdout sets (kept verbatim: they are a record, not live)."""
    items = load_items() if items is None else items
    per_split = {split: sum(1 for i in items if i["split"] == split) for split in SPLITS}
    n_split = sum(1 for i in items if i.get("dele") is not None)
    scores = measure(items, TUNED_SPLITS)
    text = _TEMPLATE.format(
        n=len(items),
        n_split=n_split,
        n_fri=len(items) - n_split,
        n_dev=per_split["dev"],
        n_hold1=per_split["holdout1"],
        n_hold2=per_split["holdout2"],
        n_hold3=per_split["holdout3"],
        n_tuned=sum(per_split[split] for split in TUNED_SPLITS),
        hold3_sha=HOLDOUT3_LABEL_SHA256,
        table_all=table(scores),
        misses_all=misses(scores),
        holdout1_first=_HOLDOUT1_FIRST.strip(),
        holdout2_first=_HOLDOUT2_FIRST.strip(),
        holdout3_first=_HOLDOUT3_FIRST.strip(),
    )
    return text.rstrip() + "\n"


# The first measurement of each holdout set, pasted from this script's output at the time.
# Kept verbatim on purpose: after it, the misses were fixed, so the live figures for those
# items are no longer a test on unseen text. These are.
_HOLDOUT1_FIRST = """\
| tjek (problem = positiv) | præcision | recall | TP | FP | FN | TN |
|---|---|---|---|---|---|---|
| del: her_og_nu | 1.00 | 1.00 | 1 | 0 | 0 | 15 |
| del: samlet_vurdering | 0.00 | 0.00 | 0 | 1 | 1 | 14 |
| del: stoettebehov | 1.00 | 1.00 | 3 | 0 | 0 | 13 |
| del: indsatser | 1.00 | 1.00 | 3 | 0 | 0 | 13 |
| resumé: oplevet_stoettebehov | 0.62 | 1.00 | 5 | 3 | 0 | 8 |
| resumé: diagnoser | 1.00 | 1.00 | 2 | 0 | 0 | 14 |
| resumé: oensker | 1.00 | 1.00 | 4 | 0 | 0 | 12 |
| resumé: formaal | 1.00 | 1.00 | 3 | 0 | 0 | 13 |
| borgerperspektiv mangler | 1.00 | 0.67 | 2 | 0 | 1 | 13 |
| henvisning | 1.00 | 0.67 | 2 | 0 | 1 | 13 |
| for_kort | 1.00 | 1.00 | 2 | 0 | 0 | 14 |

- **del: samlet_vurdering**: hold_jf_tema_standin_finn (FN), hold_dele_kort_bent (FP)
- **resumé: oplevet_stoettebehov**: hold_dele_komplet_rune (FP), hold_henvisning_med_indhold_efter_hans (FP), hold_dele_afslag_vibeke (FP)
- **borgerperspektiv mangler**: hold_kun_fagfolk_kurt (FN)
- **henvisning**: hold_jf_tema_standin_finn (FN)
"""

_HOLDOUT2_FIRST = """\
| tjek (problem = positiv) | præcision | recall | TP | FP | FN | TN |
|---|---|---|---|---|---|---|
| del: her_og_nu | – | – | 0 | 0 | 0 | 10 |
| del: samlet_vurdering | 1.00 | 1.00 | 2 | 0 | 0 | 8 |
| del: stoettebehov | – | 0.00 | 0 | 0 | 1 | 9 |
| del: indsatser | 0.50 | 1.00 | 1 | 1 | 0 | 8 |
| resumé: oplevet_stoettebehov | 0.50 | 1.00 | 2 | 2 | 0 | 6 |
| resumé: diagnoser | – | – | 0 | 0 | 0 | 10 |
| resumé: oensker | 0.50 | 1.00 | 1 | 1 | 0 | 8 |
| resumé: formaal | 1.00 | 1.00 | 1 | 0 | 0 | 9 |
| borgerperspektiv mangler | 0.00 | 0.00 | 0 | 2 | 1 | 7 |
| henvisning | 1.00 | 1.00 | 2 | 0 | 0 | 8 |
| for_kort | 1.00 | 1.00 | 2 | 0 | 0 | 8 |

- **del: stoettebehov**: hold2_kort_tobias (FN)
- **del: indsatser**: hold2_kort_tobias (FP)
- **resumé: oplevet_stoettebehov**: hold2_ascii_foldet_niels (FP), hold2_borgeren_peger_paa (FP)
- **resumé: oensker**: hold2_ascii_foldet_niels (FP)
- **borgerperspektiv mangler**: hold2_ascii_foldet_niels (FP), hold2_borgeren_peger_paa (FP), hold2_dele_uden_borger_ellen (FN)
"""

# Measured once, with the analysis as it was after the holdout2 fixes, on labels fixed (and
# hashed: HOLDOUT3_LABEL_SHA256) before the analysis first ran on them. Not tuned on: this
# is the current honest estimate for unseen text. If the heuristics are ever changed to fix
# these misses, holdout3 becomes a tuned set like holdout1/2, and a new holdout is needed.
_HOLDOUT3_FIRST = """\
| tjek (problem = positiv) | præcision | recall | TP | FP | FN | TN |
|---|---|---|---|---|---|---|
| del: her_og_nu | 1.00 | 1.00 | 2 | 0 | 0 | 20 |
| del: samlet_vurdering | 1.00 | 0.75 | 3 | 0 | 1 | 18 |
| del: stoettebehov | 1.00 | 1.00 | 3 | 0 | 0 | 19 |
| del: indsatser | 0.67 | 1.00 | 2 | 1 | 0 | 19 |
| resumé: oplevet_stoettebehov | 0.80 | 0.80 | 4 | 1 | 1 | 16 |
| resumé: diagnoser | 1.00 | 1.00 | 3 | 0 | 0 | 19 |
| resumé: oensker | 1.00 | 1.00 | 5 | 0 | 0 | 17 |
| resumé: formaal | 1.00 | 1.00 | 4 | 0 | 0 | 18 |
| borgerperspektiv mangler | 0.75 | 1.00 | 3 | 1 | 0 | 18 |
| henvisning | 1.00 | 1.00 | 3 | 0 | 0 | 19 |
| for_kort | 1.00 | 1.00 | 3 | 0 | 0 | 19 |

- **del: samlet_vurdering**: h3_fri_henvisninger_overalt_jan (FN)
- **del: indsatser**: h3_ascii_kort_dorthe (FP)
- **resumé: oplevet_stoettebehov**: h3_fri_citat_malene (FP), h3_ascii_kort_dorthe (FN)
- **borgerperspektiv mangler**: h3_dele_herognu_henvisning_anita (FP)
"""


_TEMPLATE = """\
# Selvbærende samlet faglig vurdering: heuristikker og målte tal

*English summary.* `vumrules.text.selvbaerende.analyse_vurdering` checks a caseworker's
samlet faglig vurdering for the four parts (RK15-11), the opening summary (RK22-05), the
citizen's perspective and stand-in references (RK15-12), and a minimum length, with
transparent Danish keyword heuristics (stdlib only). This page is generated by
`tests/text/measure_selvbaerende.py --write` from the labelled set
`tests/data/selvbaerende.yaml`, and a test fails when it is out of date. The live figures
below are measured on texts the heuristics were tuned on (`dev`, `holdout1`, `holdout2`),
so they are close to perfect by construction. **The current honest estimate for unseen text
is the holdout3 measurement** ({n_hold3} texts, labels fixed and hashed before the analysis
first ran on them, not tuned on): per check 0-2 errors in {n_hold3} texts, 6 errors in all,
in a stand-in reference under a heading, an indsats read as part of the opening, the
experienced need and the citizen's voice. The first measurements of holdout1 and holdout2 are kept as a record; both
sets were tuned on afterwards and no longer estimate anything.

## Hvad analysen gør

`analyse_vurdering(tekst, dele=None, *, min_ord=80)` tager vurderingen som én fritekst
(`tekst`) eller delt i de fire dele (`dele` med nøglerne `her_og_nu`, `samlet_vurdering`,
`stoettebehov`, `indsatser`; en ukendt nøgle giver `ValueError`). Resultatet
(`VurderingAnalysis`) har `dele_mangler`, `resume_mangler`, `borgerperspektiv`,
`henvisninger`, `ord`, `for_kort`, `problems` og egenskaben `selvbaerende` (sand, når intet
tjek har fundet et problem). Positioner (`start`, `end`) henviser til
`vurdering_tekst(tekst, dele)`: fritekst som den er, eller delene efter hinanden adskilt af
en tom linje. Problemer om hele vurderingen (manglende resumé-element, intet
borgerperspektiv, for kort, manglende del i en fritekst) dækker hele teksten; en manglende
del i delt form dækker delens felt; en henvisning dækker henvisningsfrasen.

Beskederne (`message_da`, `message_en`) er faste tekster. De citerer aldrig vurderingen,
kun den faste henvisningsfrase (fx "se ovenfor"), så de ikke kan bære personoplysninger
videre.

Tekst i ASCII-foldet form ("stoettebehov", "fortaeller") analyseres som almindelig dansk:
mønstre, ordlister og tekst sammenlignes foldet (æ=ae, ø=oe, å=aa).

## Metode

**Delene (RK15-11).** Er vurderingen delt, er en del til stede, når feltet har mindst 5 ord
med indhold: pladsholdere ("Udfyldes senere", "-", "Ikke relevant", "Afventer") og
henvisninger, der står i stedet for indhold, tæller ikke. I fritekst findes overskrifter
("Her og nu", "2. Samlet vurdering", "Vurdering af støttebehov", "Indsats:", også samlede
som "Støttebehov og indsats", hvor hver del skal kunne ses i afsnittet); har en del sin
egen overskrift, afgør afsnittet under den alene, om delen er der. "Samlet faglig
vurdering" som første linje er dokumentets titel. Uden overskrift for delen ledes efter
indholdet:

- her og nu: mindst to slags fakta (alder, hvor borger bor, diagnose, forsørgelse eller
  beskæftigelse, "modtager", "aktuelt");
- samlet vurdering: "samlet set", "samlet vurderes", "funktionsniveau", "konklusion", eller
  "vurderer/vurderes" sammen med analyseord (ressourcer, udfordringer, vanskeligheder ...);
- støttebehov: "berettiger", "målgruppe", "personkreds", "behov for", "brug for";
- indsatser: "anbefaler", "indstiller", "bevilges", "tildeles", "foreslås", "forlænges",
  "N timer om ugen", "3 t/uge", "pakke N".

For del 2-4 ses bort fra indledningen og fra sætninger, hvor borger selv taler: "Borger
fortæller, at hun har brug for hjælp" er borgers oplevede behov, ikke rådgivers vurdering.

**Indledningen (RK22-05).** Er vurderingen delt, er indledningen her og nu-delen (og en
evt. fælles tekst før delene). I fritekst er den teksten før første overskrift for del 2-4,
og kun frem til rådgivers første vurdering ("vurderer", "vurderes", "min vurdering",
"samlet set", "anbefales", "indstilles", eller "har behov for" sagt af rådgiver selv, ikke
gengivet som andres udsagn); det fanger også et vurderingsafsnit uden egen overskrift
efter her og nu. Her ledes efter:

- oplevet støttebehov: en sætning, hvor borger taler (se nedenfor) eller har søgt/henvendt
  sig, og som nævner et behov eller en vanskelighed (støtte, hjælp, svært, kan ikke,
  overskue, ensom, udmattet, nervøs ...);
- diagnoser: en liste af diagnoser og "diagnose", "ikke udredt";
- ønsker: "ønsker", "drømmer", "håber", "vil gerne", "på sigt", "fremtid", ikke når en
  anden (mor, personalet ...) står lige før;
- formål: "formålet", "med henblik på", "for at afklare/vurdere", "skal afklare",
  "udredningen er lavet/foretaget", "søgt om", "ansøgning", "henvendelse", "underretning",
  "revurdering", "opfølgning", "taget op". En ansøgning siger, hvad sagen drejer sig om, og
  tæller derfor som formål.

**Borgerperspektiv (RK15-12).** Borger taler, når et udsagnsverbum (fortæller, oplyser,
ønsker, giver udtryk for, siger, beskriver, oplever, føler, mener, håber, synes, peger på,
vil gerne ...) har borger, hun/han eller borgers navn som subjekt ("Karen fortæller",
"beskriver hun selv"). Borgers navn er det egennavn, teksten bruger oftest (mindst to
gange); så er "Hjemmesygeplejersken fortæller" ikke borger, selv om ordet står med stort.
"Hun/han" følges tilbage til den første person, der er nævnt i sætningen før pronomenet
eller, hvis sætningen begynder med det, i sætningen før: i "Til mødet deltog Birgittes mor.
Hun fortæller ..." og "Datteren har søgt, da hun oplever ..." er det ikke borger. Desuden
"ifølge Karen", "Borgers ønske", "Sofies egen beskrivelse", "med egne ord", og citater i
første person ("Jeg ..."), som ikke er tilskrevet en anden ('Mor siger: "Jeg ..."').

**Henvisninger (RK15-12).** Udløsere: "se ovenfor/nedenfor", "se (under/i) udredningen,
temaet, afsnittet, bilaget, indstillingen, journalen ...", "jf./jævnfør udredningen",
"som beskrevet/nævnt i/ovenfor", "beskrevet i udredningen", "der henvises (i øvrigt) til
udredningen", "fremgår af udredningen". Reglen: en henvisning står i stedet for indhold,
når (1) dens sætning uden henvisningen har færre end 3 indholdsord (funktionsord og
standardord som borger, vurderes, behov, støtte, funktionsniveau tæller ikke, og navnet på
et tema eller afsnit hører med til henvisningen), (2) afsnittet ikke fortsætter med mindst
8 indholdsord efter den, og (3) afsnittet ikke allerede har givet mindst 20 indholdsord før
den. "Jf. udredningen har Thomas diagnoserne ...", "Se udredningen. Kort fortalt ..." og en
afsluttende "Der henvises i øvrigt til udredningen" efter et udfyldt afsnit er derfor i
orden; "Her og nu: Se ovenfor under udredningen." er ikke. Ikke udløsere: "jf. § 85"
(lovhenvisning), "jf./på baggrund af ovenstående" (peger ind i vurderingen selv) og
"henvises til hjemmeplejen" (borger henvises, ikke læseren).

**For kort.** `ord` er alle ord. `for_kort` er sand, når ordene med indhold (uden
overskrifter, pladsholdere og henvisninger, der står i stedet for indhold) er færre end
`min_ord` (80).

## Datasættet

{n} fiktive vurderinger ({n_fri} fritekst, {n_split} delt i dele), mærket efter
definitionerne i toppen af `tests/data/selvbaerende.yaml`, før analysen blev kørt på dem:

- `dev` ({n_dev}): skrevet og mærket, før heuristikkerne fandtes, og brugt til at udvikle
  dem.
- `holdout1` ({n_hold1}): skrevet og mærket, efter heuristikkerne var låst første gang, og
  målt én gang (tabellen nedenfor). Fejlene blev derefter rettet: borgers navn findes som
  det hyppigste egennavn i stedet for "ethvert ord med stort" (Kurt), navnet Hans forveksles
  ikke med "hans" (Hans), flere ord for oplevede vanskeligheder (nervøs, udmattet: Rune,
  Vibeke), og navnet på et tema hører med til henvisningen (Finn).
- `holdout2` ({n_hold2}): skrevet og mærket, efter rettelserne fra holdout1 var låst, og målt
  én gang (tabellen nedenfor). Derefter rettet: ASCII-foldet tekst (Niels), "peger på" og
  "har et ønske om" som borgers stemme (borgeren peger på), "hun" i en bisætning følges
  tilbage til sætningens subjekt (Ellen), "3 t/uge" som omfang (Tobias), og "der henvises i
  øvrigt til" som udløser, sammen med regel (3) ovenfor, så en afsluttende henvisning efter
  indholdet ikke tæller (Gustav). Enhedstestene fandt bagefter, at et vurderingsafsnit uden
  overskrift efter "Her og nu" blev læst som indledning; indledningen slutter nu også dér ved
  rådgivers første vurdering.
- `holdout3` ({n_hold3}): skrevet og mærket, efter rettelserne fra holdout2 var låst, med
  vekslende målgrupper (psykiatri, udviklingshæmning, hjerneskade, misbrug), fritekst og
  delt form, ASCII-foldet stavning, korte og henvisningsprægede tekster og tekster uden
  borgers stemme. Mærkaterne blev låst, før analysen kørte på dem; sha256 af mærkaterne
  (sorteret, kompakt JSON):
  `{hold3_sha}`.
  Målt én gang (tabellen nedenfor) og **ikke rettet bagefter**: hverken analysen eller
  mærkaterne er ændret efter målingen.

Ét menneske har skrevet både tekster, mærkater og heuristikker. Det gør tallene for `dev`
og de rettede holdout-sæt optimistiske.

**Det aktuelle ærlige estimat for ny tekst er målingen af `holdout3` nedenfor**, ikke
tallene for de tunede sæt og ikke de første målinger af holdout1 og holdout2 (de sæt er
rettet efter).

## Resultater nu: de tunede sæt (dev, holdout1, holdout2: {n_tuned} tekster)

Positiv = problemet (delen/elementet/perspektivet mangler, en henvisning står i stedet for
indhold, teksten er for kort). "–" = intet at dividere med (ingen fundne eller ingen mærkede
positive).

{table_all}

Fejl (FP = problem fundet, men ikke mærket; FN = mærket problem ikke fundet):

{misses_all}

De to tilbageværende fejl er bevidst ikke rettet: "Berettiget til § 85." / "Pakke 2." og
"har brug for bostøtte" uden begrundelse er grænsetilfælde, hvor et tærskeltal eller en
begrundelsesregel kun ville flytte fejlen til andre tekster.

## holdout3: det aktuelle ærlige estimat for ny tekst ({n_hold3} tekster, ikke rettet)

Første og eneste måling, med analysen som den var efter rettelserne fra holdout2:

{holdout3_first}

Fejlene: under overskriften "Samlet vurdering" står kun "Som beskrevet i temaerne om ...",
og den henvisning kendes ikke som stedfortræder, så delen tæller som til stede (Jan);
i den korte tekst uden en vurdering fra rådgiver ("Vurdering: se ovenfor.") læses det hele
som indledning, så "Bostoette 1 time om ugen" tæller ikke som indsats (Dorthe); "Hun oensker ikke
stoette" læses som et oplevet støttebehov (Dorthe); et citat i første person uden
tilskrivning tæller som borgers stemme, men ikke som oplevet støttebehov (Malene); og
"Anita giver selv udtryk for" kendes ikke som borgers stemme (Anita). Skal de rettes, bliver
holdout3 et tunet sæt som holdout1 og holdout2, og et nyt holdout-sæt skal skrives først.

## Første måling af holdout1 ({n_hold1} tekster, før rettelser)

{holdout1_first}

## Første måling af holdout2 ({n_hold2} tekster, før rettelser)

{holdout2_first}

## Kendte begrænsninger

- Del 3b (sammenhæng mellem problemer og hjælp) og del 4b (omfang/indhold) tjekkes ikke
  hver for sig: "behov for støtte" uden begrundelse tæller som del 3 (`hold2_kort_tobias`),
  og en indsats uden omfang som del 4. Tjekket siger, om delen er der, ikke om den er god.
- Borgers stemme findes ud fra ordlister over udsagnsverber og over andre personer. Et
  verbum eller en fagperson, der ikke står på listen, giver fejl (det var de fleste fejl i
  holdout-målingerne). Pronomener følges kun med den simple regel ovenfor.
- Er borgers navn ikke det hyppigste egennavn (fx en tekst, der mest handler om moren ved
  navn), eller nævnes borger kun ved navn én gang, tæller kun "borger", "hun" og "han".
- Indledningen i fritekst slutter ved første "vurderer/vurderes". Skriver en anden
  fagperson "Psykiatrien vurderer" i indledningen, bliver indledningen for kort.
- Diagnoser findes fra en liste; sjældne diagnoser uden ordet "diagnose" kan overses.
- Feltet "Begrundelse" i EKJ (RK15-12) handler om, hvilket felt der er udfyldt. Det hører
  til en regel på sagsmodellen, ikke til tekstanalysen.
- Datasættet er lille og skrevet af samme hånd som heuristikkerne. Rigtige vurderinger er
  mere varierede (stavefejl, forkortelser, afsnit kopieret fra udredningen). Mål igen på
  rigtige, anonymiserede vurderinger, før et tjek bliver en fejl frem for en advarsel.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite docs/selvbaerende.md")
    args = parser.parse_args(argv)
    items = load_items()
    for split in (None, *dict.fromkeys(item["split"] for item in items)):
        scores = measure(items, split)
        print(f"\n== {split or 'alle'} ==")
        print(table(scores))
        print(misses(scores))
    if args.write:
        DOC.parent.mkdir(parents=True, exist_ok=True)
        DOC.write_text(render(items), encoding="utf-8")
        print(f"\nwrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
