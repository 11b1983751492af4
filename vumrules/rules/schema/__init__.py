"""SCH: the case format itself. These findings come from the loader (reading and validating
a document), not from a check over the typed case; they are rules so that they have codes,
messages in both languages, documentation and profile control like every other rule."""

from __future__ import annotations

from ...hookspec import hookimpl
from ...rule import Rule
from ...findings import Severity

_BASE = """\
format_version: "1.0"
sag_id: S-0001
"""


def _load_rule(code: str, name: str, severity: str, message: tuple[str, str], what: tuple[str, str],
               why: tuple[str, str], fail: str, ok: str = _BASE) -> Rule:
    return Rule(
        code=code, name=name, requirements=(), severity=Severity.parse(severity),
        message_da=message[0], message_en=message[1], what_da=what[0], what_en=what[1],
        why_da=why[0], why_en=why[1], example_fail=fail, example_pass=ok, kind="load",
        source="docs/case-format.md",
    )


RULES = (
    _load_rule(
        "SCH001", "ulaeselig-fil", "error",
        ("Filen kan ikke læses som {format}: {fejl}", "The file cannot be read as {format}: {fejl}"),
        ("Filen eller dokumentet kan ikke læses: syntaksfejl i YAML/JSON, ikke UTF-8, tom fil, "
         "for stor fil eller ukendt filtype.",
         "The file or document cannot be read: YAML/JSON syntax error, not UTF-8, empty, too "
         "large or of an unknown type."),
        ("En sag der ikke kan læses, kan ikke kontrolleres. Fundet peger på linjen og kolonnen "
         "hvor læsningen gik galt, og resten af kørslen fortsætter.",
         "A case that cannot be read cannot be checked. The finding points at the line and "
         "column where reading failed; the rest of the run goes on."),
        'format_version: "1.0"\nsag_id: S-0001\nhenvendelse:\n  dato: 2025-01-02\n   fra: [borger]  # expect: SCH001\n',
    ),
    _load_rule(
        "SCH002", "ugyldig-vaerdi", "error",
        ("Feltet har en ugyldig værdi: forventet {forventet}",
         "The field has an invalid value: expected {forventet_en}"),
        ("Et felt har en værdi af forkert type eller en værdi uden for de tilladte (fx en dato "
         "der ikke er en dato, eller en ukendt afgørelsestype).",
         "A field has a value of the wrong type or outside the allowed values (e.g. a date "
         "that is not a date, or an unknown decision type)."),
        ("Reglerne kan kun læse felter med gyldige værdier. Værdien citeres ikke (den kan være "
         "personoplysninger); resten af sagen kontrolleres stadig.",
         "Rules can only read fields with valid values. The value is not quoted (it may be "
         "personal data); the rest of the case is still checked."),
        _BASE + "henvendelse:\n  dato: i går  # expect: SCH002\n",
    ),
    _load_rule(
        "SCH003", "ukendt-felt", "warning",
        ("Ukendt felt '{felt}' (stavefejl, eller hører det til et andet sted?)",
         "Unknown field '{felt}' (a typo, or does it belong somewhere else?)"),
        ("Dokumentet har et felt, som sagsformatet ikke kender.",
         "The document has a field the case format does not know."),
        ("Et felt med en stavefejl bliver ellers stille ignoreret, og så mangler oplysningen "
         "for reglerne. `vumrules schema` viser de gyldige felter.",
         "A misspelt field would otherwise be silently ignored, and the rules would miss the "
         "information. `vumrules schema` shows the valid fields."),
        _BASE + "henvendelse:\n  datoo: 2025-01-02  # expect: SCH003\n",
    ),
    _load_rule(
        "SCH004", "mangler-felt", "error",
        ("Det påkrævede felt '{felt}' mangler", "The required field '{felt}' is missing"),
        ("Et felt som formatet kræver, mangler (fx `sag_id`, eller `navn` på et tema).",
         "A field the format requires is missing (e.g. `sag_id`, or a theme's `navn`)."),
        ("Uden fx sagens id kan fund ikke knyttes til sagen i rapporter; et tema uden navn kan "
         "ikke vurderes. Fundet peger på det nærmeste overordnede felt.",
         "Without e.g. the case id, findings cannot be tied to the case in reports; a theme "
         "without a name cannot be assessed. The finding points at the nearest parent."),
        'format_version: "1.0"  # expect: SCH004\nhenvendelse:\n  dato: 2025-01-02\n',
    ),
    _load_rule(
        "SCH005", "dublet-noegle", "error",
        ("Feltet '{noegle}' står to gange i samme objekt; kun den sidste værdi ville blive brugt",
         "The field '{noegle}' appears twice in the same object; only the last value would be used"),
        ("Samme nøgle står to gange i et YAML- eller JSON-objekt.",
         "The same key appears twice in a YAML or JSON object."),
        ("De fleste læsere bruger stille den sidste værdi, så den første forsvinder. Det skal "
         "rettes i filen, så der ikke er tvivl om hvad sagen siger.",
         "Most readers silently keep the last value and drop the first. Fix it in the file so "
         "there is no doubt about what the case says."),
        _BASE + "henvendelse:\n  dato: 2025-01-02\n  dato: 2025-01-03  # expect: SCH005\n",
    ),
    _load_rule(
        "SCH006", "usikker-yaml", "error",
        ("YAML-konstruktionen understøttes ikke: {aarsag}", "Unsupported YAML construct: {aarsag}"),
        ("YAML med tags der ville bygge objekter (`!!python/...`), komplekse nøgler eller "
         "aliaser der udfolder sig til et enormt dokument.",
         "YAML with tags that would build objects (`!!python/...`), complex keys, or aliases "
         "that expand to a huge document."),
        ("vumrules læser kun data, aldrig kode, og en 'billion laughs'-fil må ikke kunne lægge "
         "en kørsel ned.",
         "vumrules reads data only, never code, and a 'billion laughs' file must not be able "
         "to bring a run down."),
        _BASE + "henvendelse: !!python/object:os.system  # expect: SCH006\n  dato: 2025-01-02\n",
    ),
    _load_rule(
        "SCH007", "ukendt-formatversion", "error",
        ("format_version '{version}' kendes ikke (understøttet: {understoettede})",
         "format_version '{version}' is not known (supported: {understoettede})"),
        ("Sagens `format_version` er ikke en version, denne vumrules kan læse.",
         "The case's `format_version` is not one this vumrules can read."),
        ("Felternes betydning kan ændre sig mellem versioner; en ukendt version kan give "
         "forkerte fund.",
         "The meaning of fields may change between versions; an unknown version may give "
         "wrong findings."),
        'format_version: "9.0"  # expect: SCH007\nsag_id: S-0001\n',
    ),
    _load_rule(
        "SCH900", "regel-fejlede", "error",
        ("Reglen {regel} fejlede på denne sag ({fejl}); sagen er ikke fuldt kontrolleret",
         "Rule {regel} failed on this case ({fejl}); the case is not fully checked"),
        ("En regel (typisk fra et plugin) kastede en undtagelse på en sag.",
         "A rule (typically from a plugin) raised an exception on a case."),
        ("En fejl i én regel må ikke stoppe kontrollen af andre regler og sager, men den må "
         "heller ikke skjules: sagen tæller som ikke kontrolleret for den regel.",
         "A bug in one rule must not stop the other rules and cases, nor be hidden: the case "
         "counts as not checked for that rule."),
        "# Opstår kun når en regel har en programfejl; se tests/test_engine.py\n" + _BASE,
    ),
    _load_rule(
        "SCH901", "deklarativ-regel-fejlede", "error",
        ("Den deklarative regel {regel} kunne ikke beregnes på denne sag ({fejl}); sagen er ikke "
         "kontrolleret for reglen",
         "The declarative rule {regel} could not be evaluated on this case ({fejl}); the case is "
         "not checked for that rule"),
        ("Et CEL-udtryk i en profils regel eller værdi fejlede på netop denne sag, fx fordi et "
         "felt er tomt (null), hvor udtrykket forventer en værdi. Fundet står ved det felt "
         "reglen var i gang med.",
         "A CEL expression in a profile's rule or value failed on this very case, e.g. because "
         "a field is empty (null) where the expression expects a value. The finding stands at "
         "the field the rule was evaluating."),
        ("En profilregel, der ikke kan beregnes, må hverken stoppe kørslen eller skjules: "
         "sagen tæller som ikke kontrolleret for reglen, og profilens forfatter kan rette "
         "udtrykket (fx med en 'naar'-betingelse eller '!= null').",
         "A profile rule that cannot be evaluated must neither stop the run nor be hidden: the "
         "case counts as not checked for that rule, and the profile's author can fix the "
         "expression (e.g. with a 'naar' condition or '!= null')."),
        "# Opstår kun med deklarative regler i en profil; se tests/plugins/test_declarative.py\n"
        + _BASE,
    ),
)


@hookimpl
def vumrules_rules():
    return RULES
