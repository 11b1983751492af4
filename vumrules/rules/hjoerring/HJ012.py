"""HJ012: the indstilling's statuses follow the taskforce workflow of Bilag 3 (HJ-12)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from .._util import has_text, words
from ._faelles import (
    GODKENDT,
    MANGLER,
    OVERGANGE,
    START_STATUSSER,
    STATUS_MED_SVAR,
    STATUSSER,
    SVAR_RE,
    applies_taskforce,
    canonical,
    fmt,
    same,
)


def svar_dato(text: str | None) -> tuple[int, int] | None:
    """(day, month) of "Svar fra visitationsudvalg d. dd/mm" in ``text``, if valid."""
    m = SVAR_RE.search(text or "")
    if not m:
        return None
    day, month = int(m.group(1)), int(m.group(2))
    return (day, month) if 1 <= day <= 31 and 1 <= month <= 12 else None


def text_after_svar(text: str) -> str:
    m = SVAR_RE.search(text)
    return text[m.end():] if m else text


@rule(
    code="HJ012",
    name="indstillingsstatus-arbejdsgang",
    requirements=("HJ-12",),
    severity="error",
    message=("Indstillingsstatus (Bilag 3): {problem}",
             "Recommendation status (Bilag 3): {problem_en}"),
    what=("For taskforcesager: `indstilling.status_historik` skal begynde med \"Klar til "
          "godkendelse\" (`start_statusser`), bruge arbejdsgangens statusser (`statusser`) og "
          "kun de tilladte skift (`overgange`): Klar til godkendelse → Mangler information → "
          "Klar til godkendelse …; Klar til godkendelse → Godkendt → Lukket. Datoerne må ikke "
          "gå baglæns. Et skift til en status i `status_med_svar` (\"Mangler information\") "
          "skal have en kommentar \"Svar fra visitationsudvalg d. dd/mm\", for \"Mangler "
          "information\" efterfulgt af, hvad der skal afklares (mindst `min_ord_afklaring` "
          "ord). \"Godkendt\" kræver en konklusion i "
          "\"visitationsudvalgets konklusion\" (`indstilling.visitationsudvalg.konklusion`), "
          "dateret med `konklusion_dato` eller \"Svar fra visitationsudvalg d. dd/mm\". At "
          "beholde status efter et møde er intet skift. En indstilling, der er indsendt eller "
          "har en mødedato, men ingen status, findes ikke i taskforcens filter (Bilag 4).",
          "For taskforce cases: `indstilling.status_historik` must start with \"Klar til "
          "godkendelse\" (`start_statusser`), use the workflow's statuses (`statusser`) and "
          "only the allowed transitions (`overgange`): Klar til godkendelse → Mangler "
          "information → Klar til godkendelse …; Klar til godkendelse → Godkendt → Lukket. "
          "Dates must not go backwards. A change to a status in `status_med_svar` (\"Mangler "
          "information\") needs a comment \"Svar fra visitationsudvalg d. dd/mm\", for "
          "\"Mangler information\" followed by what must be clarified (at least "
          "`min_ord_afklaring` words). \"Godkendt\" needs a conclusion in \"visitationsudvalgets "
          "konklusion\" (`indstilling.visitationsudvalg.konklusion`), dated by "
          "`konklusion_dato` or \"Svar fra visitationsudvalg d. dd/mm\". Keeping the status "
          "after a meeting is no transition. A recommendation submitted or with a meeting "
          "date but no status is not in the taskforce's filter (Bilag 4)."),
    why=("Bilag 3: \"Hvis der er brug for yderligere sparring/info fra sagsbehandler, ændres "
         "indstillingsstatus til 'mangler information' … Taskforce udvalg skriver Svar fra "
         "visitationsudvalg d. xx/xx og skriver hvad der skal afklares. Når taskforce udvalg "
         "ønsker at afslutte sit arbejde ændres status i indstillingen først til godkendt med "
         "en konklusion i feltet 'visitationsudvalgets konklusion' … Efter det er gemt åbnes den "
         "igen og vælg herefter lukket.\" Filtrene til taskforcens overblik bygger på "
         "statusserne, og konklusionen er det, der kan søges aktindsigt i.",
         "Bilag 3: \"If more sparring/information is needed from the caseworker, the status is "
         "changed to 'mangler information' … the committee writes 'Svar fra visitationsudvalg "
         "d. xx/xx' and what must be clarified. When the committee wants to finish, the status "
         "is first changed to 'godkendt' with a conclusion in the field 'visitationsudvalgets "
         "konklusion' … then reopened and set to 'lukket'.\" The taskforce's filters are built "
         "on the statuses, and the conclusion is what aktindsigt covers."),
    source="000 Bilag 2, Bilag 3, Bilag 4",
    options={"statusser": STATUSSER, "start_statusser": START_STATUSSER,
             "overgange": OVERGANGE, "status_med_svar": STATUS_MED_SVAR,
             "min_ord_afklaring": 3},
    applies=applies_taskforce,
    example_fail="""
        format_version: "1.0"
        sag_id: HJ-1012
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
        indstilling:
          modtager: taskforce
          status_historik:
            - status: Klar til godkendelse
              dato: 2025-04-14
            - status: Lukket  # expect: HJ012
              dato: 2025-04-24
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: HJ-1012
        sag:
          sagstype: Taskforce - Botilbud i eget hjem
        indstilling:
          modtager: taskforce
          status_historik:
            - status: Klar til godkendelse
              dato: 2025-04-14
            - status: Mangler information
              dato: 2025-04-24
              kommentar: >-
                Svar fra visitationsudvalg d. 24/4: Beskriv behovet for støtte om natten og
                hvilke serviceydelser der er afprøvet.
            - status: Klar til godkendelse
              dato: 2025-05-02
            - status: Godkendt
              dato: 2025-05-08
            - status: Lukket
              dato: 2025-05-08
          visitationsudvalg:
            konklusion: >-
              Svar fra visitationsudvalg d. 8/5: Målgruppeafgrænsningen viser, at borger kan
              kompenseres med serviceydelser i eget hjem. Sagen håndteres videre i teamet.
            konklusion_dato: 2025-05-08
    """,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    ind = case.indstilling
    if ind is None:
        return
    o = ctx.options
    known = tuple(o["statusser"])
    start = tuple(o["start_statusser"])
    if not ind.status_historik:
        tf = ind.taskforce
        if tf is not None and (tf.indsendt is not None or tf.moede_dato is not None):
            # Bilag 4: the taskforce's filter shows indstillinger "Klar til godkendelse"; an
            # indstilling without a status never reaches the agenda
            yield violation("indstilling", "status_historik",
                            problem="indstillingen har ingen status; sagsbehandleren sætter den "
                                    "til " + " eller ".join(f'"{x}"' for x in start)
                                    + ", så taskforcens filter viser sagen",
                            problem_en="the recommendation has no status; the caseworker sets it "
                                       "to " + " or ".join(f'"{x}"' for x in start)
                                       + " so the taskforce's filter shows the case")
        return
    transitions = {canonical(k, known) or k: tuple(canonical(x, known) or x for x in v)
                   for k, v in dict(o["overgange"]).items()}
    with_reply = tuple(canonical(x, known) or x for x in o["status_med_svar"])
    min_words = int(o["min_ord_afklaring"])
    prev = None  # (canonical status, date)
    for i, s in enumerate(ind.status_historik):
        here = ("indstilling", "status_historik", i)
        status = canonical(s.status, known)
        if status is None:
            yield violation(*here, "status",
                            problem="statussen findes ikke i arbejdsgangen (" + ", ".join(known)
                                    + ")",
                            problem_en="the status is not one of the workflow's ("
                                       + ", ".join(known) + ")")
            prev = None
            continue
        if i == 0 and status not in start:
            yield violation(*here, "status",
                            problem=f'indstillingen begynder med "{status}"; sagsbehandleren '
                                    "sætter den til " + " eller ".join(f'"{x}"' for x in start),
                            problem_en=f'the recommendation starts as "{status}"; the caseworker '
                                       "sets it to " + " or ".join(f'"{x}"' for x in start))
        if prev is not None:
            before, before_date = prev
            if status != before and status not in transitions.get(before, ()):
                allowed = transitions.get(before, ())
                yield violation(*here, "status",
                                problem=f'skiftet "{before}" → "{status}" er ikke tilladt; fra '
                                        f'"{before}" må status skifte til '
                                        + (" eller ".join(f'"{x}"' for x in allowed) or "intet"),
                                problem_en=f'the transition "{before}" → "{status}" is not '
                                           f'allowed; from "{before}" the status may change to '
                                           + (" or ".join(f'"{x}"' for x in allowed) or "nothing"))
            if before_date is not None and s.dato is not None and s.dato < before_date:
                yield violation(*here, "dato",
                                problem=f'"{status}" er dateret {fmt(s.dato)}, før det '
                                        f"foregående skift {fmt(before_date)}",
                                problem_en=f'"{status}" is dated {fmt(s.dato)}, before the '
                                           f"previous change {fmt(before_date)}")
        if status in with_reply and not same(status, GODKENDT):
            if svar_dato(s.kommentar) is None:
                yield violation(*here, "kommentar",
                                problem=f'"{status}" uden kommentaren "Svar fra '
                                        'visitationsudvalg d. dd/mm"',
                                problem_en=f'"{status}" without the comment "Svar fra '
                                           'visitationsudvalg d. dd/mm"')
            elif same(status, MANGLER) and words(text_after_svar(s.kommentar or "")) < min_words:
                yield violation(*here, "kommentar",
                                problem='kommentaren til "Mangler information" siger ikke, hvad '
                                        "der skal afklares",
                                problem_en='the comment on "Mangler information" does not say '
                                           "what must be clarified")
        if same(status, GODKENDT):
            vu = ind.visitationsudvalg
            konklusion = vu.konklusion if vu else None
            if not has_text(konklusion):
                yield violation("indstilling", "visitationsudvalg", "konklusion",
                                problem='"Godkendt" uden en konklusion i feltet '
                                        '"visitationsudvalgets konklusion"',
                                problem_en='"Godkendt" without a conclusion in the field '
                                           '"visitationsudvalgets konklusion"')
            elif (vu is not None and vu.konklusion_dato is None and svar_dato(konklusion) is None
                  and svar_dato(s.kommentar) is None):
                yield violation("indstilling", "visitationsudvalg", "konklusion",
                                problem='konklusionen er ikke dateret ("Svar fra '
                                        'visitationsudvalg d. dd/mm" eller konklusion_dato)',
                                problem_en='the conclusion is not dated ("Svar fra '
                                           'visitationsudvalg d. dd/mm" or konklusion_dato)')
        prev = (status, s.dato)


RULE = check
