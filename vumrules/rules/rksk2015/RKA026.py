"""RKA026: udfører's skema 14 days before the opfølgningsmøde, at most two meetings per
caseworker per day, new bestilling within 14 days after (RK15-26)."""

from __future__ import annotations

from collections import Counter
from typing import Iterator

from ...calendar import add_days
from ...findings import Violation
from ...model import Case
from ...rule import RuleContext, rule, violation
from ._common import problem

PROBLEMER = {
    "skema_mangler": ("udførers opfølgningsskema til mødet {dato} er ikke registreret modtaget; "
                      "det skal udfyldes senest {dage} dage før mødet ({frist})",
                      "the provider's follow-up form for the meeting on {dato} is not recorded "
                      "as received; it is due {dage} days before the meeting ({frist})"),
    "skema_sent": ("udførers opfølgningsskema blev udfyldt {modtaget}, senere end {dage} dage før "
                   "mødet {dato} ({frist})",
                   "the provider's follow-up form was filled in {modtaget}, later than {dage} "
                   "days before the meeting on {dato} ({frist})"),
    "bestilling_sent": ("den nye bestilling blev overført {overfoert}, mere end {dage} dage efter "
                        "opfølgningsmødet {dato} (frist {frist})",
                        "the new bestilling was transferred {overfoert}, more than {dage} days "
                        "after the follow-up meeting on {dato} (deadline {frist})"),
    "bestilling_mangler": ("der er hverken ny bestilling, ophør eller revisitation efter "
                           "opfølgningsmødet {dato}; bestillingen skal overføres senest {frist}",
                           "there is no new bestilling, ophør or revisitation after the "
                           "follow-up meeting on {dato}; the bestilling was due by {frist}"),
    "for_mange": ("rådgiveren har {antal} opfølgningsmøder i sagen den {dato}; højst {maks} pr. "
                  "dag",
                  "the caseworker has {antal} follow-up meetings in the case on {dato}; at most "
                  "{maks} a day"),
}


def _applies(case: Case, ctx: RuleContext) -> bool:
    former = tuple(ctx.options["moedeformer"])
    return any(o.form in former and o.dato for o in case.opfoelgninger)


@rule(
    code="RKA026",
    name="opfoelgningsmoedets-frister",
    requirements=("RK15-26",),
    severity="warning",
    message=("Opfølgningsmøde: {problem}", "Follow-up meeting: {problem_en}"),
    what=("For hvert opfølgningsmøde (form i `moedeformer`): udførers opfølgningsskema "
          "(`skema_modtaget`) skal være udfyldt senest `skema_dage_foer` dage før mødet (mangler "
          "datoen, meldes det, når mødet er holdt); den nye bestilling (`ny_bestilling`) skal "
          "overføres senest `bestilling_dage_efter` dage efter, medmindre sagen er ophørt eller "
          "revisiteret (en beregning, der starter efter mødet). Højst `maks_moeder_pr_dag` møder "
          "pr. rådgiver pr. dag: reglen ser kun de møder, den ene sag viser (flere møder i samme "
          "sag samme dag); grænsen på tværs af sager hører til en opgørelse over alle sager.",
          "For each follow-up meeting (form in `moedeformer`): the provider's form "
          "(`skema_modtaget`) is due `skema_dage_foer` days before the meeting (a missing date "
          "is reported once the meeting has been held); the new bestilling (`ny_bestilling`) is "
          "due `bestilling_dage_efter` days after, unless the case ended or was revisited (a "
          "beregning starting after the meeting). At most `maks_moeder_pr_dag` meetings per "
          "caseworker per day: the rule sees only what one case shows (several meetings in the "
          "same case on one day); the limit across cases belongs to a sweep over all cases."),
    why=("Drejebogen 2015 §4.6.1-4.6.5: \"Der afholdes som hovedregel max. 2 opfølgningsmøder pr. "
         "dag pr. rådgiver.\" \"Senest 14 dage inden opfølgningsmødet udfylder udfører udførers "
         "opfølgningsskema i EKJ.\" \"Senest 14 dage efter at opfølgningsmødet har fundet sted, "
         "overfører rådgiver Bestillingen til mappen Bestilling i EKJ's udførerdel.\"",
         "2015 handbook §4.6.1-4.6.5: at most two follow-up meetings per caseworker per day; "
         "the provider's form at the latest 14 days before the meeting; the new bestilling "
         "transferred at the latest 14 days after."),
    source="001 §4.6.1-4.6.5",
    options={"moedeformer": ("moede", "video"), "skema_dage_foer": 14, "bestilling_dage_efter": 14,
             "maks_moeder_pr_dag": 2},
    example_fail="""
        format_version: "1.0"
        sag_id: RKA-0026
        opfoelgninger:
          - dato: 2017-05-30
            form: moede
            skema_modtaget: 2017-05-22  # expect: RKA026
            ny_bestilling: 2017-06-28  # expect: RKA026
    """,
    example_pass="""
        format_version: "1.0"
        sag_id: RKA-0026
        opfoelgninger:
          - dato: 2017-05-30
            form: moede
            skema_modtaget: 2017-05-12
            ny_bestilling: 2017-06-09
    """,
    applies=_applies,
)
def check(case: Case, ctx: RuleContext) -> Iterator[Violation]:
    o = ctx.options
    former = tuple(o["moedeformer"])
    foer, efter, maks = int(o["skema_dage_foer"]), int(o["bestilling_dage_efter"]), int(o["maks_moeder_pr_dag"])
    default_rg = case.organisation.sagsbehandler_id if case.organisation else None
    per_dag: Counter = Counter()
    beregning_starts = [b.startdato for b in (case.indstilling.beregninger if case.indstilling else ())
                        if b.startdato]
    for k, m in enumerate(case.opfoelgninger):
        if m.form not in former or m.dato is None:
            continue
        d = m.dato
        per_dag[(d, m.sagsbehandler_id or default_rg)] += 1
        if per_dag[(d, m.sagsbehandler_id or default_rg)] == maks + 1:
            antal = sum(1 for x in case.opfoelgninger if x.form in former and x.dato == d
                        and (x.sagsbehandler_id or default_rg) == (m.sagsbehandler_id or default_rg))
            yield violation("opfoelgninger", k, "dato", **problem(
                PROBLEMER, "for_mange", antal=antal, dato=d.isoformat(), maks=maks))
        frist_skema = add_days(d, -foer)
        if m.skema_modtaget is None:
            if d <= ctx.today:
                yield violation("opfoelgninger", k, "skema_modtaget", **problem(
                    PROBLEMER, "skema_mangler", dato=d.isoformat(), dage=foer, frist=frist_skema.isoformat()))
        elif m.skema_modtaget > frist_skema:
            yield violation("opfoelgninger", k, "skema_modtaget", **problem(
                PROBLEMER, "skema_sent", modtaget=m.skema_modtaget.isoformat(), dage=foer,
                dato=d.isoformat(), frist=frist_skema.isoformat()))
        frist_best = add_days(d, efter)
        if m.ny_bestilling is not None:
            if m.ny_bestilling > frist_best:
                yield violation("opfoelgninger", k, "ny_bestilling", **problem(
                    PROBLEMER, "bestilling_sent", overfoert=m.ny_bestilling.isoformat(), dage=efter,
                    dato=d.isoformat(), frist=frist_best.isoformat()))
        elif ctx.today > frist_best:
            ophoert = case.ophoer is not None and case.ophoer.dato is not None and case.ophoer.dato >= d
            revisiteret = any(s > d for s in beregning_starts)
            if not ophoert and not revisiteret:
                yield violation("opfoelgninger", k, "ny_bestilling", **problem(
                    PROBLEMER, "bestilling_mangler", dato=d.isoformat(), frist=frist_best.isoformat()))


RULE = check
