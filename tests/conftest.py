import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("MEDCHAT_HEADLESS", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
sys.path.insert(0, str(Path(__file__).parent))

import notebook_lib  # noqa: E402


def pytest_configure(config):
    config.addinivalue_line("markers", "full_profile: the whole notebook in the full profile on "
                            "a flan-t5-base-shaped local model (minutes of CPU)")


@pytest.fixture(scope="session")
def nb():
    """The notebook's `lib` cells as a module."""
    return notebook_lib.load()


@pytest.fixture(scope="session")
def params():
    return notebook_lib.parameters()


@pytest.fixture
def make_cfg(nb, params, tmp_path, monkeypatch):
    """A Config for the offline profile writing under tmp_path; keyword args override."""
    monkeypatch.delenv("MEDCHAT_OUTPUT_DIR", raising=False)
    monkeypatch.delenv("MEDCHAT_PROFILE", raising=False)

    def build(**overrides):
        values = {**params, "PROFILE": "offline", "OUTPUT_DIR": str(tmp_path / "run"),
                  "DATA_DIR": str(notebook_lib.ROOT / "data"), **overrides}
        return nb.make_config(values)
    return build


@pytest.fixture(scope="session")
def chat(nb, tmp_path_factory):
    """A tiny offline tokenizer and T5, enough to exercise the app end to end."""
    params = {**notebook_lib.parameters(), "PROFILE": "offline",
              "OUTPUT_DIR": str(tmp_path_factory.mktemp("demo")), "MAX_NEW_TOKENS": 16}
    cfg = nb.make_config(params)
    texts = [nb.PROMPT_TEMPLATE.format(question=q) for q in nb.EXAMPLE_QUESTIONS] * 5 + [
        "Metformin activates AMPK and lowers hepatic glucose output."] * 5
    tokenizer = nb.train_offline_tokenizer(texts, 80)
    model = nb.build_t5(nb.t5_config(len(tokenizer), 32, 1, 2, 64)).eval()
    return model, tokenizer, cfg


@pytest.fixture(scope="session")
def server(nb, chat):
    model, tokenizer, cfg = chat
    port = notebook_lib.free_port()
    demo = nb.build_demo(model, tokenizer, cfg, base_model=model)
    nb.launch_demo(demo, share=False, port=port)
    yield f"http://127.0.0.1:{port}/"
    demo.close()


@pytest.fixture(scope="session")
def client(server):
    from gradio_client import Client
    return Client(server, verbose=False)


@pytest.fixture
def tiny(nb, make_cfg):
    """A small slice of the bundled data and a tiny T5, for whole experiments in seconds
    (test_faults, test_bootstrap)."""
    cfg = make_cfg(MAX_NEW_TOKENS=8, NUM_BEAMS=1, EXPERIMENTS=[["a", 1e-3, 4, 1]])
    df, _ = nb.clean_flashcards(nb.load_flashcards(cfg.data_source))
    splits = nb.split_flashcards(df.head(60), (0.6, 0.2, 0.2), cfg.seed)
    tokenizer = nb.train_offline_tokenizer(list(splits["train"]["output"]), 300)
    base = nb.build_t5(nb.t5_config(len(tokenizer), 32, 1, 2, 64))
    data = {"train": nb.tokenize_split(splits["train"], tokenizer, cfg)[0],
            "validation": nb.tokenize_split(splits["validation"], tokenizer, cfg)[0],
            "validation_df": splits["validation"]}
    nb.prepare_output_dir(cfg.output_dir)
    return cfg, base, tokenizer, data
