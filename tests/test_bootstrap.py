"""The paired bootstrap behind every interval: hand-computed cases, sacrebleu parity, seeds,
and intervals recomputed from the per-row files a run saves."""
import json
import math

import numpy as np
import pandas as pd
import pytest
import sacrebleu

import notebook_lib

ASSETS = notebook_lib.ROOT / "assets"


def toy_rows(nb, rouge, nll=None, tokens=None):
    """A per-row table with given ROUGE-L (all variants alike) and optional NLL/tokens."""
    rows = pd.DataFrame({"answer": ["a b"] * len(rouge), "reference": ["a b c"] * len(rouge)})
    for k in nb.ROUGE_TYPES:
        rows[k] = rouge
    if nll is not None:
        rows["nll"], rows["tokens"] = nll, tokens
    return rows


@pytest.fixture(scope="module")
def flashcards(nb):
    df, _ = nb.clean_flashcards(nb.load_flashcards(str(notebook_lib.ROOT / "data")))
    return df


def test_resample_counts_draw_n_rows_each_time(nb):
    counts = nb.resample_counts(7, 300, seed=3)
    assert counts.shape == (300, 7) and (counts.sum(1) == 7).all() and (counts >= 0).all()
    assert len({tuple(c) for c in counts}) > 100  # real resamples, not one repeated


def test_constant_scores_give_a_zero_width_interval(nb):
    rows = toy_rows(nb, [0.3] * 9, nll=[2.0] * 9, tokens=[4] * 9)
    intervals = nb.bootstrap_intervals(rows, 1000, seed=0)
    point = nb.point_scores(rows)
    for metric, (low, high) in intervals.items():
        assert low == pytest.approx(high, abs=1e-12) == pytest.approx(point[metric], abs=1e-12)
    assert point["rougeL"] == pytest.approx(0.3) and point["perplexity"] == pytest.approx(
        math.exp(0.5))


def test_two_row_case_by_hand(nb):
    # row 0: ROUGE 0, NLL ln 4 over 1 token; row 1: ROUGE 1, NLL 0 over 3 tokens
    rows = toy_rows(nb, [0.0, 1.0], nll=[math.log(4), 0.0], tokens=[1, 3])
    counts = np.array([[2, 0], [1, 1], [0, 2]])  # every resample of two rows there is
    values = nb.metric_values(nb.metric_statistics(rows), counts)
    assert values["rougeL"].tolist() == [0.0, 0.5, 1.0]
    assert values["perplexity"] == pytest.approx([4.0, math.sqrt(2), 1.0])  # exp(ln4/4)
    # numpy's linear percentiles of [0, 0.5, 1]: 2.5 % sits at 0.05 of the way, 97.5 % at 1.95
    assert nb.percentile_interval(values["rougeL"]) == pytest.approx([0.025, 0.975])
    # drawn at random, [1, 1] comes up half the time, [2, 0] and [0, 2] a quarter each
    drawn = nb.resample_counts(2, 4000, seed=1)
    assert (drawn[:, 0] == 1).mean() == pytest.approx(0.5, abs=0.05)
    assert nb.bootstrap_intervals(rows, 4000, seed=1)["rougeL"] == [0.0, 1.0]


def test_intervals_are_deterministic_under_a_seed(nb, flashcards):
    refs = list(flashcards["output"][:40])
    preds = [" ".join(r.split()[:6]) for r in refs]
    rows = nb.row_table(preds, refs)
    first, again = nb.bootstrap_intervals(rows, 500, 7), nb.bootstrap_intervals(rows, 500, 7)
    assert first == again
    assert nb.bootstrap_intervals(rows, 500, 8) != first
    assert (nb.resample_counts(40, 500, 7) == nb.resample_counts(40, 500, 7)).all()


def bleu_cases(flashcards):
    refs = list(flashcards["output"][:60])
    preds = [" ".join(r.split()[: 3 + i % 9]) for i, r in enumerate(refs)]  # too short: BP
    preds[::7] = [""] * len(preds[::7])  # empty answers
    preds[1::5] = [r.split()[-1] for r in refs[1::5]]  # one word: no 2-, 3-, 4-grams
    return preds, refs


def test_bleu_from_row_stats_reproduces_sacrebleu_corpus_bleu(nb, flashcards):
    preds, refs = bleu_cases(flashcards)
    for p, r in [(preds, refs), (preds[1::5], refs[1::5]), (["x y"], ["a b c"]),
                 (["a b c d e f"], ["a b c d e f"]), (["alpha beta gamma"], ["beta gamma x"])]:
        stats = nb.bleu_row_stats(p, r)
        ours = nb.bleu_from_stats(np.ones((1, len(p))) @ stats)[0]
        assert ours == pytest.approx(sacrebleu.corpus_bleu(p, [r]).score / 100, abs=1e-9)


def test_a_resample_is_corpus_bleu_of_the_drawn_rows(nb, flashcards):
    """Koehn's resampling: counts (2, 0, 1, 3, ...) score the corpus with rows repeated."""
    preds, refs = bleu_cases(flashcards)
    counts = nb.resample_counts(len(preds), 5, seed=11)
    ours = nb.bleu_from_stats(counts @ nb.bleu_row_stats(preds, refs))
    for line, value in zip(counts, ours):
        drawn = [i for i, c in enumerate(line) for _ in range(c)]
        expected = sacrebleu.corpus_bleu([preds[i] for i in drawn], [[refs[i] for i in drawn]])
        assert value == pytest.approx(expected.score / 100, abs=1e-9)


def test_point_scores_are_the_reported_scores(nb, flashcards):
    preds, refs = bleu_cases(flashcards)
    reported = nb.score_predictions(preds, refs)
    point = nb.point_scores(nb.row_table(preds, refs))
    assert set(point) == set(reported)
    assert all(point[k] == pytest.approx(reported[k], abs=1e-12) for k in point)


def test_paired_difference_cancels_what_the_rows_share(nb):
    rng = np.random.default_rng(0)
    scores = rng.uniform(0.1, 0.8, 200)  # rows differ a lot ...
    a, b = toy_rows(nb, scores + 0.05), toy_rows(nb, scores)  # ... a is 0.05 better on each
    gap = nb.paired_difference(a, b, 1000, seed=0)["rougeL"]
    assert gap["difference"] == pytest.approx(0.05)
    assert gap["interval95"] == pytest.approx([0.05, 0.05])  # paired: no row noise left
    alone = nb.bootstrap_intervals(a, 1000, seed=0)["rougeL"]
    assert alone[1] - alone[0] > 0.03  # each model on its own is far less certain
    assert gap["relative"] == pytest.approx(0.05 / scores.mean())
    with pytest.raises(ValueError, match="same rows"):
        nb.paired_difference(a, b.assign(reference="another question's answer"), 100, 0)


def selection_case(nb, gap_rows: int, n: int = 40):
    """Two runs on n rows: run a answers `gap_rows` more rows exactly than run b."""
    refs = [f"answer number {i} is here" for i in range(n)]
    tables = {"a": nb.row_table([r if i < n // 2 + gap_rows else "x" for i, r in
                                 enumerate(refs)], refs),
              "b": nb.row_table([r if i < n // 2 else "x" for i, r in enumerate(refs)], refs)}
    records = [{"name": k, "status": "finished", "validation": {"rougeL": t["rougeL"].mean()}}
               for k, t in tables.items()] + [{"name": "c", "status": "failed"}]
    best = nb.select_best(records)
    return nb.selection_summary(records, best, tables, 1000, 0)


def test_selection_sentence_says_within_noise_when_the_interval_holds_0(nb):
    summary = selection_case(nb, gap_rows=1)
    low, high = summary["interval95"]
    assert summary["selected"] == "a" and summary["runner_up"] == "b"
    assert low <= 0 <= high and summary["within_noise"] is True
    assert summary["sentence"] == (
        f"a beats the runner-up b by {summary['difference']:.4f} validation ROUGE-L (95 % "
        f"interval {low:.4f} to {high:.4f}): the interval includes 0, so the selection is "
        "within noise.")


def test_selection_sentence_says_distinguishable_when_the_interval_excludes_0(nb):
    summary = selection_case(nb, gap_rows=15)
    assert summary["interval95"][0] > 0 and summary["within_noise"] is False
    assert summary["sentence"].endswith("the interval excludes 0, so the selection is "
                                        "distinguishable from noise.")
    assert f"by {15 / 40:.4f} validation ROUGE-L" in summary["sentence"]


def test_a_single_finished_run_has_no_choice_to_test(nb):
    records = [{"name": "only", "status": "finished", "validation": {"rougeL": 0.1}}]
    summary = nb.selection_summary(records, records[0], {}, 100, 0)
    assert summary["runner_up"] is None and "no choice to test" in summary["sentence"]


def test_experiment_saves_validation_rows_and_an_old_cache_gets_them_rebuilt(nb, tiny):
    cfg, base, tokenizer, data = tiny
    quiet = lambda *_: None  # noqa: E731
    record = nb.run_experiment(nb.Experiment("a", 1e-3, 4, 1), base, tokenizer, data, cfg,
                               log=quiet)
    path = cfg.output_dir / "experiments" / "a" / nb.VALIDATION_ROWS
    saved = pd.read_csv(path, keep_default_na=False)
    assert list(saved["question"]) == list(data["validation_df"]["input"])
    point = nb.point_scores(saved)
    assert all(point[k] == pytest.approx(record["validation"][k], abs=1e-9) for k in point)
    # a run finished by an older notebook: done.json and adapter, no per-row file
    path.unlink()
    messages = []
    cached = nb.run_experiment(nb.Experiment("a", 1e-3, 4, 1), base, tokenizer, data, cfg,
                               log=quiet)
    rebuilt = nb.load_validation_rows(cached, base, tokenizer, data, cfg, log=messages.append)
    assert path.exists() and "answering the validation questions again" in messages[0]
    assert rebuilt["answer"].tolist() == saved["answer"].tolist()  # same adapter, same answers
    assert nb.bootstrap_intervals(rebuilt, 300, 0) == nb.bootstrap_intervals(saved, 300, 0)


def test_test_intervals_in_results_are_recomputed_from_predictions_csv(nb):
    results = json.loads((ASSETS / "results.json").read_text())
    settings = {k: results["bootstrap"][k] for k in ("resamples", "seed")}
    assert settings["resamples"] >= 1000 and results["bootstrap"]["level"] == 0.95
    frame = pd.read_csv(ASSETS / "predictions.csv", keep_default_na=False)
    rows = {key: nb.model_rows(frame, prefix) for key, prefix in
            (("base_test", "base_"), ("finetuned_test", "finetuned_"))}
    for key, model_rows in rows.items():
        again = nb.bootstrap_intervals(model_rows, **settings)
        assert set(again) == set(nb.TEST_METRICS)
        for metric, interval in again.items():
            assert interval == pytest.approx(results[key]["interval95"][metric], rel=1e-9)
            assert nb.point_scores(model_rows)[metric] == pytest.approx(
                results[key][metric], rel=1e-9)
    difference = nb.paired_difference(rows["finetuned_test"], rows["base_test"], **settings)
    for metric, d in difference.items():
        saved = results["finetuned_minus_base_test"][metric]
        assert d["interval95"] == pytest.approx(saved["interval95"], rel=1e-9, abs=1e-12)
        assert d["difference"] == pytest.approx(saved["difference"], rel=1e-9, abs=1e-12)
