"""The fast recipe: batches of similar length, and kernels with the same maths as the stock
ones. (The compacting beam search is gone: it needed private transformers members.)"""
import pytest
import torch

TEXTS = ["What is the first-line treatment for hypertension?",
         "Which nerve is damaged in wrist drop?", "What causes scurvy?",
         "Name a loop diuretic.", "What does metformin do to hepatic glucose output?",
         "Which vitamin deficiency causes night blindness?"]


@pytest.fixture(scope="module")
def tok(nb):
    return nb.train_offline_tokenizer([nb.PROMPT_TEMPLATE.format(question=t) for t in TEXTS] * 8,
                                      120)


def tiny_t5(nb, tok, dropout=0.1):
    config = nb.t5_config(len(tok), 32, 2, 2, 64)
    config.dropout_rate = dropout
    return nb.build_t5(config, seed=1)


def batch(tok, n=4):
    enc = tok.pad({"input_ids": tok(TEXTS[:n])["input_ids"]}, return_tensors="pt")
    labels = tok.pad({"input_ids": tok(TEXTS[1:n + 1])["input_ids"]}, return_tensors="pt")
    enc["labels"] = labels["input_ids"].masked_fill(labels["input_ids"] == 0, -100)
    return enc  # padded on both sides, so masks matter


def test_cheap_dropout_drops_p_of_every_lane_and_rescales(nb):
    torch.manual_seed(0)
    y = nb.cheap_dropout(torch.ones(400_000), 0.1, training=True)
    dropped = (y == 0).float()
    for lane in range(4):  # each 16-bit quarter of the 64-bit draws, the sign bits included
        assert dropped[lane::4].mean().item() == pytest.approx(0.1, abs=0.003)
    assert torch.allclose(y[y != 0], torch.tensor(1 / 0.9))
    assert y.mean().item() == pytest.approx(1.0, abs=0.005)  # inverted dropout keeps the mean


def test_cheap_dropout_is_off_in_eval_and_at_zero_and_follows_the_seed(nb):
    x = torch.randn(3, 5)
    assert nb.cheap_dropout(x, 0.1, training=False) is x and nb.cheap_dropout(x, 0.0, True) is x
    torch.manual_seed(3)
    a = nb.cheap_dropout(torch.ones(1000), 0.5, True)
    torch.manual_seed(3)
    assert torch.equal(a, nb.cheap_dropout(torch.ones(1000), 0.5, True))


def test_cheap_dropout_gradient_uses_the_same_mask(nb):
    x = torch.ones(10_000, requires_grad=True)
    y = nb.cheap_dropout(x, 0.3, True)
    y.sum().backward()
    assert torch.equal(x.grad, y.detach())


def test_kernels_swap_modules_only_for_the_fast_recipe(nb, make_cfg, tok):
    fast, original = make_cfg(RECIPE="fast"), make_cfg(RECIPE="original")
    swapped = nb.apply_kernels(tiny_t5(nb, tok), fast)
    kept = nb.apply_kernels(tiny_t5(nb, tok), original)
    kinds = lambda m: {type(x).__name__ for x in m.modules()}  # noqa: E731
    assert {"GELU", "CheapDropout"} <= kinds(swapped)
    assert not {"NewGELUActivation", "Dropout"} & kinds(swapped)
    assert swapped.config._attn_implementation == nb.CHEAP_DROPOUT_ATTENTION
    assert {"NewGELUActivation", "Dropout"} <= kinds(kept)
    assert not {"GELU", "CheapDropout"} & kinds(kept)
    assert kept.config._attn_implementation == "sdpa"


def test_lora_dropout_is_cheap_in_the_fast_recipe(nb, make_cfg, tok):
    cfg = make_cfg(RECIPE="fast")
    model = nb.lora_model(nb.apply_kernels(tiny_t5(nb, tok), cfg), cfg.experiments[0], cfg)
    lora = [m for name, m in model.named_modules() if name.endswith("lora_dropout.default")]
    assert lora and all(type(m).__name__ == "CheapDropout" for m in lora)


def test_fast_kernels_compute_the_same_function(nb, make_cfg, tok):
    enc = batch(tok)
    stock = tiny_t5(nb, tok).eval()
    fast = nb.apply_kernels(tiny_t5(nb, tok), make_cfg(RECIPE="fast")).eval()
    with torch.no_grad():
        assert torch.allclose(stock(**enc).logits, fast(**enc).logits, atol=1e-5)
    # Training mode with dropout ~0 runs the registered attention's own path (masks, causal
    # decoder, relative position bias) rather than SDPA: it must agree with SDPA.
    for model in (stock, fast):
        model.train()
        for module in model.modules():
            if hasattr(module, "dropout") and isinstance(module.dropout, float):
                module.dropout = 1e-12 if model is fast else 0.0
            if hasattr(module, "p") and isinstance(module.p, float):
                module.p = 0.0
    assert torch.allclose(stock(**enc).logits, fast(**enc).logits, atol=1e-5)


def test_cheap_dropout_attention_drops_attention_weights_in_training(nb, make_cfg, tok):
    fast = nb.apply_kernels(tiny_t5(nb, tok, dropout=0.5), make_cfg(RECIPE="fast")).train()
    enc = batch(tok)
    torch.manual_seed(0)
    first = fast(**enc).logits
    assert not torch.allclose(first, fast(**enc).logits)  # fresh masks every call
    fast.eval()
    with torch.no_grad():
        assert torch.equal(fast(**enc).logits, fast(**enc).logits)


def test_the_trainer_batches_by_target_length_through_its_public_hook(nb, make_cfg, tok,
                                                                       tmp_path):
    cfg = make_cfg(RECIPE="fast")
    texts = [" ".join(TEXTS[:1 + i % 6]) for i in range(40)]  # answers of six lengths
    ds = nb.datasets.Dataset.from_dict({**tok(TEXTS * 6 + TEXTS[:4]), "labels": tok(texts)[
        "input_ids"]})
    trainer = nb.make_trainer(tiny_t5(nb, tok), cfg.experiments[0], cfg, tok, ds, ds, tmp_path,
                              8, 1)
    loader = trainer.get_train_dataloader()
    lengths = [[int(n) for n in (b["labels"] != -100).sum(1)] for b in loader]
    assert sorted(n for b in lengths for n in b) == sorted(len(x) for x in ds["labels"])
    assert max(lengths[0]) == max(len(x) for x in ds["labels"])  # the longest batch first
    assert sum(max(b) * len(b) for b in lengths) < 0.85 * max(map(max, lengths)) * len(ds)
    loader.set_epoch(1)  # what the Trainer calls each epoch: it reaches the sampler
    assert [[int(n) for n in (b["labels"] != -100).sum(1)] for b in loader] != lengths


def epoch_order(nb, lengths, epoch, seed=42):
    sampler = nb.TargetLengthBatches(lengths, 16, seed)
    sampler.set_epoch(epoch)
    return list(sampler)


def batch_pairs(order):
    return {frozenset((a, b)) for k in range(0, len(order), 16)
            for a in order[k:k + 16] for b in order[k:k + 16] if a != b}


def test_target_length_batches_cover_every_row_once_and_follow_seed_and_epoch(nb):
    lengths = torch.randint(5, 120, (150,), generator=torch.Generator().manual_seed(0)).tolist()
    first, second = epoch_order(nb, lengths, 0), epoch_order(nb, lengths, 1)
    assert sorted(first) == list(range(150)) == sorted(second)
    assert len(nb.TargetLengthBatches(lengths, 16, 42)) == 150
    assert epoch_order(nb, lengths, 1) == second  # a resumed epoch replays its order
    assert epoch_order(nb, lengths, 1, seed=7) != second
    # batches change between epochs, not only their order
    assert len(batch_pairs(first) & batch_pairs(second)) < 0.6 * len(batch_pairs(first))


def test_target_length_batches_pad_less_and_put_the_longest_first(nb):
    lengths = torch.randint(5, 120, (150,), generator=torch.Generator().manual_seed(0)).tolist()
    order = epoch_order(nb, lengths, 3)
    batches = [[lengths[i] for i in order[k:k + 16]] for k in range(0, 150, 16)]
    assert max(lengths) in batches[0] and len(batches[-1]) == 150 % 16
    shuffled = torch.randperm(150, generator=torch.Generator().manual_seed(1)).tolist()
    random = [[lengths[i] for i in shuffled[k:k + 16]] for k in range(0, 150, 16)]
    padded = lambda bs: sum(max(b) * len(b) for b in bs)  # noqa: E731
    assert padded(batches) < 0.8 * padded(random)
    assert all(max(b) - min(b) <= 40 for b in batches)


def test_cheap_dropout_edge_probabilities_and_dtype(nb):
    x = torch.ones(1000, dtype=torch.bfloat16)
    assert nb.cheap_dropout(x, 0.1, True).dtype == torch.bfloat16
    assert torch.equal(nb.cheap_dropout(x, 1.0, True), torch.zeros_like(x))
    assert nb.cheap_dropout(x, 1e-9, True) is x  # rounds to no drop at all
