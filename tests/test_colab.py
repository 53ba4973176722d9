"""Colab: the install plan against Colab's published versions, the post-install check, the
repository fetch (against a local clone), the demo's sharing default, no private library members.
The emulated Colab run itself is `make colab` (.ci/colab_runtime.py)."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import notebook_lib

ROOT = notebook_lib.ROOT
sys.path.insert(0, str(ROOT / ".ci"))
import colab_runtime  # noqa: E402

CELLS = json.loads(notebook_lib.NOTEBOOK.read_text())["cells"]
SOURCES = ["".join(c["source"]) for c in CELLS if c["cell_type"] == "code"]
MARKDOWN = ["".join(c["source"]) for c in CELLS if c["cell_type"] == "markdown"]


def markdown_cell(start: str) -> str:
    found = [s for s in MARKDOWN if s.startswith(start)]
    assert len(found) == 1, f"{len(found)} markdown cells start with {start!r}"
    return found[0]


def code_cell(start: str) -> str:
    """The one code cell whose source starts with `start` (ids change when nbstripout runs)."""
    found = [s for s in SOURCES if s.startswith(start)]
    assert len(found) == 1, f"{len(found)} code cells start with {start!r}"
    return found[0]


REQUIREMENTS = dict(re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)$",
                               (ROOT / "requirements.txt").read_text(), re.M))


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


PINNED = {normal(k): v for k, v in REQUIREMENTS.items()}


@pytest.fixture(scope="module")
def colab():
    """Colab's versions of the distributions the install cell looks at."""
    if not colab_runtime.FREEZE.exists():
        pytest.fail(f"Colab's package list {colab_runtime.FREEZE} is missing; set COLAB_FREEZE.")
    pins = {normal(k): v for k, v in colab_runtime.colab_pins().items()}
    pins["torch"] = "2.11.0+cu128"  # a CUDA build, left out of colab_pins
    return pins


def versions(nb, pins: dict) -> dict:
    names = (*nb.NEEDS, *nb.KEPT, "torchao")
    return {n: pins[normal(n)] for n in names if normal(n) in pins}


def test_on_colab_it_installs_only_what_is_missing_and_removes_old_torchao(nb, colab):
    add, remove = nb.install_plan(versions(nb, colab))
    assert sorted(r.split(">=")[0] for r in add) == ["rouge-score", "sacrebleu"]
    assert remove == ["torchao"]  # Colab's 0.10 is older than peft accepts


def test_on_the_pinned_set_it_installs_nothing(nb):
    assert nb.install_plan(versions(nb, PINNED)) == ([], [])


def test_a_too_old_library_is_raised_to_a_tested_range_and_torchao_kept_when_new(nb, colab):
    installed = {**versions(nb, colab), "transformers": "4.57.0", "torchao": "0.16.0"}
    add, remove = nb.install_plan(installed)
    assert "transformers>=5.15.0,<=5.24.0" in add and remove == []


def test_the_tested_range_runs_from_colab_to_requirements(nb, colab):
    for name, (low, high) in nb.NEEDS.items():
        assert PINNED[normal(name)] == high, name
        if normal(name) in colab:
            assert nb.Version(low) <= nb.Version(colab[normal(name)]), name
    assert not {normal(n) for n in nb.NEEDS} & {normal(n) for n in nb.KEPT}


def test_pip_may_not_move_what_colab_imported(nb, colab):
    before = versions(nb, colab)
    args = nb.pip_arguments(['rouge-score>=0.1.2,<=0.1.2'], before)
    keep = Path(args.split(" -c ")[1]).read_text().split()
    assert {"pandas==2.2.3", "pyarrow==18.1.0", "numpy==2.1.3", "torch==2.11.0+cu128"} <= set(keep)
    assert args.startswith('"rouge-score>=0.1.2,<=0.1.2"')  # quoted: the shell sees >= and <


def test_install_output_is_not_hidden_and_the_check_follows_it():
    run = code_cell("install_started = ")
    assert "%pip install {pip_args}" in run and not re.search(r"%pip[^\n]*(-q\b|--quiet)", run)
    assert run.index("%pip install") < run.index("check_install(")


def test_check_stops_with_one_sentence_naming_the_fix(nb, monkeypatch, colab):
    good = {**versions(nb, colab), "torchao": "0.16.0", "rouge-score": "0.1.2",
            "sacrebleu": "2.6.0"}
    monkeypatch.setattr(nb, "installed_versions", lambda: dict(good))
    assert nb.check_install(good, in_colab=True) == good
    for broken in ({"sacrebleu": None}, {"torchao": "0.10.0"}, {"pyarrow": "26.0.1"},
                   {"peft": "0.19.0"}):
        now = {k: v for k, v in {**good, **broken}.items() if v is not None}
        monkeypatch.setattr(nb, "installed_versions", lambda now=now: dict(now))
        with pytest.raises(RuntimeError) as err:
            nb.check_install(good, in_colab=True)
        message = str(err.value)
        assert message.count(". ") == 0 and "Run all" in message, message
        assert next(iter(broken)) in message
    with pytest.raises(RuntimeError, match="requirements.txt"):
        nb.check_install(good, in_colab=False)


def test_no_private_members_of_libraries_in_notebook_code():
    """The maintainers' check (shared/hooks/before-stop): `.name` starting with `_`."""
    code = ["".join(c["source"]) for c in CELLS if c["cell_type"] == "code"]
    private = sorted({m.group(0) for s in code
                      for m in re.finditer(r"(?<!self)(?<!cls)\.(?!__)_[A-Za-z]\w*", s)})
    assert not private, private
    assert not [s for s in code if re.search(r"def _get_train_sampler|custom_generate", s)]


def test_repository_constants_match_the_badge(nb):
    badge = re.search(r"colab\.research\.google\.com/github/([\w.-]+/[\w.-]+)/blob/([\w.-]+)/"
                      r"medical_chatbot_Assistant\.ipynb", MARKDOWN[0])
    assert badge, "no Colab badge in cell 0"
    assert nb.REPO_URL == f"https://github.com/{badge.group(1)}"
    assert nb.REPO_BRANCH == badge.group(2)
    assert {"data", "medchat", "tests/data"} == set(nb.REPO_FOLDERS)


def git(*args, cwd):
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=cwd,
                   check=True, capture_output=True)


@pytest.fixture
def origin(tmp_path):
    """A repository holding the folders the notebook fetches, on branch `main`."""
    repo = tmp_path / "origin"
    for folder, name in (("data", "cards.jsonl"), ("medchat", "__init__.py"),
                         ("tests/data", "triage_cases.csv")):
        (repo / folder).mkdir(parents=True)
        (repo / folder / name).write_text(f"{folder}\n")
    git("init", "-q", "-b", "main", cwd=repo)
    git("add", ".", cwd=repo)
    git("commit", "-q", "-m", "files", cwd=repo)
    return repo


def test_fetch_copies_only_the_missing_folders_from_a_clone(nb, origin, tmp_path, monkeypatch):
    dest = tmp_path / "content"
    (dest / "data").mkdir(parents=True)
    (dest / "data" / "mine.jsonl").write_text("kept")
    monkeypatch.setenv("MEDCHAT_REPO_URL", origin.as_uri())
    assert nb.fetch_repository_files(dest=dest) == ["medchat", "tests/data"]
    assert (dest / "medchat" / "__init__.py").read_text() == "medchat\n"
    assert (dest / "tests/data/triage_cases.csv").exists()
    assert not (dest / "data" / "cards.jsonl").exists()  # present folders are left alone
    assert nb.fetch_repository_files(dest=dest) == []  # nothing missing: no clone at all


def test_fetch_skips_a_folder_the_branch_lacks(nb, origin, tmp_path):
    git("rm", "-q", "-r", "medchat", cwd=origin)
    git("commit", "-q", "-m", "no medchat", cwd=origin)
    got = nb.fetch_repository_files(dest=tmp_path / "c", url=origin.as_uri())
    assert got == ["data", "tests/data"]


def test_failed_fetch_says_what_will_not_work(nb, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("MEDCHAT_REPO_URL", (tmp_path / "nowhere").as_uri())
    monkeypatch.chdir(tmp_path)
    exec(code_cell("try:\n    fetched = fetch_repository_files()"), vars(nb).copy())
    out = capsys.readouterr().out
    assert out.startswith("Could not fetch data, medchat, tests/data")
    assert "offline profile" in out and "triage scores" in out and "full profile still" in out


def test_failed_fetch_names_only_what_the_missing_folders_break(nb, tmp_path, capsys,
                                                                monkeypatch):
    monkeypatch.setenv("MEDCHAT_REPO_URL", (tmp_path / "nowhere").as_uri())
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    (tmp_path / "tests" / "data").mkdir(parents=True)
    exec(code_cell("try:\n    fetched = fetch_repository_files()"), vars(nb).copy())
    out = capsys.readouterr().out
    assert out.startswith("Could not fetch medchat (") and "the demo" in out
    assert "offline profile" not in out and "triage scores" not in out


class FakeDemo:
    def queue(self, **kwargs):
        pass

    def launch(self, **kwargs):
        self.kwargs = kwargs


def test_demo_is_local_by_default_and_public_only_when_asked(nb, capsys):
    assert notebook_lib.parameters()["SHARE_DEMO"] is False
    assert any("launch_demo(demo, share=SHARE_DEMO)" in s for s in SOURCES)
    demo = FakeDemo()
    nb.launch_demo(demo)
    assert demo.kwargs["share"] is False and demo.kwargs["server_name"] == "127.0.0.1"
    assert capsys.readouterr().out == ""
    nb.launch_demo(demo, share=True)
    assert demo.kwargs["share"] is True and "public" in capsys.readouterr().out


def test_colab_constraints_leave_out_cuda_builds():
    pins = colab_runtime.colab_pins()
    assert "torch" not in pins and pins["pandas"] == "2.2.3" and pins["pyarrow"] == "18.1.0"
    assert all(p in pins for p in colab_runtime.PACKAGES)



def test_overview_and_readme_say_what_survives_a_disconnect_and_that_sharing_is_opt_in():
    readme = (ROOT / "README.md").read_text()
    for text in (markdown_cell("## Overview"), readme):
        flat = " ".join(text.split())
        assert "USE_DRIVE = True" in flat and "recycled VM" in flat, "disconnect claims"
        assert "SHARE_DEMO = True" in flat and "inline" in flat, "sharing claims"
    assert "no restart" in " ".join(markdown_cell("## Set up the environment").split()).lower()
