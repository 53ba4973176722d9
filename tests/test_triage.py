"""The emergency triage (medchat/): scores on the labelled sets, context, notices, odd input."""
import csv
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import medchat  # noqa: E402
from medchat import triage  # noqa: E402

triage_module = sys.modules["medchat.triage"]

DATA = ROOT / "tests" / "data"
DEV = DATA / "triage_dev.csv"
HOLDOUT = DATA / "triage_holdout.csv"
KEYS = {"emergency", "level", "category", "categories", "matched", "score"}


def rows(path):
    return list(csv.DictReader(path.open(encoding="utf-8")))


def test_labelled_sets_are_large_varied_and_apart():
    dev, holdout = rows(DEV), rows(HOLDOUT)
    writers, holdout2 = rows(DATA / "triage_dev_writers.csv"), rows(DATA / "triage_holdout2.csv")
    assert len(dev) >= 1000 and len(holdout) >= 300 and len(holdout2) >= 300
    assert len({r["batch"] for r in writers}) >= 24 and len({r["batch"] for r in holdout2}) == 6
    held = {r["message"].lower() for r in holdout + holdout2}
    assert not held & {r["message"].lower() for r in dev + writers}
    for labelled in (dev, holdout, writers, holdout2):
        emergencies = [r for r in labelled if r["emergency"] == "1"]
        assert 0.4 <= len(emergencies) / len(labelled) <= 0.6
        assert {r["emergency"] for r in labelled} == {"0", "1"}
        names = {n for r in emergencies for n in r["category"].split(";")}
        assert names <= set(medchat.CATEGORY_BY_NAME), names - set(medchat.CATEGORY_BY_NAME)
    assert len({r["style"] for r in holdout}) >= 10 and len({r["style"] for r in holdout2}) >= 10
    every = {n for r in dev if r["emergency"] == "1" for n in r["category"].split(";")}
    assert every == set(medchat.CATEGORY_BY_NAME)


def test_development_set_floors():
    """Floors just under what the tuned rules measure on the set they were tuned on."""
    scores = medchat.triage_scores(DEV)
    print(scores)
    assert scores["messages"] >= 1000 and scores["emergencies"] >= 500
    assert scores["recall"] >= 0.99 and scores["false_alarm_rate"] <= 0.01
    assert scores["category_accuracy"] >= 0.95


def test_holdout_floors():
    """The hold-out was scored once after tuning; this keeps later edits from losing ground."""
    scores = medchat.triage_scores(HOLDOUT)
    print(scores)
    assert scores["recall"] >= HOLDOUT_RECALL_FLOOR
    assert scores["false_alarm_rate"] <= HOLDOUT_FALSE_ALARM_CEILING


# Its one scoring for the rules alone (commit cdcab76) measured recall 0.963 (157/163) and
# false alarms 0.006 (1/162). With the learned model it was looked at again, never tuned on:
# recall 0.963 (157/163), false alarms 0.012 (2/162). The floors sit just below.
HOLDOUT_RECALL_FLOOR, HOLDOUT_FALSE_ALARM_CEILING = 0.96, 0.015

HOLDOUT2 = DATA / "triage_holdout2.csv"


def test_second_holdout_floors():
    """Six writers blind to the rules, committed before tuning (490826c) and scored once for
    the final triage (d8e4e93 + test fix): recall 0.981 (159/162), false alarms 0.042 (7/168).
    One defect it showed was then mended (medicine names as symptom words): 0.988 (160/162),
    0.042. The floors sit just below, so a later change cannot lose ground unseen."""
    scores = medchat.triage_scores(HOLDOUT2)
    print(scores)
    assert scores["recall"] >= 0.98 and scores["false_alarm_rate"] <= 0.045


def test_scores_are_counted_right(tmp_path):
    labelled = tmp_path / "set.csv"
    labelled.write_text("message,emergency,category\n"
                        "she can't breathe,1,breathing\n"  # hit, right category
                        "what causes asthma?,1,breathing\n"  # miss
                        "I want to kill myself,0,\n"  # false alarm
                        "what is a normal pulse?,0,\n"  # correct rejection
                        "I cut my wrists on purpose and it's bleeding a lot,1,bleeding;self_harm\n")
    assert medchat.triage_scores(labelled) == {
        "messages": 5, "emergencies": 3, "precision": 2 / 3, "recall": 2 / 3,
        "false_alarm_rate": 0.5, "category_accuracy": 2 / 3}


@pytest.mark.parametrize("message", [
    "What is the first-line treatment for anaphylaxis?", "What are the signs of a stroke?",
    "I have a cough but no chest pain", "I had a seizure three years ago, can I drive?",
    "How is status epilepticus managed?", "My mother had a stroke last year; what is her risk?",
    "I can't breathe through my nose, it's blocked with this cold",
    "Please summarise these notes: anaphylaxis causes throat swelling and collapse.",
    'Explain this discharge letter: "admitted with chest pain, troponin negative".',
    "In the film a man gets stabbed and keeps fighting, is that realistic?",
    "this exam is killing me", "I nearly killed myself laughing at that video",
    "I'm dying to know my blood test results"])
def test_textbook_negated_past_quoted_fiction_and_figurative_do_not_trigger(message):
    assert not triage(message)["emergency"]


@pytest.mark.parametrize("message", [
    "How do I know when chest pain is serious?",
    "what should I do if my husband is having a seizure?"])
def test_general_questions_and_hypotheticals_get_the_softer_level(message):
    flag = triage(message)
    assert flag["level"] == "possible" and not flag["emergency"]
    assert medchat.notice_for(flag).startswith(medchat.POSSIBLE_MESSAGE)


@pytest.mark.parametrize("message,category", [
    ("I've written goodbye letters to my family and I'm doing it tonight", "self_harm"),
    ("the car engine is running in the closed garage and I'm sitting in it", "self_harm"),
    ("my baby is vomiting green bile and screaming", "abdominal"),
    ("sudden agonising pain in my testicle and I've been sick", "testicular"),
    ("I'm 7 weeks pregnant with sharp pain on one side and shoulder tip pain", "pregnancy"),
    ("my friend has been stabbed in the chest", "trauma"),
    ("he's been in the sun all day, stopped sweating and is confused", "heat_cold"),
    ("my heart is racing at 190 and I feel like I'm going to faint", "heart_rhythm"),
    ("we all have headaches and feel sick at home, better when we go out, the boiler is old",
     "overdose_poisoning"),
    ("my dad is vomiting a lot of blood", "bleeding"),
    ("my 10 month old is floppy and hasn't had a wet nappy since this morning", "unwell_child"),
    ("ngl im gonna kms tonight", "self_harm")])
def test_conditions_the_first_rules_missed(message, category):
    flag = triage(message)
    assert flag["emergency"] and category in flag["categories"], flag


# Round 8 of the rules (the third round of fresh writers), checked with the rules alone.
@pytest.mark.parametrize("message,category", [
    ("I'm standing on the edge of the multistorey roof. I just wanted someone to know",
     "self_harm"),
    ("I've driven up to the cliffs. I've left letters for my kids at home.", "self_harm"),
    ("hi. quick one. how long does it take for 30 amitriptyline to work. already took them",
     "overdose_poisoning"),
    ("I was sick and it looked like coffee grounds, and my poo is black and tarry", "bleeding"),
    ("nosebleed for 45 minutes now, I'm on warfarin and it is still pouring", "bleeding"),
    ("got a shock off the 240 on the pressure washer, burn mark on my palm and my heart keeps "
     "fluttering", "burns"),
    ("bby 2 months temp 39 wont feed", "infant_fever"),
    # round 9: spoken numbers, questions about someone, breathing rate, ketones, a plan
    ("my son's ten weeks old his temp's thirty eight point two is that too high", "infant_fever"),
    ("Is it normal that my dad's face drooped and he can't lift his arm?", "stroke"),
    ("can someone tell me if its bad that shes only breathing like 4 times a minute",
     "breathing"),
    ("T1 here, ketones 3.6 and I keep vomiting", "diabetic_emergency"),
    ("I have a plan and I'm going to drive off the cliff tonight", "self_harm"),
    # round 10
    ("whats the quickest way to die from a train. im at the station now", "self_harm"),
    ("dad's been giving his stuff away, he said goodbye like it was the last time, and I found "
     "rope in his car", "self_harm"),
    ("it's been 8 minutes now and the shaking hasn't stopped", "seizure"),
    ("my heart's going like 190 and I just passed out", "heart_rhythm"),
    ("the chip pan went up and my forearm is white and leathery", "burns"),
    ("my period is 7 weeks late, sharp pain low on the right and I fainted, a little spotting",
     "pregnancy")])
def test_round_8_rules(message, category, monkeypatch):
    monkeypatch.setattr(triage_module, "MODEL", None)
    flag = triage(message)
    assert flag["emergency"] and category in flag["categories"], flag


@pytest.mark.parametrize("message", [
    "drowning in assignments rn send help",
    "What should I do if my wife has a hypo and won't wake up? She's type 1 and I want to be "
    "prepared.",
    "Did you see Casualty last night? An old chap collapsed at a wedding.",
    "my mother-in-law visiting for 2 weeks makes me want to jump off a cliff 😂",
    "our spaniel got bitten by an adder on a walk, the vet says he'll be fine",
    "I'm writing a crime novel. My detective gets stabbed in the abdomen in an alley.",
    "CO alarm went off yesterday evening, engineer fixed the boiler, nobody had headaches and "
    "we've been fine since",
    "A lad on my team collapsed on the pitch last season. He's back training now.",
    "Can you check my answers: signs of meningitis are fever, neck stiffness, photophobia.",
    "T1D: sensor says 14.2 after pizza night, ketones 0.3. Any tips for an extended bolus?",
    "My mate's uncle got bitten by a brown snake in the 80s. How common are snake bites?",
    "Is it normal to get a fever after a flu jab?",
    "My grandfather died from a snake bite a long time ago in the 1970s. How did people die so "
    "fast?",
    "the chest pain is only when I press on one spot on my ribs, I feel fine otherwise",
    "'and he goes down like he's been SHOT' - why do footballers dive so much?",
    "which song goes 'I can't breathe without you, my heart is bleeding on the floor'?",
    "how long after eating should you wait to swim? my grandma swore you'd drown"])
def test_round_8_context(message, monkeypatch):
    monkeypatch.setattr(triage_module, "MODEL", None)
    assert not triage(message)["emergency"], triage(message)


def test_every_category_found_and_its_advice_given():
    flag = triage("my dad fell off the ladder, now he has crushing chest pain and can't breathe")
    assert {"trauma", "chest_pain", "breathing"} <= set(flag["categories"])
    notice = medchat.notice_for(flag)
    assert notice.startswith(medchat.EMERGENCY_MESSAGE)
    for name in ("trauma", "chest_pain", "breathing"):
        assert medchat.ADVICE[name] in notice


def test_self_harm_cut_gets_crisis_text_first_and_first_aid():
    flag = triage("I cut my wrists on purpose and it's bleeding a lot")
    assert flag["categories"][0] == "self_harm" and "bleeding" in flag["categories"]
    notice = medchat.notice_for(flag)
    assert notice.startswith(medchat.CRISIS_MESSAGE) and medchat.ADVICE["bleeding"] in notice
    assert "988" in notice and "116 123" in notice and "emergency number" in notice


def test_accidental_cut_gets_first_aid_not_the_crisis_line():
    flag = triage("I accidentally cut my hand on glass and it's deep and bleeding a lot")
    assert flag["emergency"] and flag["categories"] == ["bleeding"]
    assert medchat.CRISIS_MESSAGE not in medchat.notice_for(flag)


@pytest.mark.parametrize("filler", [
    "I went to the shops and then had tea with my neighbour, who talked about her garden. ",
    "Lorem ipsum dolor sit amet, what is the dose of paracetamol? "])
def test_a_long_message_with_the_emergency_at_the_end_is_caught(filler):
    for length in (600, 1_500, 3_000, 20_000, 200_000):
        message = (filler * (length // len(filler) + 1))[:length]
        flag = triage(message + " Now my husband has collapsed and isn't breathing.")
        assert flag["emergency"] and flag["category"] == "unresponsive", length


def test_long_messages_stay_fast():
    message = ("We walked by the river and talked about the weekend. " * 400)[:20_000]
    timings = []
    for _ in range(3):  # the best of three, so a busy machine does not fail the test
        start = time.perf_counter()
        assert triage(message + " my son is choking")["category"] == "choking"
        timings.append(time.perf_counter() - start)
    assert min(timings) < 1.0
    start = time.perf_counter()
    for huge in ("a" * 2_000_000, "(" * 300_000, "if " * 300_000, "🚑" * 300_000):
        assert set(triage(huge)) == KEYS
    assert time.perf_counter() - start < 30  # bounded: head and tail of MAX_CHARS only


def test_spoken_numbers_become_digits():
    assert medchat.normalise("thirty eight point two") == "38.2"
    assert medchat.normalise("a hundred and twenty-one") == "a hundred and 21"
    assert medchat.normalise("one of them, point taken") == "one of them, point taken"


@pytest.mark.parametrize("message", [
    None, 0, 7, 3.5, float("nan"), True, [], ["chest", 1], {}, {"a": [None, {"b": 2}]},
    b"\xff\xfe", bytearray(b"chest pain"), object(), "", "   ", "\x00\x01\x02", "\ud800",
    "<script>alert(1)</script>", "ｃｈｅｓｔ ｐａｉｎ right now", "\u202echest pain"])
def test_any_input_gets_an_answer(message):
    flag = triage(message)
    assert set(flag) == KEYS and flag["emergency"] in (True, False)
    assert isinstance(medchat.notice_for(flag), str)


def test_text_inside_other_types_is_still_read():
    assert triage(b"my son is not breathing")["emergency"]
    assert triage(["hello", "my baby is choking"])["category"] == "choking"
    assert triage({"message": "I want to kill myself"})["category"] == "self_harm"


@pytest.mark.parametrize("message", [
    "my dad has che\x00st pain", "she can\x00'\x00t breathe", "he's not brea\u200bthing",
    "my son is cho\x07king", "I want to ki\x1bll myself"])
def test_control_characters_inside_words_do_not_hide_an_emergency(message):
    assert triage(message)["emergency"]


def test_a_broken_rule_gives_the_softer_notice_not_an_exception(monkeypatch):
    monkeypatch.setattr(medchat.triage_module, "build_context", lambda text: 1 / 0)
    flag = triage("my dad has chest pain")
    assert flag["level"] == "possible" and "error" in flag


def test_the_notebook_uses_the_package(nb):
    assert nb.triage is medchat.triage and nb.TRIAGE_ERROR is None
    assert nb.notice_for is medchat.notice_for


def test_the_notebook_says_why_when_medchat_is_missing(monkeypatch, capsys):
    import notebook_lib
    source = next(s for s in notebook_lib.cells("lib") if "TRIAGE_ERROR = (" in s)
    monkeypatch.setitem(sys.modules, "medchat", None)  # any import of it now fails
    namespace = {"Path": Path, "sys": sys}
    exec(source, namespace)
    assert namespace["TRIAGE_ERROR"].startswith("The emergency triage (medchat/) could not be")
    assert "repository" in capsys.readouterr().out
