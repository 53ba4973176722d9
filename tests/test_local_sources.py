"""Local MODEL_ID / DATASET_ID directories: the full profile without the Hub (no model runs)."""
import json
import os
import subprocess

import datasets
import pytest

import notebook_lib

CARDS = [{"instruction": "Answer this question truthfully", "input": f"What is sign {i}?",
          "output": f"Sign {i} is a finding."} for i in range(6)]


@pytest.fixture
def model_dir(tmp_path):
    """What save_pretrained writes for a model and its tokenizer (contents are not read here)."""
    path = tmp_path / "flan-t5-base"
    path.mkdir()
    for name in ("config.json", "tokenizer_config.json"):
        (path / name).write_text("{}")
    return path


@pytest.fixture
def data_dir(tmp_path):
    """A local copy of the Hub set: its JSON file and README, as a Hub snapshot has them."""
    path = tmp_path / "flashcards"
    path.mkdir()
    (path / "medical_meadow_wikidoc_medical_flashcards.json").write_text(json.dumps(CARDS))
    (path / "README.md").write_text("# not data")
    return path


def config(nb, params, monkeypatch, tmp_path, hub=False, **overrides):
    monkeypatch.setattr(nb, "HUB_REACHABLE", hub)
    values = {**params, "OUTPUT_DIR": str(tmp_path / "run"), **overrides}
    return nb.make_config(values, use_env=False)


def test_full_profile_with_local_model_and_data_needs_no_hub(nb, params, monkeypatch, tmp_path,
                                                             model_dir, data_dir):
    cfg = config(nb, params, monkeypatch, tmp_path, PROFILE="full", MODEL_ID=str(model_dir),
                 DATASET_ID=str(data_dir))
    assert cfg.profile == "full" and "model local, data local" in cfg.profile_reason
    assert cfg.model_source == str(model_dir.resolve())
    assert cfg.data_source == str(data_dir.resolve())
    assert tuple(cfg.split) == (1800, 200, 200)


def test_relative_local_paths_are_recorded_absolute(nb, params, monkeypatch, tmp_path,
                                                    model_dir, data_dir):
    monkeypatch.chdir(tmp_path)
    cfg = config(nb, params, monkeypatch, tmp_path, PROFILE="full", MODEL_ID="flan-t5-base",
                 DATASET_ID="./flashcards")
    assert cfg.model_source == str(model_dir.resolve())  # the adapter can find its base anywhere
    given = nb.given_parameters({**params, "MODEL_ID": "flan-t5-base"}, use_env=False)
    assert given["MODEL_ID"] == "flan-t5-base"  # the parameters stay as given


@pytest.mark.parametrize("local_model,needs", [(True, "DATASET_ID"), (False, "MODEL_ID and")])
def test_full_profile_with_a_hub_id_and_no_hub_fails_naming_it(nb, params, monkeypatch, tmp_path,
                                                               model_dir, local_model, needs):
    model = str(model_dir) if local_model else params["MODEL_ID"]
    with pytest.raises(nb.SetupError, match=f"needs the Hugging Face Hub for {needs}") as err:
        config(nb, params, monkeypatch, tmp_path, PROFILE="full", MODEL_ID=model)
    assert "local directories" in str(err.value) and "PROFILE='offline'" in str(err.value)
    if local_model:
        assert "MODEL_ID" not in str(err.value).split("cannot reach")[0]


def test_local_model_directory_must_hold_a_saved_model(nb, params, monkeypatch, tmp_path,
                                                       data_dir):
    empty = tmp_path / "empty-model"
    empty.mkdir()
    with pytest.raises(nb.SetupError, match="lacks config.json and tokenizer_config.json"):
        config(nb, params, monkeypatch, tmp_path, PROFILE="full", MODEL_ID=str(empty),
               DATASET_ID=str(data_dir))


@pytest.mark.parametrize("cuda,hub,model_local,data_local,expected", [
    (True, False, True, True, "full"),  # air-gapped GPU machine with local copies
    (True, False, True, False, "offline"),  # the data would need the Hub
    (True, True, True, False, "full"),  # local model, data from the Hub
    (False, False, True, True, "offline"),  # no GPU: auto never picks full
    (True, True, False, False, "full")])
def test_auto_takes_full_with_a_gpu_when_model_and_data_can_be_had(
        nb, cuda, hub, model_local, data_local, expected):
    profile, reason = nb.resolve_profile("auto", cuda, hub, model_local, data_local)
    assert profile == expected and reason.startswith("auto: ")


def test_environment_overrides_model_and_dataset(nb, params, monkeypatch, tmp_path, model_dir,
                                                 data_dir):
    monkeypatch.setattr(nb, "HUB_REACHABLE", False)
    monkeypatch.setenv("MEDCHAT_PROFILE", "full")
    monkeypatch.setenv("MEDCHAT_MODEL_ID", str(model_dir))
    monkeypatch.setenv("MEDCHAT_DATASET_ID", str(data_dir))
    monkeypatch.setenv("MEDCHAT_OUTPUT_DIR", str(tmp_path / "run"))
    cfg = nb.make_config(params)
    assert (cfg.profile, cfg.model_source) == ("full", str(model_dir.resolve()))
    assert nb.given_parameters(params)["DATASET_ID"] == str(data_dir)
    assert nb.given_parameters(params, use_env=False)["DATASET_ID"] == params["DATASET_ID"]


def test_folder_of_hub_json_files_loads(nb, data_dir):
    (data_dir / "more.jsonl").write_text(json.dumps({**CARDS[0], "input": "Extra?"}) + "\n")
    df = nb.load_flashcards(str(data_dir), local=False)
    assert len(df) == len(CARDS) + 1 and {"instruction", "input", "output"} <= set(df.columns)
    assert "Extra?" in set(df["input"])


def test_save_to_disk_dataset_and_dataset_dict_load(nb, tmp_path):
    cards = datasets.Dataset.from_list(CARDS)
    cards.save_to_disk(str(tmp_path / "one"))
    datasets.DatasetDict({"train": cards}).save_to_disk(str(tmp_path / "dict"))
    for name in ("one", "dict"):
        df = nb.load_flashcards(str(tmp_path / name), local=False)
        assert df["input"].tolist() == [c["input"] for c in CARDS]
    datasets.DatasetDict({"test": cards}).save_to_disk(str(tmp_path / "no-train"))
    with pytest.raises(nb.SetupError, match="no 'train' split"):
        nb.load_flashcards(str(tmp_path / "no-train"))


def test_empty_local_dataset_folder_is_named(nb, tmp_path):
    with pytest.raises(nb.SetupError, match="nor a save_to_disk dataset\\) in"):
        nb.load_flashcards(str(tmp_path), local=False)


def test_serve_demo_loads_a_full_run_from_its_recorded_model(nb, params, monkeypatch, tmp_path):
    run = tmp_path / "run"
    (run / "adapter").mkdir(parents=True)
    saved = {"profile": "full", "model": "/models/flan-t5-base",
             "parameters": {**params, "MODEL_ID": "relative/flan-t5-base"}}
    (run / "results.json").write_text(json.dumps(saved))
    seen = {}

    def fake_load_base(source, cfg):
        seen["source"] = source
        raise SystemExit  # stop before any model is loaded
    monkeypatch.setattr(nb, "load_base", fake_load_base)
    with pytest.raises(SystemExit):
        nb.serve_demo(run)
    assert seen["source"] == "/models/flan-t5-base"


def make_dry_run(*args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDCHAT_")}
    return subprocess.run(["make", "-n", *args], cwd=notebook_lib.ROOT, env=env,
                          capture_output=True, text=True, check=True).stdout


def test_make_run_passes_local_model_and_dataset_as_papermill_parameters():
    commands = make_dry_run("run", "PROFILE=full", "MODEL_ID=/m/flan", "DATASET_ID=/d/cards")
    assert "-p PROFILE full" in commands
    assert '-r MODEL_ID "/m/flan"' in commands and '-r DATASET_ID "/d/cards"' in commands
    assert "MODEL_ID" not in make_dry_run("run").replace("MEDCHAT_", "")


def test_make_notebook_takes_the_full_profile_and_local_directories():
    commands = make_dry_run("notebook", "PROFILE=full", "MODEL_ID=/m/flan", "DATASET_ID=/d/c")
    assert "MEDCHAT_PROFILE=full" in commands
    assert 'MEDCHAT_MODEL_ID="/m/flan"' in commands and 'MEDCHAT_DATASET_ID="/d/c"' in commands
    assert "MEDCHAT_PROFILE=offline" in make_dry_run("notebook")  # the default stays offline


def test_readme_says_whose_figures_the_results_block_shows():
    results = json.loads((notebook_lib.ROOT / "assets" / "results.json").read_text())
    readme = (notebook_lib.ROOT / "README.md").read_text()
    note = notebook_lib.profile_note(results)
    assert f"<!-- profile-note:start -->\n{note}<!-- profile-note:end -->" in readme
    if results["profile"] != "full":
        assert "no flan-t5-base figures of our own" in note
    full = {**results, "profile": "full", "model": "/models/flan-t5-base",
            "environment": {**results["environment"], "gpu": "Tesla T4"}}
    assert "`/models/flan-t5-base`" in notebook_lib.profile_note(full) and "Tesla T4" in (
        notebook_lib.profile_note(full))
