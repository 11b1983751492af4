"""What an extract may and may not hold (seed 004, "Data til registersamkørsel")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Callable, Iterator

from ...rule import Rule, rule

#: FK-01: the only fields an extract may carry, per level
ALLOWED_TOP = {"udtraek", "formaal", "afdeling", "dato", "borgere"}
ALLOWED_BORGER = {"borger_id", "ydelser", "flag", "boern_og_voksne_i_familien"}
ALLOWED_YDELSE = {"paragraf", "navn", "status", "sagsbehandler", "maal"}
ALLOWED_CONTACT = {"navn", "telefon", "mail", "enhed"}
ALLOWED_FLAGS = {"potentiel_tvaergaaende_indsats", "behov_bekraeftet", "behov_afkraeftet",
                 "hensigtsmaessig_start"}

#: FK-02: case documents and other things that must not be shared
FORBIDDEN_FIELDS = {
    "udredning": "udredninger", "udredninger": "udredninger", "afgoerelse": "afgørelser",
    "afgoerelser": "afgørelser", "handleplan": "handleplaner", "handleplaner": "handleplaner",
    "opfoelgning": "opfølgninger", "opfoelgninger": "opfølgninger", "journalnotater": "journalnotater",
    "journalnotat": "journalnotater", "klager": "klager", "klage": "klager",
    "tidligere_ydelser": "tidligere visiterede ydelser", "ansoegninger": "ikke behandlede ansøgninger",
    "opkraevninger": "opkrævninger", "samarbejdserfaringer": "samarbejdserfaringer",
    "vurdering": "sagsdokumenter (vurdering)", "bestilling": "sagsdokumenter (bestilling)",
}
ONGOING = {"igangvaerende", "igangværende", "aktiv", "bevilget"}
FORBIDDEN_STATUS = {
    "afsluttet": "tidligere visiterede ydelser", "ophoert": "tidligere visiterede ydelser",
    "ophørt": "tidligere visiterede ydelser", "afslag": "ikke tilkendte ydelser",
    "afslaaet": "ikke tilkendte ydelser", "afslået": "ikke tilkendte ydelser",
    "ansoegt": "ikke behandlede ansøgninger", "ansøgt": "ikke behandlede ansøgninger",
    "modtaget": "ikke behandlede ansøgninger", "ikke_behandlet": "ikke behandlede ansøgninger",
}

#: FK-03: benefit types the municipalities do not want to share
EXCLUDED = (
    ("boligsikring", r"boligsikring"), ("boligydelse", r"boligydelse"), ("varmetillæg", r"varmetill[æa]e?g"),
    ("friplads", r"friplads"), ("hjælpemidler", r"hj[æa]e?lpemidl|§\s*112\b|§\s*113\b"),
    ("tabt arbejdsfortjeneste", r"tabt arbejdsfortjeneste|§\s*42\b"),
    ("tandpleje/tandlæge", r"tandpleje|tandl[æa]e?ge"), ("ordinære sundhedsplejebesøg", r"sundhedspleje"),
    ("befordring", r"befordring"), ("helbredstillæg", r"helbredstill"), ("medicintillæg", r"medicintill"),
    ("enkeltydelser", r"enkeltydelse"), ("frivillig deltagelse", r"frivillig deltagelse"),
)
EXCLUDED_RE = [(label, re.compile(p, re.I)) for label, p in EXCLUDED]


def extract_rule(**kwargs) -> Callable[[Callable], Rule]:
    def wrap(fn: Callable) -> Rule:
        return replace(rule(**kwargs)(fn), kind="extract")
    return wrap


def borgere(data: Any) -> Iterator[tuple[tuple, dict]]:
    if isinstance(data, dict) and isinstance(data.get("borgere"), list):
        for i, b in enumerate(data["borgere"]):
            if isinstance(b, dict):
                yield ("borgere", i), b


def ydelser(data: Any) -> Iterator[tuple[tuple, dict]]:
    for path, b in borgere(data):
        if isinstance(b.get("ydelser"), list):
            for j, y in enumerate(b["ydelser"]):
                if isinstance(y, dict):
                    yield path + ("ydelser", j), y
