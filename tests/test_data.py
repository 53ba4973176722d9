"""The bundled flashcards (data/), their data card, and the notebook's cleaning and split."""
import json
import re
from pathlib import Path

import notebook_lib

DATA = notebook_lib.ROOT / "data" / "medical_flashcards.jsonl"
ROWS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
AREAS = {"cardiology", "pulmonology", "nephrology", "gastroenterology", "endocrinology",
         "neurology", "infectious disease", "pharmacology", "haematology/oncology",
         "psychiatry", "paediatrics", "obstetrics/gynaecology"}


def words(text: str) -> int:
    return len(text.split())


def test_schema_and_count():
    assert len(ROWS) >= 400
    for row in ROWS:
        assert set(row) == {"instruction", "input", "output", "area"}
        assert all(isinstance(v, str) and v.strip() == v and v for v in row.values())
        assert "\n" not in row["input"] + row["output"]


def test_questions_are_unique():
    questions = [" ".join(r["input"].lower().split()) for r in ROWS]
    assert len(set(questions)) == len(questions)


def test_length_bounds_like_the_hub_set():
    assert all(5 <= words(r["input"]) <= 45 for r in ROWS)
    answers = [words(r["output"]) for r in ROWS]
    assert all(10 <= n <= 200 for n in answers)
    assert 40 <= sum(answers) / len(answers) <= 60


def test_some_answers_exceed_the_target_token_limit(nb, make_cfg):
    cfg = make_cfg()
    df, _ = nb.clean_flashcards(nb.load_flashcards(str(DATA.parent)))
    tokenizer = nb.train_offline_tokenizer(list(df["output"]), 2000)
    _, stats = nb.tokenize_split(df, tokenizer, cfg)
    assert 0 < stats["targets_truncated_share"] < 0.5


def test_area_coverage():
    areas = {r["area"] for r in ROWS}
    assert len(areas) >= 12 and AREAS <= areas
    assert min(sum(r["area"] == a for r in ROWS) for a in areas) >= 20


def test_reference_example_questions_are_included(nb):
    questions = {r["input"] for r in ROWS}
    assert set(nb.EXAMPLE_QUESTIONS) <= questions


def test_no_question_in_two_splits(nb, make_cfg):
    cfg = make_cfg()
    df, counts = nb.clean_flashcards(nb.load_flashcards(cfg.data_source))
    splits = nb.split_flashcards(df, cfg.split, cfg.seed)
    assert counts["kept"] == len(ROWS)
    sets = {name: set(part["input"]) for name, part in splits.items()}
    assert not sets["train"] & sets["test"] and not sets["train"] & sets["validation"]
    assert not sets["validation"] & sets["test"]
    sizes = [len(splits[n]) for n in ("train", "validation", "test")]
    assert sum(sizes) == len(ROWS) and sizes[1] == sizes[2] == round(0.1 * len(ROWS))


def test_split_is_seeded(nb, make_cfg):
    cfg = make_cfg()
    df, _ = nb.clean_flashcards(nb.load_flashcards(cfg.data_source))
    first = nb.split_flashcards(df, cfg.split, 42)["test"]["input"].tolist()
    assert first == nb.split_flashcards(df, cfg.split, 42)["test"]["input"].tolist()
    assert first != nb.split_flashcards(df, cfg.split, 7)["test"]["input"].tolist()


def test_cleaning_against_the_malformed_fixture(nb):
    raw = nb.load_flashcards(str(Path(__file__).parent / "data" / "malformed_flashcards.jsonl"))
    df, counts = nb.clean_flashcards(raw)
    assert counts == {"loaded": 9, "dropped_empty": 5, "dropped_duplicate_pairs": 1,
                      "dropped_repeated_questions": 1, "kept": 2}
    assert df["input"].tolist() == ["What does ACE stand for in ACE inhibitor?",
                                    "Which vitamin deficiency causes beriberi?"]
    assert df["output"][1] == "Thiamine (vitamin B1) deficiency."


def test_data_card_statistics_are_generated_from_the_data(nb):
    card = (DATA.parent / "README.md").read_text()
    block = re.search(r"<!-- stats:start -->\n(.*)<!-- stats:end -->", card, re.S)
    assert block, "data card has no generated statistics block"
    assert block.group(1) == notebook_lib.data_card_stats(nb)
