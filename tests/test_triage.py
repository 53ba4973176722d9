"""The emergency triage on the labelled message set, and the chat's handling of bad input."""
import csv
from pathlib import Path

import pytest

CASES = list(csv.DictReader(open(Path(__file__).parent / "data" / "triage_cases.csv")))


def test_the_labelled_set_is_large_and_covers_every_category(nb):
    emergencies = [c for c in CASES if c["emergency"] == "1"]
    assert len(emergencies) >= 50 and len(CASES) - len(emergencies) >= 50
    assert {c["category"] for c in emergencies} == {c.name for c in nb.CATEGORIES}


@pytest.mark.parametrize("name", ["triage_cases", "triage_holdout"])
def test_precision_recall_and_false_alarms(nb, name):
    scores = nb.triage_scores(Path(__file__).parent / "data" / f"{name}.csv")
    print(name, scores)
    assert scores["messages"] >= 120 and scores["emergencies"] >= 60
    assert scores["recall"] >= 0.95 and scores["false_alarm_rate"] <= 0.05
    assert scores["category_accuracy"] >= 0.95


def test_scores_are_counted_right(nb, tmp_path):
    labelled = tmp_path / "set.csv"
    labelled.write_text("message,emergency,category\n"
                        "she can't breathe,1,breathing\n"  # hit, right category
                        "what causes asthma?,1,breathing\n"  # miss
                        "I want to kill myself,0,\n"  # false alarm
                        "what is a normal pulse?,0,\n")  # correct rejection
    assert nb.triage_scores(labelled) == {
        "messages": 4, "emergencies": 2, "precision": 0.5, "recall": 0.5,
        "false_alarm_rate": 0.5, "category_accuracy": 0.5}


@pytest.mark.parametrize("message", [
    "What is the first-line treatment for anaphylaxis?", "What are the signs of a stroke?",
    "I have a cough but no chest pain", "I had a seizure three years ago, can I drive?",
    "How is status epilepticus managed?", "My mother had a stroke last year; what is her risk?"])
def test_textbook_negated_and_past_messages_do_not_trigger(nb, message):
    assert not nb.triage(message)["emergency"]


def test_self_harm_points_to_a_crisis_line(nb):
    flag = nb.triage("I want to kill myself tonight")
    assert flag == {**flag, "emergency": True, "category": "self_harm"} and flag["matched"]
    notice = nb.emergency_notice("self_harm")
    assert "988" in notice and "116 123" in notice and "emergency number" in notice


def test_triage_survives_odd_input(nb):
    for message in ["", "   ", None, "\u200bchest\u200b pain now", "🚑" * 5000,
                    "<script>alert(1)</script>", "a" * 1_000_000, "ｃｈｅｓｔ ｐａｉｎ right now"]:
        result = nb.triage(message)
        assert set(result) == {"emergency", "category", "matched"}
    assert nb.triage("ｃｈｅｓｔ ｐａｉｎ right now")["category"] == "chest_pain"
