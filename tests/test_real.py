"""The real-world corpus (../shared/real, gold in tests/data/real): the gold is well formed, and parley's
figures on each part stay at or above the floors recorded here (the closing figures of the work that set
them, less a small margin). bench/quality_real.py prints the figures; a drop below a floor is a regression
to explain. Skipped with a message where ../shared/real is absent (the texts are not ours to commit)."""
import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import real_gold  # noqa: E402

pytestmark = pytest.mark.skipif(not os.path.isdir(real_gold.REAL),
                                reason=f"{real_gold.REAL} is absent: the real-world corpus lives beside the checkout")

# part -> figure -> lowest accepted value (ratios in 0..1; false_turns is a maximum per text).
FLOORS = {
    "tuning": {"meta": 0.96, "roles": 0.99, "speakers": 0.98, "anatomy": 0.965, "quotes_found": 0.98,
               "quotes_attributed": 0.92, "entity_f1": 0.885, "false_turns_per_text": 0.05},
    "sealed": {"meta": 0.91, "roles": 0.97, "speakers": 0.82, "anatomy": 0.945, "quotes_found": 0.945,
               "quotes_attributed": 0.59, "entity_f1": 0.795, "false_turns_per_text": 0.05},
}


@pytest.mark.parametrize("gold", real_gold.all_gold(), ids=lambda g: g["file"])
def test_gold_is_well_formed(gold):
    assert real_gold.check(gold) == []


@pytest.fixture(scope="module")
def figures():
    import quality_real

    golds = [quality_real.Gold(d) for d in real_gold.all_gold()]
    analyze = quality_real.parley_fn()
    outs = {g.file: quality_real.score_text(g, analyze(g.text)) for g in golds}
    return {part: quality_real.summarise([outs[g.file] for g in golds if g.part == part])
            for part in ("tuning", "sealed")}


@pytest.mark.parametrize("part", ["tuning", "sealed"])
def test_figures_stay_above_their_floors(figures, part):
    fig, floor = figures[part], FLOORS[part]
    assert fig["texts"] > 0
    for key in ("meta", "roles", "speakers", "anatomy", "quotes_found", "quotes_attributed"):
        assert fig[key][0] >= floor[key], f"{part} {key}: {fig[key]} below {floor[key]}"
    assert fig["ents"][2] >= floor["entity_f1"], f"{part} entity F1 {fig['ents'][2]:.3f} below {floor['entity_f1']}"
    assert fig["false_turns"] / fig["texts"] <= floor["false_turns_per_text"]


def test_split_keeps_both_translations_together():
    for gold in real_gold.all_gold():
        name = gold["file"]
        if name.endswith(".mt.txt"):
            assert real_gold.part(name) == real_gold.part(name.replace(".mt.txt", ".ref.txt"))
