"""The speed benchmark's GPU code path, run on CPU with a tiny T5 (benchmarks/bench.py)."""
import json
import os
import subprocess
import sys

import notebook_lib


def test_bench_gpu_tiny_writes_both_recipes(tmp_path):
    out = tmp_path / "bench.json"
    subprocess.run([sys.executable, str(notebook_lib.ROOT / "benchmarks" / "bench.py"),
                    "--mode", "gpu", "--tiny", "--steps", "2", "--warmup", "1",
                    "--questions", "2", "--out", str(out)],
                   check=True, timeout=900, cwd=notebook_lib.ROOT)  # over 300 s under load
    result = json.loads(out.read_text())
    assert result["mode"] == "gpu" and result["tiny"] is True
    for recipe in ("original", "fast"):
        train, evaluation = (result["recipes"][recipe][k] for k in ("train", "eval"))
        assert train["tokens"]["rows"] == 2 * 16  # 2 timed steps x effective batch 16
        assert train["samples_per_s"] > 0 and train["flops_lower_bound"] > 0
        assert 0 < train["padding_efficiency"]["both"] <= 1
        assert evaluation["seconds"] > 0 and evaluation["questions_per_s"] > 0
    configs = {r: result["recipes"][r]["config"] for r in ("original", "fast")}
    assert (configs["fast"]["micro_batch"], configs["fast"]["grad_accum"]) == (16, 1)
    assert (configs["original"]["micro_batch"], configs["original"]["grad_accum"]) == (4, 4)
    assert {"train.samples_per_s", "eval.seconds"} <= set(result["ratios"])
    assert result["quality_guard"]["applies"] is False
    assert result["targets"]["speedup"]["train"] > 0


def test_committed_cpu_results_hold_both_recipes():
    result = json.loads((notebook_lib.ROOT / "benchmarks" / "results_cpu.json").read_text())
    assert result["mode"] == "cpu"
    assert result["quality_guard"]["applies"] is True and result["quality_guard"]["within_noise"]
    assert result["eval_answers_identical_share"] == 1.0  # same answers, faster
    fast = result["recipes"]["fast"]["config"]
    assert fast["fused_gelu"] and fast["cheap_dropout"]


def test_gpu_full_size_tiny_runs_four_experiments_in_both_settings(tmp_path):
    out = tmp_path / "full_size.json"
    subprocess.run([sys.executable, str(notebook_lib.ROOT / "benchmarks" / "gpu_full_size.py"),
                    "--tiny", "--no-bench", "--out", str(out)],
                   check=True, timeout=600, cwd=notebook_lib.ROOT,
                   env={**os.environ, "OMP_NUM_THREADS": "1"})  # see test_full_profile.py
    result = json.loads(out.read_text())
    assert result["tiny"] is True and result["split_sizes"] == {
        "train": 16, "validation": 4, "test": 4}
    for setting in ("t4", "default"):
        runs = result["settings"][setting]["experiments"]
        assert [r["name"] for r in runs] == ["exp1", "exp2", "exp3", "exp4"]
        assert all(r["status"] == "finished" and r["train_seconds"] > 0 for r in runs)
        assert [r["optimizer_steps"] for r in runs] == [1, 2, 2, 3]  # 16 rows: one batch
        assert [r["reference_t4_minutes"] for r in runs] == [2.9, 5.8, 5.8, 9.1]
    assert result["settings"]["t4"]["dtype"] == "float32"
    assert result["settings"]["t4"]["tf32"] is False
