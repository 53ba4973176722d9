"""Faults a user can meet: NaN loss, out of memory, bad data, no Hub, unwritable output."""
import json
import os
import shutil
import subprocess
import time

import pandas as pd
import pytest
import torch

import notebook_lib


def poison_callback(nb, at_step: int):
    class Poison(nb.TrainerCallback):
        def on_step_begin(self, args, state, control, model=None, **kwargs):
            if state.global_step == at_step:
                for name, param in model.named_parameters():
                    if "lora_A" in name:
                        param.data.fill_(float("nan"))
    return Poison()


def test_nan_loss_stops_that_experiment_with_a_clear_message(nb, tiny):
    cfg, base, tokenizer, data = tiny
    spec = nb.Experiment("poisoned", 1e-3, 4, 1)
    record = nb.run_experiment(spec, base, tokenizer, data, cfg,
                               callbacks=[poison_callback(nb, 1)], log=lambda *_: None)
    assert record["status"] == "failed"
    assert "became nan at step 2" in record["error"] and "fp16" in record["error"]
    saved = json.loads((cfg.output_dir / "experiments/poisoned/done.json").read_text())
    assert saved["status"] == "failed"
    # the next experiment still runs, and selection skips the failed one
    ok = nb.run_experiment(nb.Experiment("healthy", 1e-3, 4, 1), base, tokenizer, data, cfg,
                           log=lambda *_: None)
    assert ok["status"] == "finished" and nb.select_best([record, ok])["name"] == "healthy"
    with pytest.raises(RuntimeError, match="Every experiment failed"):
        nb.select_best([record])


def test_out_of_memory_halves_the_micro_batch_keeping_the_effective_batch(nb, tiny, monkeypatch):
    cfg, base, tokenizer, data = tiny
    real_train = nb.GuardedTrainer.train
    seen = []

    def train(self, *args, **kwargs):
        seen.append(self.args.per_device_train_batch_size)
        if self.args.per_device_train_batch_size > 4:
            raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")
        return real_train(self, *args, **kwargs)
    monkeypatch.setattr(nb.GuardedTrainer, "train", train)
    logs = []
    record = nb.run_experiment(nb.Experiment("oom", 1e-3, 4, 1), base, tokenizer, data, cfg,
                               log=logs.append)
    assert seen == [16, 8, 4]
    assert (record["micro_batch"], record["grad_accum"]) == (4, 4)
    assert record["status"] == "finished"
    assert any("retrying with micro-batch 8 x 2" in line for line in logs)


def test_out_of_memory_at_micro_batch_one_gives_up_clearly(nb, tiny, monkeypatch):
    cfg, base, tokenizer, data = tiny

    def train(self, *args, **kwargs):
        raise RuntimeError("CUDA error: out of memory")
    monkeypatch.setattr(nb.GuardedTrainer, "train", train)
    with pytest.raises(MemoryError, match="even at micro-batch 1"):
        nb.run_experiment(nb.Experiment("oom1", 1e-3, 4, 1), base, tokenizer, data, cfg,
                          log=lambda *_: None)


def test_other_errors_are_not_mistaken_for_out_of_memory(nb):
    assert nb.is_oom(torch.OutOfMemoryError("x"))
    assert not nb.is_oom(RuntimeError("shape mismatch"))


def test_finished_experiment_is_loaded_not_retrained(nb, tiny):
    cfg, base, tokenizer, data = tiny
    spec = nb.Experiment("cached", 1e-3, 4, 1)
    first = nb.run_experiment(spec, base, tokenizer, data, cfg, log=lambda *_: None)
    logs = []
    again = nb.run_experiment(spec, base, tokenizer, data, cfg, log=logs.append)
    assert again == first and "finished earlier" in logs[0]
    changed = nb.Experiment("cached", 5e-4, 4, 1)  # new settings: the cache no longer applies
    third = nb.run_experiment(changed, base, tokenizer, data, cfg, log=logs.append)
    assert third["learning_rate"] == 5e-4 and third["fingerprint"] != first["fingerprint"]


def test_missing_columns_fail_before_training(nb):
    with pytest.raises(nb.SetupError, match=r"lacks the column\(s\) \['output'\]"):
        nb.clean_flashcards(pd.DataFrame({"input": ["q"], "answer": ["a"]}))


def test_zero_rows_after_cleaning_fail_before_training(nb):
    with pytest.raises(nb.SetupError, match="No usable flashcards"):
        nb.clean_flashcards(pd.DataFrame({"input": ["", "  "], "output": ["a", None]}))


def test_too_few_rows_for_a_split(nb):
    df = pd.DataFrame({"input": ["q1", "q2"], "output": ["a1", "a2"]})
    with pytest.raises(nb.SetupError, match="too few"):
        nb.split_flashcards(df, (0.8, 0.1, 0.1), 42)
    with pytest.raises(nb.SetupError, match="lower FULL_SPLIT"):
        nb.split_flashcards(df, (1800, 200, 200), 42)


def test_missing_data_directory_is_named(nb, tmp_path):
    with pytest.raises(nb.SetupError, match="No \\*.jsonl flashcard files"):
        nb.load_flashcards(str(tmp_path))


def test_unwritable_output_directory_fails_before_training(nb, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(nb.SetupError, match="Cannot write to the output directory"):
        nb.prepare_output_dir(blocker / "run")


def test_make_run_full_without_hub_fails_in_seconds_naming_the_fix(tmp_path):
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    env.pop("MEDCHAT_OUTPUT_DIR", None)
    env.pop("MEDCHAT_PROFILE", None)
    runs = notebook_lib.ROOT / "runs"
    before = set(runs.glob("*")) if runs.exists() else set()
    start = time.perf_counter()
    proc = subprocess.run(["make", "-s", "run", "PROFILE=full"], cwd=notebook_lib.ROOT,
                          env=env, capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - start
    for made in set(runs.glob("*")) - before:
        shutil.rmtree(made)
    assert proc.returncode != 0
    last = proc.stdout.strip().splitlines()[-1]
    assert "PROFILE='full' needs the Hugging Face Hub" in last and "PROFILE=offline" in last
    assert elapsed < 30  # interpreter start and imports; the Hub probe itself takes <= 3 s


def test_half_written_checkpoint_is_dropped_not_resumed(nb, tmp_path):
    folder = tmp_path / "checkpoints"
    good, broken = folder / "checkpoint-21", folder / "checkpoint-42"
    good.mkdir(parents=True), broken.mkdir()
    (good / "trainer_state.json").write_text(json.dumps({"global_step": 21}))
    (broken / "adapter_model.safetensors").write_bytes(b"partial")  # killed before the state
    assert nb.last_checkpoint(folder) == str(good)
    assert not broken.exists()
    (good / "trainer_state.json").write_text('{"global_st')  # truncated mid-write
    assert nb.last_checkpoint(folder) is None


def test_checkpoints_of_other_settings_are_not_resumed(nb, tiny):
    cfg, base, tokenizer, data = tiny
    spec = nb.Experiment("changed", 1e-3, 4, 1)
    folder, _ = nb.open_experiment(spec, cfg, data, log=lambda *_: None)
    stale = folder / "checkpoints" / "checkpoint-3"
    stale.mkdir(parents=True)
    (stale / "trainer_state.json").write_text(json.dumps({"global_step": 3}))
    logs = []
    nb.open_experiment(nb.Experiment("changed", 5e-4, 4, 1), cfg, data, log=logs.append)
    assert not stale.exists() and "settings changed" in logs[0]
    nb.open_experiment(nb.Experiment("changed", 5e-4, 4, 1), cfg, data, log=logs.append)
    assert len(logs) == 1  # same settings: the folder is kept


def test_training_time_adds_up_across_a_resume(nb, tmp_path):
    checkpoint = tmp_path / "checkpoints" / "checkpoint-21"
    checkpoint.mkdir(parents=True)
    (checkpoint / "elapsed_seconds.txt").write_text("12.5")
    clock = nb.TrainingClock(tmp_path, str(checkpoint))
    assert 12.5 <= clock.total() < 13.5
    assert nb.TrainingClock(tmp_path, None).total() < 1


def test_missing_bundled_data_names_the_fix(nb, tmp_path):
    with pytest.raises(nb.SetupError, match="upload the data/ folder"):
        nb.load_flashcards(str(tmp_path / "data"), local=True)
