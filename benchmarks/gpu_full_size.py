"""The four experiments at full size on flan-t5-base's architecture, on a CUDA GPU.

Random weights (no Hub needed): the notebook's `flan_t5_base_config` and `build_t5`, a tokenizer
trained on the bundled data. Rows: the bundled questions, repeated with suffixes to make 2,200
distinct ones, split 1,800 / 200 / 200 as in the full profile. Every experiment runs through the
notebook's own `run_experiment` twice: once as the notebook runs on a T4 (float32, TF32 off) and
once with the default recipe as the notebook picks it on this GPU (bf16 and TF32 on Ampere or
newer). Recorded per experiment: training seconds and peak allocated GPU memory, beside the
reference README's T4 table. Then `benchmarks/bench.py --mode gpu` runs.

    python benchmarks/gpu_full_size.py          # CUDA: writes benchmarks/results_gpu_full_size.json
    python benchmarks/gpu_full_size.py --tiny   # the same code path on CPU: tiny T5, few rows

Validation answers are generated for the first `--eval-questions` validation rows only (random
weights never stop early, so all 200 would cost minutes and mean nothing); the per-epoch
validation loss uses all 200.
"""
import argparse
import dataclasses
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import notebook_lib  # noqa: E402

REFERENCE_T4 = {  # the reference README's table (its author's claims): minutes, peak GB
    "exp1": (2.9, 2.27), "exp2": (5.8, 3.29), "exp3": (5.8, 4.30), "exp4": (9.1, 7.37)}
ROWS = 2200  # 1,800 / 200 / 200
TINY = dict(split=[16, 4, 4], model=(64, 2, 4, 256), new_tokens=8, eval_questions=2)


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tiny", action="store_true", help="tiny T5 and few rows, on CPU")
    parser.add_argument("--eval-questions", type=int, help="validation rows answered (16)")
    parser.add_argument("--settings", nargs="+", default=["t4", "default"],
                        choices=["t4", "default"])
    parser.add_argument("--no-bench", action="store_true", help="skip bench.py --mode gpu")
    parser.add_argument("--out", type=Path, help="JSON path")
    args = parser.parse_args(argv)
    args.eval_questions = args.eval_questions or (TINY["eval_questions"] if args.tiny else 16)
    name = "results_gpu_full_size_tiny.json" if args.tiny else "results_gpu_full_size.json"
    args.out = args.out or Path(__file__).parent / name
    return args


def distinct_questions(df: pd.DataFrame, rows: int) -> pd.DataFrame:
    """`rows` flashcards: the bundled ones, then again with ' (variant k)' after the question."""
    copies = [df.assign(input=df["input"] + ("" if k == 0 else f" (variant {k})"))
              for k in range(-(-rows // len(df)))]
    out = pd.concat(copies, ignore_index=True).head(rows)
    assert out["input"].is_unique
    return out


def build_base(nb, texts: list[str], tiny: bool, folder: Path) -> Path:
    """flan-t5-base's architecture (or a tiny T5 with its vocabulary), random weights."""
    config = nb.flan_t5_base_config()
    if tiny:
        config = nb.t5_config(config.vocab_size, *TINY["model"])
    nb.build_t5(config, seed=0).save_pretrained(folder)
    nb.train_offline_tokenizer(texts, 32000).save_pretrained(folder)  # stops where data ends
    return folder


def setting_config(nb, params: dict, setting: str, model_dir: Path, work: Path):
    """The notebook's fast recipe; "t4" forces what it picks on a T4 (float32, no TF32)."""
    cfg = nb.make_config({**params, "PROFILE": "offline", "OUTPUT_DIR": str(work / setting)},
                         use_env=False)
    cfg = dataclasses.replace(cfg, profile="full", model_source=str(model_dir))
    if setting == "t4":
        cfg = dataclasses.replace(cfg, dtype="float32")
    nb.set_matmul_precision(cfg)
    if setting == "t4":
        torch.backends.cuda.matmul.allow_tf32 = torch.backends.cudnn.allow_tf32 = False
    return cfg


def run_setting(nb, cfg, splits: dict, eval_questions: int) -> list[dict]:
    nb.prepare_output_dir(cfg.output_dir)
    tokenizer, base = nb.load_base(cfg.model_source, cfg)
    data = {part: nb.tokenize_split(splits[part], tokenizer, cfg)[0]
            for part in ("train", "validation")}
    data["validation_df"] = splits["validation"].head(eval_questions)
    rows = []
    for spec in cfg.experiments:
        record = nb.run_experiment(spec, base, tokenizer, data, cfg)
        reference = REFERENCE_T4.get(spec.name, (None, None))
        rows.append({k: record.get(k) for k in (
            "name", "status", "learning_rate", "lora_r", "epochs", "micro_batch", "grad_accum",
            "train_seconds", "peak_gpu_memory_allocated_gb", "eval_seconds",
            "trainable_parameters", "total_parameters")} | {
            "train_minutes": record.get("train_seconds", 0) / 60,
            "optimizer_steps": max((e["step"] for e in record.get("history", [])), default=0),
            "reference_t4_minutes": reference[0], "reference_t4_peak_gb": reference[1]})
        print(f"{cfg.dtype:>8} {spec.name}: {rows[-1]['train_minutes']:.2f} min, peak "
              f"{rows[-1]['peak_gpu_memory_allocated_gb']} GB (reference on a T4: "
              f"{reference[0]} min, {reference[1]} GB)", flush=True)
    del base
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
    return rows


def main(argv=None) -> None:
    args = parse_args(argv)
    for name in ("MEDCHAT_PROFILE", "MEDCHAT_OUTPUT_DIR", "MEDCHAT_MODEL_ID", "MEDCHAT_DATASET_ID"):
        os.environ.pop(name, None)  # they would redirect make_config
    if args.tiny:
        os.environ["CUDA_VISIBLE_DEVICES"] = ""  # the tiny run is a CPU check of the code path
    nb, params = notebook_lib.load(), notebook_lib.parameters()
    if not args.tiny and not torch.cuda.is_available():
        sys.exit("gpu_full_size.py needs a CUDA GPU; --tiny tries its code path on CPU")
    split = TINY["split"] if args.tiny else params["FULL_SPLIT"]
    params = {**params, "FULL_SPLIT": split}
    if args.tiny:
        params["MAX_NEW_TOKENS"] = TINY["new_tokens"]
    cards, _ = nb.clean_flashcards(nb.load_flashcards(str(ROOT / "data")))
    splits = nb.split_flashcards(distinct_questions(cards, sum(split)), tuple(split), 42)
    started, work = time.perf_counter(), Path(tempfile.mkdtemp(prefix="medchat-gpu-full-"))
    try:
        texts = [nb.PROMPT_TEMPLATE.format(question=q) for q in splits["train"]["input"]]
        model_dir = build_base(nb, texts + list(splits["train"]["output"]), args.tiny,
                               work / "base")
        result = {"date": dt.datetime.now().isoformat(timespec="seconds"), "tiny": args.tiny,
                  "environment": nb.environment_report(),
                  "model": "tiny T5 with flan-t5's vocabulary" if args.tiny else
                  "flan-t5-base architecture, random weights, untied head",
                  "split_sizes": {k: len(v) for k, v in splits.items()},
                  "eval_questions": args.eval_questions,
                  "peak_memory": "torch.cuda.max_memory_allocated during training, base model "
                                 "and its LoRA copy included (null on CPU)",
                  "reference": "reference README's T4 table: its author's claims, not ours",
                  "settings": {}}
        for setting in args.settings:
            cfg = setting_config(nb, params, setting, model_dir, work)
            result["settings"][setting] = {
                "dtype": cfg.dtype, "tf32": torch.backends.cuda.matmul.allow_tf32,
                "recipe": cfg.recipe, "experiments": run_setting(nb, cfg, splits,
                                                                 args.eval_questions)}
        result["runtime_seconds"] = time.perf_counter() - started
    finally:
        shutil.rmtree(work, ignore_errors=True)  # the random base alone is ~1 GB
    args.out.write_text(json.dumps(result, indent=2, default=str) + "\n")
    print(f"results: {args.out}")
    if not args.no_bench:
        bench = [sys.executable, str(Path(__file__).parent / "bench.py"), "--mode", "gpu"]
        subprocess.run(bench + (["--tiny"] if args.tiny else []), check=True)


if __name__ == "__main__":
    main()
