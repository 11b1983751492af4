"""RKA023: FKO on each indsatsmål: status, målsætning, theme, follow-up date, and the word
agrees with the numbers (RK15-23)."""

from __future__ import annotations

from typing import Iterator

from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ...vocabulary import score_relation
from ._common import alle_indsatsmaal, maal_label, problem

RELATION = {
    "lower": ("lavere end", "lower than"),
    "equal": ("den samme som", "the same as"),
    "higher": ("højere end", "higher than"),
}

PROBLEMER = {
    "status": ("har ingen gyldig nuværende status (FKO-score på skalaen {skala})",
               "has no valid current status (FKO score on the scale {skala})"),
    "maalsaetning": ("har ingen målsætning (Forbedre, Fastholde eller Begrænse forværring)",
                     "has no målsætning (Forbedre, Fastholde or Begrænse forværring)"),
    "maalsaetning_score": ("har ingen gyldig score for målsætningen (skalaen {skala})",
                           "has no valid target score for the målsætning (the scale {skala})"),
    "tema": ("angiver ikke et gyldigt tema fra VUM, som målet vedrører",
             "does not name a valid VUM theme the goal concerns"),
    "dato": ("har ingen dato for opfølgning", "has no follow-up date"),
    "uenig": ('har målsætningen "{ord}", men målsætningens score ({maalscore}) er ikke {rel} '
              "nuværende status ({status})",
              'has the målsætning "{ord}", but the target score ({maalscore}) is not {rel_en} the '
              "current status ({status})"),
}


def _applies(case: Case, ctx: RuleContext) -> bool:
    return any(True for _ in alle_indsatsmaal(case))


@rule(
    code="RKA023",
    name="fko-score-paa-indsatsmaal",
    requirements=("RK15-23",),
    severity="error",
    message=("Indsatsmål {maal}: {problem}", "Indsatsmål {maal}: {problem_en}"),
    what=("Hvert indsatsmål i bestillingen skal have nuværende status (`fko_status`) og "
          "målsætningens score (`maalsaetning_score`) på metodens skala (VUM 1.0: 0, 1, 2, 3, "
          "3.5, 4), et målsætningsord (`maalsaetning`), et tema fra ordforrådet (`tema`) og en "
          "opfølgningsdato (`opfoelgningsdato`, ellers bestillingens). Ordet skal passe med "
          "tallene: Forbedre = lavere end status, Fastholde = samme, Begrænse forværring = "
          "højere (ordforrådets `maalsaetning_relation`).",
          "Each indsatsmål in the bestilling needs a current status (`fko_status`) and a target "
          "score (`maalsaetning_score`) on the method's scale (VUM 1.0: 0, 1, 2, 3, 3.5, 4), a "
          "målsætning word (`maalsaetning`), a theme from the vocabulary (`tema`) and a "
          "follow-up date (`opfoelgningsdato`, else the bestilling's). The word must agree with "
          "the numbers: Forbedre = lower than status, Fastholde = equal, Begrænse forværring = "
          "higher (the vocabulary's `maalsaetning_relation`)."),
    why=("Drejebogen 2015 §4.5.3.1: \"rådgiver [skal] score brugers statussituation i forhold til "
         "hvert indsatsmål samt angive en målsætning\" på skalaen 0-4 med 3.5, med overordnet "
         "tema og dato for opfølgning; forbedre = lavere score end nuværende status, fastholde = "
         "samme, begrænse forværring = højere. FKO viser effekten af indsatsen.",
         "2015 handbook §4.5.3.1: the caseworker scores the current status for each goal and "
         "sets a målsætning on the 0-4 (3.5) scale, with theme and follow-up date; improve = "
         "lower score, maintain = same, limit deterioration = higher. FKO shows the effect."),
    source="001 §4.5.3.1",
    methods=("vum1",),
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0023
        udredning:
          metode: vum1
        bestilling:
          opfoelgningsdato: 2017-06-01
          indsatser:
            - id: I1
              indsatsmaal:
                - id: M1
                  tekst: Borger deltager i fællesspisning i bofællesskabet én gang om ugen.
                  tema: Socialt liv
                  fko_status: 3
                  maalsaetning: Forbedre
                  maalsaetning_score: 3  # expect: RKA023
                - id: M2
                  tekst: Borger har overblik over sin økonomi.
                  tema: Samfundsliv
                  fko_status: 1
                  maalsaetning: Fastholde
                  maalsaetning_score: 0  # expect: RKA023
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0023
        udredning:
          metode: vum1
        bestilling:
          opfoelgningsdato: 2017-06-01
          indsatser:
            - id: I1
              indsatsmaal:
                - id: M1
                  tekst: Borger deltager i fællesspisning i bofællesskabet én gang om ugen.
                  tema: Socialt liv
                  fko_status: 3
                  maalsaetning: Forbedre
                  maalsaetning_score: 2
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    vocab = ctx.vocabulary
    skala = ", ".join(f"{s:g}" for s in vocab.scale)
    fallback = case.bestilling.opfoelgningsdato if case.bestilling else None
    for path, _ind, m in alle_indsatsmaal(case):
        j = path[-1]
        assert isinstance(j, int)
        label = maal_label(m, j)
        status_ok = m.fko_status is not None and vocab.valid_score(m.fko_status)
        maal_ok = m.maalsaetning_score is not None and vocab.valid_score(m.maalsaetning_score)
        rel = vocab.maalsaetning_relation(m.maalsaetning) if m.maalsaetning else None
        if not status_ok:
            yield violation(*path, "fko_status", maal=label, **problem(PROBLEMER, "status", skala=skala))
        if rel is None:
            yield violation(*path, "maalsaetning", maal=label, **problem(PROBLEMER, "maalsaetning"))
        if not maal_ok:
            yield violation(*path, "maalsaetning_score", maal=label,
                            **problem(PROBLEMER, "maalsaetning_score", skala=skala))
        if not m.tema or vocab.theme(m.tema) is None:
            yield violation(*path, "tema", maal=label, **problem(PROBLEMER, "tema"))
        if m.opfoelgningsdato is None and fallback is None:
            yield violation(*path, "opfoelgningsdato", maal=label, **problem(PROBLEMER, "dato"))
        if status_ok and maal_ok and rel is not None:
            assert m.fko_status is not None and m.maalsaetning_score is not None and m.maalsaetning
            if score_relation(m.fko_status, m.maalsaetning_score) != rel:
                goal = vocab.goal_type(m.maalsaetning)
                da, en = RELATION[rel]
                yield violation(*path, "maalsaetning_score", maal=label, **problem(
                    PROBLEMER, "uenig", ord=goal.name if goal else "?", maalscore=f"{m.maalsaetning_score:g}",
                    status=f"{m.fko_status:g}", rel=da, rel_en=en))


RULE = check
