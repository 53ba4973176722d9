"""Speed benchmark: the notebook's fast recipe ("ours") against the original, in one process.

Both recipes train the same base model on the same data for the same number of optimizer steps
and answer the same validation questions. Every step goes through the notebook's own functions
(tests/notebook_lib.py executes its `lib` cells), so what is timed is the pipeline as shipped.
benchmarks/README.md explains each number.

    python benchmarks/bench.py                     # CPU: the offline tiny T5 on the bundled data
    python benchmarks/bench.py --mode gpu          # CUDA: flan-t5-base architecture, random weights
    python benchmarks/bench.py --mode gpu --tiny   # the GPU code path, on CPU, with a tiny T5
"""
import argparse
import ctypes
import dataclasses
import datetime as dt
import gc
import json
import os
import platform
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
from transformers import AutoTokenizer, TrainerCallback

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import notebook_lib  # noqa: E402

RECIPES = ("original", "fast")  # "fast" is ours
DEFAULTS = {  # new_tokens: forced generation length (None: natural lengths, as in the notebook)
    "cpu": dict(steps=30, warmup=3, questions=40, repeats=2, new_tokens=None),
    "gpu": dict(steps=30, warmup=5, questions=40, repeats=1, new_tokens=128),
    "gpu-tiny": dict(steps=6, warmup=2, questions=8, repeats=1, new_tokens=16),
}
TINY_T5 = (64, 2, 4, 256)  # d_model, layers, heads, d_ff: the --tiny stand-in for flan-t5-base
GPU_VOCAB = 32000  # SentencePiece stops where the data runs out (~4.6k): lengths near flan-t5's
PEAK_TFLOPS = (  # dense bf16 (fp16 where there is no bf16); the first substring match wins
    ("H200", 989.0), ("H100 PCIe", 756.0), ("H100", 989.0), ("A100", 312.0), ("L40S", 362.0),
    ("L4", 121.0), ("A10G", 70.0), ("V100", 125.0), ("T4", 65.0))
FLOP_FORMULA = (
    "lower bound = 4 x (N_enc x T_enc + N_dec x T_dec): the forward pass costs 2 FLOPs per "
    "weight per token and the backward pass 2 more for activation gradients (frozen weights "
    "need those but no weight gradients, hence 4 and not the full fine-tuning 6); N = weights "
    "of the nn.Linear layers applied per encoder / decoder token (decoder cross-attention k and "
    "v run on encoder tokens, lm_head on decoder tokens; embeddings are lookups), T = non-pad "
    "tokens; LoRA, attention scores, softmax and padding are left out")
METRICS = (  # table label, path in a recipe's record; the ratio is ours / original
    ("train samples/s", ("train", "samples_per_s")),
    ("train peak memory MiB", ("train", "peak_memory_mib")),
    ("train padding efficiency", ("train", "padding_efficiency", "both")),
    ("  encoder tokens", ("train", "padding_efficiency", "encoder")),
    ("  decoder tokens", ("train", "padding_efficiency", "decoder")),
    ("train TFLOP/s (lower bound)", ("train", "achieved_tflops")),
    ("train MFU (lower bound)", ("train", "mfu")),
    ("validation loss", ("train", "validation_loss")),
    ("eval seconds", ("eval", "seconds")),
    ("eval peak memory MiB", ("eval", "peak_memory_mib")),
)
CPU_GOALS = {"train": 2.0, "eval": 5.0}  # speed-ups this benchmark checks in CPU mode


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mode", choices=["cpu", "gpu"], default="cpu")
    parser.add_argument("--tiny", action="store_true", help="gpu mode with a tiny T5 (runs on CPU)")
    parser.add_argument("--steps", type=int, help="timed optimizer steps per recipe")
    parser.add_argument("--warmup", type=int, help="untimed optimizer steps before them (>= 1)")
    parser.add_argument("--questions", type=int, help="validation questions to answer")
    parser.add_argument("--repeats", type=int, help="timed runs per recipe; the best one counts")
    parser.add_argument("--peak-tflops", type=float, help="GPU peak for MFU if not in the table")
    parser.add_argument("--out", type=Path, help="JSON path (default: benchmarks/results_*.json)")
    args = parser.parse_args(argv)
    key = "gpu-tiny" if args.mode == "gpu" and args.tiny else args.mode
    for name, value in DEFAULTS[key].items():
        if getattr(args, name, None) is None:
            setattr(args, name, value)
    if min(args.steps, args.warmup, args.questions, args.repeats) < 1:
        parser.error("--steps, --warmup, --questions and --repeats must be at least 1")
    args.out = args.out or Path(__file__).parent / f"results_{key.replace('-', '_')}.json"
    return args


def sync() -> None:
    """CUDA runs asynchronously: wait for queued kernels before reading the clock."""
    if torch.cuda.is_available():
        torch.cuda.synchronize()


class PeakMemory:
    """Peak memory of the enclosed block, in MiB.

    CUDA: torch.cuda.max_memory_allocated, all tensors (weights included). CPU: the kernel's
    peak RSS (VmHWM) minus RSS at entry, after resetting VmHWM through /proc/self/clear_refs;
    tracemalloc would miss torch's buffers, which bypass Python's allocator.
    """
    STATUS = Path("/proc/self/status")

    def __enter__(self):
        gc.collect()
        if torch.cuda.is_available():
            torch.cuda.empty_cache()
            torch.cuda.reset_peak_memory_stats()
            self.method = "cuda max_memory_allocated (absolute)"
            return self
        try:  # hand freed heap back to the OS, else the later recipe starts on a warm heap
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):
            pass
        try:
            Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS
            self.start, self.method = self._status("VmRSS"), "peak RSS delta (VmHWM, reset)"
        except OSError:  # not Linux: the lifetime peak is all there is
            self.start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            self.method = "ru_maxrss delta (lifetime peak, not reset)"
        return self

    def __exit__(self, *exc):
        sync()
        if torch.cuda.is_available():
            self.mib = torch.cuda.max_memory_allocated() / 2**20
        elif self.method.startswith("peak RSS"):
            self.mib = self._status("VmHWM") - self.start
        else:
            self.mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - self.start

    def _status(self, field: str) -> float:
        return int(re.search(rf"{field}:\s+(\d+)", self.STATUS.read_text()).group(1)) / 1024


class TokenCounter:
    """Rows and tokens of every training forward pass, as executed (padding included).

    The sums stay tensors until read, so counting adds no GPU synchronisation to the steps.
    """
    KEYS = ("rows", "encoder_useful", "encoder_executed", "decoder_useful", "decoder_executed")

    def __init__(self, model):
        self.records = []
        self.handle = model.register_forward_pre_hook(self._count, with_kwargs=True)

    def _count(self, module, args, kwargs):
        if module.training:
            ids, mask, labels = kwargs["input_ids"], kwargs["attention_mask"], kwargs["labels"]
            self.records.append((ids.shape[0], mask.sum(), ids.numel(),
                                 (labels != -100).sum(), labels.numel()))

    def totals(self, start: int, end: int) -> dict:
        return {k: sum(int(r[i]) for r in self.records[start:end])
                for i, k in enumerate(self.KEYS)}


class StepClock(TrainerCallback):
    """Clock and token count at the end of the warm-up and of the last timed optimizer step.

    It also cancels the Trainer's per-epoch evaluation and checkpoint: they are not what the
    recipes are compared on (validation loss is computed once, after training).
    """

    def __init__(self, warmup: int, last: int, counter: TokenCounter):
        self.bounds, self.counter, self.marks = {warmup: "start", last: "end"}, counter, {}

    def on_step_end(self, args, state, control, **kwargs):
        if state.global_step in self.bounds:
            sync()
            self.marks[self.bounds[state.global_step]] = (time.perf_counter(),
                                                          len(self.counter.records))
        return self.on_epoch_end(args, state, control)

    def on_epoch_end(self, args, state, control, **kwargs):
        control.should_evaluate = control.should_save = False
        return control

    def window(self) -> tuple[float, dict]:
        (t0, n0), (t1, n1) = self.marks["start"], self.marks["end"]
        return t1 - t0, self.counter.totals(n0, n1)


def matmul_weights(model) -> dict:
    """Weights applied per encoder token and per decoder token (see FLOP_FORMULA)."""
    counts = {"encoder": 0, "decoder": 0}
    for name, module in model.named_modules():
        if isinstance(module, torch.nn.Linear):
            side = name.startswith("encoder.") or name.endswith(("EncDecAttention.k",
                                                                 "EncDecAttention.v"))
            counts["encoder" if side else "decoder"] += module.weight.numel()
    return counts


def peak_flops(override_tflops: float | None) -> float | None:
    if override_tflops:
        return override_tflops * 1e12
    if not torch.cuda.is_available():
        return None
    name = torch.cuda.get_device_name(0)
    return next((t * 1e12 for key, t in PEAK_TFLOPS if key in name), None)


def train_metrics(seconds: float, tokens: dict, weights: dict, peak: float | None) -> dict:
    useful = 4 * (weights["encoder"] * tokens["encoder_useful"]
                  + weights["decoder"] * tokens["decoder_useful"])
    both = ((tokens["encoder_useful"] + tokens["decoder_useful"])
            / (tokens["encoder_executed"] + tokens["decoder_executed"]))
    padding = {side: tokens[f"{side}_useful"] / tokens[f"{side}_executed"]
               for side in ("encoder", "decoder")}
    return {"seconds": seconds, "samples_per_s": tokens["rows"] / seconds, "tokens": tokens,
            "padding_efficiency": {**padding, "both": both}, "flops_lower_bound": useful,
            "achieved_tflops": useful / seconds / 1e12,
            "mfu": useful / seconds / peak if peak else None}


def bench_training(nb, cfg, spec, model_dir, data, args, work, peak):
    """Train one recipe; returns the LoRA model and its timings, memory and validation loss."""
    nb.set_matmul_precision(cfg)
    tokenizer, base = nb.load_base(str(model_dir), cfg)
    weights = matmul_weights(base)
    model = nb.lora_model(base, spec, cfg)  # a deep copy: the base can go
    del base
    counter = TokenCounter(model)
    clock = StepClock(args.warmup, args.warmup + args.steps, counter)
    trainer = nb.make_trainer(model, spec, cfg, tokenizer, data["train"], data["validation"],
                              work / f"trainer-{cfg.recipe}-{cfg.seed}", cfg.micro_batch,
                              cfg.grad_accum, max_steps=args.warmup + args.steps,
                              callbacks=[clock], log=lambda *_: None)
    before = trainer.evaluate()["eval_loss"]  # where the quality guard starts from
    with PeakMemory() as memory:
        trainer.train()
    counter.handle.remove()
    record = train_metrics(*clock.window(), weights, peak)
    record.update(peak_memory_mib=memory.mib, memory_method=memory.method,
                  validation_loss_before=before,
                  validation_loss=trainer.evaluate()["eval_loss"])
    return model, record


def bench_eval(nb, cfg, model_dir, adapter_dir, questions, new_tokens):
    """Answer `questions` in one recipe's generation mode (dtype, merge, batch size)."""
    nb.set_matmul_precision(cfg)
    tokenizer, base = nb.load_base(str(model_dir), cfg)
    model = nb.load_finetuned(base, adapter_dir, cfg.merge_for_eval)
    del base
    forced = {"min_new_tokens": new_tokens, "max_new_tokens": new_tokens} if new_tokens else {}
    nb.generate_answers(model, tokenizer, questions[:2], cfg, max_new_tokens=4)  # warm-up
    with PeakMemory() as memory:
        t0 = time.perf_counter()
        answers = nb.generate_answers(model, tokenizer, questions, cfg, **forced)
        sync()
        seconds = time.perf_counter() - t0
    lengths = [len(ids) for ids in tokenizer(answers)["input_ids"]]
    return answers, {"seconds": seconds, "questions_per_s": len(questions) / seconds,
                     "batch_size": cfg.eval_batch_size, "merged": cfg.merge_for_eval,
                     "answer_tokens_mean": float(np.mean(lengths)),
                     "peak_memory_mib": memory.mib, "memory_method": memory.method}


def recipe_configs(nb, params, work: Path, gpu: bool) -> dict:
    values = {**params, "PROFILE": "offline", "OUTPUT_DIR": str(work),
              "DATA_DIR": str(ROOT / "data")}
    if gpu:  # a finer tokenizer: sequence lengths closer to flan-t5's on the same text
        values["OFFLINE_VOCAB_SIZE"] = GPU_VOCAB
        values["OFFLINE_PRETRAIN_STEPS"] = 0  # its model is replaced by random weights anyway
    return {r: nb.make_config({**values, "RECIPE": r}) for r in RECIPES}


def prepare_model_and_data(nb, cfg, args, work: Path) -> tuple[Path, dict, dict]:
    """The base model's directory (as load_base reads it), the tokenized splits, a name."""
    flashcards, _ = nb.clean_flashcards(nb.load_flashcards(cfg.data_source))
    splits = nb.split_flashcards(flashcards, cfg.split, cfg.seed)
    model_dir = nb.make_offline_base(splits["train"], cfg)
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    name = "offline tiny T5 (the offline profile's base)"
    if args.mode == "gpu":  # random weights, the bundled data's tokenizer: timings only
        config = nb.flan_t5_base_config()
        if args.tiny:
            config = nb.t5_config(config.vocab_size, *TINY_T5)
        name = ("tiny T5 with flan-t5's vocabulary size" if args.tiny
                else "flan-t5-base architecture") + ", random weights"
        model_dir = work / "gpu_base"
        nb.build_t5(config, seed=cfg.seed).save_pretrained(model_dir)
        tokenizer.save_pretrained(model_dir)
    data = {part: nb.tokenize_split(splits[part], tokenizer, cfg)[0]
            for part in ("train", "validation")}
    data["questions"] = list(splits["validation"]["input"])[:args.questions]
    return model_dir, data, {"name": name}


def describe_model(nb, model_dir: Path, cfg) -> dict:
    base = nb.load_base(str(model_dir), cfg)[1]
    return {"parameters": sum(p.numel() for p in base.parameters()),
            "vocab_size": base.config.vocab_size, "matmul_weights": matmul_weights(base)}


def data_summary(data: dict) -> dict:
    train = data["train"]
    return {"train_rows": len(train), "validation_rows": len(data["validation"]),
            "eval_questions": len(data["questions"]),
            "input_tokens_mean": float(np.mean([len(x) for x in train["input_ids"]])),
            "target_tokens_mean": float(np.mean([len(x) for x in train["labels"]]))}


def machine_info(nb, load_start: float) -> dict:
    cpuinfo = Path("/proc/cpuinfo")
    found = re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text()) if cpuinfo.exists() else None
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {**nb.environment_report(), "cpu": found.group(1) if found else platform.processor(),
            "cpu_cores": cores, "load_average_at_start": load_start}


def keep_best(best: dict | None, new: dict, key: str, higher: bool) -> dict:
    """The better of two timed runs by `key`, with every run's value listed beside it."""
    runs = (best[f"{key}_runs"] if best else []) + [new[key]]
    if best is None or (new[key] > best[key]) == higher:
        best = new
    return {**best, f"{key}_runs": runs}


def train_all(nb, cfgs, spec, model_dir, data, args, work, peak) -> dict:
    """Both recipes' training, repeats alternating; the fast recipe's adapter is kept."""
    best = dict.fromkeys(RECIPES)
    for _ in range(args.repeats):
        for recipe in RECIPES:
            model, train = bench_training(nb, cfgs[recipe], spec, model_dir, data, args, work,
                                          peak)
            if recipe == "fast" and best[recipe] is None:  # one adapter for both eval modes
                model.save_pretrained(work / "adapter")
            best[recipe] = keep_best(best[recipe], train, "samples_per_s", higher=True)
            del model
    return {r: {"config": recipe_summary(cfgs[r]), "train": best[r]} for r in RECIPES}


def eval_all(nb, cfgs, model_dir, data, args, work, records) -> float:
    """Both generation modes on the same adapter; returns the share of identical answers."""
    answers, best = {}, dict.fromkeys(RECIPES)
    for _ in range(args.repeats):
        for recipe in RECIPES:
            answers[recipe], timing = bench_eval(nb, cfgs[recipe], model_dir, work / "adapter",
                                                 data["questions"], args.new_tokens)
            best[recipe] = keep_best(best[recipe], timing, "seconds", higher=False)
    for recipe in RECIPES:
        records[recipe]["eval"] = best[recipe]
    return float(np.mean([a == b for a, b in zip(answers["original"], answers["fast"])]))


def quality_guard(nb, cfgs, spec, model_dir, data, args, work, records) -> dict:
    """Validation loss after the same steps; the noise is the original recipe at two seeds."""
    losses = {r: records[r]["train"]["validation_loss"] for r in RECIPES}
    if args.mode != "cpu":
        return {"applies": False, "why": "random weights: the losses mean nothing", **losses}
    reseeded = dataclasses.replace(cfgs["original"], seed=cfgs["original"].seed + 1)
    _, other = bench_training(nb, reseeded, spec, model_dir, data, args, work, None)
    before = records["original"]["train"]["validation_loss_before"]
    noise = abs(other["validation_loss"] - losses["original"])
    # One seed pair can land close by chance: never demand more than 10 % of the improvement.
    tolerance = max(2 * noise, 0.1 * (before - losses["original"]))
    difference = losses["fast"] - losses["original"]
    return {"applies": True, **losses, "before_training": before,
            "original_next_seed": other["validation_loss"], "seed_noise": noise,
            "difference": difference, "tolerance": tolerance,
            "within_noise": abs(difference) <= tolerance}


def lookup(record: dict, path: tuple):
    for key in path:
        record = record[key]
    return record


def ratios(records: dict) -> dict:
    """ours / original for every metric of the table (None where undefined)."""
    result = {}
    for _, path in METRICS:
        ours, original = lookup(records["fast"], path), lookup(records["original"], path)
        result[".".join(path)] = ours / original if ours is not None and original else None
    return result


def targets(mode: str, ratio: dict) -> dict:
    speedup = {"train": ratio["train.samples_per_s"], "eval": 1 / ratio["eval.seconds"]}
    if mode != "cpu":
        return {"speedup": speedup}
    return {"speedup": speedup, "goal": CPU_GOALS,
            "met": {k: speedup[k] >= goal for k, goal in CPU_GOALS.items()}}


def run(args: argparse.Namespace, work: Path, load_start: float) -> dict:
    started = time.perf_counter()
    nb, params = notebook_lib.load(), notebook_lib.parameters()
    cfgs = recipe_configs(nb, params, work, args.mode == "gpu")
    if args.mode == "gpu" and not args.tiny and cfgs["fast"].device != "cuda":
        sys.exit("--mode gpu needs a CUDA GPU; --mode gpu --tiny tries its code path on CPU")
    spec = cfgs["fast"].experiments[0]  # exp1: the highest learning rate moves the loss most
    model_dir, data, model_info = prepare_model_and_data(nb, cfgs["fast"], args, work)
    model_info.update(describe_model(nb, model_dir, cfgs["original"]))
    peak = peak_flops(args.peak_tflops)
    records = train_all(nb, cfgs, spec, model_dir, data, args, work, peak)
    identical = eval_all(nb, cfgs, model_dir, data, args, work, records)
    guard = quality_guard(nb, cfgs, spec, model_dir, data, args, work, records)
    ratio = ratios(records)
    return {
        "mode": args.mode, "tiny": args.tiny,
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": machine_info(nb, load_start), "model": model_info, "data": data_summary(data),
        "settings": {"timed_steps": args.steps, "warmup_steps": args.warmup,
                     "repeats": args.repeats,
                     "experiment": dataclasses.asdict(spec), "forced_new_tokens": args.new_tokens,
                     "num_beams": params["NUM_BEAMS"], "peak_flops": peak,
                     "flop_formula": FLOP_FORMULA},
        "recipes": records, "eval_answers_identical_share": identical, "ratios": ratio,
        "quality_guard": guard, "targets": targets(args.mode, ratio),
        "runtime_seconds": time.perf_counter() - started,
    }


def recipe_summary(cfg) -> dict:
    keys = ("micro_batch", "grad_accum", "group_by_target_length", "eval_batch_size",
            "merge_for_eval", "dtype", "fused_gelu", "cheap_dropout", "device")
    return {k: getattr(cfg, k) for k in keys}


def cell(value) -> str:
    if value is None:
        return f"{'-':>12}"
    return f"{value:>12.4g}" if abs(value) < 1e-3 or abs(value) >= 1e4 else f"{value:>12.4f}"


def table(result: dict) -> str:
    lines = [f"{'metric':<30}{'original':>12}{'ours':>12}{'ours/orig':>12}"]
    for label, path in METRICS:
        values = [lookup(result["recipes"][r], path) for r in RECIPES]
        values.append(result["ratios"][".".join(path)])
        lines.append(f"{label:<30}" + "".join(cell(v) for v in values))
    return "\n".join(lines)


def summary(result: dict) -> str:
    t, guard = result["targets"], result["quality_guard"]
    parts = []
    for k, v in t["speedup"].items():
        parts.append(f"{k} {v:.2f}x")
        if "goal" in t:
            parts[-1] += f" (target >= {t['goal'][k]:g}x: {'met' if t['met'][k] else 'NOT met'})"
    lines = [f"speed-up, ours vs original ({result['settings']['timed_steps']} steps, "
             f"{result['data']['eval_questions']} questions): " + ", ".join(parts)]
    if guard["applies"]:
        lines.append(f"quality guard: validation loss {guard['fast']:.4f} (ours) vs "
                     f"{guard['original']:.4f}, from {guard['before_training']:.4f}; tolerance "
                     f"{guard['tolerance']:.4f}: "
                     f"{'within noise' if guard['within_noise'] else 'OUTSIDE noise'}")
    machine = result["machine"]
    if machine["load_average_at_start"] > 0.5 * machine["cpu_cores"]:
        lines.append(f"WARNING: load average {machine['load_average_at_start']:.1f} on "
                     f"{machine['cpu_cores']} cores at start: other work skews these timings")
    lines.append(f"runtime {result['runtime_seconds']:.0f} s")
    return "\n".join(lines)


def main(argv=None) -> None:
    args = parse_args(argv)
    load_start = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    if args.mode == "cpu":  # hide any GPU before torch touches CUDA: CPU numbers stay CPU
        os.environ["CUDA_VISIBLE_DEVICES"] = ""
    for name in ("MEDCHAT_PROFILE", "MEDCHAT_OUTPUT_DIR"):  # they would redirect make_config
        os.environ.pop(name, None)
    work = Path(tempfile.mkdtemp(prefix="medchat-bench-"))
    try:
        result = run(args, work, load_start)
    finally:
        shutil.rmtree(work, ignore_errors=True)  # the GPU base alone is ~1 GB
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, default=str) + "\n")
    print(table(result))
    print(summary(result))
    print(f"results: {args.out}")


if __name__ == "__main__":
    main()
