"""Kill a headless run in the middle of an experiment, run it again, compare with a clean run."""
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import notebook_lib

# Two short experiments keep three notebook runs inside a couple of minutes.
PARAMS = {"EXPERIMENTS": [["exp1", 1e-3, 8, 1], ["exp2", 5e-4, 16, 3]],
          "MAX_NEW_TOKENS": 24, "PROFILE": "offline", "OFFLINE_PRETRAIN_STEPS": 30}
VOLATILE = {"fingerprint", "train_seconds", "eval_seconds", "resumed_from", "started", "finished",
            "peak_gpu_memory_allocated_gb", "environment", "parameters", "adapter_dir"}


def start(out: Path) -> subprocess.Popen:
    code = ("import json, sys, papermill; papermill.execute_notebook(sys.argv[1], sys.argv[2], "
            "parameters=json.loads(sys.argv[3]), progress_bar=False, cwd=sys.argv[4])")
    params = {**PARAMS, "OUTPUT_DIR": str(out)}
    env = {**os.environ, "MEDCHAT_HEADLESS": "1"}
    env.pop("MEDCHAT_OUTPUT_DIR", None)
    env.pop("MEDCHAT_PROFILE", None)
    return subprocess.Popen(
        [sys.executable, "-c", code, str(notebook_lib.NOTEBOOK), str(out / "executed.ipynb"),
         json.dumps(params), str(notebook_lib.ROOT)],
        env=env, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def finish(proc: subprocess.Popen) -> None:
    output, _ = proc.communicate(timeout=600)
    assert proc.returncode == 0, output.decode()[-3000:]


def strip(value):
    if isinstance(value, dict):
        return {k: strip(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [strip(v) for v in value]
    return round(value, 6) if isinstance(value, float) else value


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    """One uninterrupted headless run with the short parameters."""
    out = tmp_path_factory.mktemp("clean")
    finish(start(out))
    return out


def test_killed_run_resumes_to_the_same_results(clean, tmp_path):
    killed = tmp_path / "killed"
    killed.mkdir()

    proc = start(killed)
    exp2 = killed / "experiments" / "exp2"
    deadline = time.time() + 300
    while not list((exp2 / "checkpoints").glob("checkpoint-*/trainer_state.json")):  # epoch 1
        assert proc.poll() is None and time.time() < deadline, "run ended before the kill"
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not (exp2 / "done.json").exists()
    assert (killed / "experiments" / "exp1" / "done.json").exists()

    finish(start(killed))  # the same command again, as "Run all" after a disconnect
    log = (killed / "executed.ipynb").read_text()
    assert "exp1: finished earlier, loaded from" in log
    assert "exp2: resuming from" in log

    a = json.loads((clean / "results.json").read_text())
    b = json.loads((killed / "results.json").read_text())
    assert strip(a) == strip(b)
    assert b["experiments"][1]["resumed_from"].endswith("checkpoint-21")  # 336 rows / 16
    assert a["experiments"][1]["resumed_from"] is None


def test_readme_snippet_loads_a_saved_adapter(clean):
    """The README's loading snippet, run against a finished offline run's directories."""
    run = clean
    readme = (notebook_lib.ROOT / "README.md").read_text()
    code = re.search(r"<!-- snippet -->\n```python\n(.*?)```", readme, re.S).group(1)
    code = re.sub(r'^BASE = .*$', f'BASE = "{run / "offline_base"}"', code, flags=re.M)
    code = re.sub(r'^ADAPTER = .*$', f'ADAPTER = "{run / "adapter"}"', code, flags=re.M)
    namespace = {}
    exec(code, namespace)
    answer = namespace["ask"]("What is the mechanism of action of metformin?")
    assert isinstance(answer, str) and answer.strip()


def test_make_demo_serves_a_finished_run(clean):
    """`make demo` runs this command; it must serve the run's adapter on 127.0.0.1."""
    import urllib.request

    from notebook_lib import free_port
    from gradio_client import Client
    port = free_port()
    env = {**os.environ, "MEDCHAT_OUTPUT_DIR": "/nonexistent", "MEDCHAT_PROFILE": "full"}
    proc = subprocess.Popen([sys.executable, "tests/notebook_lib.py", "demo", "--run", str(clean),
                             "--port", str(port)], cwd=notebook_lib.ROOT, start_new_session=True,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 120
        while True:
            assert proc.poll() is None, proc.stdout.read().decode()[-2000:]
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
                break
            except OSError:
                assert time.time() < deadline, "the demo did not start within 120 s"
                time.sleep(0.5)
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        assert client.predict("What is asthma?", 1, 16, api_name="/ask").strip()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
