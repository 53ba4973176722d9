"""Resume reuses a finished experiment only when everything it depends on is the same: every
row of the tokenized training and validation data included, not only the first few."""
import json


def tokenized(nb, rows: int = 30, changed_row: int | None = None):
    labels = [[5 + i, 6, 1] for i in range(rows)]
    if changed_row is not None:
        labels[changed_row] = [7, 7, 1]
    return nb.datasets.Dataset.from_dict({"input_ids": [[3, 4 + i, 1] for i in range(rows)],
                                          "attention_mask": [[1, 1, 1]] * rows,
                                          "labels": labels})


def test_a_change_deep_in_the_data_changes_the_fingerprint(nb, make_cfg):
    cfg, spec = make_cfg(), make_cfg().experiments[0]
    same = nb.fingerprint(spec, cfg, tokenized(nb), tokenized(nb))
    assert same == nb.fingerprint(spec, cfg, tokenized(nb), tokenized(nb))
    assert same != nb.fingerprint(spec, cfg, tokenized(nb, changed_row=11), tokenized(nb))
    assert same != nb.fingerprint(spec, cfg, tokenized(nb), tokenized(nb, changed_row=29))


def test_a_cached_experiment_is_rebuilt_when_row_11_changes(nb, make_cfg):
    cfg = make_cfg()
    spec, logged = cfg.experiments[0], []
    data = {"train": tokenized(nb), "validation": tokenized(nb)}
    folder, _ = nb.open_experiment(spec, cfg, data, log=logged.append)
    (folder / "done.json").write_text(json.dumps({"status": "finished"}))
    nb.open_experiment(spec, cfg, data, log=logged.append)
    assert (folder / "done.json").exists() and not logged  # same data: the cached run stays
    nb.open_experiment(spec, cfg, {**data, "train": tokenized(nb, changed_row=11)},
                       log=logged.append)
    assert not (folder / "done.json").exists(), "a stale experiment was reused"
    assert logged and "starting it again" in logged[0]
