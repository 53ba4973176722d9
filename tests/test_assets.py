"""The committed run's assets agree with each other and with the README."""
import json

import pandas as pd
from rouge_score import rouge_scorer

import notebook_lib

ASSETS = notebook_lib.ROOT / "assets"
RESULTS = json.loads((ASSETS / "results.json").read_text())


def test_rouge_l_recomputed_from_predictions_matches_results():
    rows = pd.read_csv(ASSETS / "predictions.csv", keep_default_na=False)
    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)
    for column, key in (("finetuned_answer", "finetuned_test"), ("base_answer", "base_test")):
        scores = [scorer.score(ref, pred)["rougeL"].fmeasure
                  for ref, pred in zip(rows["reference"], rows[column])]
        assert abs(sum(scores) / len(scores) - RESULTS[key]["rougeL"]) < 1e-9


def test_results_hold_what_a_reader_needs():
    assert RESULTS["profile"] in ("offline", "full") and RESULTS["profile_reason"]
    assert {"torch", "transformers", "peft", "device"} <= set(RESULTS["environment"])
    assert len(RESULTS["experiments"]) == 4
    for record in RESULTS["experiments"]:
        assert record["history"] and "train_seconds" in record
        assert "peak_gpu_memory_allocated_gb" in record
        assert all(0 <= record["validation"][m] <= 1 for m in ("rouge1", "rougeL", "bleu"))
    assert RESULTS["selected_experiment"] in {r["name"] for r in RESULTS["experiments"]}
    for key in ("base_test", "finetuned_test"):
        assert RESULTS[key]["perplexity"] > 1


def test_readme_table_is_generated_from_the_results(nb):
    readme = (notebook_lib.ROOT / "README.md").read_text()
    assert nb.results_markdown(RESULTS) in readme


def test_readme_shows_the_figures_inline_with_captions():
    readme = (notebook_lib.ROOT / "README.md").read_text()
    block = notebook_lib.figures_markdown(RESULTS)
    assert block in readme
    for name in ("loss_curves.png", "base_vs_finetuned.png", "gradio_ui.png"):
        assert f"](assets/{name})" in block  # an image, not a link
    assert f"{RESULTS['profile']} profile" in block


def test_chat_screenshot_comes_from_the_committed_run():
    """The screenshot's record (written beside it) shows the committed run's model answering the
    textbook question exactly as the committed notebook printed it, and the emergency notice."""
    shown = json.loads((ASSETS / "gradio_ui.json").read_text())
    outputs = "".join("".join(o.get("text", "")) for c in json.loads(
        notebook_lib.NOTEBOOK.read_text())["cells"] for o in c.get("outputs", []))
    assert shown["run"] == "runs/committed"
    assert f"Q: {shown['question']}\nA: {shown['answer']}" in outputs
    assert "This could be a medical emergency" in shown["emergency_reply"]
    assert "not a doctor" in shown["disclaimer"]


def test_figures_exist():
    for name in ("dataset_distribution.png", "loss_curves.png", "rouge_comparison.png",
                 "base_vs_finetuned.png", "gradio_ui.png"):
        assert (ASSETS / name).stat().st_size > 10_000
