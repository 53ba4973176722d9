"""The committed notebook's structure and hygiene."""
import json
import re

import notebook_lib

NB = json.loads(notebook_lib.NOTEBOOK.read_text())
CELLS = NB["cells"]
REQUIREMENTS = dict(
    line.split("==") for line in (notebook_lib.ROOT / "requirements.txt").read_text().splitlines()
    if "==" in line)


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_one_h1_title_then_colab_badge():
    markdown = ["".join(c["source"]) for c in CELLS if c["cell_type"] == "markdown"]
    h1 = [line for text in markdown for line in text.splitlines() if line.startswith("# ")]
    assert len(h1) == 1 and markdown[0].startswith("# ")
    assert "colab.research.google.com/github/" in markdown[0]
    assert "/blob/main/medical_chatbot_Assistant.ipynb" in markdown[0]


def test_sections_are_h2_in_pipeline_order():
    headings = [line[3:] for c in CELLS if c["cell_type"] == "markdown"
                for line in "".join(c["source"]).splitlines() if line.startswith("## ")]
    order = ["Overview", "Set up", "Set the parameters", "Under the hood", "Start the run",
             "Load and clean", "Build the tokenizer",
             "Tokenize", "Score the base", "Run the experiments", "Select the best",
             "Plot", "Chat", "Save the run"]
    positions = [next(i for i, h in enumerate(headings) if h.startswith(o)) for o in order]
    assert positions == sorted(positions)


def test_one_parameters_cell_of_literals_with_reasons():
    tagged = [c for c in CELLS if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1
    source = "".join(tagged[0]["source"])
    lines = source.splitlines()
    for before, line in zip([""] + lines, lines):
        if re.match(r"^[A-Z_]+ = ", line):
            assert "#" in line or before.startswith("#"), f"parameter without a reason: {line}"
    assert set(notebook_lib.parameters()) >= {"PROFILE", "OUTPUT_DIR", "RECIPE", "EXPERIMENTS"}


def test_no_widget_state_execution_metadata_or_secrets():
    assert "widgets" not in NB["metadata"]
    text = notebook_lib.NOTEBOOK.read_text()
    assert not re.search(r"hf_[A-Za-z0-9]{30,}|sk-[A-Za-z0-9]{20,}|ghp_[A-Za-z0-9]{30,}", text)
    for cell in CELLS:
        assert "execution" not in cell.get("metadata", {})
        assert "collapsed" not in cell.get("metadata", {})


def test_requirements_pin_everything_exactly():
    lines = [l for l in (notebook_lib.ROOT / "requirements.txt").read_text().splitlines()
             if l.strip() and not l.startswith("#")]
    assert all("==" in l for l in lines)
    assert REQUIREMENTS["torch"] == "2.13.0"


def test_committed_outputs_come_from_one_run_with_the_banner_first():
    # Setup's install report and the under-the-hood checks print before the run starts; from
    # "Start the run" on, the banner comes first.
    run = CELLS[h2_index("Start the run"):]
    outputs = ["".join(o.get("text", "")) for c in run if c["cell_type"] == "code"
               for o in c.get("outputs", []) if o.get("output_type") == "stream"]
    banner = [i for i, t in enumerate(outputs) if "PROFILE: " in t]
    assert banner, "the committed notebook carries no run outputs"
    assert banner[0] == 0, "the run's banner must be the first output of the run"
    counts = [c.get("execution_count") for c in CELLS if c["cell_type"] == "code"]
    assert all(n is None for n in counts) or counts == sorted(n for n in counts if n)
    assert not any(o.get("output_type") == "error" for c in CELLS if c["cell_type"] == "code"
                   for o in c.get("outputs", []))


def test_lib_cells_hold_no_magics_and_short_cells():
    for source in notebook_lib.cells("lib"):
        assert not re.search(r"^\s*[%!]", source, re.M)
    lengths = sorted(len("".join(c["source"]).splitlines()) for c in CELLS
                     if c["cell_type"] == "code")
    assert lengths[len(lengths) // 2] <= 20  # median cell stays short
    long_lines = [l for c in CELLS if c["cell_type"] == "code" and "install" not in
                  c.get("metadata", {}).get("tags", [])
                  for l in "".join(c["source"]).splitlines() if len(l) > 100]
    assert not long_lines


def test_library_cells_are_marked_on_their_first_line_and_the_marker_drives_loading():
    marked = [c for c in CELLS if c["cell_type"] == "code"
              and notebook_lib.LIB_MARKER.search(("".join(c["source"]).splitlines() or [""])[0])]
    assert marked and notebook_lib.cells("lib") == ["".join(c["source"]) for c in marked]
    tagged = [c for c in CELLS if "lib" in c.get("metadata", {}).get("tags", [])]
    assert tagged == marked  # the tag, kept for tools that read tags, agrees with the marker
    for cell in CELLS:  # the marker only on a first line, so a reader sees it at the top
        assert not any(notebook_lib.LIB_MARKER.search(l) for l in
                       "".join(cell["source"]).splitlines()[1:]), cell.get("id")
    nb = notebook_lib.load()
    assert hasattr(nb, "make_config") and not hasattr(nb, "cfg")  # unmarked cells: not loaded


def test_one_configuration_layer_without_string_lookups():
    code = "\n".join("".join(c["source"]) for c in CELLS if c["cell_type"] == "code")
    assert not re.search(r"cfg\.p\b|\.p\[", code)
    nb = notebook_lib.load()
    fields = {f.name: f.type for f in nb.dataclasses.fields(nb.Config)}
    assert "p" not in fields
    for name in ("max_input_tokens", "num_beams", "bootstrap_resamples", "lora_dropout"):
        assert name in nb.PARAMETER_FIELDS and fields[name] is not None
    assert {n.upper() for n in nb.PARAMETER_FIELDS} <= set(notebook_lib.parameters())


def code_lines(cell: dict) -> int:
    return len("".join(cell["source"]).splitlines())


def h2_index(prefix: str) -> int:
    return next(i for i, c in enumerate(CELLS) if c["cell_type"] == "markdown"
                and "".join(c["source"]).startswith("## " + prefix))


def test_cells_are_short_and_never_more_than_three_code_cells_without_prose():
    lengths = sorted(code_lines(c) for c in CELLS if c["cell_type"] == "code")
    median = (lengths[(len(lengths) - 1) // 2] + lengths[len(lengths) // 2]) / 2
    assert median <= 12 and lengths[-1] <= 40, (median, lengths[-1])
    run = longest = 0
    for cell in CELLS:
        run = run + 1 if cell["cell_type"] == "code" else 0
        longest = max(longest, run)
    assert longest <= 3


def test_pipeline_from_load_to_plot_is_short_and_the_machinery_sits_under_the_hood():
    pipeline = [c for c in CELLS[h2_index("Load"):h2_index("Chat")] if c["cell_type"] == "code"]
    assert len(pipeline) <= 30 and sum(map(code_lines, pipeline)) <= 500
    hood = CELLS[h2_index("Under the hood"):h2_index("Start the run")]
    code = [c for c in hood if c["cell_type"] == "code"]
    assert code and all(c["metadata"].get("cellView") == "form" for c in code)
    assert all("".join(c["source"]).startswith("#@title ") for c in code)
    parts = [c for c in hood if "".join(c["source"]).startswith("### ")]
    assert len(parts) >= 6  # each part under its own heading
    assert NB["metadata"]["colab"]["collapsed_sections"] == [hood[0]["id"]]
    overview = "".join(CELLS[1]["source"])
    assert "(#under-the-hood)" in overview
    for name in ("make_offline_base", "apply_kernels", "GuardedTrainer", "train_with_oom_retry",
                 "fingerprint", "prepare_output_dir", "bootstrap_intervals"):
        assert any(f"def {name}(" in "".join(c["source"]) or f"class {name}(" in
                   "".join(c["source"]) for c in code), name


def test_overview_has_the_pipeline_at_a_glance_matching_the_sections():
    overview = "".join(CELLS[1]["source"])
    table = [l for l in overview.splitlines() if l.startswith("| ") and "](#" in l]
    headings = ["".join(c["source"]).splitlines()[0][3:] for c in CELLS
                if c["cell_type"] == "markdown" and "".join(c["source"]).startswith("## ")]
    linked = [re.search(r"\[([^]]+)\]\(#", l).group(1) for l in table]
    assert len(linked) >= 8 and all(name in headings for name in linked)
    assert linked == [h for h in headings if h in linked]  # numbered in pipeline order
    code = "\n".join("".join(c["source"]) for c in CELLS if c["cell_type"] == "code")
    for row in table:
        for function in re.findall(r"`(\w+)`\(?", row.split("|")[3]):
            assert f"def {function}(" in code, function


def test_parameters_are_collected_before_any_library_constant_exists():
    i = next(i for i, c in enumerate(CELLS) if "parameters" in c["metadata"].get("tags", []))
    assert "".join(CELLS[i + 1]["source"]).startswith("params = {k: v for k, v in globals()")
    assert "".join(CELLS[i - 1]["source"]).startswith("NOT_PARAMETERS = set(globals())")
