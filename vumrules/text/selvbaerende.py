"""Is a samlet faglig vurdering selvbærende? (RK15-11, RK15-12, RK22-05)

The drejebøger ask three things of the caseworker's samlet faglig vurdering:

- RK15-11 (001 §4.3.1): four parts: 1 her og nu-billede af fakta; 2 samlet vurdering
  (faglig analyse og konklusion, de væsentligste elementer bag den); 3 vurdering af
  støttebehov (berettiger situationen til støtte, sammenhæng mellem problemer og hjælp);
  4 vurdering af indsatser (hvilken støtte, omfang/indhold).
- RK15-12 (001 §4.3.1): selvbærende, readable on its own (no "se ovenfor" / "jf.
  udredningen" in place of content), and the citizen's perspective is clear.
- RK22-05 (003 §3.3.1): opens with a short summary: the citizen's experienced need for
  support, any diagnoses, wishes for the future and the purpose of the udredning.

`analyse_vurdering` checks these with transparent keyword heuristics: pure functions over
strings, stdlib only. The heuristics and their measured precision/recall are documented in
docs/selvbaerende.md; read that before building a hard rule on one of the checks.

Text is matched ASCII-folded (æ=ae, ø=oe, å=aa), so exports written "stoettebehov" and
"fortaeller" are read like ordinary Danish. Offsets (`TextProblem.start`/`end`) refer to
`vurdering_tekst(tekst, dele)`, the caller's text, not the folded copy. Problems about the
whole vurdering (a missing part in a free text, a missing summary element, no citizen
perspective, too short) span the whole text, or the part's field when the vurdering is split
into parts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

__all__ = [
    "DELE",
    "RESUME",
    "TextProblem",
    "VurderingAnalysis",
    "analyse_vurdering",
    "vurdering_tekst",
]

# The four parts of 001 §4.3.1, in the drejebog's order.
DELE: tuple[str, ...] = ("her_og_nu", "samlet_vurdering", "stoettebehov", "indsatser")
# The elements of the opening summary, 003 §3.3.1.
RESUME: tuple[str, ...] = ("oplevet_stoettebehov", "diagnoser", "oensker", "formaal")


@dataclass(frozen=True)
class TextProblem:
    """One finding. Messages are fixed texts: they never quote the vurdering, except a
    reference's fixed trigger phrase (e.g. "se ovenfor")."""

    kind: str  # del_mangler | resume_mangler | ingen_borgerperspektiv | henvisning | for_kort
    message_da: str
    message_en: str
    start: int
    end: int


@dataclass(frozen=True)
class VurderingAnalysis:
    dele_mangler: tuple[str, ...]
    resume_mangler: tuple[str, ...]
    borgerperspektiv: bool
    henvisninger: tuple[TextProblem, ...]
    ord: int  # all words in the analysed text, headings included
    for_kort: bool  # fewer than min_ord words of content (see _substance)
    problems: tuple[TextProblem, ...]

    @property
    def selvbaerende(self) -> bool:
        """True when no check found a problem."""
        return not self.problems


# ---------------------------------------------------------------------------------------
# Vocabulary. Everything is matched case-insensitively unless a pattern says otherwise.

_I = re.IGNORECASE

# Case files and exports often come ASCII-folded ("stoettebehov", "fortaeller"). Patterns,
# word lists and the text are all matched in folded form, so both spellings work; offsets
# are mapped back to the caller's text.
_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def _fold(text: str) -> str:
    return text.translate(_FOLD)


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a pattern written in ordinary Danish to match folded text. Character classes
    are left alone: folded text has no æøå, and "[ÆØÅ]" folded would become "[AeOeAa]"."""
    parts = re.split(r"(\[(?:\\.|[^\]])*\])", pattern)
    return re.compile("".join(p if p.startswith("[") else _fold(p) for p in parts), flags)


def _word_set(words: str) -> frozenset[str]:
    return frozenset(_fold(w) for w in words.split())


_WORD = _rx(r"[^\W_]+(?:[-'][^\W_]+)*")

# Words that do not carry content of their own: Danish function words, the vocabulary of
# references, and the generic words every vurdering uses ("borger har behov for støtte").
# A sentence made only of these plus a reference says nothing.
_NOISE_WORDS = _word_set(
    """
    og i at er en et den det de der til på af for med som har have havde han hun ham hende
    hans hendes sin sit sine om ikke kan skal vil blev bliver være været var fra ved men
    eller også så under efter over nu her dette denne disse hvor hvad hvilket hvilken evt
    mv bl f eks dvs mht ift iht vedr jf jfr jvf jævnfør se ovenfor nedenfor ovenstående
    nedenstående øvrigt tidligere enkelte nærmere uddybning uddybende yderligere
    udredning udredningen udredningens tema temaet temaer temaerne afsnit afsnittet bilag
    bilaget indstilling indstillingen journal journalen journalnotat notat notatet
    ansøgning ansøgningen skema skemaet beregning beregningen oplysninger oplysningerne
    beskrevet beskrivelse beskrivelsen nævnt anført omtalt fremgår henvises henviser
    borger borgeren borgers bruger brugeren brugers vurdering vurderingen vurderes
    vurderer vurderet behov behovet støtte støtten støttebehov hjælp situation situationen
    funktionsniveau funktionsniveauet rådgiver rådgivers sag sagen ekj nexus
    """
)

# Who is speaking. A voice verb whose subject is another person or body is not the
# citizen's voice; a function word before the verb means no subject was found.
_OTHER_PEOPLE = _word_set(
    """
    mor moren far faren forældre forældrene søster søsteren bror broren broderen datter
    datteren søn sønnen børn børnene mand manden kone konen hustru hustruen ægtefælle
    ægtefællen kæreste kæresten veninde veninden ven vennen venner familie familien
    pårørende værge værgen personale personalet medarbejder medarbejderen medarbejderne
    kontaktperson kontaktpersonen bostøtte bostøtten bostøttemedarbejder
    bostøttemedarbejderen bosted bostedet botilbud botilbuddet skole skolen lærer læreren
    læge lægen psykiater psykiateren psykolog psykologen neuropsykolog psykiatri
    psykiatrien distriktspsykiatrien regionspsykiatrien behandler behandleren
    behandlingsstedet hjemmeplejen hjemmepleje jobcenter jobcentret jobcenteret
    sagsbehandler sagsbehandleren rådgiver rådgiveren myndighed myndigheden kommune
    kommunen udfører udføreren leverandør leverandøren underretning underretningen
    udredning udredningen undersøgelse undersøgelsen studievejleder studievejlederen
    sygeplejerske sygeplejersken pædagog pædagogen pædagogerne team teamet leder lederen
    nabo naboen netværk netværket de vi jeg man nogle andre alle
    """
)
# Individual people other than the citizen, for following "Hun/Han" back to its person.
_OTHER_PERSONS = _word_set(
    """
    mor moren far faren søster søsteren bror broren datter datteren søn sønnen mand manden
    kone konen hustru hustruen ægtefælle ægtefællen kæreste kæresten veninde veninden ven
    vennen værge værgen læge lægen psykiater psykiateren psykolog psykologen kontaktperson
    kontaktpersonen sagsbehandler sagsbehandleren rådgiver rådgiveren lærer læreren pædagog
    pædagogen nabo naboen sygeplejerske sygeplejersken leder lederen studievejleder
    studievejlederen medarbejder medarbejderen bostøttemedarbejder bostøttemedarbejderen
    """
)
_FUNCTION_WORDS = _word_set("det der den dette denne som hvilket hvis når da men og her samlet også hvor efter så at i på")
_CITIZEN_PRONOUNS = frozenset({"hun", "han", "borger", "borgeren", "bruger", "brugeren"})

# Verbs by which a text gives someone's own account, view or wish.
_VOICE_VERB = (
    r"(?:fortæller|fortalte|oplyser|oplyste|ønsker|ønskede|udtrykker|udtrykte"
    r"|giver\s+udtryk|gav\s+udtryk|siger|sagde|beskriver|beskrev|oplever|oplevede"
    r"|føler|følte|mener|mente|håber|håbede|drømmer|drømte|synes|syntes"
    r"|tilkendegiver|tilkendegav|fremhæver|understreger|udtaler|udtalte"
    r"|vil\s+gerne|gerne\s+vil|ser\s+gerne|peger\s+(?:selv\s+)?på|har\s+(?:et|det)\s+(?:stort\s+)?ønske"
    r"|har\s+(?:selv\s+)?(?:fortalt|oplyst|udtrykt|beskrevet|givet\s+udtryk|ønsket|sagt))"
)
# Subject before the verb, allowing a few adverbs in between ("Karen oplever selv").
_VOICE_SUBJ_FIRST = _rx(
    r"(?P<subj>[^\W\d_]+)\s+(?:(?:selv|også|tydeligt|ikke|altid|ofte|fortsat|flere\s+gange)\s+)*"
    + _VOICE_VERB
    + r"\b",
    _I,
)
# Inverted order ("beskriver hun selv", "fortæller Karen").
_VOICE_VERB_FIRST = _rx(r"\b" + _VOICE_VERB + r"\s+(?P<subj>[^\W\d_]+)", _I)
# The citizen applying or turning to the authority: their own account of a need, used for
# the summary's oplevet støttebehov, not for the perspective check (an act, not a view).
_APPLIES = _rx(
    r"(?P<subj>[^\W\d_]+)\s+(?:har\s+)?(?:selv\s+)?(?:an)?søgt\s+om|"
    r"(?P<subj2>[^\W\d_]+)\s+har\s+(?:selv\s+)?henvendt\s+sig",
    _I,
)
# The citizen's own view named as such ("Borgers ønske", "Sofies egen beskrivelse",
# "ifølge Ahmed selv", "med egne ord").
_OWN_VIEW = _rx(
    r"\b(?:borgers|brugers)\s+(?:egen\s+|eget\s+|egne\s+)?(?:ønske|perspektiv|oplevelse"
    r"|beskrivelse|udsagn|holdning|synspunkt|mening|forklaring|ord)\w*"
    r"|\b(?:efter|med)\s+(?:eget|egne)\s+(?:udsagn|ord)\b"
    r"|\b(?:hendes|hans)\s+(?:egen|eget|egne)\s+(?:beskrivelse|oplevelse|ønske"
    r"|udsagn|forklaring|ord|perspektiv)\w*",
    _I,
)
# "Sofies egen beskrivelse": the genitive must be the citizen's name.
_OWN_GENITIVE = _rx(
    r"\b(?P<subj>[^\W\d_]+)s\s+(?:egen|eget|egne)\s+(?:beskrivelse|oplevelse|ønske|udsagn"
    r"|forklaring|ord|perspektiv)\w*",
    _I,
)
_IFOELGE = _rx(r"\bifølge\s+(?P<subj>[^\W\d_]+)", _I)
_QUOTE = _rx(r"[\"“”»«„]([^\"“”»«„\n]{3,400})[\"“”»«„]")
_FIRST_PERSON = _rx(r"\b(?:jeg|mig|min|mit|mine)\b", _I)

_DIAGNOSE = _rx(
    r"\bdiagnos\w*|\budredt\b|\bADHD\b|\bADD\b|\bautis\w*|\basperger\w*|\bskizo\w*"
    r"|\bpsykose\w*|\bpsykotisk\w*|\bdepressi\w*|\bangst\w*|\bOCD\b|\bPTSD\b|\bbipolar\w*"
    r"|\bmaniodepressi\w*|\bpersonlighedsforstyrr\w*|\bemotionelt\s+ustabil|\bborderline\b"
    r"|\budviklingshæm\w*|\bhjerneskade\w*|\bdemens\w*|\bepilepsi\w*|\bcerebral\s+parese"
    r"|\bsklerose\b|\bparkinson\w*|\bdowns?\s+syndrom|\bspiseforstyrr\w*|\banoreksi\b"
    r"|\bbulimi\b|\bKOL\b|\bdiabetes\b|\btourette\w*|\bF\d{2}(?:\.\d)?\b|\bsindslid\w*"
    r"|\btinnitus\b|\btræthedssyndrom\b|\bhjerneblødning\w*|\bblodprop\w*",
    _I,
)
_OENSKE = _rx(
    r"\bønsk\w*|\bdrøm\w*|\bhåb(?:er|ede|et)?\b|\bvil\s+gerne\b|\bgerne\s+vil(?:le)?\b"
    r"|\bpå\s+sigt\b|\bfremtid\w*",
    _I,
)
_FORMAAL = _rx(
    r"\bformål\w*|\bmed\s+henblik\s+på\b"
    r"|\bfor\s+at\s+(?:afklare|vurdere|afdække|belyse|undersøge|finde\s+ud\s+af)\b"
    r"|\bskal\s+(?:afklare|vurdere|afdække|belyse|undersøge)\b"
    r"|\budredning\w*\s+(?:er|blev)\s+(?:lavet|foretaget|udarbejdet|iværksat|igangsat|startet)"
    r"|\b(?:an)?søgt\s+om\b|\bansøgning\w*|\bhenvend\w*|\bhenvis(?:t|ning)\s+fra\b"
    r"|\bunderretning\w*|\brevurder\w*|\brevisitation\w*|\bopfølgning\w*|\btaget\s+op\b"
    r"|\bsagen\s+(?:er\s+opstået|drejer\s+sig\s+om)|\bi\s+anledning\s+af\b",
    _I,
)
# What the citizen experiences as hard, or asks help for.
_NEED = _rx(
    r"\bstøtte\w*|\bhjælp\w*|\bbehov\b|\bbrug\s+for\b|\bsvær\w*|\bvanskelig\w*|\budfordr\w*"
    r"|\bkan\s+ikke\b|\bikke\s+(?:længere\s+)?kan\b|\bmagter\b|\boverskue\w*|\boverskud\w*"
    r"|\bproblem\w*|\bglemmer\b|\btør\s+ikke\b|\bikke\s+tør\b|\bbange\b|\bensom\w*|\balene\b"
    r"|\bbelastning\w*|\bsavner\b|\bkeder\b|\bked\s+af\b|\bkræfter\b|\borker\b|\benergi\b"
    r"|\bikke\s+(?:længere\s+)?(?:når|får)\b|\bmister\b|\bnervøs\w*|\budmattet\b|\btræt\b"
    r"|\bstress\w*|\bpresset\b|\boverv(?:æ|e)ld\w*|\butryg\w*|\bbekymr\w*|\buoverskuelig\w*",
    _I,
)

# Facts of the her og nu-billede. Two different kinds make a picture.
_FAKTA = (
    _rx(r"\b(?:er|på)\s+\d{1,3}\s*år\b|\b\d{1,3}\s*år\s+gammel|\b\d{1,3}-årig|,\s*\d{1,3}\s*år\b", _I),
    _rx(r"\bbor\s+(?:alene|sammen|i|på|hos|med|hjemme|fortsat|stadig|nu)\b|\bhjemmeboende\b", _I),
    _DIAGNOSE,
    _rx(
        r"\bførtidspension\w*|\bkontanthjælp\w*|\bsygedagpenge\w*|\befterløn\w*"
        r"|\bressourceforløb\w*|\bledighedsydelse\w*|\buddannelseshjælp\w*|\bfolkepension\w*"
        r"|\bsygemeldt\b|\bstuderer\b|\bgår\s+(?:på|i)\s+\w+|\barbejder\s+(?:som|på|i|hos)\b"
        r"|\bfleksjob\w*|\bskånejob\w*|\bbeskæftigelse\w*|\bbeskæftigelsestilbud\w*|\bSTU\b",
        _I,
    ),
    _rx(r"\bhar\s+i\s+dag\b|\bmodtager\b|\baktuelt\b|\bp\.\s?t\.|\bfor\s+nuværende\b|\bi\s+øjeblikket\b", _I),
)
# The caseworker's analysis and conclusion (part 2).
_SAMLET = _rx(
    r"\bsamlet\s+set\b|\bsamlet\s+(?:vurderes|vurderet|vurdering)\b"
    r"|\bsamlede?\s+(?:funktionsniveau|situation|billede|vurdering)\w*|\bsammenfattende\b"
    r"|\bkonklu\w*|\bfunktionsniveau\w*|\bfunktionsvurdering\w*",
    _I,
)
_ASSESS = _rx(
    r"\bvurderer\b|\bvurderes\b|\b(?:min|rådgivers|vores)\s+vurdering\b|\bsamlet\s+set\b"
    r"|\bsammenfattende\b|\bkonklu\w*",
    _I,
)
# The caseworker proposing support; ends the opening like an assessment does.
_PROPOSE = _rx(r"\banbefal\w*|\bindstill\w*|\bforeslå\w*", _I)
_ANALYSIS = _rx(
    r"\bressource\w*|\budfordring\w*|\bvanskelighed\w*|\bbegrænsning\w*|\bproblem\w*"
    r"|\bsvært\b|\bformår\b|\bklarer\b|\bmestrer\b|\bfungerer\b|\bpræget\b|\budvikl\w*"
    r"|\bstabil\w*|\bforværr\w*|\bsymptom\w*|\bisoler\w*",
    _I,
)
# Whether the situation warrants support (part 3).
_STOETTEBEHOV = _rx(
    r"\bberettig\w*|\bpersonkreds\w*|\bmålgruppe\w*|\bbehov\s+for\b|\bbrug\s+for\b"
    r"|\bstøttebehov\w*",
    _I,
)
# Which support, and how much (part 4).
_INDSATS = _rx(
    r"\banbefal\w*|\bindstill\w*|\bbevilg\w*|\btildel\w*|\bforeslå\w*|\btilbydes\b"
    r"|\bforlænges\b|\bøges\b|\bfortsætter\s+uændret\b|\bvisiteres\b"
    r"|\b\d+(?:,\d+)?\s*(?:timer|time|t)\.?\s*(?:/|om|pr\.?|per|i|hver)\s*(?:ugen|uge|måneden|måned|md|døgnet)\b"
    r"|\btimer\s+ugentligt\b|\bpakke\s*\d",
    _I,
)

# A whole part that only says it will come later.
_PLACEHOLDER = _rx(
    r"(?:-+|–+|—|\.+|x+|n/?a|tbd|\?+|ingen|ikke\s+relevant|ikke\s+aktuelt|mangler|tom"
    r"|afventer.*|udfyldes.*|følger.*|kommer\s+senere.*)",
    _I,
)

# References to something outside the vurdering, each with the fixed phrase a message may
# quote. "Ovenstående" after jf./jævnfør is left out on purpose: "jf. ovenstående" and "på
# baggrund af ovenstående" point back into the vurdering itself. Legal references
# ("jf. § 85") and referrals of the citizen ("henvises til hjemmeplejen") do not match.
_DOC = (
    r"(?:udredning\w*|tema\w*|afsnit\w*|bilag\w*|indstilling\w*|journal\w*|notat\w*"
    r"|ansøgning\w*|skema\w*|beregning\w*|sagsakter\w*|vedhæftede|vedlagte|EKJ|Nexus)"
)
_HENVISNING: tuple[tuple[re.Pattern[str], str], ...] = (
    (_rx(r"\bse\s+(?:også\s+|i\s+øvrigt\s+|evt\.\s+)?(?:ovenfor|ovenstående)\b", _I), "se ovenfor"),
    (_rx(r"\bse\s+(?:også\s+|i\s+øvrigt\s+|evt\.\s+)?(?:nedenfor|nedenstående)\b", _I), "se nedenfor"),
    (
        _rx(r"\bse\s+(?:også\s+|i\s+øvrigt\s+|evt\.\s+)?(?:under\s+|i\s+)?(?:de\s+enkelte\s+)?" + _DOC, _I),
        "se udredningen",
    ),
    (_rx(r"\b(?:jf|jfr|jvf)\.?\s+(?:ovenfor|nedenfor|tidligere|" + _DOC + r")", _I), "jf. udredningen"),
    (_rx(r"\bjævnfør\s+(?:ovenfor|nedenfor|tidligere|" + _DOC + r")", _I), "jævnfør"),
    (
        _rx(
            r"\bsom\s+(?:tidligere\s+)?(?:beskrevet|nævnt|anført|omtalt)\s+(?:i|under|ovenfor|nedenfor|tidligere)\b"
            r"|\b(?:er\s+)?beskrevet\s+(?:i|under)\s+(?:de\s+enkelte\s+)?" + _DOC,
            _I,
        ),
        "som beskrevet i",
    ),
    (
        _rx(r"\b(?:der\s+)?henvis(?:es|er)\s+(?:i\s+øvrigt\s+|også\s+)?til\s+(?:ovenstående|tidligere|" + _DOC + r")", _I),
        "der henvises til",
    ),
    (_rx(r"\bfremgår\s+(?:af|i)\s+(?:" + _DOC + r")", _I), "fremgår af udredningen"),
)

# Part headings. A line is a heading if, after numbering and a trailing colon are removed,
# it is one of these or several joined by "og" / "," / "/". "Samlet faglig vurdering" on the
# first line is the document's title, not part 2.
_HEADING = {
    "her_og_nu": _rx(
        r"her[\s-]*og[\s-]*nu(?:[\s-]*billede[t]?)?(?:\s+af\s+(?:fakta|borgers\s+situation))?"
        r"(?:\s+vedr\.?\s+(?:borger|bruger))?|fakta|(?:sagens\s+)?baggrund|aktuelle?\s+situation"
        r"|nuværende\s+situation|resum[eé]|(?:kort\s+)?opsummering|indledning",
        _I,
    ),
    "samlet_vurdering": _rx(
        r"(?:samlet|samlede)\s+(?:faglige?\s+)?vurdering(?:\s+af\s+(?:borgers|brugers)\s+situation)?"
        r"|faglig\s+(?:analyse|vurdering)(?:\s+og\s+konklusion)?|analyse(?:\s+og\s+konklusion)?"
        r"|konklusion|vurdering\s+af\s+(?:borgers|brugers)\s+situation",
        _I,
    ),
    "stoettebehov": _rx(
        r"(?:vurdering\s+af\s+)?(?:borgers\s+|brugers\s+)?støttebehov(?:et)?|behov\s+for\s+støtte",
        _I,
    ),
    "indsatser": _rx(
        r"(?:vurdering\s+af\s+)?(?:indsats|indsatser|indsatsen)"
        r"|(?:anbefalet|anbefalede|foreslået|foreslåede)\s+indsats(?:er)?|anbefaling"
        r"|indstilling|forslag\s+til\s+(?:indsats|støtte)|omfang",
        _I,
    ),
}
_TITLE = _rx(r"samlet\s+faglig\s+vurdering", _I)
_NUMBERING = _rx(r"^\s*(?:(?:del\s+)?\d+[.):]?|[a-d][.)])\s+", _I)
_INLINE_HEADING = _rx(r"^([^:\n]{2,60}):[ \t]*(\S.*)$")

# Abbreviations that end in a period without ending the sentence.
_ABBREV = _word_set(
    "jf jfr jvf f eks bl a ca p t pt evt inkl ekskl dvs mht mv o l nr stk kl ift iht vedr hhv "
    "osv mdr md pga vha ang bla ff tlf"
)
_SENT_END = _rx(r"[.!?][\"”»]?(?=\s+[\"“»„(\-–]?[A-Z0-9])")  # folded: no ÆØÅ

_PART_NO = {"her_og_nu": 1, "samlet_vurdering": 2, "stoettebehov": 3, "indsatser": 4}
_MIN_DEL_ORD = 5  # fewer words than this is not a part, just a label
# Content words next to a reference that make it a pointer, not a stand-in (see _find_references).
_MIN_INDHOLD_EFTER = 8
_MIN_INDHOLD_FOER = 20


# ---------------------------------------------------------------------------------------
# Structure: sections (one per part field, or per heading in a free text) and sentences.


@dataclass
class _Section:
    keys: frozenset[str]  # the parts this section is for; empty = preamble / unheaded text
    start: int  # body span in the analysed text (the heading line is not part of it)
    end: int


@dataclass
class _Sentence:
    start: int
    end: int
    text: str
    section: int
    filler: bool = False  # a reference standing in for content


def vurdering_tekst(tekst: str | None, dele: Mapping[str, str | None] | None = None) -> str:
    """The text `analyse_vurdering` analyses and its offsets refer to: `tekst`, or, when
    `dele` is given, `tekst` (if any) followed by the four parts in order, each separated
    by a blank line (an empty part stays an empty line)."""
    return _join(tekst, dele)[0]


def _join(tekst: str | None, dele: Mapping[str, str | None] | None) -> tuple[str, list[_Section]]:
    """The analysed text, with one section per part when the parts are given separately."""
    if dele is None:
        text = tekst or ""
        return text, [_Section(frozenset(), 0, len(text))]
    unknown = set(dele) - set(DELE)
    if unknown:
        raise ValueError(f"unknown parts {sorted(unknown)}; expected keys {DELE}")
    chunks: list[tuple[frozenset[str], str]] = []
    if tekst and tekst.strip():
        chunks.append((frozenset(), tekst.strip()))
    for key in DELE:
        chunks.append((frozenset({key}), (dele.get(key) or "").strip()))
    text, sections, pos = "", [], 0
    for keys, body in chunks:
        if text:
            text += "\n\n"
            pos = len(text)
        text += body
        sections.append(_Section(keys, pos, pos + len(body)))
    return text, sections


def _offset_map(original: str) -> list[int]:
    """Position in the folded text -> position in `original` ("æ" is two folded characters)."""
    out = []
    for i, ch in enumerate(original):
        out.extend([i] * len(_fold(ch)))
    out.append(len(original))
    return out


def _heading_keys(line: str, first_line: bool) -> frozenset[str] | None:
    """The parts a heading line names, or None if the line is not a heading."""
    clean = _NUMBERING.sub("", line.strip()).rstrip(":").strip().lower()
    if not clean or len(clean.split()) > 8 or clean[0] in "-•*":
        return None
    if first_line and _TITLE.fullmatch(clean):
        return frozenset()  # the document's own title
    for key, pattern in _HEADING.items():
        if pattern.fullmatch(clean):
            return frozenset({key})
    keys: set[str] = set()
    for piece in re.split(r"\s+og\s+|\s*[,/&]\s*", clean):
        matched = [key for key, pattern in _HEADING.items() if pattern.fullmatch(piece.strip())]
        if not matched:
            return None
        keys.update(matched)
    return frozenset(keys)


def _split_headings(text: str) -> list[_Section]:
    """Cut a free text into sections at part headings: a line of its own ("Vurdering af
    støttebehov", "3. Støttebehov:") or a label before a colon ("Her og nu: Karen bor ...")."""
    sections = [_Section(frozenset(), 0, len(text))]
    pos, first = 0, True
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        keys, body_start = None, None
        if body.strip():
            keys = _heading_keys(body, first)
            body_start = pos + len(line)
            if keys is None:
                inline = _INLINE_HEADING.match(body)
                if inline:
                    keys = _heading_keys(inline.group(1), first)
                    body_start = pos + inline.start(2)
            first = False
        if keys is not None:
            sections[-1].end = pos
            sections.append(_Section(keys, body_start, len(text)))
        pos += len(line)
    # A heading with no body before the next heading is a title, not a part.
    return [s for s in sections if text[s.start : s.end].strip() or not s.keys]


def _sentences(text: str, sections: list[_Section]) -> list[_Sentence]:
    out: list[_Sentence] = []
    for index, sec in enumerate(sections):
        for line in re.finditer(r"[^\n]+", text[sec.start : sec.end]):
            base = sec.start + line.start()
            chunk = line.group()
            start = 0
            for m in _SENT_END.finditer(chunk):
                before = re.search(r"([^\W\d_]+)\.$", chunk[: m.start() + 1])
                if m.group()[0] == "." and before and before.group(1).lower() in _ABBREV:
                    continue
                out.append(_make_sentence(chunk, base, start, m.end(), index))
                start = m.end()
            out.append(_make_sentence(chunk, base, start, len(chunk), index))
    return [s for s in out if s.text.strip()]


def _make_sentence(chunk: str, base: int, start: int, end: int, section: int) -> _Sentence:
    lead = len(chunk[start:end]) - len(chunk[start:end].lstrip())
    return _Sentence(base + start + lead, base + end, chunk[start + lead : end], section)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _content_words(text: str) -> int:
    return sum(1 for w in _words(text) if w.lower() not in _NOISE_WORDS)


# ---------------------------------------------------------------------------------------
# Who speaks.

_PROPER = _rx(r"(?P<lead>^|[.!?:\n]\s*|[\"“»„(]|-\s)?(?P<w>[A-Z][a-zéü]+)\b", re.MULTILINE)  # folded


def _citizen_names(text: str) -> frozenset[str]:
    """The citizen's name: the proper name the vurdering uses most often (at least twice).

    A capitalised word inside a sentence is a proper name; at the start of a sentence only
    if it is not an ordinary word ("Han", "Til", "Hans" the possessive). Genitives count for
    the name ("Karens"). Relatives, professionals and places are named less often than the
    person the vurdering is about; when the text says "borger" throughout, there is no name.
    """
    counts: dict[str, int] = {}
    for m in _PROPER.finditer(text):
        word, low = m.group("w"), m.group("w").lower()
        if low in _OTHER_PEOPLE or low in _CITIZEN_PRONOUNS:
            continue
        if m.group("lead") is not None and (low in _FUNCTION_WORDS or low in _NOISE_WORDS):
            continue
        counts[word] = counts.get(word, 0) + 1
    for word in list(counts):
        if word.endswith("s") and word[:-1] in counts:
            counts[word[:-1]] += counts.pop(word)
    if not counts:
        return frozenset()
    top = max(counts.values())
    return frozenset(w for w, n in counts.items() if n == top and n >= 2)


class _Speakers:
    """Decides whether a sentence gives the citizen's own voice, given the citizen's name."""

    def __init__(self, text: str) -> None:
        self.names = _citizen_names(text)

    def is_citizen(self, subject: str) -> bool:
        low = subject.lower()
        if low in _CITIZEN_PRONOUNS:
            return True
        return subject in self.names or (subject.endswith("s") and subject[:-1] in self.names)

    def first_person_is_other(self, context: str) -> bool | None:
        """Whether the first person named in `context` is someone else than the citizen
        (None: nobody named). A "hun/han" refers to that person, the clause's subject: in
        "Datteren har søgt, da hun oplever ..." and "Til mødet deltog Birgittes mor. Hun
        fortæller ..." it is not the citizen ("Birgittes mor" is the mother)."""
        words = _words(context)
        for i, word in enumerate(words):
            low = word.lower()
            if low in {"hun", "han"}:
                return False  # the same person goes on; who it is was settled before
            if low in _OTHER_PERSONS:
                return True
            if word in self.names or word[:-1] in self.names:
                following = words[i + 1].lower() if i + 1 < len(words) else ""
                return word.endswith("s") and following in _OTHER_PERSONS
        return None

    def speaks(self, sentence: str, previous: str = "") -> bool:
        """The sentence gives the citizen's own account, view or wish. `previous` is the
        sentence before it, to follow a "Hun/Han" that opens the sentence."""
        for m in _VOICE_SUBJ_FIRST.finditer(sentence):
            subj = m.group("subj")
            if subj.lower() in {"hun", "han"}:
                other = self.first_person_is_other(sentence[: m.start()])
                if other is None and m.start() == 0:
                    other = self.first_person_is_other(previous)
                if other:
                    continue
            if self.is_citizen(subj):
                return True
        if any(self.is_citizen(m.group("subj")) for m in _VOICE_VERB_FIRST.finditer(sentence)):
            return True
        if _OWN_VIEW.search(sentence):
            return True
        if any(self.is_citizen(m.group("subj")) for m in _OWN_GENITIVE.finditer(sentence)):
            return True
        return any(self.is_citizen(m.group("subj")) for m in _IFOELGE.finditer(sentence))

    def applies(self, sentence: str) -> bool:
        """The citizen has applied or turned to the authority ("Karen har søgt om ...")."""
        return any(self.is_citizen(m.group("subj") or m.group("subj2")) for m in _APPLIES.finditer(sentence))

    def quotes(self, text: str) -> list[tuple[int, int]]:
        """First-person quotes not attributed to someone else ('Mor siger: "Jeg ..."')."""
        found = []
        for m in _QUOTE.finditer(text):
            if not _FIRST_PERSON.search(m.group(1)):
                continue
            before = re.split(r"[.!?\n]", text[max(0, m.start() - 80) : m.start()])[-1]
            after = re.split(r"[.!?\n]", text[m.end() : m.end() + 40])[0]
            speakers = [s.group("subj") for s in _VOICE_SUBJ_FIRST.finditer(before)]
            speakers += [s.group("subj") for s in _VOICE_VERB_FIRST.finditer(after)]
            if speakers and not any(self.is_citizen(s) for s in speakers):
                continue
            found.append((m.start(), m.end()))
        return found


def _said_by_other(sentence: str, pos: int) -> bool:
    """The word just before `pos` is someone other than the citizen ("Mor ønsker ...")."""
    before = _words(sentence[:pos])
    # "jeg" is left out: in a quote it is the citizen, and a caseworker does not write
    # "jeg ønsker" about the citizen's future.
    return bool(before) and before[-1].lower() in _OTHER_PEOPLE - {"jeg"}


# ---------------------------------------------------------------------------------------
# The checks.


def _find_references(text: str, sections: list[_Section], sentences: list[_Sentence]) -> list[TextProblem]:
    """References standing in for content; marks those sentences as filler.

    A reference stands in when its sentence says (almost) nothing besides it (fewer than 3
    content words once the reference is removed), the section does not go on with content
    after it (fewer than 8 content words), and its paragraph has not already given the
    content before it (fewer than 20 content words): "Se udredningen. Kort fortalt ..." and
    "... Samlet funktionsniveau C. Der henvises i øvrigt til udredningen." are pointers
    next to content, not stand-ins."""
    problems = []
    for sent in sentences:
        for pattern, phrase in _HENVISNING:
            m = pattern.search(sent.text)
            if not m:
                continue
            end = _reference_target_end(sent.text, m.end())
            rest_of_sentence = sent.text[: m.start()] + " " + sent.text[end:]
            if _content_words(rest_of_sentence) >= 3:
                break  # the reference introduces content: "Jf. udredningen har Thomas ..."
            sec = sections[sent.section]
            if _content_words(text[sent.end : sec.end]) >= _MIN_INDHOLD_EFTER:
                break  # the content follows the pointer
            paragraph_start = max(sec.start, text.rfind("\n\n", sec.start, sent.start))
            if _content_words(text[paragraph_start : sent.start]) >= _MIN_INDHOLD_FOER:
                break  # the content came just before the pointer
            sent.filler = True
            problems.append(
                TextProblem(
                    "henvisning",
                    f'Henvisningen "{phrase}" står i stedet for indhold. Vurderingen skal være '
                    "selvbærende og kunne læses selvstændigt: skriv det væsentlige ind i vurderingen.",
                    f'The reference "{phrase}" stands in for content. The vurdering must be '
                    "selvbærende (readable on its own): write the essentials into it.",
                    sent.start + m.start(),
                    sent.start + m.end(),
                )
            )
            break
    return problems


# Finite verbs that end a reference's target: "Jf. temaet om egenomsorg | har Finn ...".
_FINITE = _word_set("har er kan vil skal bliver blev var havde må bør ses fremgår vurderes ligger")


def _reference_target_end(sentence: str, end: int) -> int:
    """A reference to a theme or section names its target ("jf. tema Egenomsorg og Praktiske
    opgaver i hjemmet"), and the name is part of the reference, not content of its own.
    Extend the match over the name, up to punctuation or the clause's finite verb."""
    if not re.search(r"(?:tema|afsnit)\w*$", sentence[:end], _I):
        return end
    for m in re.finditer(r"[^\W\d_]+|[,.;:!?()]", sentence[end:]):
        if not m.group()[0].isalpha() or m.group().lower() in _FINITE:
            return end + m.start()
    return len(sentence)


def _substance(text: str, sec: _Section, sentences: list[_Sentence], index: int) -> int:
    """Words of content in a section: its sentences minus stand-in references; nothing if
    the whole section is a placeholder ("Udfyldes senere", "-", "Ikke relevant")."""
    body = text[sec.start : sec.end].strip()
    if _PLACEHOLDER.fullmatch(body.rstrip(".!").strip()) and len(_words(body)) <= 8:
        return 0
    return sum(len(_words(s.text)) for s in sentences if s.section == index and not s.filler)


def _opening(sections: list[_Section], sentences: list[_Sentence], split: bool, who: _Speakers) -> list[_Sentence]:
    """The sentences of the opening summary (RK22-05).

    Parts given separately: the preamble (`tekst`) and the her og nu part. Free text: the
    sections before the first heading of part 2-4, up to the caseworker's first assessment
    ("vurderer", "samlet set", "anbefales", "har behov for" ...), which also ends an opening
    whose assessment paragraph has no heading of its own."""
    opening_sections = set()
    for index, sec in enumerate(sections):
        if sec.keys and sec.keys != {"her_og_nu"}:
            break
        opening_sections.add(index)
    chosen = [s for s in sentences if s.section in opening_sections and not s.filler]
    if split:
        return chosen
    out = []
    for sent in chosen:
        if _ASSESS.search(sent.text) or _PROPOSE.search(sent.text) or _caseworker_states_need(sent.text, who):
            break
        out.append(sent)
    return out


def _caseworker_states_need(sentence: str, who: _Speakers) -> bool:
    """ "Rasmus har behov for bostøtte": the caseworker's view of the need, not the summary.
    Reported speech ("Personalet oplyser, at hun har brug for ro") is someone else's view."""
    return bool(
        _STOETTEBEHOV.search(sentence)
        and not _FORMAAL.search(sentence)
        and not _VOICE_SUBJ_FIRST.search(sentence)
        and not who.speaks(sentence)
        and not who.applies(sentence)
    )


def _missing_resume(opening: list[_Sentence], who: _Speakers, quotes: list[tuple[int, int]]) -> list[str]:
    found = set()
    previous = ""
    for sent in opening:
        t = sent.text
        quoted = any(sent.start <= q0 < sent.end for q0, _ in quotes)
        voiced = who.speaks(t, previous) or who.applies(t) or quoted
        previous = t
        if voiced and _NEED.search(t):
            found.add("oplevet_stoettebehov")
        if _DIAGNOSE.search(t):
            found.add("diagnoser")
        m = _OENSKE.search(t)
        if m and not _said_by_other(t, m.start()):
            found.add("oensker")
        if _FORMAAL.search(t):
            found.add("formaal")
    return [key for key in RESUME if key not in found]


def _present_by_cues(key: str, sentences: list[_Sentence], opening: set[int], who: _Speakers) -> bool:
    """Free text without a heading for the part: look for the part's content."""
    usable = [s for s in sentences if not s.filler]
    if key == "her_og_nu":
        kinds = {i for s in usable for i, p in enumerate(_FAKTA) if p.search(s.text)}
        return len(kinds) >= 2
    # Parts 2-4 are the caseworker's: not the opening summary, not the citizen's own words.
    body = [s for s in usable if id(s) not in opening and not who.speaks(s.text)]
    if key == "samlet_vurdering":
        return any(
            _SAMLET.search(s.text) or (_ASSESS.search(s.text) and _ANALYSIS.search(s.text)) for s in body
        )
    if key == "stoettebehov":
        return any(_STOETTEBEHOV.search(s.text) and not _FORMAAL.search(s.text) for s in body)
    return any(_INDSATS.search(s.text) for s in body)


_CUE = {"samlet_vurdering": _SAMLET, "stoettebehov": _STOETTEBEHOV, "indsatser": _INDSATS}


def _missing_parts(
    text: str,
    sections: list[_Section],
    sentences: list[_Sentence],
    opening: list[_Sentence],
    split: bool,
    who: _Speakers,
) -> list[str]:
    missing = []
    opening_ids = {id(s) for s in opening}
    for key in DELE:
        headed = [i for i, sec in enumerate(sections) if key in sec.keys]
        if split or headed:
            # The part has its own field or heading: it is there if that has substance.
            present = False
            for i in headed:
                sec = sections[i]
                if _substance(text, sec, sentences, i) < _MIN_DEL_ORD:
                    continue
                if len(sec.keys) > 1 and key in _CUE:
                    # A joint heading ("Støttebehov og indsats") must show each part's content.
                    if not any(s.section == i and not s.filler and _CUE[key].search(s.text) for s in sentences):
                        continue
                present = True
            if not present:
                missing.append(key)
        elif not _present_by_cues(key, sentences, opening_ids, who):
            missing.append(key)
    return missing


# ---------------------------------------------------------------------------------------
# Messages: fixed texts only.

_DEL_NAVN = {
    "her_og_nu": ("her og nu-billede af fakta om borger", "a here-and-now picture of the facts about the citizen"),
    "samlet_vurdering": (
        "samlet vurdering af borgers situation (faglig analyse og konklusion og de væsentligste elementer bag den)",
        "an overall assessment of the citizen's situation (analysis, conclusion and the main elements behind it)",
    ),
    "stoettebehov": (
        "vurdering af støttebehov (om situationen berettiger til støtte, og sammenhængen mellem problemerne og den foreslåede hjælp)",
        "an assessment of the need for support (whether the situation warrants support, and how the problems link to the help proposed)",
    ),
    "indsatser": (
        "vurdering af indsatser (hvilken støtte og dens omfang og indhold)",
        "an assessment of the support (which support, its scope and content)",
    ),
}
_RESUME_NAVN = {
    "oplevet_stoettebehov": ("borgers oplevede støttebehov", "the citizen's own experienced need for support"),
    "diagnoser": ("eventuelle diagnoser (eller at der ingen er)", "any diagnoses (or that there are none)"),
    "oensker": ("borgers ønsker for fremtiden", "the citizen's wishes for the future"),
    "formaal": ("formålet med udredningen", "the purpose of the udredning"),
}


def _del_problem(key: str, start: int, end: int) -> TextProblem:
    da, en = _DEL_NAVN[key]
    n = _PART_NO[key]
    return TextProblem(
        "del_mangler",
        f"Del {n} mangler: {da}. Drejebogen kræver fire dele i den samlede faglige vurdering: "
        "her og nu-billede, samlet vurdering, vurdering af støttebehov og vurdering af indsatser.",
        f"Part {n} is missing: {en}. The drejebog requires four parts in the samlet faglig "
        "vurdering: here-and-now facts, overall assessment, need for support, and support.",
        start,
        end,
    )


def _resume_problem(key: str, end: int) -> TextProblem:
    da, en = _RESUME_NAVN[key]
    return TextProblem(
        "resume_mangler",
        f"Indledningen nævner ikke {da}. Vurderingen skal indledes med en kort opsummering: "
        "borgers oplevede støttebehov, eventuelle diagnoser, ønsker for fremtiden og formålet "
        "med udredningen.",
        f"The opening does not mention {en}. The vurdering must open with a short summary: "
        "the citizen's experienced need for support, any diagnoses, wishes for the future and "
        "the purpose of the udredning.",
        0,
        end,
    )


def _perspective_problem(end: int) -> TextProblem:
    return TextProblem(
        "ingen_borgerperspektiv",
        "Borgers eget perspektiv fremgår ikke (hvad borger selv fortæller, oplever eller "
        "ønsker). Drejebogen kræver, at borgers perspektiv fremgår tydeligt af vurderingen.",
        "The citizen's own perspective does not appear (what the citizen says, experiences or "
        "wishes). The drejebog requires the citizen's perspective to be clear.",
        0,
        end,
    )


def _short_problem(n: int, min_ord: int, end: int) -> TextProblem:
    return TextProblem(
        "for_kort",
        f"Vurderingen har kun {n} ord med indhold (under {min_ord}). En selvbærende vurdering "
        "skal kunne læses alene og rumme både analyse, støttebehov og indsats.",
        f"The vurdering has only {n} words of content (below {min_ord}). A selvbærende "
        "vurdering must stand on its own with analysis, need for support and support.",
        0,
        end,
    )


# ---------------------------------------------------------------------------------------


def analyse_vurdering(
    tekst: str | None,
    dele: Mapping[str, str | None] | None = None,
    *,
    min_ord: int = 80,
) -> VurderingAnalysis:
    """Analyse a samlet faglig vurdering given as one free text (`tekst`) or split into its
    four parts (`dele`, keys `DELE`; `tekst` is then read as a preamble before the parts).

    Raises ValueError for an unknown part key (a typo would otherwise read as a missing part).
    """
    split = dele is not None
    original = vurdering_tekst(tekst, dele)
    folded_dele = None if dele is None else {k: _fold(v or "") for k, v in dele.items()}
    text, sections = _join(_fold(tekst or ""), folded_dele)
    if not split:
        sections = _split_headings(text)
    sentences = _sentences(text, sections)
    henvisninger = _find_references(text, sections, sentences)  # marks filler first

    who = _Speakers(text)
    opening = _opening(sections, sentences, split, who)
    quotes = who.quotes(text)
    dele_mangler = _missing_parts(text, sections, sentences, opening, split, who)
    resume_mangler = _missing_resume(opening, who, quotes)
    borgerperspektiv = bool(quotes) or any(
        who.speaks(s.text, prev.text if prev else "")
        for prev, s in zip([None, *sentences], sentences)
    )

    ord_ = len(_words(text))
    indhold = sum(_substance(text, sec, sentences, i) for i, sec in enumerate(sections))
    for_kort = indhold < min_ord

    whole = len(text)
    problems: list[TextProblem] = []
    for key in dele_mangler:
        sec = next((s for s in sections if s.keys == {key}), None) if split else None
        problems.append(_del_problem(key, sec.start if sec else 0, sec.end if sec else whole))
    problems += [_resume_problem(key, whole) for key in resume_mangler]
    if not borgerperspektiv:
        problems.append(_perspective_problem(whole))
    problems += henvisninger
    if for_kort:
        problems.append(_short_problem(indhold, min_ord, whole))

    # Offsets so far are in the folded text; give them in the caller's text.
    offset = _offset_map(original)
    problems = [replace(p, start=offset[p.start], end=offset[p.end]) for p in problems]
    return VurderingAnalysis(
        dele_mangler=tuple(dele_mangler),
        resume_mangler=tuple(resume_mangler),
        borgerperspektiv=borgerperspektiv,
        henvisninger=tuple(p for p in problems if p.kind == "henvisning"),
        ord=ord_,
        for_kort=for_kort,
        problems=tuple(problems),
    )
