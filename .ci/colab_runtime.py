"""Build an emulation of Colab's GPU runtime and run the notebook in it (`make colab`).

Colab's versions come from ../shared/colab/pip-freeze.gpu.txt. Stand-ins: Python 3.11 for 3.13
and the local CPU wheel torch==2.13.0 for CUDA torch 2.11 (a registry torch is gigabytes).
The kernel sees a fake `google.colab` and imports pandas at start (with pyarrow), as Colab does.
"""
import argparse
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
FAKE_COLAB = '''"""Stand-in for Colab's google.colab package (CI emulation only)."""
'''
FAKE_DRIVE = '''def mount(mountpoint, **kwargs):
    raise RuntimeError("google.colab.drive is emulated in CI; run with USE_DRIVE=False.")
'''
# Colab's kernel has pandas (and with it pyarrow) in memory before the first cell runs.
STARTUP = "import pandas  # noqa: F401  as Colab's kernel does at start\nimport pyarrow  # noqa\n"


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
    stamp = venv / ".colab-built"
    if stamp.exists() and stamp.read_text() == FREEZE.read_text():
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
    stamp.write_text(FREEZE.read_text())
    print(f"emulated Colab runtime built in {time.perf_counter() - t0:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["build", "pins"])
    parser.add_argument("--venv", default=str(ROOT / ".ci-cache" / "colab-venv"))
    parser.add_argument("--python", default="python3.11")
    args = parser.parse_args()
    if args.command == "build":
        build(Path(args.venv).resolve(), args.python)
    else:
        print(json.dumps({p: colab_pins()[p] for p in PACKAGES}, indent=1))


if __name__ == "__main__":
    main()
