"""Metric, model-building and configuration functions of the notebook, checked by hand."""
import math

import pytest
import torch
from transformers.tokenization_utils_base import BatchEncoding


def test_rouge_matches_hand_computed_values(nb):
    scores = nb.score_predictions(["the cat sat"], ["the cat sat on the mat"])
    # unigrams: precision 3/3, recall 3/6 -> F = 2/3; bigrams: 2/2 and 2/5 -> F = 4/7
    assert scores["rouge1"] == pytest.approx(2 / 3)
    assert scores["rouge2"] == pytest.approx(4 / 7)
    assert scores["rougeL"] == pytest.approx(2 / 3)  # LCS of 3 tokens


def test_rouge_lsum_uses_sentence_splitting(nb):
    assert nb.sentence_split("One. Two! Three?") == "One.\nTwo!\nThree?"
    # Lsum takes the union LCS over sentences, so swapped sentences still match fully,
    # while plain ROUGE-L (one sequence) does not.
    rows = nb.rouge_rows(["b c d. a b c."], ["a b c. b c d."])
    assert rows["rougeLsum"][0] == pytest.approx(1.0)
    assert rows["rougeL"][0] < 1.0


def test_stemming_is_on(nb):
    assert nb.score_predictions(["kidneys failing"], ["kidney failed"])["rouge1"] == 1.0


def test_bleu_is_sacrebleu_on_a_0_to_1_scale(nb):
    # all n-gram precisions are 1; brevity penalty exp(1 - 8/5)
    score = nb.score_predictions(["a b c d e"], ["a b c d e f g h"])["bleu"]
    assert score == pytest.approx(math.exp(1 - 8 / 5), abs=1e-4)
    assert nb.score_predictions(["x y z w"], ["x y z w"])["bleu"] == pytest.approx(1.0)


def test_empty_prediction_scores_zero(nb):
    scores = nb.score_predictions([""], ["some reference answer"])
    assert scores["rougeL"] == 0.0 and scores["bleu"] == 0.0


class FixedLogits(torch.nn.Module):
    """Uniform logits over V tokens, except row 1 which puts all mass on its labels."""

    def __init__(self, vocab):
        super().__init__()
        self.vocab = vocab
        self.device = torch.device("cpu")

    def forward(self, labels, **_):
        logits = torch.zeros(*labels.shape, self.vocab)
        safe = labels.clamp(min=0)
        logits[1].scatter_(-1, safe[1].unsqueeze(-1), 1e4)
        return type("Out", (), {"logits": logits})


def test_perplexity_is_token_weighted(nb):
    vocab = 7
    rows = [{"labels": [3]}, {"labels": [2, 4, 5]}]  # 1 uniform token, 3 certain tokens

    def collate(batch):
        width = max(len(r["labels"]) for r in batch)
        labels = [r["labels"] + [-100] * (width - len(r["labels"])) for r in batch]
        return BatchEncoding({"labels": torch.tensor(labels)})

    value = nb.perplexity(FixedLogits(vocab), rows, collate, batch_size=2)
    # token-weighted mean NLL = (ln 7 + 0 + 0 + 0) / 4; a row mean would give 7 ** 0.5
    assert value == pytest.approx(vocab ** 0.25, rel=1e-5)
    per_row = nb.nll_rows(FixedLogits(vocab), rows, collate, batch_size=2)  # row 0 padded
    assert per_row["tokens"].tolist() == [1, 3]
    assert per_row["nll"].tolist() == pytest.approx([math.log(vocab), 0.0], abs=1e-5)
    assert nb.perplexity_of(per_row) == pytest.approx(value, rel=1e-9)


def test_flan_t5_base_lora_r32_parameter_count(nb):
    with torch.device("meta"):
        model = nb.build_t5(nb.flan_t5_base_config())
        assert model.lm_head.weight is not model.shared.weight
        spec = nb.Experiment("exp4", 5e-4, 32, 3)
        lora = nb.LoraConfig(task_type=nb.TaskType.SEQ_2_SEQ_LM, r=32, lora_alpha=spec.lora_alpha,
                             target_modules=["q", "v"])
        trainable, total = nb.get_peft_model(model, lora).get_nb_trainable_parameters()
    assert (trainable, total) == (3_538_944, 251_116_800)


def test_untied_head_survives_save_and_load(nb, tmp_path):
    model = nb.build_t5(nb.t5_config(50, 16, 1, 2, 32))
    model.save_pretrained(tmp_path)
    loaded = nb.AutoModelForSeq2SeqLM.from_pretrained(tmp_path)
    assert loaded.lm_head.weight.data_ptr() != loaded.shared.weight.data_ptr()
    assert torch.equal(loaded.lm_head.weight, model.lm_head.weight)
    assert not loaded.config.scale_decoder_outputs  # flan-t5 does not rescale an untied head


def test_offline_tokenizer_round_trips_and_saves(nb, tmp_path):
    texts = ["Metformin activates AMPK and lowers hepatic glucose output."] * 20 + [
        f"Penicillin binds penicillin-binding protein {i}." for i in range(50)]
    tok = nb.train_offline_tokenizer(texts, 120)
    assert len(tok) > 20  # not the 4-token vocabulary of T5Tokenizer(vocab_file=...)
    ids = tok("Metformin activates AMPK.")["input_ids"]
    assert ids[-1] == tok.eos_token_id and tok.pad_token_id == 0
    assert tok.decode(ids, skip_special_tokens=True) == "Metformin activates AMPK."
    tok.save_pretrained(tmp_path)
    again = nb.AutoTokenizer.from_pretrained(tmp_path)
    assert again("Metformin activates AMPK.")["input_ids"] == ids


@pytest.mark.parametrize("requested,cuda,hub,expected", [
    ("auto", True, True, "full"), ("auto", False, True, "offline"),
    ("auto", True, False, "offline"), ("offline", True, True, "offline"),
    ("full", False, True, "full")])
def test_profile_resolution(nb, requested, cuda, hub, expected):
    profile, reason = nb.resolve_profile(requested, cuda, hub)
    assert profile == expected and reason


def test_full_profile_without_hub_fails_fast_naming_the_fix(nb):
    with pytest.raises(nb.SetupError, match="PROFILE='offline'"):
        nb.resolve_profile("full", True, False)


def test_recipes_share_the_effective_batch(nb):
    fast = nb.recipe_settings("fast", 16, 32, bf16_ok=False, cuda=False)
    original = nb.recipe_settings("original", 16, 32, bf16_ok=True, cuda=True)
    assert fast["micro_batch"] * fast["grad_accum"] == 16 == (
        original["micro_batch"] * original["grad_accum"])
    assert (fast["micro_batch"], original["micro_batch"]) == (16, 4)
    assert original["dtype"] == "float32" and fast["group_by_target_length"]
    assert nb.recipe_settings("fast", 16, 32, bf16_ok=True, cuda=True)["dtype"] == "bfloat16"
    with pytest.raises(nb.SetupError):
        nb.recipe_settings("turbo", 16, 32, bf16_ok=False, cuda=False)


def test_fast_kernels_belong_to_the_fast_recipe_and_cheap_dropout_to_the_cpu(nb):
    kernels = ("fused_gelu", "cheap_dropout")
    original = nb.recipe_settings("original", 16, 32, bf16_ok=False, cuda=False)
    cpu = nb.recipe_settings("fast", 16, 32, bf16_ok=False, cuda=False)
    gpu = nb.recipe_settings("fast", 16, 32, bf16_ok=True, cuda=True)
    assert not any(original[k] for k in kernels) and all(cpu[k] for k in kernels)
    assert gpu["fused_gelu"] and not gpu["cheap_dropout"]


def test_generate_answers_keeps_input_order(nb, make_cfg, tmp_path):
    cfg = make_cfg(MAX_NEW_TOKENS=4, NUM_BEAMS=1)
    texts = ["short", "a much longer question about hypertension treatment"] * 3
    tok = nb.train_offline_tokenizer(texts * 10, 60)
    model = nb.build_t5(nb.t5_config(len(tok), 16, 1, 2, 32))
    batched = nb.generate_answers(model, tok, texts, cfg, batch_size=4)
    single = [nb.generate_answers(model, tok, [t], cfg, batch_size=1)[0] for t in texts]
    assert batched == single


@pytest.mark.parametrize("capability,expected", [((7, 5), False), ((8, 0), True), ((9, 0), True)])
def test_bf16_only_on_ampere_or_newer(nb, monkeypatch, capability, expected):
    """A T4 (7.5) claims emulated bf16 support; it must train in float32."""
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "get_device_capability", lambda *a: capability)
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda *a, **k: True)
    assert nb.bf16_supported() is expected
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert nb.bf16_supported() is False


def test_denoising_batch_drops_tokens_and_pads_labels(nb):
    tok = nb.train_offline_tokenizer(["metformin lowers hepatic glucose output"] * 30, 40)
    ids = [tok("metformin lowers hepatic glucose output")["input_ids"] * 4, [5, 6, 1]]
    batch = nb.denoising_batch(ids, tok, torch.Generator().manual_seed(0))
    assert batch["labels"].shape == (2, len(ids[0]))
    assert batch["labels"][1].tolist() == [5, 6, 1] + [-100] * (len(ids[0]) - 3)
    kept = int(batch["attention_mask"][0].sum())
    assert 0.5 * len(ids[0]) < kept < len(ids[0])  # about a quarter of the tokens dropped


def test_offline_base_is_pretrained_once_and_rebuilt_when_settings_change(nb, make_cfg):
    import pandas as pd
    train = pd.DataFrame({"input": ["What does metformin do?"] * 8,
                          "output": ["Metformin lowers hepatic glucose output."] * 8})
    cfg = make_cfg(OFFLINE_VOCAB_SIZE=60, OFFLINE_MODEL=[32, 1, 2, 64], OFFLINE_PRETRAIN_STEPS=40)
    untrained = nb.build_t5(nb.t5_config(60, 32, 1, 2, 64), seed=cfg.seed)
    target = nb.make_offline_base(train, cfg)
    tok, model = nb.load_base(str(target), cfg)
    batch = nb.denoising_batch(tok(list(train["output"][:4]))["input_ids"], tok,
                               torch.Generator().manual_seed(1))
    with torch.no_grad():
        assert model(**batch).loss < 0.8 * untrained(**batch).loss  # it learnt the texts
    stamp = (target / "base_fingerprint.txt").stat().st_mtime_ns
    nb.make_offline_base(train, cfg)  # same settings: reused, not retrained
    assert (target / "base_fingerprint.txt").stat().st_mtime_ns == stamp
    nb.make_offline_base(train, make_cfg(OFFLINE_VOCAB_SIZE=60, OFFLINE_MODEL=[32, 1, 2, 64],
                                         OFFLINE_PRETRAIN_STEPS=20))
    assert (target / "base_fingerprint.txt").stat().st_mtime_ns != stamp
