"""SMART check and metodeanvisning finder for Danish goal text (indsatsmål, delmål).

Requirements: RK15-21 (indsatsmål are SMART), RK22-11 (delmål are SMART), RK15-22 and
RK22-09 (goals contain no metodeanvisninger: they say *what*, not *how*).
Sources: seed 001 §4.5.3-4.5.4 (Ringkøbing-Skjern 2015) and seed 003 §3.5-3.6 (2022).

These are heuristics over words, not understanding. They look for signals:

* T (tidsbestemt): a date, month, year, week number or a relative time frame in the text
  ("inden for tre måneder", "til næste opfølgning"), or a date in a structured field.
* M (målbart): a count, frequency, duration, clock time, ratio or an observable end state
  ("selv", "alene", "uden påmindelse", "er flyttet"), outside the time-frame phrases.
* S (specifikt): fails when the text describes the staff's support instead of the citizen's
  result, is only a topic, or is only vague states ("trivsel", "have det bedre") with no
  concrete area of daily life.
* A (accepteret): never read from text; it is a field in the case.
* R (realistisk): mostly not checkable from text. Only absolutes ("altid", "aldrig",
  "100 %") are flagged.

Everything the heuristics match on is module-level data (tuples of ``(label, regex)``) so it
can be extended by editing a table, without touching the logic (the tables are compiled at
import). Messages are fixed texts per kind; they may quote
the fixed label of a trigger (e.g. "ved hjælp af") but never other goal text, so a finding
carries no personal data. See docs/smart.md for how well this works on a labelled set.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import islice
from dataclasses import dataclass
from types import MappingProxyType

__all__ = [
    "ABSOLUTE_PATTERNS",
    "ACTIVITY_PATTERNS",
    "CONCRETE_AREAS",
    "END_STATE_PATTERNS",
    "LETTERS",
    "MEANS_PHRASES",
    "NAMED_METHODS",
    "QUANTITY_PATTERNS",
    "TIME_PATTERNS",
    "VAGUE_FREQUENCY_PATTERNS",
    "VAGUE_PATTERNS",
    "SmartAnalysis",
    "TextProblem",
    "analyse_goal",
    "find_metodeanvisninger",
]

LETTERS: tuple[str, ...] = ("S", "M", "A", "R", "T")

_FLAGS = re.IGNORECASE


# --------------------------------------------------------------------------------------
# Result types
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TextProblem:
    """One problem in a goal text.

    ``kind`` is a stable id; ``letter`` is the SMART letter it concerns, or "-" for a
    metodeanvisning. ``start``/``end`` is the character span in the analysed text (the whole
    text when the problem is an absence, e.g. no time frame).
    """

    kind: str
    letter: str
    message_da: str
    message_en: str
    start: int
    end: int


@dataclass(frozen=True)
class SmartAnalysis:
    """The result of :func:`analyse_goal`.

    ``problems`` holds one problem per missing letter (in S, M, A, R, T order) followed by
    any metodeanvisninger. ``ok`` concerns SMART only; a metodeanvisning is a separate
    requirement (RK15-22/RK22-09), see :attr:`metodeanvisninger`.
    """

    specifikt: bool
    maalbart: bool
    accepteret: bool
    realistisk: bool
    tidsbestemt: bool
    problems: tuple[TextProblem, ...]

    @property
    def letters(self) -> dict[str, bool]:
        return {
            "S": self.specifikt,
            "M": self.maalbart,
            "A": self.accepteret,
            "R": self.realistisk,
            "T": self.tidsbestemt,
        }

    @property
    def missing(self) -> tuple[str, ...]:
        letters = self.letters
        return tuple(letter for letter in LETTERS if not letters[letter])

    @property
    def ok(self) -> bool:
        return not self.missing

    @property
    def metodeanvisninger(self) -> tuple[TextProblem, ...]:
        return tuple(p for p in self.problems if p.kind == "metodeanvisning")


# --------------------------------------------------------------------------------------
# Vocabulary (data, easy to extend)
# --------------------------------------------------------------------------------------

_NUMBER_WORDS = (
    "én", "ét", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve",
    "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten", "tyve",
    "tredive", "fyrre", "halvtreds", "tres", "hundrede", "halvanden", "halvandet",
)  # fmt: skip
# "en"/"et" are also the indefinite article, so they only count as a number in _NUM where
# a unit must follow.
_NUM = r"(?:\d+|en|et|" + "|".join(_NUMBER_WORDS) + r")"

# Danish writes month names in lower case; matching them case-sensitively keeps the first
# name "August" from counting as a month.
_MONTHS = (
    r"(?-i:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november"
    r"|december)"
)

# A number followed by one of these is an amount or a ratio, not a date or a year.
_UNIT_AFTER_NUMBER = (
    r"\s*(?:(?:dage|dag|gange|gang|uger|timer|time|minutter|min|km|kg|kr|kroner|af|ud"
    r"|liter|procent)\b|%|,-|\.-)"
)

_CLOCK = r"\b(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?\b"

# Units that make a time *frame* (weeks and longer). Minutes and hours are durations of
# the activity and count towards M instead.
# Abbreviations ("mdr.", "md.", "mdrs.") are common in handleplaner; they end in a dot, so
# patterns close them with (?!\w) rather than \b.
_FRAME_UNIT = r"(?:uger?|måned(?:er)?|mdr\.?|mdrs\.?|md\.|år|halvår|kvartal(?:er)?)"
_FRAME_PREP = (
    r"(?:efter|om|inden\s+for|indenfor|inden|i\s+løbet\s+af|senest\s+om|senest\s+efter"
    r"|over|gennem|i)"
)

TIME_PATTERNS: tuple[tuple[str, str], ...] = (
    ("dato", rf"\b\d{{1,2}}\.?\s*{_MONTHS}\b"),
    ("måned", rf"\b{_MONTHS}\b"),
    ("ugenummer", r"\buge\s*\d{1,2}\b"),
    (
        "tidsramme",
        rf"\b{_FRAME_PREP}\s+(?:de\s+|den\s+|det\s+)?(?:næste\s+|kommende\s+|første\s+)?"
        rf"(?:{_NUM}\s+)?(?:halvt?\s+|halve\s+)?{_FRAME_UNIT}(?!\w)",
    ),
    # "de næste 6 mdr.", "den kommende måned" without a preposition in front.
    (
        "tidsramme",
        rf"\b(?:de|den|det)\s+(?:næste|kommende|første)\s+(?:{_NUM}\s+)?{_FRAME_UNIT}(?!\w)",
    ),
    (
        "tidsramme",
        rf"\b(?:efter|om|inden\s+for|indenfor|i\s+løbet\s+af|senest\s+om)\s+"
        rf"(?:de\s+næste\s+)?{_NUM}\s+dage\b",
    ),
    ("tidsramme", r"\bnæste\s+(?:år|måned|uge|halvår|kvartal)\b"),
    (
        "opfølgning",
        r"\b(?:til|ved|inden|før|senest(?:\s+(?:til|ved))?|frem\s+til|på)\s+"
        r"(?:den\s+|det\s+)?(?:næste\s+|kommende\s+|første\s+)?"
        r"(?:opfølgning(?:en)?|opfølgningsmødet|opfølgningsmøde|statusmødet|statusmøde"
        r"|handleplansmødet|evalueringen|evaluering|revisitationen|revurderingen)\b",
    ),
    ("udgangen af", r"\b(?:inden|ved|før|til|senest(?:\s+ved)?)\s+udgangen\s+af\b"),
    (
        "årstid",
        r"\b(?:inden|før|til|efter|senest|ved|frem\s+til|i\s+løbet\s+af|i|over)\s+"
        r"(?:jul(?:en)?|påske(?:n)?|nytår(?:et)?|årsskiftet|sommer(?:en)?|vinter(?:en)?"
        r"|efteråret|foråret|efterår|forår|sommerferien|vinterferien|efterårsferien"
        r"|påskeferien|juleferien|skolestart|årets\s+udgang|året)\b",
    ),
)

# Number-shaped dates and years need a validity check, so they are handled in code.
_NUMERIC_DATE = re.compile(
    r"(?<![\d.,])(\d{1,2})[./-](\d{1,2})(?:[./-](\d{4}|\d{2}))?(?![\d,])"
    r"(?!" + _UNIT_AFTER_NUMBER + r")",
    _FLAGS,
)
_YEAR = re.compile(r"(?<![\d.,§])\b20\d{2}\b(?!" + _UNIT_AFTER_NUMBER + r")", _FLAGS)

# Quantities: counts, frequencies, durations, ratios. Each counts as a measure for M.
QUANTITY_PATTERNS: tuple[tuple[str, str], ...] = (
    ("klokkeslæt", _CLOCK),
    ("andel", rf"\b{_NUM}\s+ud\s+af\s+{_NUM}\b"),
    ("procent", r"\d+\s*(?:%|procent\b)"),
    (
        "hyppighed",
        r"\b(?:dagligt|ugentligt|månedligt|hverdage|hvert?|om\s+(?:dagen|ugen|måneden|året)"
        r"|morgen\s+og\s+aften)\b",
    ),
    ("tal", r"\b\d+(?:[.,]\d+)?\b"),
    ("talord", r"\b(?:" + "|".join(_NUMBER_WORDS) + r")\b"),
    ("en gang", r"\b(?:en|et)\s+(?:gang|time|halv\s+time|kvarter)\b"),
    # "aldrig"/"altid" are frequencies too (0 % / 100 %): measurable, though R flags them.
    (
        "grænse",
        r"\b(?:mindst|højst|maks(?:imalt)?|max|minimum|maksimum|alle|ingen|aldrig|altid)\b",
    ),
)

# Numbers that are labels, not quantities ("§ 85", "Delmål 2").
_LABEL_NUMBER = re.compile(r"(?:§\s*|\bdelmål\s+|\bpakke\s+)$", _FLAGS)

# Frequencies that say nothing ("nogle gange"): they cancel end-state markers, because
# "sometimes does it alone" cannot be checked either.
VAGUE_FREQUENCY_PATTERNS: tuple[tuple[str, str], ...] = (
    ("nogle gange", r"\bnogle\s+gange\b"),
    ("af og til", r"\baf\s+og\s+til\b"),
    ("en gang imellem", r"\ben\s+gang\s+(?:imellem|i\s+mellem)\b"),
    ("indimellem", r"\b(?:indimellem|ind\s+imellem)\b"),
    ("oftere", r"\b(?:oftere|sjældnere)\b"),
    ("flere gange", r"\bflere\s+gange\b"),
    ("efter behov", r"\befter\s+behov\b"),
    ("jævnligt", r"\b(?:jævnligt|regelmæssigt)\b"),
)

# Observable end states: the citizen does it without help, or a result is reached.
END_STATE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("selv", r"\bselv\b"),
    ("selvstændigt", r"\bselvstændigt\b"),
    ("alene", r"\balene\b"),
    ("på egen hånd", r"\bpå\s+eg(?:en|et)\s+(?:hånd|initiativ)\b"),
    (
        "uden hjælp",
        r"\buden\s+(?:at\b|\w*hjælp\w*|\w*støtte\w*|påmind\w*|guidning\w*|ledsag\w*"
        r"|personale\w*|opfordring\w*|\w*vejledning\w*|konflikt\w*|episode\w*|fravær"
        r"|udeblivelse\w*|magtanvendelse\w*)",
    ),
    # Avoiding an event means none of it: countable.
    ("undgå", r"\bundgå(?:r)?\b"),
    (
        "til tiden",
        r"\btil\s+tiden\b|\bsom\s+ordineret\b|\bpå\s+de\s+(?:rigtige|aftalte)\s+tidspunkter\b",
    ),
    (
        "opnået resultat",
        r"\b(?:har|have|er|være|blevet)\s+(?:\S+\s+){0,4}?(?:fået|søgt|oprettet|gennemført"
        r"|bestået|afsluttet|startet|påbegyndt|flyttet|etableret|fundet|skaffet|ryddet|sparet"
        r"|indgået|tilmeldt|indskrevet|betalt|afleveret|meldt|lavet|udarbejdet|skrevet|købt"
        r"|bestilt)\b",
    ),
    # Completing or stopping something is a yes/no outcome.
    (
        "afsluttet handling",
        r"\b(?:gennemføre|gennemfører|bestå|består|stoppe\s+med|stopper\s+med"
        r"|holde\s+op\s+med|ophøre\s+med)\b",
    ),
    # Moving, starting or getting a tangible thing happens or it does not.
    (
        "skift",
        r"\b(?:flytte|flytter)\s+(?:\S+\s+){0,4}?(?:til|ind|ud|hjem)\b"
        r"|\b(?:starte|starter|begynde|begynder)\s+(?:på|i)\s+(?!at\b)\w+",
    ),
    (
        "få noget konkret",
        r"\b(?:få|får|have|har|beholde|beholder)\s+(?:et|en|sit|sin|eget|egen|fast)\s+"
        r"(?:\w+\s+)?(?:job|fritidsjob|flexjob|lejlighed|bolig|værelse|praktikplads|læreplads"
        r"|uddannelsesplads|kæreste|kørekort|bankkonto|konto|\w*læge|\w*aftale|mitid|nemid"
        r"|budget|madplan|ugeplan)\b",
    ),
    # Keeping a situation ("fortsat bo i egen bolig", "blive boende") is a yes/no outcome.
    (
        "fastholdt situation",
        r"\b(?:fortsat|stadig|fortsætte\s+med\s+at)\s+(?:kunne\s+)?(?:bo|være\s+i|gå\s+(?:i|på)"
        r"|arbejde|passe\s+sit|passe\s+sin|have\s+sit|have\s+sin)\b|\bblive\s+boende\b",
    ),
    # Free of a substance: "stoffri", "røgfri", "ædru".
    (
        "fri for",
        r"\b(?:stof|røg|alkohol|hash|gæld|spil|misbrugs|rus|kokain|nikotin)fri\b|\bædru\b"
        r"|\bclean\b",
    ),
    # Showing that one knows or can do something in words: a third party can hear it.
    (
        "kunne redegøre",
        r"\bkunne\s+(?:selv\s+)?(?:fortælle|forklare|nævne|redegøre|beskrive|vise|udfylde"
        r")\b",
    ),
)

_REFLEXIVE = frozenset({"sig", "mig", "dig", "ham", "hende", "os", "jer", "dem"})
_CONCESSIVE_AFTER_SELV = frozenset({"om", "hvis", "når"})

# Inner states and general qualities: alone, they make a goal unspecific and unmeasurable.
VAGUE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("trivsel", r"\btriv(?:sel|es|s)\b"),
    ("selvværd", r"\bselv(?:værd|tillid|følelse|forståelse|indsigt)\b"),
    ("livskvalitet", r"\blivskvalitet\b"),
    ("have det godt", r"\bdet\s+(?:godt|bedre|fint|rart)\b"),
    ("glad", r"\b(?:glad|gladere|glæde)\b"),
    ("udvikle sig", r"\budvikl(?:e|er|es)\s+sig\b|\budvikling\b"),
    ("selvstændig", r"\bselvstændig\b"),
    ("mestre", r"\bmestr(?:e|er|ing)\b|\bklare\s+sig\b"),
    ("meningsfuld", r"\bmeningsfuld\w*"),
    ("god hverdag", r"\b(?:god|gode|stabil|stabile)\s+(?:hverdag|tilværelse|liv)\b"),
    ("tryghed", r"\b(?:u?tryg|u?trygge|u?tryghed)\b"),
    ("ro", r"\bro\b"),
    ("velbefindende", r"\bvel(?:befindende|være)\b"),
    (
        "bedre/mere",
        r"\b(?:mere|mindre|færre|bedre|større|øget|øge|øges|styrke|styrket|styrkes|forbedre"
        r"|forbedret|forbedres|mindske|mindsket|reducere|reduceret|nedbringe|nedbringes)\b",
    ),
    ("blive god til", r"\bblive\s+(?:god|bedre|dygtig|dygtigere)\s+til\b"),
    ("funktionsniveau", r"\bfunktions(?:evne)?niveau\w*"),
    ("kompetencer", r"\bkompetence\w*"),
    ("arbejde med", r"\barbejde\s+(?:med|på\s+at)\b"),
    ("opleve", r"\boplev(?:e|er|else)\b"),
    ("passe på sig selv", r"\bpasse\s+på\s+(?:sig|mig|dig)\s+selv\b"),
    ("noget", r"\bnoget\b"),
    ("struktur", r"\bstruktur(?:en|ere|eret)?\b"),
    ("følelser", r"\b(?:angst|vrede|følelser|reaktioner|humør|stress|overskud)\b"),
    ("ensomhed", r"\bensom\w*|\bisoler(?:e|er|es|et|ede|ing)\b|\bisolation\b"),
    (
        "sundhed",
        r"\b(?:mental\w*|psykisk\w*|fysisk\w*)\s+(?:sundhed|helbred|tilstand|balance|trivsel)\b"
        r"|\bsundhed\b|\bhelbred\b|\bsund(?:t|ere)?\b",
    ),
    # A good course of life in general: "god overgang til voksenlivet", "en god fremtid".
    (
        "god overgang",
        r"\b(?:god|godt|gode|positiv|positive|glidende|tryg)\s+(?:overgang|start|opstart"
        r"|afslutning|proces|forløb|fremtid|voksenliv)\w*|\bvoksenliv\w*|\bfremtid\w*",
    ),
    ("balance", r"\bbalance\b|\bstabilitet\b|\bhænge\s+sammen\b|\bmotivation\b|\bmotiveret\b"),
    ("rytme", r"\brytme\b"),
)

# Concrete areas of daily life (the VUM/FFB themes: egenomsorg, praktiske opgaver, sundhed,
# samfundsliv, socialt liv). A vague word next to one of these still leaves a specific goal.
CONCRETE_AREAS: tuple[tuple[str, str], ...] = (
    ("deltage", r"\bdelt(?:age|ager|aget)\b"),
    ("indkøb", r"\bhandle[rs]?\s+ind\b|\bindkøb\w*"),
    # Spelled out: "mad\w*" would also match the first name "Mads".
    (
        "mad",
        r"\bmad(?:en|lavning|pakke|pakken|pakker|plan|planen|vaner)?\b|\b\w+mad(?:en)?\b"
        r"|\bspis(?:e|er)\b|\bmåltid\w*",
    ),
    ("transport", r"\b(?:bus|bussen|tog|toget|cykel|cykle|cykler|rejseplanen)\b"),
    (
        "økonomi",
        r"\bbetal\w*|\bregning\w*|\bhusleje\b|\bøkonomi\w*|\bbudget\w*|\bpenge\b|\bspare\b",
    ),
    ("medicin", r"\bmedicin\w*|\binsulin\b"),
    ("hygiejne", r"\bbad\b|\bbade\b|\bhygiejne\b|\btænder\b|\bklæde\s+sig\b"),
    ("tøj", r"\btøj\w*|\bvask\w*"),
    (
        "rengøring",
        r"\brengøring\b|\bgør(?:e)?\s+rent\b|\bstøvsug\w*|\bryd\w*\s+op\b|\boprydning\b"
        r"|\bren\b",
    ),
    ("post", r"\bpost\b|\be-boks\b"),
    ("læge og aftaler", r"\b\w*læge\w*|\b\w*aftale[rn]?\b"),
    (
        "arbejde og uddannelse",
        r"\bværksted\w*|\bjob\w*|\bpraktik\w*|\buddannelse\w*|\bskole\w*|\bbeskæftigelse\b",
    ),
    (
        "socialt liv",
        r"\bnetværk\w*|\bven(?:ner|nen|inde)?\b|\bfamilie\w*|\bkontakt(?:en)?\b|\bfællesskab\w*"
        r"|\bfællesspisning\w*|\baktivitet\w*|\budflugt\w*|\bgrænser\b",
    ),
    (
        "søvn",
        r"\bdøgnrytme\w*|\bsøvn\b|\bsov(?:e|er)\b|\bstå(?:r)?\s+op\b|\bkomme(?:r)?\s+op\b"
        r"|\bseng\w*",
    ),
    ("rusmidler", r"\balkohol\b|\bhash\w*|\bryg(?:e|er|ning)\b|\bgenstande\b"),
    ("motion", r"\bmotion\b|\btur\b|\btræning\w*|\bsvøm\w*|\bfysioterapi\b"),
    (
        "sundhed",
        r"\bindlæggelse\w*|\bbehandling\w*|\bpleje\b|\bvægt\b|\btabe\s+sig\b|\bkost\w*",
    ),
    ("kæledyr", r"\b(?:hund|hunden|kat|katten|kæledyr)\b"),
    ("konflikter", r"\bkonflikt\w*"),
)

_STAFF = (
    r"(?:personalet|personale|medarbejder(?:en|ne)?|bostøtte(?:n|medarbejderen)?"
    r"|kontaktperson(?:en)?|støtteperson(?:en)?|pædagog(?:en|erne)?|udfører(?:en)?"
    r"|botilbuddet|vi)"
)
_STAFF_VERB = (
    r"(?:støtte|støtter|hjælpe|hjælper|guide|guider|motivere|motiverer|sikre|sikrer"
    r"|vejlede|vejleder|understøtte|understøtter|sørge|sørger|ledsage|ledsager|træne"
    r"|træner)"
)
# Goals often begin "Delmål 1:" or "Målet er, at"; skip that before looking at the start.
_START = r"^\s*(?:delmål\s*\d*\s*:\s*)?(?:at\s+)?"

# The goal says what the staff does, not what the citizen achieves.
ACTIVITY_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "støtte/hjælpe/sikre",
        _START + r"(?:støtte|understøtte|hjælpe|guide|motivere|vejlede|sikre|sørge\s+for"
        r"|ledsage|give|yde|tilbyde|skabe)\b",
    ),
    (
        "støtte til",
        _START + r"(?:socialpædagogisk\s+|praktisk\s+|pædagogisk\s+)?(?:støtte|hjælp|bostøtte"
        r"|vejledning|guidning|ledsagelse|rådgivning|motivation|støttesamtaler?)\b",
    ),
    (
        "personalet skal",
        rf"\b{_STAFF}\s+(?:(?:skal|vil|kan)\s+(?:\S+\s+){{0,3}}?)?{_STAFF_VERB}\b",
    ),
    ("der skal arbejdes", r"\bder\s+(?:skal\s+|vil\s+)?arbejdes\b|\bskal\s+der\s+arbejdes\b"),
    (
        "skal støttes",
        r"\bskal\b(?:\s+\S+){0,4}?\s+(?:støttes|hjælpes|guides|motiveres|vejledes|ledsages"
        r"|understøttes|mindes|påmindes|trænes)\b",
    ),
    ("sikre at", r"\bsikres?\s*,?\s+at\b"),
    # An opportunity offered, not a result reached: "skal have mulighed for at deltage".
    (
        "mulighed for",
        r"\b(?:have|få|får|har|gives|gøres)\s+(?:\w+\s+)?(?:mulighed(?:en)?|muligheder|tilbud)"
        r"\s+(?:for|om)\b",
    ),
    # The staff as the subject of the goal's first clause: "Personalet arbejder ud fra ...",
    # "Bostøtten tilrettelægger ...". Whatever the verb, the goal is about their work.
    (
        "personalet som grundled",
        _START + _STAFF + r"(?:\s+og\s+\w+)?\s+(?!og\b)(?:skal\s+|vil\s+|kan\s+)?"
        r"(?:arbejde|arbejder|tilrettelægge|tilrettelægger|planlægge|planlægger|lave|laver"
        r"|give|giver|tilbyde|tilbyder|afholde|afholder|følge|følger|have|har|tage|tager"
        r"|bruge|bruger|anvende|anvender|holde|holder|være|er|gå|går|tale|taler)\b",
    ),
    # A topic heading instead of a goal: "Fokus på ...".
    ("fokus på", _START + r"(?:der\s+skal\s+være\s+|øget\s+|mere\s+)?fokus\s+på\b"),
    ("der ydes", r"\b(?:ydes|gives|tilbydes|bevilges)\b"),
    (
        "får støtte til",
        r"\b(?:får|modtager|have|modtage)\s+(?:\w+\s+)?(?:støtte|hjælp|vejledning|guidning"
        r"|bostøtte|ledsagelse)\s+(?:til|i|med|ved)\b",
    ),
)
# "sammen med bostøtten", "fra personalet": the staff word is not the subject there.
_NOT_SUBJECT_BEFORE = frozenset(
    {"med", "fra", "af", "til", "hos", "sin", "sit", "sine", "hans", "hendes", "deres"}
)

# Absolutes: the goal is hardly realistic as written.
ABSOLUTE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("altid", r"\baltid\b"),
    ("aldrig", r"\baldrig\b"),
    ("100 %", r"\b100\s*(?:%|procent\b)"),
    ("helt uden", r"\bhelt\s+uden\b"),
    ("fuldstændig", r"\bfuldstændig(?:t)?\b"),
    ("hver eneste", r"\bhver\s+eneste\b"),
    ("fejlfrit", r"\bfejlfri(?:t)?\b"),
)

# Named methods and approaches. Acronyms are case-sensitive: "krap" is a Danish word
# ("en krap økonomi"), "kat" is a cat.
NAMED_METHODS: tuple[tuple[str, str], ...] = (
    ("KRAP", r"(?-i:\bKRAP\b)"),
    ("ICDP", r"(?-i:\bICDP\b)"),
    ("Marte Meo", r"\bmarte\s+meo\b"),
    ("Low Arousal", r"\blow[\s-]+arousal\b"),
    ("neuropædagogik", r"\bneuropædagog\w*"),
    ("NADA", r"(?-i:\bNADA\b)"),
    ("mindfulness", r"\bmindfulness\w*"),
    ("piktogrammer", r"\bpiktogram\w*"),
    ("social færdighedstræning", r"\b(?:social\s+)?færdighedstræning\w*"),
    ("kognitiv terapi", r"\bkognitiv\w*\s+(?:adfærds)?terapi\b"),
    ("motiverende samtale", r"\bmotiverende\s+samtale\w*"),
    ("mentalisering", r"\bmentalis\w*"),
    ("TEACCH", r"(?-i:\bTEACCH\b)"),
    ("Gentle Teaching", r"\bgentle\s+teaching\b"),
    ("Åben Dialog", r"\båben\s+dialog\b"),
    ("dialektisk adfærdsterapi", r"\bdialektisk\s+adfærdsterapi\b|(?-i:\bDBT\b)"),
    ("IMR", r"(?-i:\bIMR\b)|\billness\s+management\b"),
    ("CTI", r"(?-i:\bCTI\b)"),
    ("sociale historier", r"\bsociale\s+historier\b|\bsocial\s+stories\b"),
    ("tegneseriesamtaler", r"\btegneseriesamtale\w*"),
    ("løsningsfokuseret", r"\bløsningsfokuser\w*"),
    ("narrativ", r"\bnarrativ\w*"),
    ("sanseintegration", r"\bsanse(?:integration|stimulering)\w*"),
    ("struktureret pædagogik", r"\bstruktureret\s+pædagogik\b"),
    ("miljøterapi", r"\bmiljøterap\w*"),
    ("recovery-orienteret", r"\brecovery[\s-]+orienteret\b"),
    ("ADL-træning", r"\bADL[\s-]+træning\b"),
    ("anerkendende pædagogik", r"\banerkendende\b"),
    ("jeg-støttende", r"\bjeg-?støttende\b"),
    ("visuel støtte", r"\bvisuel(?:le)?\s+(?:støtte|struktur|guide)\b|\bboardmaker\b"),
    ("tilgang", r"\btilgang(?:e|en|ene)?\b"),
)

# Phrases whose job is to say how: a means, a tool, an approach.
MEANS_PHRASES: tuple[tuple[str, str], ...] = (
    ("ved hjælp af", r"\bved\s+hjælp\s+af\b"),
    ("med brug af", r"\bmed\s+brug\s+af\b"),
    ("ved brug af", r"\bved\s+brug\s+af\b"),
    ("ved anvendelse af", r"\b(?:ved|med)\s+anvendelse\s+af\b"),
    ("ved at", r"\bved\s+at\b"),
)

# "ved at" after these is not a means: "er ved at" (is in the process of), "tryg ved at".
_NOT_MEANS_BEFORE_VED_AT = frozenset(
    {
        "er", "var", "være", "været", "bliver", "blev", "tryg", "utryg", "glad", "ked",
        "god", "dårlig", "vant", "tilpas", "rolig", "komfortabel",
    }
)  # fmt: skip

# "gennem" is a means unless it is a span of time or a route. After an article the noun
# decides (see _method_hits): "gennem de næste uger" is time, "gennem den daglige
# guidning" a means.
_GENNEM_ARTICLES = frozenset({"de", "den", "det"})
_GENNEM_NOT_MEANS_NEXT = frozenset(
    {
        "hele", "dagen", "ugen", "måneden", "året", "natten", "perioden", "forløbet",
        "tiden", "livet", "weekenden", "de", "den", "det", "sommeren", "vinteren",
        "foråret", "efteråret", "årene", "månederne", "ugerne", "dagene", "byen", "skoven",
        "parken", "centrum", "gaden", "huset", "haven", "bygningen", "døren", "indgangen",
        "køkkenet", "stuen", "gangen", "butikken", "området", "kvarteret", "midtbyen",
    }
)  # fmt: skip
# "via" is usually a route ("via Ringkøbing"), a channel ("via telefon") or an agency
# ("via jobcentret"); it is a means only when a support or method word follows.
_VIA_MEANS_WORD = re.compile(
    r"(?:ning|ninger|else|elser|samtale|samtaler|dialog|støtte|støtten|hjælp|træning"
    r"|terapi|pædagogik|metode|metoden|metoder|øvelse|øvelser|rollespil|forløb|forløbet"
    r"|tilgang|struktur|skema|skemaer|piktogram|piktogrammer|rutine|rutiner|rutinerne"
    r"|ritual|ritualer|aftaler|tider|planer|redskaber|værktøjer)$",
    _FLAGS,
)
# Channels and places the citizen uses ("via offentlig transport", "via digital post"):
# with an adjective in front they are still the what, not a method.
_VIA_CHANNEL_WORD = re.compile(
    r"^(?:telefon\w*|mobil\w*|netbank\w*|mail\w*|e-?mail\w*|sms\w*|post\w*|e-boks|app\w*"
    r"|internet\w*|nettet|hjemmeside\w*|video\w*|skærm\w*|transport\w*|bus\w*|tog\w*"
    r"|kommune\w*|jobcent\w*|borgerservice\w*|læge\w*|medier|facebook|messenger)$",
    _FLAGS,
)


# --------------------------------------------------------------------------------------
# Messages. Fixed texts; {trigger} is only ever a label from the tables above.
# --------------------------------------------------------------------------------------

_MESSAGES: Mapping[tuple[str, str], tuple[str, str]] = MappingProxyType(
    {
        ("activity_not_goal", "S"): (
            "Målet beskriver personalets indsats ('{trigger}'), ikke hvad borgeren skal opnå. "
            "Et SMART mål siger, hvad borgeren kan eller gør, når målet er nået; støtten og "
            "handlingerne beskriver udfører selv.",
            "The goal describes the staff's work ('{trigger}'), not what the citizen is to "
            "achieve. A SMART goal says what the citizen can do or does when it is reached; "
            "the provider describes the support and actions.",
        ),
        ("vague", "S"): (
            "Målet er ikke specifikt: det beskriver en tilstand eller en almen egenskab "
            "('{trigger}') uden et konkret område eller en konkret handling. Skriv, hvad "
            "borgeren konkret skal kunne eller gøre.",
            "The goal is not specific: it describes a state or a general quality "
            "('{trigger}') without a concrete area or activity. Say what the citizen is "
            "concretely to be able to do.",
        ),
        ("not_specific", "S"): (
            "Målet nævner kun et emne. Et SMART mål skal være specifikt og konkret, så det er "
            "tydeligt, hvad der skal være opfyldt.",
            "The goal only names a topic. A SMART goal must be specific and concrete, so it "
            "is clear what must be fulfilled.",
        ),
        ("vague", "M"): (
            "Målet kan ikke måles: '{trigger}' siger ikke, hvornår målet er nået. Angiv fx "
            "hyppighed, antal, varighed eller en synlig sluttilstand (fx 'selv', 'uden "
            "påmindelse').",
            "The goal cannot be measured: '{trigger}' does not say when it is reached. Give "
            "e.g. a frequency, a number, a duration or a visible end state (e.g. 'selv', "
            "'uden påmindelse').",
        ),
        ("vague_frequency", "M"): (
            "Hyppigheden er uklar ('{trigger}'), så det kan ikke måles, om målet er nået. "
            "Angiv hvor ofte, fx 'to gange om ugen'.",
            "The frequency is unclear ('{trigger}'), so it cannot be measured whether the "
            "goal is reached. Say how often, e.g. 'to gange om ugen'.",
        ),
        ("not_measurable", "M"): (
            "Det fremgår ikke, hvordan man kan se, om målet er nået. Angiv fx hyppighed, "
            "antal, varighed eller en synlig sluttilstand (fx 'selv', 'uden påmindelse').",
            "It does not say how one can tell that the goal is reached. Give e.g. a "
            "frequency, a number, a duration or a visible end state (e.g. 'selv', 'uden "
            "påmindelse').",
        ),
        ("not_accepted", "A"): (
            "Det er registreret, at borgeren ikke har accepteret målet. Et SMART mål skal "
            "være accepteret, også af borgeren.",
            "It is recorded that the citizen has not accepted the goal. A SMART goal must be "
            "accepted, also by the citizen.",
        ),
        ("acceptance_unknown", "A"): (
            "Det er ikke registreret, om borgeren har accepteret målet. Et SMART mål skal "
            "være accepteret, også af borgeren.",
            "It is not recorded whether the citizen has accepted the goal. A SMART goal must "
            "be accepted, also by the citizen.",
        ),
        ("unrealistic", "R"): (
            "Målet indeholder en absolut formulering ('{trigger}'). Et SMART mål skal være "
            "realistisk at nå inden for tidsrammen; overvej et mål, borgeren kan nå.",
            "The goal contains an absolute ('{trigger}'). A SMART goal must be realistic "
            "within its time frame; consider a goal the citizen can reach.",
        ),
        ("no_time", "T"): (
            "Målet har ingen tidsramme. Angiv en dato eller en frist, fx 'inden for tre "
            "måneder' eller 'til næste opfølgning', eller udfyld opfølgningsdatoen.",
            "The goal has no time frame. Give a date or a deadline, e.g. 'inden for tre "
            "måneder' or 'til næste opfølgning', or fill in the follow-up date.",
        ),
        ("metodeanvisning", "-"): (
            "Målet indeholder en metodeanvisning ('{trigger}'). Mål skal beskrive hvad, ikke "
            "hvordan: udfører vælger metoden og beskriver den under handlinger.",
            "The goal contains a method instruction ('{trigger}'). Goals say what, not how: "
            "the provider chooses the method and describes it under actions.",
        ),
    }
)


def _problem(kind: str, letter: str, text: str, hit: _Hit | None = None) -> TextProblem:
    """A problem at ``hit`` (quoting only its fixed label), or about the whole text."""
    da, en = _MESSAGES[kind, letter]
    trigger = hit.label if hit else ""
    start, end = (hit.start, hit.end) if hit else (0, len(text))
    return TextProblem(
        kind=kind,
        letter=letter,
        message_da=da.format(trigger=trigger),
        message_en=en.format(trigger=trigger),
        start=start,
        end=end,
    )


# --------------------------------------------------------------------------------------
# Matching helpers
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Hit:
    label: str
    start: int
    end: int


def _compile(table: Iterable[tuple[str, str]]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((label, re.compile(pattern, _FLAGS)) for label, pattern in table)


_TIME = _compile(TIME_PATTERNS)
_QUANTITY = _compile(QUANTITY_PATTERNS)
_VAGUE_FREQUENCY = _compile(VAGUE_FREQUENCY_PATTERNS)
_END_STATE = _compile(END_STATE_PATTERNS)
_VAGUE = _compile(VAGUE_PATTERNS)
_CONCRETE = _compile(CONCRETE_AREAS)
_ACTIVITY = _compile(ACTIVITY_PATTERNS)
_ABSOLUTE = _compile(ABSOLUTE_PATTERNS)
_NAMED = _compile(NAMED_METHODS)
_MEANS = _compile(MEANS_PHRASES)
_CLOCK_RE = re.compile(_CLOCK, _FLAGS)
_GENNEM_VIA = re.compile(r"\b(gennem|via)\b", _FLAGS)
_WORD = re.compile(r"[\w-]+")


def _scan(table: Iterable[tuple[str, re.Pattern[str]]], text: str) -> list[_Hit]:
    return [_Hit(label, m.start(), m.end()) for label, rx in table for m in rx.finditer(text)]


def _first(hits: list[_Hit]) -> _Hit:
    return min(hits, key=lambda h: (h.start, h.end))


def _overlaps(hit: _Hit, spans: Iterable[_Hit]) -> bool:
    return any(hit.start < s.end and s.start < hit.end for s in spans)


def _word_before(text: str, pos: int, skip: int = 0) -> str:
    words = _WORD.findall(text[:pos])
    return words[-1 - skip].lower() if len(words) > skip else ""


def _words_after(text: str, pos: int, n: int) -> list[str]:
    return _WORD.findall(text[pos:])[:n]


_ARTICLES = frozenset({"en", "et", "den", "det", "de", "sin", "sit", "sine"})
_ADJECTIVE_END = re.compile(r"(?:e|t|ig|isk|ede|ende)$", _FLAGS)


def _names_a_means(words: list[str]) -> bool:
    """Whether the phrase after "via" is a support or method word ("via guidning", "via en
    fast struktur"), looking past an article and one adjective-looking word."""
    words = [w for w in words if w.lower() not in _ARTICLES]
    if not words:
        return False
    if _VIA_MEANS_WORD.search(words[0]):
        return True
    # An adjective and then a noun that is not a channel: "via faste sengetider", "via
    # daglige samtaler". A means described by its quality, where a channel rarely is.
    return (
        len(words) > 1
        and bool(_ADJECTIVE_END.search(words[0]))
        and not _VIA_CHANNEL_WORD.match(words[1])
        and not words[1][:1].isupper()
    )


def _support_noun_follows(words: list[str]) -> bool:
    """Whether a support or method noun comes first, or after one adjective ("daglige
    guidning"). Stricter than :func:`_names_a_means`: any noun will not do."""
    if not words:
        return False
    if _VIA_MEANS_WORD.search(words[0]):
        return True
    return (
        len(words) > 1
        and bool(_ADJECTIVE_END.search(words[0]))
        and bool(_VIA_MEANS_WORD.search(words[1]))
    )


def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


# --------------------------------------------------------------------------------------
# The checks
# --------------------------------------------------------------------------------------


def _time_hits(text: str) -> list[_Hit]:
    """Phrases that give the goal a time frame. Clock times are not time frames."""
    clocks = [_Hit("kl.", m.start(), m.end()) for m in _CLOCK_RE.finditer(text)]
    hits = _scan(_TIME, text)
    for m in _NUMERIC_DATE.finditer(text):
        day, month = int(m.group(1)), int(m.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12:
            hits.append(_Hit("dato", m.start(), m.end()))
    hits.extend(_Hit("årstal", m.start(), m.end()) for m in _YEAR.finditer(text))
    return [h for h in hits if not _overlaps(h, clocks)]


def _quantity_hits(text: str, exclude: list[_Hit]) -> list[_Hit]:
    hits = []
    for hit in _scan(_QUANTITY, text):
        if _overlaps(hit, exclude):
            continue
        if hit.label == "tal" and _LABEL_NUMBER.search(text[: hit.start]):
            continue
        hits.append(hit)
    return hits


def _end_state_hits(text: str) -> list[_Hit]:
    hits = []
    for hit in _scan(_END_STATE, text):
        before = _word_before(text, hit.start)
        if hit.label == "selv":
            after = _words_after(text, hit.end, 1)
            if after and after[0].lower() in _CONCESSIVE_AFTER_SELV:
                continue  # "selv om", "selv når": concessive
            # "sig selv" is reflexive, but "af sig selv" means "on one's own initiative".
            if before in _REFLEXIVE and _word_before(text, hit.start, skip=1) != "af":
                continue
        if hit.label == "selvstændigt" and before in {"mere", "bedre", "så"}:
            continue
        if hit.label == "alene" and before == "ikke":
            continue  # "ikke alene" = not only
        hits.append(hit)
    return hits


def _activity_hits(text: str) -> list[_Hit]:
    hits = []
    for hit in _scan(_ACTIVITY, text):
        before = _word_before(text, hit.start)
        if hit.label == "personalet skal" and before in _NOT_SUBJECT_BEFORE:
            continue
        hits.append(hit)
    return hits


def _method_hits(text: str) -> list[_Hit]:
    """Method triggers in text order: named methods and means phrases."""
    hits = _scan(_NAMED, text)
    for hit in _scan(_MEANS, text):
        if hit.label == "ved at" and _word_before(text, hit.start) in _NOT_MEANS_BEFORE_VED_AT:
            continue
        hits.append(hit)
    for m in _GENNEM_VIA.finditer(text):
        word = m.group(1).lower()
        after = _words_after(text, m.end(), 3)
        if not after:
            continue
        if word == "gennem":
            nxt = after[0]
            # A capitalised word after "gennem" is a place ("gennem Skjern") unless it is
            # a named method ("gennem KRAP-samtaler"), which the named list already finds.
            if nxt.lower() in _GENNEM_ARTICLES:
                # "gennem den daglige guidning" is a means, "gennem de næste uger" is not:
                # decide by the noun after the article.
                if not _support_noun_follows(after[1:]):
                    continue
            elif nxt.lower() in _GENNEM_NOT_MEANS_NEXT or nxt[:1].isupper():
                continue
        elif not _names_a_means(after):
            continue
        hits.append(_Hit(word, m.start(), m.end()))
    return sorted(set(hits), key=lambda h: (h.start, h.end, h.label))


_MEANS_WINDOW_WORDS = 3
_MEANS_LABELS = frozenset({label for label, _ in MEANS_PHRASES} | {"gennem", "via"})


def _means_windows(text: str, method_hits: list[_Hit]) -> list[_Hit]:
    """The trigger of a means phrase plus the next few words ("gennem arbejdet på
    værkstedet"). Those words say how, not what, so they do not make a goal specific."""
    windows = []
    for hit in method_hits:
        if hit.label not in _MEANS_LABELS:
            continue
        end = hit.end
        for m in islice(_WORD.finditer(text, hit.end), _MEANS_WINDOW_WORDS):
            end = m.end()
        windows.append(_Hit(hit.label, hit.start, end))
    return windows


_COMPARATIVE_LABELS = frozenset({"bedre/mere", "blive god til"})
_TIL_AT = re.compile(r"\btil\s+at\s+", _FLAGS)
_CLAUSE_END = re.compile(r"[,.;:!?]|\s(?:og|så|men|når)\s", _FLAGS)


def _concrete_action_hits(text: str, vague_hits: list[_Hit], means: list[_Hit]) -> list[_Hit]:
    """ "bedre til at bede om hjælp": a comparative followed by "til at" and an action with
    no vague word in it names a concrete behaviour, even in an area not on the list."""
    hits = []
    for hit in vague_hits:
        if hit.label not in _COMPARATIVE_LABELS:
            continue
        m = _TIL_AT.match(text, hit.end) or _TIL_AT.match(text, hit.end + 1)
        if not m:
            continue
        stop = _CLAUSE_END.search(text, m.end())
        action = _Hit("handling", m.end(), stop.start() if stop else len(text))
        if action.end <= action.start or _overlaps(action, means):
            continue
        if any(_overlaps(v, [action]) for v in vague_hits):
            continue
        hits.append(action)
    return hits


def find_metodeanvisninger(text: str) -> tuple[TextProblem, ...]:
    """Find method instructions in a goal (RK15-22, RK22-09), in text order."""
    problems: list[TextProblem] = []
    seen: set[tuple[int, int]] = set()
    for hit in _method_hits(text):
        if (hit.start, hit.end) in seen:  # one finding per span
            continue
        seen.add((hit.start, hit.end))
        problems.append(_problem("metodeanvisning", "-", text, hit))
    return tuple(problems)


def analyse_goal(
    text: str,
    *,
    accepteret: bool | None = None,
    har_dato: bool = False,
) -> SmartAnalysis:
    """Check one goal text against SMART and look for metodeanvisninger.

    ``accepteret`` is the citizen's recorded acceptance (a case field; ``None`` = not
    recorded, which counts as missing). ``har_dato`` says the goal has a follow-up or
    deadline date in a structured field, which satisfies T.
    """
    problems: list[TextProblem] = []

    time_hits = _time_hits(text)
    vague_hits = _scan(_VAGUE, text)
    vague_freq = _scan(_VAGUE_FREQUENCY, text)
    # Numbers inside a time frame ("om tre måneder") or a vague frequency ("en gang
    # imellem") are not measures of the goal.
    quantities = _quantity_hits(text, time_hits + vague_freq)
    end_states = _end_state_hits(text)
    activity = _activity_hits(text)
    means = _means_windows(text, _method_hits(text))
    concrete = [hit for hit in _scan(_CONCRETE, text) if not _overlaps(hit, means)]
    concrete += _concrete_action_hits(text, vague_hits, means)
    # A comparative with a countable target ("reducere ... til max 1 om dagen") names
    # something that can be counted, which is concrete whatever the area.
    if quantities and all(h.label in _COMPARATIVE_LABELS for h in vague_hits):
        concrete += quantities
    absolutes = _scan(_ABSOLUTE, text)

    # S: the first reason found is reported; an activity-goal is the most useful to hear.
    if activity:
        problems.append(_problem("activity_not_goal", "S", text, _first(activity)))
    elif _word_count(text) < 3:
        problems.append(_problem("not_specific", "S", text))
    elif vague_hits and not concrete:
        problems.append(_problem("vague", "S", text, _first(vague_hits)))
    specifikt = not problems

    # M: a quantity, or an end state that no vague frequency undermines ("nogle gange selv").
    maalbart = bool(quantities) or (bool(end_states) and not vague_freq)
    if not maalbart:
        if vague_freq:
            problems.append(_problem("vague_frequency", "M", text, _first(vague_freq)))
        elif vague_hits:
            problems.append(_problem("vague", "M", text, _first(vague_hits)))
        else:
            problems.append(_problem("not_measurable", "M", text))

    # A: a field, never text.
    if accepteret is not True:
        kind = "not_accepted" if accepteret is False else "acceptance_unknown"
        problems.append(_problem(kind, "A", text))

    # R: only absolutes are visible in text.
    realistisk = not absolutes
    if absolutes:
        problems.append(_problem("unrealistic", "R", text, _first(absolutes)))

    # T
    tidsbestemt = har_dato or bool(time_hits)
    if not tidsbestemt:
        problems.append(_problem("no_time", "T", text))

    problems.extend(find_metodeanvisninger(text))
    return SmartAnalysis(
        specifikt=specifikt,
        maalbart=maalbart,
        accepteret=accepteret is True,
        realistisk=realistisk,
        tidsbestemt=tidsbestemt,
        problems=tuple(problems),
    )
