"""Build an emulation of Colab's GPU runtime and run the notebook in it (`make colab`).

Colab's versions come from ../shared/colab/pip-freeze.gpu.txt. Stand-ins: Python 3.11 for 3.13
and the local CPU wheel torch==2.13.0 for CUDA torch 2.11 (a registry torch is gigabytes).
The kernel sees a fake `google.colab` and imports pandas at start (with pyarrow), as Colab does.
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Colab's published package list; COLAB_FREEZE overrides where ../shared is elsewhere.
FREEZE = Path(os.environ.get("COLAB_FREEZE") or ROOT.parent / "shared/colab/pip-freeze.gpu.txt")
# What the notebook imports, plus the kernel; their dependencies come at Colab's versions too.
PACKAGES = ["numpy", "pandas", "pyarrow", "transformers", "peft", "accelerate", "datasets",
            "tokenizers", "safetensors", "huggingface_hub", "gradio", "gradio_client",
            "sentencepiece", "torchao", "matplotlib", "protobuf", "tqdm", "ipykernel",
            "ipython", "jupyter_client"]
# Not constrained: Colab's CUDA builds (the local CPU wheel torch 2.13 stands in), and
# setuptools 75.2 (the torch 2.13 wheel needs setuptools >= 77.0.3) and pip.
SKIP = re.compile(r"^(torch|torchvision|torchaudio|torchcodec|triton|nvidia-.*|setuptools|pip)$",
                  re.I)
TORCH = "torch==2.13.0+cpu"  # the local wheel; a bare torch==2.13.0 would download gigabytes
KERNEL = "colab-emulation"
# Every cell runs, with less work: the point is the environment, not the scores.
SHORT = {"EXPERIMENTS": [["exp1", 1e-3, 8, 1], ["exp2", 5e-4, 16, 1]],
         "OFFLINE_PRETRAIN_STEPS": 30, "MAX_NEW_TOKENS": 24}
FAKE_COLAB = '''"""Stand-in for Colab's google.colab package (CI emulation only)."""
'''
FAKE_DRIVE = '''def mount(mountpoint, **kwargs):
    raise RuntimeError("google.colab.drive is emulated in CI; run with USE_DRIVE=False.")
'''
# Colab's kernel has google.colab and pandas (with pyarrow) in memory before the first cell.
STARTUP = "import google.colab  # noqa: F401\nimport pandas  # noqa: F401\nimport pyarrow  # noqa\n"


def colab_pins(freeze: Path = FREEZE) -> dict:
    """name -> version of every plain `name==version` line of Colab's pip freeze."""
    pins = {}
    for line in freeze.read_text().splitlines():
        m = re.match(r"^([A-Za-z0-9_.-]+)==([^\s+]+)$", line.strip())
        if m and not SKIP.match(m.group(1)):
            pins[m.group(1)] = m.group(2)
    return pins


def build(venv: Path, python: str) -> None:
    """The venv with Colab's versions, the fake google.colab and the kernelspec."""
    recipe = repr((PACKAGES, SKIP.pattern, TORCH, FAKE_COLAB, FAKE_DRIVE, STARTUP, KERNEL))
    stamp, key = venv / ".colab-built", hashlib.sha256(  # rebuilt when the list or recipe changes
        FREEZE.read_bytes() + recipe.encode()).hexdigest()
    if stamp.exists() and stamp.read_text() == key:
        print(f"emulated Colab runtime: cached in {venv}")
        return
    t0 = time.perf_counter()
    subprocess.run([python, "-m", "venv", "--clear", str(venv)], check=True)
    pins = colab_pins()
    constraints = venv / "colab-constraints.txt"
    constraints.write_text("".join(f"{k}=={v}\n" for k, v in sorted(pins.items())))
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--progress-bar", "off"]
    subprocess.run(pip + ["-c", str(constraints), TORCH,
                          *(f"{p}=={pins[p]}" for p in PACKAGES)], check=True)
    site = Path(subprocess.run([str(venv / "bin" / "python"), "-c",
                                "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    fake = venv / "fake-colab" / "google" / "colab"
    fake.mkdir(parents=True, exist_ok=True)
    (fake / "__init__.py").write_text(FAKE_COLAB)
    (fake / "drive.py").write_text(FAKE_DRIVE)
    (venv / "fake-colab" / "google" / "__init__.py").write_text("")
    (site / "colab_emulation_startup.py").write_text(STARTUP)
    spec = venv / "share" / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True, exist_ok=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [str(venv / "bin" / "python"), "-m", "ipykernel_launcher",
                 "--IPKernelApp.exec_lines=import colab_emulation_startup",
                 "-f", "{connection_file}"],
        "display_name": "Colab emulation", "language": "python",
        "env": {"PYTHONPATH": str(venv / "fake-colab")}}, indent=1))
    (venv / "colab-freeze.txt").write_text(freeze(venv))
    stamp.write_text(key)
    print(f"emulated Colab runtime built in {time.perf_counter() - t0:.0f} s")


def freeze(venv: Path) -> str:
    return subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "freeze"],
                          capture_output=True, text=True, check=True).stdout


def reset(venv: Path) -> None:
    """Undo what an earlier run's install cell did, so every run starts from Colab's state."""
    def parse(text):
        return dict(line.split("==", 1) for line in text.splitlines() if "==" in line)
    built, now = parse((venv / "colab-freeze.txt").read_text()), parse(freeze(venv))
    pip = [str(venv / "bin" / "python"), "-m", "pip"]
    extra = sorted(set(now) - set(built))
    changed = sorted(f"{n}=={v}" for n, v in built.items() if now.get(n) != v)
    if extra:
        subprocess.run(pip + ["uninstall", "-q", "-y", *extra], check=True)
    if changed:
        subprocess.run(pip + ["install", "-q", "--no-deps", *changed], check=True)
    if extra or changed:
        print(f"emulated Colab runtime reset: removed {extra}, restored {changed}")


def run(venv: Path, notebook: Path, work: Path) -> None:
    """Execute the notebook alone in `work` (no data/), on the emulated kernel, fetching the
    repository files from a local clone; fails on the first cell error."""
    import papermill  # the project's venv runs papermill; the kernel runs in `venv`

    reset(venv)
    work.mkdir(parents=True, exist_ok=True)
    origin = work / "origin"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(origin)], check=True)
    subprocess.run(["git", "-C", str(origin), "checkout", "-q", "-B", "main"], check=True)
    content = work / "content"  # Colab's working directory: the notebook alone
    content.mkdir()
    os.environ.update(MEDCHAT_REPO_URL=origin.as_uri(), MEDCHAT_HEADLESS="1",
                      JUPYTER_PATH=str(venv / "share" / "jupyter"))
    t0 = time.perf_counter()
    try:
        papermill.execute_notebook(str(notebook), str(work / "executed.ipynb"), cwd=str(content),
                                   kernel_name=KERNEL, progress_bar=False,
                                   parameters={**SHORT, "OUTPUT_DIR": str(content / "run")})
    finally:
        total = time.perf_counter() - t0
        executed = work / "executed.ipynb"
        if executed.exists():
            cells = json.loads(executed.read_text())["cells"]

            def took(*marks):  # cells found by what they hold (nbstripout renumbers ids)
                return sum(c["metadata"].get("papermill", {}).get("duration") or 0
                           for c in cells if any(m in "".join(c["source"]) for m in marks))
            install = took("def install_plan", "def check_install", "install_started = ")
            fetch = took("def fetch_repository_files", "fetched = fetch_repository_files()")
            print(f"emulated Colab run: {total:.0f} s in all; install cells {install:.1f} s, "
                  f"repository fetch {fetch:.1f} s; notebook in {executed}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["build", "run", "pins"])
    parser.add_argument("--notebook", default=str(ROOT / "medical_chatbot_Assistant.ipynb"))
    parser.add_argument("--work", help="an empty folder for the run (default: a new temp one)")
    parser.add_argument("--venv", default=str(ROOT / ".ci-cache" / "colab-venv"))
    parser.add_argument("--python", default="python3.11")
    args = parser.parse_args()
    if args.command == "build":
        build(Path(args.venv).resolve(), args.python)
    elif args.command == "run":
        import tempfile
        work = Path(args.work or tempfile.mkdtemp(prefix="colab-run-"))
        run(Path(args.venv).resolve(), Path(args.notebook).resolve(), work.resolve())
    else:
        print(json.dumps({p: colab_pins()[p] for p in PACKAGES}, indent=1))


if __name__ == "__main__":
    main()
