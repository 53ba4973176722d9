"""The emergency triage on the labelled message set, and the chat's handling of bad input."""
import csv
from pathlib import Path

import pytest

CASES = list(csv.DictReader(open(Path(__file__).parent / "data" / "triage_cases.csv")))


def test_the_labelled_set_is_large_and_covers_every_category(nb):
    emergencies = [c for c in CASES if c["emergency"] == "1"]
    assert len(emergencies) >= 50 and len(CASES) - len(emergencies) >= 50
    assert {c["category"] for c in emergencies} == {c.name for c in nb.CATEGORIES}


def test_precision_recall_and_false_alarms(nb):
    tp = fp = fn = tn = 0
    for case in CASES:
        predicted = nb.triage(case["message"])["emergency"]
        actual = case["emergency"] == "1"
        tp += predicted and actual
        fp += predicted and not actual
        fn += actual and not predicted
        tn += not predicted and not actual
    recall, false_alarms = tp / (tp + fn), fp / (fp + tn)
    print(f"triage: precision {tp / (tp + fp):.3f}, recall {recall:.3f}, "
          f"false alarms {false_alarms:.3f} on {len(CASES)} messages")
    assert recall >= 0.95 and false_alarms <= 0.05


def test_categories_match_labels(nb):
    wrong = [(c["message"], nb.triage(c["message"])["category"]) for c in CASES
             if c["emergency"] == "1" and nb.triage(c["message"])["category"] != c["category"]]
    assert len(wrong) <= 0.05 * len(CASES), wrong


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
