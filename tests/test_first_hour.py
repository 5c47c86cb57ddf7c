"""What a new user meets first (issue 16): the bounded summary, the errors, the lookups, the reprs,
non-overlapping ``doc.ents`` and tables without NaN."""

from __future__ import annotations

import subprocess
import sys

import pytest

import parley
from conftest import make_doc

# ---- errors ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("options, words", [
    ({"structure": "yes"}, "structure takes True or False, not 'yes'"),
    ({"quotes": 1}, "quotes takes True or False"),
    ({"gazetteer": {"Foo": "NOT_A_LABEL"}}, "unknown label 'NOT_A_LABEL'; use one of PERSON"),
    ({"gazetteer": [("Foo",)]}, "is not (text, label) or (text, label, name)"),
    ({"aliases": [("Kiev",)]}, "is not a pair (variant, canonical)"),
    ({"cue_verbs": "quipped"}, "cue_verbs=['quipped'], not one string"),
    ({"interviewer_labels": [""]}, "interviewer_labels takes non-empty strings"),
    ({"guest_labels": 3}, "guest_labels takes a list of strings, not int"),
    ({"components": [42]}, "a component must be a function"),
])
def test_every_option_error_is_a_value_error_that_says_what_to_change(options, words):
    with pytest.raises(parley.OptionError) as info:
        parley.Analyzer(**options)
    assert isinstance(info.value, ValueError) and isinstance(info.value, parley.Error)
    assert words in str(info.value)


def test_the_hierarchy():
    assert issubclass(parley.Error, ValueError)
    assert issubclass(parley.ParseError, parley.Error) and issubclass(parley.OptionError, parley.Error)
    with pytest.raises(ValueError):
        parley.analyze(b"\xff")
    with pytest.raises(parley.OptionError, match="n_threads takes a whole number"):
        parley.Analyzer().pipe(["x"], n_threads=0)  # raised at the call, not at the first next()


def test_the_gazetteer_labels_are_the_cores():
    from parley import _core
    from parley.analyzer import LABELS

    def core_takes(label: str) -> bool:
        try:
            _core.GazetteerEntry("x", label, "")
        except parley.Error:
            return False
        return True

    # The Python check lets through exactly the labels the core takes.
    candidates = {*LABELS, "PER", "MISC", "PERSONS", "NATIONALITY", "EMAIL", ""}
    assert {x for x in candidates if core_takes(x)} == set(LABELS)
    assert parley.Analyzer(gazetteer={"Roscosmos": "org"})("Roscosmos said so.").entities[0].label_ == "ORG"


