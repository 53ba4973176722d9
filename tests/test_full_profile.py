"""The whole notebook in the full profile, with no Hub: flan-t5-base's architecture and a
medalpaca-format dataset from local directories, run as `make run PROFILE=full MODEL_ID=<dir>
DATASET_ID=<dir>` runs it (papermill parameters). Select it with `pytest -m full_profile`.

The model is flan-t5-base's configuration with random weights and an untied head (the notebook's
own `flan_t5_base_config` and `build_t5`), saved with `save_pretrained` beside a tokenizer trained
on the bundled data (the model keeps flan-t5's 32,128 embedding rows, so every parameter count is
exact). CPU time forces two knobs down, nothing else: the split and the new tokens per answer.
"""
import json
import os
import shutil
import subprocess
import sys

import pytest

import notebook_lib

pytestmark = pytest.mark.full_profile
TURNED_DOWN = {"FULL_SPLIT": [8, 2, 2], "MAX_NEW_TOKENS": 8}  # CPU time: rows and new tokens
SHORT_ANSWER_WORDS = 20  # short flashcards, as most of the Hub set's are: CPU time again


@pytest.fixture(scope="module")
def local_dirs(nb, tmp_path_factory):
    """A save_pretrained model directory and a folder of JSON Lines, made once (about 1 GB)."""
    root = tmp_path_factory.mktemp("full-profile")
    rows = [json.loads(line) for line in (notebook_lib.ROOT / "data" /
                                          "medical_flashcards.jsonl").read_text().splitlines()]
    cards = [{k: r[k] for k in ("instruction", "input", "output")} for r in rows
             if len(r["output"].split()) <= SHORT_ANSWER_WORDS]
    data_dir = root / "medical_meadow_medical_flashcards"
    data_dir.mkdir()
    (data_dir / "flashcards.jsonl").write_text("".join(json.dumps(c) + "\n" for c in cards))
    texts = [nb.PROMPT_TEMPLATE.format(question=r["input"]) for r in rows]
    tokenizer = nb.train_offline_tokenizer(texts + [r["output"] for r in rows], 8000)
    model_dir = root / "flan-t5-base"
    model = nb.build_t5(nb.flan_t5_base_config(), seed=0)
    model.save_pretrained(model_dir)
    tokenizer.save_pretrained(model_dir)
    del model
    yield model_dir, data_dir
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def full_run(local_dirs, tmp_path_factory):
    """The notebook executed by papermill with the Hub switched off; returns the run folder."""
    model_dir, data_dir = local_dirs
    out = tmp_path_factory.mktemp("full-run")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDCHAT_")}
    env.update(MEDCHAT_HEADLESS="1", HF_HUB_OFFLINE="1", HF_DATASETS_OFFLINE="1",
               # One thread: on 2 cores shared with other jobs, two threads waiting on each
               # other made beam search 9x slower here (41 s against 4.4 s for 2 answers).
               OMP_NUM_THREADS="1")
    command = [sys.executable, "-m", "papermill", "--no-progress-bar", "--log-level", "ERROR",
               str(notebook_lib.NOTEBOOK), str(out / "executed.ipynb"),
               "-p", "PROFILE", "full", "-p", "OUTPUT_DIR", str(out / "run"),
               "-r", "MODEL_ID", str(model_dir), "-r", "DATASET_ID", str(data_dir)]
    for name, value in TURNED_DOWN.items():
        command += ["-y", json.dumps({name: value})]
    proc = subprocess.run(command, cwd=notebook_lib.ROOT, env=env, capture_output=True,
                          text=True, timeout=1500)
    assert proc.returncode == 0, proc.stderr[-3000:]
    yield out
    shutil.rmtree(out, ignore_errors=True)


def test_full_profile_runs_on_local_directories(full_run, local_dirs):
    model_dir, data_dir = (d.resolve() for d in local_dirs)
    results = json.loads((full_run / "run" / "results.json").read_text())
    assert results["profile"] == "full" and "model local, data local" in results["profile_reason"]
    assert results["model"] == str(model_dir) and results["dataset"] == str(data_dir)
    assert results["environment"]["hub_reachable"] is False
    assert results["split_sizes"] == dict(zip(("train", "validation", "test"),
                                              TURNED_DOWN["FULL_SPLIT"]))
    assert results["base_parameters"] == 247_577_856  # google/flan-t5-base, untied head
    records = {r["name"]: r for r in results["experiments"]}
    assert list(records) == ["exp1", "exp2", "exp3", "exp4"]
    assert all(r["status"] == "finished" for r in records.values())
    assert (records["exp4"]["trainable_parameters"], records["exp4"]["total_parameters"]) == (
        3_538_944, 251_116_800)  # LoRA r=32 on q and v
    assert (records["exp4"]["micro_batch"], records["exp4"]["grad_accum"]) == (16, 1)
    steps = [max(e["step"] for e in r["history"]) for r in records.values()]
    assert steps == [1, 2, 2, 3]  # one optimizer step per epoch of 8 rows
    executed = (full_run / "executed.ipynb").read_text()
    assert "PROFILE: FULL" in executed and "Q: What is the mechanism of action" in executed


def test_saved_adapter_names_the_local_base_and_reloads(nb, full_run, local_dirs, monkeypatch):
    model_dir = local_dirs[0].resolve()
    run = full_run / "run"
    results = json.loads((run / "results.json").read_text())
    selected = next(r for r in results["experiments"]
                    if r["name"] == results["selected_experiment"])
    adapter = json.loads((run / "adapter" / "adapter_config.json").read_text())
    assert adapter["base_model_name_or_path"] == str(model_dir)
    assert adapter["r"] == selected["lora_r"] and sorted(adapter["target_modules"]) == ["q", "v"]
    served = {}  # what `make demo --run <run>` would serve, without blocking on a server
    monkeypatch.setattr(nb, "launch_demo", lambda demo, **kwargs: served.update(demo=demo))
    monkeypatch.setattr(nb, "build_demo", lambda *args, **kwargs: served.update(args=args))
    nb.serve_demo(run)
    tuned, tokenizer, cfg = served["args"][:3]
    assert cfg.profile == "full" and cfg.model_source == str(model_dir)
    assert tuned.config.vocab_size == 32128
    threads = nb.torch.get_num_threads()
    nb.torch.set_num_threads(1)  # as in full_run: shared cores
    try:
        reply = nb.answer_message("What is the mechanism of action of metformin?", tuned,
                                  tokenizer, cfg, num_beams=2, max_new_tokens=16)
    finally:
        nb.torch.set_num_threads(threads)
    assert reply.strip() and not reply.startswith("Sorry")
