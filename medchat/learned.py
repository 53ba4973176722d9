"""A small learned second opinion for the triage: logistic regression over context-marked words.

The rules (medchat.rules) name the phrases they know; people who write to the chat use many
they do not. This model reads the same normalised text through the same context engine and
scores how much a message reads like the labelled emergencies. Words that the context engine
holds back are marked, not dropped: "NOT_" after a negation in the clause, "PAST_" in a clause
with a past-time marker, "HYP_" after "if" / "what if" and in habitual clauses, and "DOC_" inside
a pasted document; a textbook or exam message, a fiction or a message about a pet adds a whole-
message marker. So "no chest pain" and "chest pain" are different features.

Two heads share the features: `emergency` (one logistic unit) and `category` (softmax over the
categories, trained on the emergencies), so a message only this model flags still gets the
right advice.

Inference is plain Python over a dict of weights (`triage_model.json`, written by `train`).
Training needs numpy and is deterministic: full-batch Adam from zeros, fixed steps.
    python -m medchat train            # retrain from the development sets, rewrite the JSON
"""
import csv
import json
import math
import re
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("triage_model.json")
REPO = Path(__file__).resolve().parent.parent
# The labelled messages it learns from: never the hold-outs.
TRAIN_SETS = ("tests/data/triage_dev.csv", "tests/data/triage_dev_writers.csv")

_TOKEN = re.compile(r"[a-z0-9']+|[!?]")
_NEG = re.compile(r"(?:no|not|never|without|denies|denied|nor|neither|none|\w+n't)")


def context_features(text: str, ctx=None) -> list[str]:
    """The tokens of a normalised text with their context marks, as unigrams and bigrams."""
    import importlib

    t = importlib.import_module("medchat.triage")  # late: triage imports this module

    ctx = ctx if ctx is not None else t.build_context(text)
    marks = []
    if ctx.educational:
        marks.append("__EDU__")
    if ctx.fiction:
        marks.append("__FICTION__")
    if t.PET.search(text):
        marks.append("__PET__")
    if ctx.urgent:
        marks.append("__URGENT__")
    tokens = []
    for start, end in _clause_spans(ctx):
        clause = text[start:end]
        past = bool(t.PAST.search(clause) or t._PAST_EXTRA.search(clause))
        hyp = bool(t.CONDITIONAL.match(clause) or t.HABITUAL.search(clause))
        negated = False
        for m in _TOKEN.finditer(clause):
            word = m.group(0)
            pos = start + m.start()
            prefix = ("DOC_" if _within(ctx.document, pos) else "") + ("PAST_" if past else "")
            prefix += "HYP_" if hyp else ""
            if _NEG.fullmatch(word):
                negated = True
                tokens.append(prefix + word)
                continue
            tokens.append(prefix + ("NOT_" if negated else "") + word)
    feats = set(tokens)
    feats.update(a + " " + b for a, b in zip(tokens, tokens[1:]))
    feats.update(marks)
    return sorted(feats)


def _clause_spans(ctx) -> list[tuple[int, int]]:
    starts, ends = ctx.clauses
    spans, pos = [], 0
    for s, e in zip(starts, ends):
        if s > pos:
            spans.append((pos, s))
        pos = max(pos, e)
    if pos < len(ctx.text):
        spans.append((pos, len(ctx.text)))
    return spans


def _within(spans, pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


def features(message) -> list[str]:
    """The model's features for one message (any input, like triage)."""
    from medchat.triage import normalise

    return context_features(normalise(message))


class TriageModel:
    """Weights loaded from JSON; `score` is the emergency probability, `category` the best guess."""

    def __init__(self, data: dict):
        self.bias = data["bias"]
        vocab = data["vocab"]
        self.weights = dict(zip(vocab, data["weights"]))  # feature -> emergency weight
        # feature -> {category index: weight}; stored as "index:hundredths ..." strings, and
        # only weights of 0.1 or more (the rules name the category whenever they fire)
        self.category_weights = {
            f: {int(k): int(w) / 100 for k, w in (pair.split(":") for pair in packed.split())}
            for f, packed in zip(vocab, data["category_weights"]) if packed}
        self.categories = data["categories"]
        self.category_bias = data["category_bias"]
        self.threshold = data["threshold"]
        self.possible_threshold = data["possible_threshold"]
        self.veto_threshold = data["veto_threshold"]
        # Suicidal intent is the most varied wording and the costliest miss: its own bar.
        self.crisis_threshold = data.get("crisis_threshold", self.threshold)
        self.meta = data.get("meta", {})

    def threshold_for(self, category: str) -> float:
        return self.crisis_threshold if category == "self_harm" else self.threshold

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "TriageModel":
        return cls(json.loads(Path(path).read_text(encoding="utf-8")))

    def predict(self, feats: list[str]) -> tuple[float, str]:
        known = [f for f in feats if f in self.weights]
        scale = 1 / math.sqrt(len(known)) if known else 0.0
        z = self.bias + scale * sum(self.weights[f] for f in known)
        logits = list(self.category_bias)
        for f in known:
            for k, w in self.category_weights.get(f, {}).items():
                logits[k] += scale * w
        best = max(range(len(logits)), key=logits.__getitem__)
        return 1 / (1 + math.exp(-max(min(z, 50.0), -50.0))), self.categories[best]


def _rows(paths) -> list[dict]:
    rows = []
    for path in paths:
        with open(REPO / path, encoding="utf-8", newline="") as f:
            rows.extend(csv.DictReader(f))
    return rows


FIT_SETTINGS = {"c": 30.0, "min_df": 2, "steps": 200, "lr": 0.05}


def fit(messages, labels, categories, *, c: float = FIT_SETTINGS["c"],
        min_df: int = FIT_SETTINGS["min_df"], steps: int = FIT_SETTINGS["steps"],
        lr: float = FIT_SETTINGS["lr"]):
    """Train both heads; returns (vocab, emergency weights, bias, category names, W, b)."""
    import numpy as np

    feats = [features(m) for m in messages]
    df: dict[str, int] = {}
    for fs in feats:
        for f in fs:
            df[f] = df.get(f, 0) + 1
    vocab = sorted(f for f, n in df.items() if n >= min_df)
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(feats), len(vocab)), dtype=np.float64)
    for i, fs in enumerate(feats):
        idx = [index[f] for f in fs if f in index]
        if idx:
            x[i, idx] = 1 / math.sqrt(len(idx))
    y = np.asarray(labels, dtype=np.float64)
    names = sorted({c_ for c_ in categories if c_})
    onehot = np.zeros((len(feats), len(names)))
    for i, c_ in enumerate(categories):
        if c_:
            onehot[i, names.index(c_)] = 1
    rows = onehot.sum(1) > 0

    def adam(grad_fn, shapes):
        params = [np.zeros(s) for s in shapes]
        m = [np.zeros(s) for s in shapes]
        v = [np.zeros(s) for s in shapes]
        for t in range(1, steps + 1):
            grads = grad_fn(*params)
            step = lr * math.sqrt(1 - 0.999 ** t) / (1 - 0.9 ** t)
            for p, g, m_, v_ in zip(params, grads, m, v):
                m_ *= 0.9
                m_ += 0.1 * g
                v_ *= 0.999
                v_ += 0.001 * g * g
                p -= step * m_ / (np.sqrt(v_) + 1e-8)
        return params

    n = len(y)

    def emergency_grad(w, b):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        return x.T @ (p - y) / n + w / (c * n), np.asarray((p - y).mean())

    w, b = adam(emergency_grad, [(len(vocab),), ()])
    xc, yc = x[rows], onehot[rows]
    nc = max(len(yc), 1)

    def category_grad(wc, bc):
        z = xc @ wc + bc
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(1, keepdims=True)
        return xc.T @ (p - yc) / nc + wc / (c * nc), (p - yc).mean(0)

    wc, bc = adam(category_grad, [(len(vocab), len(names)), (len(names),)])
    return vocab, w, float(b), names, wc, bc


THRESHOLDS = {"threshold": 0.8, "crisis_threshold": 0.7, "possible_threshold": 0.5,
              "veto_threshold": 0.2}


def model_data(rows: list[dict], paths=(), thresholds=None, **kwargs) -> dict:
    """Fit on labelled rows; the dict the JSON holds (weights to 4 decimals)."""
    vocab, w, b, names, wc, bc = fit([r["message"] for r in rows],
                                     [r["emergency"] == "1" for r in rows],
                                     [r["category"].split(";")[0] for r in rows], **kwargs)
    return {
        "meta": {"trained_on": list(paths), "messages": len(rows), "features": len(vocab),
                 "settings": {**FIT_SETTINGS, **kwargs}},
        **THRESHOLDS, **(thresholds or {}),
        "bias": round(b, 4), "categories": names,
        "category_bias": [round(float(v), 4) for v in bc],
        "vocab": vocab,
        "weights": [round(float(v), 4) for v in w],
        "category_weights": [" ".join(f"{k}:{round(float(v) * 100)}" for k, v in enumerate(row)
                                      if abs(round(float(v) * 100)) >= 10) for row in wc],
    }


def train(paths=TRAIN_SETS, out: Path | None = MODEL_PATH, **kwargs) -> dict:
    """Fit on the labelled sets and write the JSON the triage loads."""
    data = model_data(_rows(paths), paths, **kwargs)
    if out is not None:
        Path(out).write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n",
                             encoding="utf-8")
    return data


def leave_one_writer_out(thresholds=None) -> dict:
    """How the triage (rules and model) does on each writer's batch of triage_dev_writers.csv
    with a model trained on everything else: the development set and the other writers.

    This is how the thresholds were chosen and how the card's cross-validated figures were
    measured (python -m medchat loo; 30 fits, about 25 minutes on two busy CPU cores). The rules were
    tuned on these batches after each was first scored, so the rules' share is optimistic."""
    import importlib

    triage_module = importlib.import_module("medchat.triage")
    dev, writers = _rows(TRAIN_SETS[:1]), _rows(TRAIN_SETS[1:])
    saved = triage_module.MODEL
    per_batch, flags = {}, []
    try:
        for batch in sorted({r["batch"] for r in writers}):
            held = [r for r in writers if r["batch"] == batch]
            data = model_data(dev + [r for r in writers if r["batch"] != batch],
                              thresholds=thresholds)
            triage_module.MODEL = TriageModel(data)
            found = [triage_module.triage(r["message"])["emergency"] for r in held]
            flags += list(zip(held, found))
            per_batch[batch] = _counts(list(zip(held, found)))
    finally:
        triage_module.MODEL = saved
    return {"all": _counts(flags), "batches": per_batch}


def _counts(pairs) -> dict:
    emergencies = sum(r["emergency"] == "1" for r, _ in pairs)
    caught = sum(f and r["emergency"] == "1" for r, f in pairs)
    alarms = sum(f and r["emergency"] == "0" for r, f in pairs)
    return {"messages": len(pairs), "emergencies": emergencies, "caught": caught,
            "false_alarms": alarms, "recall": caught / max(emergencies, 1),
            "false_alarm_rate": alarms / max(len(pairs) - emergencies, 1)}
