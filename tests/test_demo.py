"""The chat app: answer_message on bad input, and the named endpoints of a launched server."""
import pytest

import notebook_lib

QUESTION = "What is the mechanism of action of metformin?"


@pytest.mark.parametrize("message", ["", "   \n\t ", None])
def test_empty_input_asks_for_a_question(nb, chat, message):
    assert nb.answer_message(message, *chat) == "Please type a medical question."


def test_long_input_is_cut_with_a_notice(nb, chat):
    reply = nb.answer_message("why " * 2000, *chat, max_new_tokens=16)
    assert "cut to its first 2000 characters" in reply


def test_emergency_notice_comes_first(nb, chat):
    reply = nb.answer_message("my dad has crushing chest pain right now", *chat)
    assert reply.startswith(nb.EMERGENCY_MESSAGE)
    assert nb.answer_message("I want to end my life", *chat) == nb.emergency_notice("self_harm")


def test_self_harm_cut_gets_crisis_text_first_then_first_aid(nb, chat):
    reply = nb.answer_message("I cut my wrists on purpose and it's bleeding a lot", *chat)
    assert reply.startswith(nb.CRISIS_MESSAGE)
    assert nb.CATEGORY_BY_NAME["bleeding"].advice in reply


def test_accidental_cut_gets_first_aid_and_an_answer(nb, chat):
    reply = nb.answer_message("I accidentally cut my hand on glass and it's bleeding a lot",
                              *chat, max_new_tokens=16)
    assert reply.startswith(nb.EMERGENCY_MESSAGE) and nb.CRISIS_MESSAGE not in reply
    assert nb.CATEGORY_BY_NAME["bleeding"].advice in reply and "Educational answer: " in reply


def test_two_emergencies_get_both_advices(nb, chat):
    reply = nb.answer_message("my son fell off the roof and now he is fitting", *chat,
                              max_new_tokens=16)
    for name in ("trauma", "seizure"):
        assert nb.CATEGORY_BY_NAME[name].advice in reply


def test_an_emergency_after_the_cut_is_still_seen(nb, chat):
    message = "Some background about my week. " * 200 + "Now my wife has collapsed."
    reply = nb.answer_message(message, *chat, max_new_tokens=16)
    assert reply.startswith(nb.EMERGENCY_MESSAGE) and "cut to its first 2000" in reply


def test_demo_refuses_to_start_without_the_triage(nb, chat, monkeypatch):
    monkeypatch.setattr(nb, "TRIAGE_ERROR", "The emergency triage (medchat/) could not be "
                        "imported (No module named 'medchat'); run from the repository root.")
    with pytest.raises(nb.SetupError, match="emergency triage"):
        nb.build_demo(*chat)
    assert "emergency triage" in nb.answer_message("my dad has chest pain", *chat)


def test_demo_refuses_to_start_without_the_triage_model(nb, chat, monkeypatch):
    """The notebook's triage import cell, run again with the model file unloadable."""
    import importlib
    triage_module = importlib.import_module("medchat.triage")
    monkeypatch.setattr(triage_module, "MODEL", None)
    monkeypatch.setattr(triage_module, "MODEL_ERROR", "The triage's learned model "
                        "(triage_model.json) could not be loaded (FileNotFoundError).")
    cell = next(c for c in notebook_lib.cells("lib") if "TRIAGE_ERROR = triage_module" in c)
    namespace = dict(vars(nb))
    exec(cell, namespace)
    assert namespace["TRIAGE_ERROR"].startswith("The triage's learned model")
    monkeypatch.setattr(nb, "TRIAGE_ERROR", namespace["TRIAGE_ERROR"])
    with pytest.raises(nb.SetupError, match="learned model"):
        nb.build_demo(*chat)


def test_generation_settings_are_bounded(nb, chat, monkeypatch):
    seen = {}

    def spy(model, tokenizer, questions, cfg, batch_size=None, **overrides):
        seen.update(overrides)
        return ["ok"]
    monkeypatch.setattr(nb, "generate_answers", spy)
    nb.answer_message(QUESTION, *chat, num_beams=99, max_new_tokens=10_000)
    assert seen == {"num_beams": 8, "max_new_tokens": 256}
    nb.answer_message(QUESTION, *chat, num_beams="x", max_new_tokens=-5)
    assert seen == {"num_beams": 4, "max_new_tokens": 16}


def test_model_error_gives_an_apology(nb, chat, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("CUDA out of memory")
    monkeypatch.setattr(nb, "generate_answers", broken)
    assert "Sorry, the model could not answer" in nb.answer_message(QUESTION, *chat)


def test_ask_endpoint_answers(client):
    answer = client.predict(QUESTION, 2, 16, api_name="/ask")
    assert isinstance(answer, str) and answer.strip()


def test_triage_endpoint(client):
    assert client.predict("she can't breathe and her lips are blue", api_name="/triage") == {
        "emergency": True, "category": "breathing", "categories": ["breathing"],
        "level": "emergency"}
    assert client.predict("What causes asthma?", api_name="/triage") == {
        "emergency": False, "category": None, "categories": [], "level": None}


def test_triage_endpoint_reads_a_long_message_to_the_end(client):
    message = "I'll tell you about my day first. " * 600 + "my baby is choking on a grape"
    flag = client.predict(message, api_name="/triage")
    assert len(message) > 20_000 and flag["emergency"] and flag["category"] == "choking"


@pytest.mark.parametrize("message", [
    "", "  ", "x" * 5000, "Qu'est-ce que la métformine ? 二甲双胍 🙂 \u202e",
    "<script>alert('x')</script> what is aspirin?", "<img src=x onerror=alert(1)>", "\x00\x01"])
def test_server_survives_bad_input(client, message):
    answer = client.predict(message, 2, 16, api_name="/ask")
    assert isinstance(answer, str) and answer
    assert client.predict(message, api_name="/triage")["emergency"] in (True, False)


def test_server_stays_up_after_a_model_error(nb, client, monkeypatch):
    monkeypatch.setattr(nb, "generate_answers", lambda *a, **k: 1 / 0)
    assert "Sorry" in client.predict(QUESTION, 2, 16, api_name="/ask")
    monkeypatch.undo()
    assert client.predict(QUESTION, 2, 16, api_name="/ask")


def test_server_makes_no_outbound_connections(nb, chat, monkeypatch):
    """Launch and use a fresh app while recording every socket connect: loopback only."""
    import ipaddress
    import socket

    from gradio_client import Client
    targets = []
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def record(address):
        if isinstance(address, tuple):
            targets.append(address[0])

    monkeypatch.setattr(socket.socket, "connect",
                        lambda self, address: (record(address), real_connect(self, address))[1])
    monkeypatch.setattr(socket.socket, "connect_ex",
                        lambda self, address: (record(address),
                                               real_connect_ex(self, address))[1])
    demo = nb.build_demo(*chat)
    _, url, _ = nb.launch_demo(demo, share=False)
    try:
        assert Client(url, verbose=False).predict(QUESTION, 1, 16, api_name="/ask")
    finally:
        demo.close()
    assert targets, "the recorder saw no connection at all"
    hosts = {h for h in targets if h != "localhost"}
    assert all(ipaddress.ip_address(h).is_loopback for h in hosts), targets


def test_make_demo_picks_the_newest_finished_run(nb, tmp_path):
    import os
    with pytest.raises(nb.SetupError, match="run `make run` first"):
        nb.newest_run(tmp_path)
    for age, name in ((100, "older"), (10, "newer"), (0, "unfinished")):
        run = tmp_path / name
        (run / "adapter").mkdir(parents=True)
        (run / "results.json").write_text("{}")
        os.utime(run / "results.json", (1e9 - age, 1e9 - age))
        if name != "unfinished":
            (run / "adapter" / "adapter_config.json").write_text("{}")
    assert nb.newest_run(tmp_path).name == "newer"
