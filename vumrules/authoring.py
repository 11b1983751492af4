"""Writing a rule the way you write a pytest test.

::

    from vumrules import case_rule

    @case_rule(
        code="AAR001", name="henvendelse-uden-dato", requirements=("AAR-01",),
        severity="warning",
        message=("Henvendelsen har ingen dato", "The request has no date"),
        what=(..., ...), why=(..., ...), source="Aarhus-eksempel §1",
        felt="/henvendelse/dato",
        example_fail=..., example_pass=...,
    )
    def henvendelse_har_dato(case, options):
        if case.henvendelse is None:
            return                      # nothing to check: no finding
        assert case.henvendelse.dato is not None

The function receives the typed :class:`~vumrules.model.Case` and the rule's options (the
defaults declared on the rule, overridden by the profile). Two styles:

* **assert** (a plain function): a failed ``assert`` becomes one finding at ``felt``. The
  assert message may be a text (fills ``{detalje}`` in the messages), a dict of message
  arguments, or a :func:`~vumrules.rule.violation` (its own field and arguments). Like in
  pytest, the first failing assert ends the check of that case.
* **yield** (a generator): yield :func:`~vumrules.rule.violation` objects, one per finding,
  exactly like an ordinary rule; use it for one finding per list item.

A function may take a third parameter ``ctx`` (the :class:`~vumrules.rule.RuleContext`) for
dates and the vocabulary. Python run with ``-O`` drops ``assert`` statements; an assert-style
rule refuses to run there (finding SCH900 on each case) instead of silently passing.
"""

from __future__ import annotations

import ast
import inspect
import re
import sys
from typing import Any, Callable, Iterable, Iterator, Mapping

from .findings import Path, Violation, parse_pointer
from .rule import Applies, Rule, RuleContext, rule as _rule

__all__ = ["case_rule"]


def _path(felt: str | Iterable[str | int] | None) -> Path:
    if felt is None:
        return ()
    if isinstance(felt, str):
        return parse_pointer(felt if felt.startswith("/") else "/" + felt.replace(".", "/"))
    return tuple(felt)


_VIOLATION_REPR = re.compile(r"^Violation\(path=(.*), args=(\{.*\})\)$", re.S)


def _unrewritten(text: str) -> Any:
    """The assert message as the author wrote it. Under pytest's assertion rewriting (rules
    defined in test modules or conftest) the message arrives as text: the user's message,
    then ``\nassert <expression with the case's values>``; a dict or Violation message as its
    repr. The explanation is dropped (it may hold case data, FK-04) and a repr is read back."""
    if text.startswith("assert "):
        return None
    user = text.split("\nassert ", 1)[0] if "\nassert " in text else text
    m = _VIOLATION_REPR.match(user)
    try:
        if m:
            return Violation(tuple(ast.literal_eval(m.group(1))), ast.literal_eval(m.group(2)))
        if user.startswith("{") and user.endswith("}"):
            value = ast.literal_eval(user)
            if isinstance(value, dict):
                return value
    except (ValueError, SyntaxError):
        return None
    return user.replace("\n~", "\n")


def _from_assert(exc: AssertionError, at: Path) -> Violation:
    detail = exc.args[0] if exc.args else None
    if isinstance(detail, str):
        detail = _unrewritten(detail)
    if isinstance(detail, Violation):
        return detail
    if isinstance(detail, Mapping):
        return Violation(at, dict(detail))
    return Violation(at, {"detalje": "" if detail is None else str(detail)})


def case_rule(
    *,
    code: str,
    name: str,
    requirements: Iterable[str],
    severity: str,
    message: tuple[str, str],
    what: tuple[str, str],
    why: tuple[str, str],
    example_fail: str,
    example_pass: str,
    felt: str | Iterable[str | int] | None = None,
    source: str = "",
    options: Mapping[str, Any] | None = None,
    methods: Iterable[str] = (),
    applies: Applies | None = None,
) -> Callable[[Callable[..., Any]], Rule]:
    """Decorator: a function ``(case, options[, ctx])`` that asserts or yields → a
    :class:`~vumrules.rule.Rule`. ``felt`` (a JSON pointer such as ``/henvendelse/dato``, or
    a dotted path ``henvendelse.dato``) is where a failed assert's finding lands."""
    at = _path(felt)

    def wrap(fn: Callable[..., Any]) -> Rule:
        params = list(inspect.signature(fn).parameters)
        wants_ctx = len(params) >= 3
        generator = inspect.isgeneratorfunction(fn)

        def call(case: Any, ctx: RuleContext) -> Any:
            return fn(case, ctx.options, ctx) if wants_ctx else fn(case, ctx.options)

        if generator:
            def check(case: Any, ctx: RuleContext) -> Iterator[Violation]:
                for v in call(case, ctx):
                    yield v if isinstance(v, Violation) else Violation(at, dict(v or {}))
        else:
            def check(case: Any, ctx: RuleContext) -> Iterator[Violation]:
                if sys.flags.optimize:
                    raise RuntimeError(f"{code} bruger assert, som python -O fjerner; kør uden -O")
                try:
                    result = call(case, ctx)
                except AssertionError as exc:
                    yield _from_assert(exc, at)
                    return
                if result is not None and result is not True:
                    # returning violations (a list) works too, like yielding them
                    for v in (result if isinstance(result, (list, tuple)) else [result]):
                        if v is False:
                            yield Violation(at, {"detalje": ""})
                        elif isinstance(v, Violation):
                            yield v

        check.__name__ = getattr(fn, "__name__", code)
        check.__doc__ = fn.__doc__
        return _rule(code=code, name=name, requirements=requirements, severity=severity,
                     message=message, what=what, why=why, example_fail=example_fail,
                     example_pass=example_pass, source=source, options=options,
                     methods=methods, applies=applies)(check)

    return wrap
