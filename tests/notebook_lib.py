"""Load the notebook's own functions (its cells whose first line ends in `#| lib`) as a module.

Tests, benchmarks and `make demo` use this so that no pipeline logic exists outside
medical_chatbot_Assistant.ipynb. Also a small command line for the Makefile:

    python tests/notebook_lib.py demo [--run DIR] [--port 7860]
    python tests/notebook_lib.py readme
    python tests/notebook_lib.py datacard
    python tests/notebook_lib.py screenshot [--run DIR]
"""
import argparse
import json
import re
import socket
import sys
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "medical_chatbot_Assistant.ipynb"


LIB_MARKER = re.compile(r"#\| lib$")  # ends a library cell's first line: `#| lib` or
# `#@title <Name> #| lib` (Colab reads a form title from the first line only)


def is_lib(cell: dict) -> bool:
    """A library cell: a code cell whose first line, visible on GitHub and in Colab, carries
    the marker."""
    lines = "".join(cell["source"]).splitlines()
    return cell["cell_type"] == "code" and bool(lines) and bool(LIB_MARKER.search(lines[0]))


def cells(tag: str) -> list[str]:
    """Sources of the code cells carrying `tag` ("lib": the marker), in notebook order."""
    nb = json.loads(NOTEBOOK.read_text())
    if tag == "lib":
        return ["".join(c["source"]) for c in nb["cells"] if is_lib(c)]
    return ["".join(c["source"]) for c in nb["cells"]
            if c["cell_type"] == "code" and tag in c.get("metadata", {}).get("tags", [])]


def load(name: str = "medchat_notebook") -> types.ModuleType:
    """Execute the library cells (first line marked `#| lib`) once into a module `name`."""
    if name in sys.modules:
        return sys.modules[name]
    module = types.ModuleType(name)
    module.__file__ = str(NOTEBOOK)
    sys.modules[name] = module  # dataclasses look their module up here
    for i, source in enumerate(cells("lib")):
        exec(compile(source, f"{NOTEBOOK.name}[lib {i}]", "exec"), module.__dict__)
    return module


def parameters() -> dict:
    """The defaults of the `parameters` cell."""
    namespace: dict = {}
    exec(cells("parameters")[0], namespace)
    return {k: v for k, v in namespace.items() if k.isupper()}


def data_card_stats(nb) -> str:
    """The statistics block of data/README.md, computed with the notebook's own loaders."""
    raw = nb.load_flashcards(str(ROOT / "data"))
    df, counts = nb.clean_flashcards(raw)
    stats = nb.length_stats(df)
    answers = df["output"].str.split().str.len()
    lines = [f"- Rows: {len(raw)}; after the notebook's cleaning: {counts['kept']}",
             f"- Question length: mean {stats['input_words_mean']:.1f} words, "
             f"max {stats['input_words_max']:.0f}",
             f"- Answer length: mean {stats['output_words_mean']:.1f} words, "
             f"min {answers.min()}, max {stats['output_words_max']:.0f}; "
             f"{(answers > 100).sum()} answers over 100 words",
             f"- Areas: {df['area'].nunique()}", "", "| area | flashcards |", "|---|---|"]
    lines += [f"| {area} | {n} |" for area, n in df["area"].value_counts().sort_index().items()]
    return "\n".join(lines) + "\n"


EMERGENCY_EXAMPLE = "my dad has crushing chest pain and is sweating right now"
EMERGENCY_NOTICE = "This could be a medical emergency"
UNSCROLL = """() => { for (const e of document.querySelectorAll('*')) {
  const s = getComputedStyle(e);
  if (['auto', 'scroll'].includes(s.overflowY) && e.scrollHeight > e.clientHeight + 4) {
    for (let p = e; p && p !== document.body; p = p.parentElement) {
      p.style.height = 'auto'; p.style.maxHeight = 'none'; p.style.overflow = 'visible'; }
  } } }"""
SHOT = ROOT / "assets" / "gradio_ui.png"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def screenshot(nb, run_dir: Path, out: Path = SHOT) -> dict:
    """The chat of a finished run in Chromium: one textbook question, one emergency message.
    Writes the PNG and, beside it, a JSON of what the page showed (the tests read it)."""
    import browser
    port = free_port()
    demo = nb.serve_demo(run_dir, port=port, block=False)
    try:
        with browser.open_page(f"http://127.0.0.1:{port}/", height=1000) as page:
            shown = {"run": str(run_dir.relative_to(ROOT) if run_dir.is_relative_to(ROOT)
                                 else run_dir)}
            browser.send(page, nb.EXAMPLE_QUESTIONS[0])
            browser.wait_for_answer(page)
            browser.send(page, EMERGENCY_EXAMPLE)
            browser.wait_for_answer(page, EMERGENCY_NOTICE)
            replies = browser.bot_texts(page)
            assert len(replies) == 2, replies
            shown.update(question=nb.EXAMPLE_QUESTIONS[0], answer=replies[0],
                         emergency_message=EMERGENCY_EXAMPLE, emergency_reply=replies[1],
                         disclaimer=page.locator("#disclaimer").inner_text().strip())
            page.evaluate(UNSCROLL)  # the chat box scrolls: show the whole conversation
            page.screenshot(path=str(out), full_page=True)
    finally:
        demo.close()
    out.with_suffix(".json").write_text(json.dumps(shown, indent=2) + "\n")
    return shown


def figures_markdown(results: dict) -> str:
    """The README's inline figures, each captioned with the run and profile it comes from."""
    run = (f"committed run, {results['profile']} profile ({results['model']}, "
           f"{results['environment']['gpu'] or 'CPU'})")
    figures = [("loss_curves.png", "Training and validation loss of the four experiments"),
               ("rouge_comparison.png", "Validation scores by experiment"),
               ("base_vs_finetuned.png", "Test split: base vs the selected fine-tuned run"),
               ("gradio_ui.png", "The chat app serving this run's fine-tuned model in Chromium: "
                                 "a textbook question and an emergency message"),
               ("dataset_distribution.png", "Question and answer lengths of the flashcards")]
    return "".join(f"![{caption}](assets/{name})\n\n*{caption}; {run}.*\n\n"
                   for name, caption in figures)


def replace_block(path: Path, name: str, text: str) -> None:
    """Replace what stands between <!-- name:start --> and <!-- name:end --> in a file."""
    pattern = re.compile(rf"(<!-- {name}:start -->\n).*(<!-- {name}:end -->)", re.S)
    content = path.read_text()
    if not pattern.search(content):
        raise SystemExit(f"{path} has no <!-- {name}:start/end --> block")
    path.write_text(pattern.sub(lambda m: m.group(1) + text + m.group(2), content))


def profile_note(results: dict) -> str:
    """The README's sentence on whose figures the results block shows (flan-t5-base or not)."""
    if results["profile"] != "full":
        return ("A full-profile run on a GPU has not been committed yet: no GPU was available "
                "where this was built, so we report no flan-t5-base figures of our own.\n")
    where = results["environment"]["gpu"] or "CPU"
    return (f"The results above are a full-profile run: model `{results['model']}`, data "
            f"`{results['dataset']}`, on {where}.\n")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("command", choices=["demo", "readme", "datacard", "screenshot"])
    parser.add_argument("--run", help="run directory (default: the newest under runs/)")
    parser.add_argument("--port", type=int, default=7860)
    args = parser.parse_args(argv)
    nb = load()
    if args.command == "demo":
        nb.serve_demo(Path(args.run) if args.run else None, args.port)
    elif args.command == "screenshot":
        print(json.dumps(screenshot(nb, Path(args.run or ROOT / "runs" / "committed")), indent=2))
    elif args.command == "datacard":
        replace_block(ROOT / "data" / "README.md", "stats", data_card_stats(nb))
    else:
        results = json.loads((ROOT / "assets" / "results.json").read_text())
        replace_block(ROOT / "README.md", "results", nb.results_markdown(results))
        replace_block(ROOT / "README.md", "figures", figures_markdown(results))
        replace_block(ROOT / "README.md", "profile-note", profile_note(results))


if __name__ == "__main__":
    main()
