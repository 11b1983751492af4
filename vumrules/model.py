"""The typed case model: one citizen's case through the VUM phases.

Field names are the domain's Danish words, ASCII-folded (æ→ae, ø→oe, å→aa), in snake_case.
Almost every field is optional: a case is checked in whatever phase it is in, and a missing
part is a *finding* of the rule that needs it, not a load error. Only ``format_version`` and
``sag_id`` are required. Unknown fields are rejected (``extra="forbid"``) so a misspelt field
name is reported instead of silently ignored. Models are frozen: rules cannot mutate a case.

``vumrules schema`` prints the JSON Schema generated from these classes; docs/case-format.md
describes the format with examples.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

FORMAT_VERSION = "1.0"
SUPPORTED_FORMAT_VERSIONS = ("1", "1.0")


class _Model(BaseModel):
    # numbers in text fields (`team: 12`, `paragraf: 85`) are meant as text
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True,
                              coerce_numbers_to_str=True)


Tekst = str
Score = float  # checked against the method's scale by VUM-04, not by the schema

# --------------------------------------------------------------------------- people & org


class Organisation(_Model):
    """Who handles the case: used for statistics per organisation, team and caseworker."""

    kommune: str | None = Field(None, description="Kommunens navn, fx 'Hjørring'")
    enhed: str | None = Field(None, description="Organisation/enhed, fx 'Myndighed Handicap Nord'")
    team: str | None = Field(None, description="Team-id eller -navn")
    sagsbehandler_id: str | None = Field(None, description="Sagsbehandlerens id (ikke navn)")
    teamleder_id: str | None = None


class Person(_Model):
    navn: str | None = None
    rolle: str | None = Field(None, description="fx værge, partsrepræsentant, pårørende, bisidder")
    registreret_som_kontakt: bool | None = None


class Fraflytning(_Model):
    """Moving to another municipality (RK22-16)."""

    dato: date | None = None
    vejledning_givet: bool | None = None
    samtykke_til_oversendelse: bool | None = None
    sagsakter_sendt: date | None = None
    jurist_inddraget: bool | None = None


class Borger(_Model):
    """The citizen. CPR and name are personal data: vumrules never prints them by default."""

    cpr: str | None = None
    navn: str | None = None
    foedselsdato: date | None = None
    boernesag: bool | None = Field(None, description="Har en sag i børnehandicapområdet (HE-09)")
    kan_varetage_egne_interesser: bool | None = None
    vaergemaal_ansoegt: date | None = None
    vaerge: Person | None = None
    partsrepraesentant: Person | None = None
    paaroerende: list[Person] = Field(default_factory=list)
    digital_post: bool | None = Field(None, description="Tilmeldt digital post (e-Boks), HE-06")
    den_gode_overgang: date | None = Field(
        None, description="Dato sagen blev meldt til Den Gode Overgang (ung med børnesag, HE-09)"
    )
    fraflytning: Fraflytning | None = None


# --------------------------------------------------------------------------- sag / stamkort


class Ydelse(_Model):
    """A line on the stamkort: one ydelse with its status and dates (RK15-29)."""

    id: str | None = None
    navn: str | None = None
    paragraf: str | None = Field(None, description="fx 'SEL § 85'")
    status: str | None = Field(None, description="Modtaget, Proces, Venteliste, Opfølgning ...")
    modtaget: date | None = None
    startdato: date | None = None
    slutdato: date | None = None
    afsluttet: date | None = None
    pakke: int | None = None


class Sag(_Model):
    sagstype: str | None = None
    organisation: str | None = Field(None, description="Organisationen sagen er oprettet i")
    oprettet: date | None = None
    referencedato: date | None = Field(
        None, description="Overstyrer den dato profilversionen vælges efter"
    )
    sagsaabning_afsluttet: date | None = None
    ydelser: list[Ydelse] = Field(default_factory=list)


# --------------------------------------------------------------------------- henvendelse


class Samtykke(_Model):
    givet: bool | None = None
    dato: date | None = None
    underskrevet: bool | None = None
    omfang: str | None = None


class Kvittering(_Model):
    sendt: date | None = None
    beskriver_forloeb: bool | None = Field(None, description="Beskriver ansøgningsforløbet (HE-01)")
    gdpr_oplysning: bool | None = Field(None, description="Indeholder GDPR-oplysning (HE-01)")
    samtykkeerklaering_vedlagt: bool | None = None


class Henvendelsesnotat(_Model):
    observation: str | None = None
    felter: dict[str, str | None] = Field(
        default_factory=dict, description="Drop-down-felter i notatet; tom værdi = ikke udfyldt"
    )


class Henvendelse(_Model):
    dato: date | None = None
    fra: list[str] = Field(
        default_factory=list,
        description="Afkrydsning 'Hvem kommer henvendelsen fra?' (borger, pårørende, læge, "
        "samarbejdspartner, 'Taskforce - Botilbud i eget hjem' ...)",
    )
    ydelse_soegt: str | None = None
    aarsag: str | None = None
    oensket_dato: date | None = None
    borger_indforstaaet: bool | None = None
    oplyst_om_elektronisk_registrering: bool | None = None
    henvendelsesskema_udfyldt: bool | None = None
    samtykke: Samtykke | None = None
    kvittering: Kvittering | None = None
    notat: Henvendelsesnotat | None = None


# --------------------------------------------------------------------------- udredning


class Kilde(_Model):
    """A source of information (VUM-09)."""

    type: str | None = Field(
        None, description="borger, pårørende, læge, udfører, specialundersøgelse, andet"
    )
    beskrivelse: str | None = None
    dato: date | None = None
    samtykke: bool | None = None


class Citat(_Model):
    tekst: str | None = None
    kilde: str | None = None


class Undertema(_Model):
    navn: str
    score: Score | None = Field(None, description="Funktionsevneniveau for undertemaet")
    relevant: bool | None = None
    beskrivelse: Tekst | None = None


class Tema(_Model):
    navn: str
    kategori: str | None = Field(None, description="Udfyldes af vumrules fra ordforrådet, hvis tom")
    relevant: bool | None = None
    begrundelse_ikke_relevant: Tekst | None = None
    score: Score | None = None
    beskrivelse: Tekst | None = Field(None, description="Observationer, analyse og begrundelse")
    borgers_oplysninger: Tekst | None = None
    sagsbehandlers_bemaerkninger: Tekst | None = None
    vurderet_med_hjaelpemidler: bool | None = Field(None, description="Vurderingsgrundlag (VUM-05)")
    behandlede_undertemaer: list[str] = Field(default_factory=list)
    undertemaer: list[Undertema] = Field(default_factory=list)
    kilder: list[Kilde] = Field(default_factory=list)
    citater: list[Citat] = Field(default_factory=list)


class Delanalyse(_Model):
    kategori: str
    tekst: Tekst | None = None


class Udredning(_Model):
    metode: Literal["vum1", "vum2"] | None = None
    startet: date | None = None
    afsluttet: date | None = None
    temaer: list[Tema] = Field(default_factory=list)
    delanalyser: list[Delanalyse] = Field(default_factory=list)
    samlet_funktionsvurdering: str | None = Field(None, description="A-E (VUM-12)")
    kilder: list[Kilde] = Field(default_factory=list)
    borgers_egen_beskrivelse: Tekst | None = None
    andre_parter_overvejet: bool | None = None
    andre_parter_begrundelse: Tekst | None = None
    oversigt_funktionsniveau: date | None = Field(None, description="Dato (RK15-15)")


# --------------------------------------------------------------------------- vurdering


class VurderingDele(_Model):
    her_og_nu: Tekst | None = None
    samlet_vurdering: Tekst | None = None
    stoettebehov: Tekst | None = None
    indsatser: Tekst | None = None


class Vurdering(_Model):
    dato: date | None = None
    samlet_faglig_vurdering: Tekst | None = None
    dele: VurderingDele | None = None
    foreloebig: bool | None = Field(None, description="Foreløbig sagsvurdering (HJ-02)")
    serviceydelser: list[str] = Field(default_factory=list)
    begrundelse_feltet_brugt: bool | None = Field(None, description="EKJ-feltet 'Begrundelse' (RK15-12)")


# --------------------------------------------------------------------------- indstilling


class Alternativ(_Model):
    navn: str | None = None
    tilbudstype: str | None = None
    takst: float | None = Field(None, description="Pris/takst")
    dialog_optag: bool | None = None
    dialog_borgerprofil: bool | None = None
    dialog_takst: bool | None = None


class Beregning(_Model):
    vedroerer: str | None = Field(None, description="Indsatsens id eller alternativets navn")
    beloeb: float | None = None
    startdato: date | None = None
    slutdato: date | None = None


class Statusskift(_Model):
    status: str
    dato: date | None = None
    kommentar: Tekst | None = None


class Taskforce(_Model):
    moede_dato: date | None = None
    indsendt: datetime | None = None
    sagstype: str | None = Field(None, description="Rådgivnings- og sparringssag / Indstillingssag")
    sparring_oensket: list[str] = Field(default_factory=list)
    relevant_sag: str | None = None
    referat: Tekst | None = None
    referat_dato: date | None = None
    maalgruppeafgraensning: str | None = Field(
        None, description="ingen_botilbudsramme / botilbudsramme"
    )
    maalgruppeafgraensning_dato: date | None = Field(
        None, description="Hvornår målgruppeafgrænsningen blev foretaget (HJ-06)"
    )
    naeste_skridt: str | None = None


class Visitationsudvalg(_Model):
    moede_dato: date | None = None
    resultat: str | None = None
    konklusion: Tekst | None = None
    konklusion_dato: date | None = None


class Egendrift(_Model):
    tilbud: str | None = None
    funktionsniveau_passer: bool | None = None
    pris_passer: bool | None = None
    ledig_plads: bool | None = None
    begrundelse: Tekst | None = None


class Indstilling(_Model):
    dato: date | None = None
    modtager: str | None = Field(None, description="sagsmøde, visitationsudvalg, taskforce")
    tilbudstype: str | None = Field(None, description="bostøtte, botilbud, dagtilbud ...")
    paragraf: str | None = None
    pakke: int | None = None
    botilbud_fagligt_relevant: bool | None = None
    egendrift: Egendrift | None = None
    alternativer: list[Alternativ] = Field(default_factory=list)
    beregninger: list[Beregning] = Field(default_factory=list)
    taskforce: Taskforce | None = None
    visitationsudvalg: Visitationsudvalg | None = None
    status_historik: list[Statusskift] = Field(default_factory=list)


# --------------------------------------------------------------------------- afgørelse


class Partshoering(_Model):
    relevant: bool | None = None
    sendt: date | None = None
    frist: date | None = None
    indhold: list[str] = Field(
        default_factory=list, description="oplysninger, samlet_faglig_vurdering, scores"
    )
    svar_modtaget: date | None = None


class Afgoerelse(_Model):
    type: Literal["bevilling", "delvis_bevilling", "afslag"] | None = None
    dato: date | None = None
    sendt: datetime | date | None = None
    kanal: Literal["e-boks", "digital_post", "brev", "personligt", "andet"] | None = None
    paragraf: str | None = None
    begrundelse: Tekst | None = None
    klagevejledning: bool | None = None
    journalnotat: bool | None = None


# --------------------------------------------------------------------------- handleplan / bestilling


class Handleplan(_Model):
    tilbudt: date | None = None
    borgers_valg: Literal["accepteret", "afslaaet"] | None = None
    formaal: Tekst | None = None
    indsats: Tekst | None = None
    varighed: Tekst | None = None
    andre_forhold: Tekst | None = None
    oekonomi: Tekst | None = Field(None, description="Må ikke indgå (RK15-18)")
    magtanvendelse_behandlet: bool | None = None


class Notat(_Model):
    dato: date | None = None
    titel: str | None = None
    type: str | None = Field(None, description="delmaalsnotat, paedagogisk, journalnotat ...")
    tekst: Tekst | None = None


class Delmaal(_Model):
    id: str | None = None
    tekst: Tekst | None = None
    accepteret_af_borger: bool | None = None
    dato: date | None = None
    handlinger: list[Tekst] = Field(default_factory=list)
    notater: list[Notat] = Field(default_factory=list)


class Indsatsmaal(_Model):
    id: str | None = None
    tekst: Tekst | None = None
    tema: str | None = None
    fko_status: Score | None = Field(None, description="Nuværende status 0-4 (FKO)")
    maalsaetning: str | None = Field(None, description="Forbedre / Fastholde / Begrænse forværring")
    maalsaetning_score: Score | None = None
    opfoelgningsdato: date | None = None
    accepteret_af_borger: bool | None = None
    vedroerer_magtanvendelse: bool | None = None
    delmaal: list[Delmaal] = Field(default_factory=list)


class Indsats(_Model):
    id: str | None = None
    navn: str | None = None
    paragraf: str | None = None
    tilbudstype: str | None = None
    pakke: int | None = None
    indsatsformaal: list[Tekst] = Field(default_factory=list)
    indsatsmaal: list[Indsatsmaal] = Field(default_factory=list)
    startdato: date | None = None
    slutdato: date | None = None
    beregning: Beregning | None = None


class Advis(_Model):
    sendt: date | None = None
    tilgangsaarsag: str | None = None
    pakke: int | None = None
    startdato: date | None = None
    slutdato: date | None = None
    omfang: Literal["fuldtid", "deltid"] | None = None


class Bestilling(_Model):
    dato: date | None = None
    indsatser: list[Indsats] = Field(default_factory=list)
    opfoelgningsdato: date | None = None
    betalingsoplysninger: bool | None = None
    advis: Advis | None = None


# --------------------------------------------------------------------------- opfølgning


class IndividueltTilsyn(_Model):
    udbytte: Tekst | None = None
    formaal_opfyldt: Tekst | None = None
    trivsel: Tekst | None = None
    magtanvendelse_i_perioden: bool | None = None
    magtanvendelse_opfoelgning: Tekst | None = None
    aendring_i_evne_til_oekonomi: bool | None = None
    aendring_konsekvens: Tekst | None = None


class Maalresultat(_Model):
    indsatsmaal_id: str | None = None
    resultat: str | None = None


class Opfoelgning(_Model):
    dato: date | None = None
    form: Literal["moede", "video", "telefon", "mail"] | None = None
    borger_til_stede: bool | None = None
    skema_modtaget: date | None = None
    skema_afsluttet: date | None = None
    ny_handleplan: date | None = None
    ny_bestilling: date | None = None
    ny_opfoelgningsdato: date | None = None
    individuelt_tilsyn: IndividueltTilsyn | None = None
    resultater: list[Maalresultat] = Field(default_factory=list)
    sagsbehandler_id: str | None = None


class Magtanvendelse(_Model):
    dato: date | None = None
    registreret: date | None = None
    beskrivelse: Tekst | None = None


# --------------------------------------------------------------------------- changes & sign-offs


class Sagsbehandlerskift(_Model):
    dato: date | None = None
    varighed: Literal["midlertidig", "permanent"] | None = None
    planlagt: bool | None = None
    brev_sendt: date | None = None
    brevtype: str | None = None
    orienteringsbrev_ny_sagsbehandler: date | None = None
    kvalitetstjek: date | None = None


class Godkendelse(_Model):
    """A sign-off (kvalitetssikring), e.g. before the Hjørring taskforce (HJ-04)."""

    rolle: Literal["sagsbehandler", "teamleder"]
    navn: str | None = None
    id: str | None = None
    dato: date | None = None
    tjekliste: bool | None = Field(None, description="Kvalitetssikret efter tjeklisten (Bilag 1)")
    tidspunkt: datetime | None = Field(None, description="Hvornår `vumrules signoff` skrev godkendelsen")
    profil: str | None = Field(None, description="Profil og version godkendelsen blev kontrolleret mod")
    vumrules_version: str | None = None
    indhold_sha256: str | None = Field(
        None, description="SHA-256 af sagens indhold (uden godkendelser) da der blev godkendt (SIG001)"
    )


class Ophoer(_Model):
    dato: date | None = None
    udskrivningsdato: date | None = None
    journalnotat: bool | None = None
    advis_sendt_til: list[str] = Field(default_factory=list)


class Haendelse(_Model):
    dato: date | datetime
    type: str
    beskrivelse: Tekst | None = None


class Undertrykkelse(_Model):
    """A suppression of findings in this case, with its reason (see docs)."""

    koder: list[str]
    felt: str | None = Field(None, description="JSON-pointer til feltet; tom = hele sagen")
    begrundelse: Tekst | None = None
    af: str | None = None
    dato: date | None = None


# --------------------------------------------------------------------------- FHIR (KL FFB)


class FhirKilde(_Model):
    """A case read from KL's FFB delivery report (FHIR R4 bundle, kl.dk.fhir.ffbreporting).

    Set by the FHIR input loader (``vumrules.fhir``, files ``*.fhir.json``; a YAML case may
    carry one too, as the KL rules' examples do). The loader maps the bundle onto the ordinary
    case fields (udredning, bestilling, opfølgninger) and keeps the bundle itself here,
    because KL's invariants (KL-01 .. KL-12: condition rank, målgrupper,
    støttebehovsvurdering, observation status, meta.profile, references, code systems) are
    about FHIR facts the case model has no fields for. The KL rules read only
    this block; their ``applies`` is "the case has a ``fhir`` block". See docs/fhir.md.
    """

    bundle: dict[str, Any] = Field(
        description="Bundlen som indlæst (rå FHIR R4 JSON, KL's FFB-leverancerapport)"
    )


# --------------------------------------------------------------------------- the case


class Case(_Model):
    """One citizen's case."""

    format_version: str = Field(description=f"Formatets version, nu '{FORMAT_VERSION}'")
    sag_id: str = Field(description="Sagens id; identificerer sagen i rapporter (ikke CPR)")
    organisation: Organisation | None = None
    borger: Borger | None = None
    sag: Sag | None = None
    henvendelse: Henvendelse | None = None
    udredning: Udredning | None = None
    vurdering: Vurdering | None = None
    indstilling: Indstilling | None = None
    partshoering: Partshoering | None = None
    afgoerelse: Afgoerelse | None = None
    journalnotater: list[Notat] = Field(default_factory=list)
    handleplan: Handleplan | None = None
    bestilling: Bestilling | None = None
    opfoelgninger: list[Opfoelgning] = Field(default_factory=list)
    magtanvendelser: list[Magtanvendelse] = Field(default_factory=list)
    sagsbehandlerskift: list[Sagsbehandlerskift] = Field(default_factory=list)
    godkendelser: list[Godkendelse] = Field(default_factory=list)
    ophoer: Ophoer | None = None
    haendelser: list[Haendelse] = Field(default_factory=list)
    undertrykkelser: list[Undertrykkelse] = Field(default_factory=list)
    fhir: FhirKilde | None = Field(
        None, description="Sat af FHIR-indlæseren: sagen kommer fra KL's FFB-uddatasæt (KL-01..12)"
    )

    @field_validator("format_version", "sag_id", mode="before")
    @classmethod
    def _number_as_text(cls, v: object) -> object:
        # `format_version: 1.0` or `sag_id: 1234` in YAML are numbers; they mean text
        return str(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v

    @property
    def metode(self) -> str | None:
        return self.udredning.metode if self.udredning else None

    def reference_date(self) -> date | None:
        """The date that picks the profile version in force for this case.

        In order: ``sag.referencedato`` (explicit), ``henvendelse.dato`` (when the request
        came in), ``sag.oprettet``, the earliest event in ``haendelser``. ``None`` when the
        case has none of these; the engine then uses the run's date.
        """
        if self.sag and self.sag.referencedato:
            return self.sag.referencedato
        if self.henvendelse and self.henvendelse.dato:
            return self.henvendelse.dato
        if self.sag and self.sag.oprettet:
            return self.sag.oprettet
        dates = [h.dato.date() if isinstance(h.dato, datetime) else h.dato for h in self.haendelser]
        return min(dates) if dates else None


def case_json_schema() -> dict:
    """The JSON Schema of the case format (what ``vumrules schema`` prints)."""
    schema = Case.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "vumrules case format " + FORMAT_VERSION
    return schema
