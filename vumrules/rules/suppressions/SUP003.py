"""SUP003: a suppression that suppresses nothing (like ruff's RUF100)."""

from __future__ import annotations

from ...findings import Severity
from ...rule import Rule, _dedent

RULE = Rule(
    code="SUP003",
    name="ubrugt-undertrykkelse",
    requirements=(),
    severity=Severity.WARNING,
    message_da="Undertrykkelsen af {koder} undertrykker ingen fund; fjern den (eller ret koden/feltet)",
    message_en="The suppression of {koder} suppresses no finding; remove it (or fix the code/field)",
    what_da=_dedent("""
        Finder gyldige undertrykkelser (med begrundelse og `af`), som ikke matchede noget fund
        i denne kørsel: koden er forkert eller ukendt, feltet (`felt`) findes ikke, eller
        fundet er rettet. Tjekkes efter alle andre regler har kørt.
    """),
    what_en=_dedent("""
        Finds valid suppressions (with a reason and `af`) that matched no finding in this run:
        the code is wrong or unknown, the field (`felt`) does not exist, or the finding has
        been fixed. Checked after every other rule has run.
    """),
    why_da=_dedent("""
        En gammel undertrykkelse, der ikke længere bruges, vil stille skjule et nyt fund af
        samme slags senere. Fjern den, når sagen er rettet.
    """),
    why_en=_dedent("""
        An old suppression that is no longer used will silently hide a new finding of the
        same kind later. Remove it once the case has been fixed.
    """),
    example_fail=_dedent("""
        format_version: "1.0"
        sag_id: S-2003
        henvendelse:
          dato: 2026-02-10
        undertrykkelser:
          - koder: [SCH003]  # expect: SUP003
            felt: /henvendelse/kanal
            begrundelse: Feltet kommer fra fagsystemets eksport og bruges i egen statistik.
            af: SB-117
    """),
    example_pass=_dedent("""
        format_version: "1.0"
        sag_id: S-2003
        henvendelse:
          dato: 2026-02-10
          kanal: telefon
        undertrykkelser:
          - koder: [SCH003]
            felt: /henvendelse/kanal
            begrundelse: Feltet kommer fra fagsystemets eksport og bruges i egen statistik.
            af: SB-117
    """),
    source="docs/suppressions.md",
    kind="post",
)
