"""The triage's learned second opinion (medchat/learned.py): how it joins the rules, its file."""
import csv
import importlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import medchat  # noqa: E402
from medchat import learned  # noqa: E402

TRIAGE = importlib.import_module("medchat.triage")  # the module, not the function
DATA = ROOT / "tests" / "data"
HOLDOUTS = (DATA / "triage_holdout.csv", DATA / "triage_holdout2.csv")


def rows(path):
    return list(csv.DictReader(path.open(encoding="utf-8")))


@pytest.fixture
def rules_only(monkeypatch):
    """The triage as it would be without the model file."""
    def run(message):
        with monkeypatch.context() as patch:
            patch.setattr(TRIAGE, "MODEL", None)
            return medchat.triage(message)
    return run


@pytest.mark.parametrize("message", [
    "sorry to bother you chest been heavy an hour jaw aches",
    "MY DAD IS STANDING ON THE ROOF SAYING HES GOING TO JUMP PLEASE",
    "36wks bad headache flashing lights face swollen",
])
def test_the_model_catches_wording_no_rule_knows(message, rules_only):
    assert not rules_only(message)["emergency"]
    flag = medchat.triage(message)
    assert flag["emergency"] and flag["level"] == "emergency"
    assert flag["score"] >= TRIAGE.MODEL.threshold and "model score" in flag["matched"]
    assert flag["category"] in medchat.CATEGORY_BY_NAME  # the category head picks the advice
    assert medchat.notice_for(flag).startswith((medchat.EMERGENCY_MESSAGE, medchat.CRISIS_MESSAGE))


@pytest.mark.parametrize("message", [
    "having a heart attack watching this match 😂😂",
    "kms this lecture is 3 hours long and the wifi is down",
])
def test_a_rule_phrase_the_model_finds_unlikely_gets_the_softer_notice(message, rules_only):
    assert rules_only(message)["emergency"]
    flag = medchat.triage(message)
    assert flag["score"] < TRIAGE.MODEL.veto_threshold
    assert not flag["emergency"] and flag["level"] == "possible"
    # self-harm always leads with the crisis text, even at the softer level
    first = medchat.CRISIS_MESSAGE if flag["category"] == "self_harm" else medchat.POSSIBLE_MESSAGE
    assert medchat.notice_for(flag).startswith(first)


@pytest.mark.parametrize("message", ["my son is 30", "my husband is 75 and forgetful lately"])
def test_the_model_alone_needs_a_word_of_illness_or_danger(message):
    """Short everyday messages can score high; without a symptom word they get no alarm."""
    flag = medchat.triage(message)
    assert not flag["emergency"] and not TRIAGE.SYMPTOM.search(medchat.normalise(message))


def test_without_the_model_file_the_rules_still_answer_and_say_why(monkeypatch):
    monkeypatch.setattr(TRIAGE, "MODEL", None)
    monkeypatch.setattr(TRIAGE, "MODEL_ERROR", "the triage model could not be loaded")
    flag = medchat.triage("my son is choking")
    assert flag["emergency"] and flag["category"] == "choking"
    assert flag["error"] == "the triage model could not be loaded" and flag["score"] is None
    assert not medchat.triage("what is a normal pulse?")["emergency"]


def test_a_broken_model_file_is_reported_not_raised(tmp_path):
    broken = tmp_path / "model.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError):
        learned.TriageModel.load(broken)
    # triage.py turns that into MODEL_ERROR at import; the committed file loads.
    assert TRIAGE.MODEL is not None and TRIAGE.MODEL_ERROR is None


def test_negation_and_context_marks_are_features():
    assert "NOT_chest" in learned.features("I have no chest pain")
    assert "chest" in learned.features("I have chest pain")
    assert "PAST_seizure" in learned.features("I had a seizure years ago")
    assert "__EDU__" in learned.features("What is the management of anaphylaxis?")
    assert any(f.startswith("DOC_") for f in learned.features(
        "Please summarise this leaflet: call 999 if someone has crushing chest pain."))


def test_the_model_never_saw_a_holdout_message():
    trained_on = [ROOT / p for p in TRIAGE.MODEL.meta["trained_on"]]
    assert not set(trained_on) & set(HOLDOUTS)
    seen = {r["message"].strip().lower() for p in trained_on for r in rows(p)}
    for holdout in HOLDOUTS:
        assert not seen & {r["message"].strip().lower() for r in rows(holdout)}, holdout


def test_the_committed_model_is_what_training_on_the_sets_gives(tmp_path):
    """Deterministic training: a rule or data change must come with a retrained file."""
    out = tmp_path / "model.json"
    retrained = learned.train(out=out)
    committed = json.loads(learned.MODEL_PATH.read_text(encoding="utf-8"))
    assert retrained["meta"] == committed["meta"]
    assert retrained["vocab"] == committed["vocab"]
    for key in ("threshold", "possible_threshold", "veto_threshold", "categories"):
        assert retrained[key] == committed[key]
    assert max(abs(a - b) for a, b in zip(retrained["weights"], committed["weights"])) < 1e-3
    assert abs(retrained["bias"] - committed["bias"]) < 1e-3


def test_training_sets_floors():
    """The writers' batches are training data now; this keeps later edits from losing them."""
    scores = medchat.triage_scores(DATA / "triage_dev_writers.csv")
    print(scores)
    assert scores["recall"] >= 0.99 and scores["false_alarm_rate"] <= 0.01


@pytest.fixture
def model_says(monkeypatch):
    """Make the model give a fixed score and category, to test how the triage uses them."""
    def fix(score, category):
        monkeypatch.setattr(TRIAGE.MODEL, "predict", lambda feats: (score, category))
    return fix


def test_self_harm_has_a_lower_bar_for_the_model_alone(model_says):
    message = "I'm in the car with everything I need tonight and nobody knows where I am"
    model_says(0.75, "self_harm")
    assert TRIAGE.MODEL.crisis_threshold <= 0.75 < TRIAGE.MODEL.threshold
    flag = medchat.triage(message)
    assert flag["emergency"] and flag["category"] == "self_harm"
    assert medchat.notice_for(flag).startswith(medchat.CRISIS_MESSAGE)
    model_says(0.75, "chest_pain")
    assert not medchat.triage(message)["emergency"]


def test_the_model_alone_does_not_alarm_about_a_pet(model_says):
    model_says(0.95, "overdose_poisoning")
    assert not medchat.triage("the cat swallowed some of my paracetamol")["emergency"]
    assert medchat.triage("my son swallowed some of my paracetamol")["emergency"]
    # "in the lab" is a place, not a labrador
    assert medchat.triage("spilled acid on my fingertips in the lab, the pain is getting "
                          "worse")["emergency"]


def test_leave_one_writer_out_scores_each_batch_with_a_model_trained_without_it(
        tmp_path, monkeypatch):
    header = "message,emergency,category,style,batch\n"
    dev = tmp_path / "dev.csv"
    dev.write_text(header + "my dad is not breathing,1,unresponsive,plain,\n"
                   "what is a normal pulse?,0,,plain,\n", encoding="utf-8")
    writers = tmp_path / "writers.csv"
    writers.write_text(header + "".join(
        f"{m},{e},{c},plain,{b}\n" for b in ("a", "b") for m, e, c in (
            (f"help my {b} friend collapsed", "1", "unresponsive"),
            (f"how do I revise for my {b} exam", "0", ""))), encoding="utf-8")
    monkeypatch.setattr(learned, "TRAIN_SETS", (str(dev), str(writers)))
    seen = []
    real = learned.model_data

    def spy(rows, *args, **kwargs):
        seen.append({r["message"] for r in rows})
        return real(rows, *args, **kwargs)
    monkeypatch.setattr(learned, "model_data", spy)
    saved = TRIAGE.MODEL
    result = learned.leave_one_writer_out()
    assert TRIAGE.MODEL is saved  # the committed model is put back
    assert set(result["batches"]) == {"a", "b"}
    assert "help my a friend collapsed" not in seen[0] and "help my b friend collapsed" in seen[0]
    assert result["all"]["messages"] == 4 and result["all"]["emergencies"] == 2
    assert sum(b["caught"] for b in result["batches"].values()) == result["all"]["caught"]


def test_the_command_line_says_how_to_use_it():
    import subprocess
    done = subprocess.run([sys.executable, "-m", "medchat", "nonsense"], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 1 and "python -m medchat train | loo" in done.stderr
