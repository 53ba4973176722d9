"""A real browser (Debian's Chromium driven by Playwright) against the launched chat app."""
import shutil

import pytest

import notebook_lib

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def page(server):
    if not CHROMIUM:
        pytest.fail("Chromium is missing: `make test` installs Debian's chromium package.")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(server, wait_until="domcontentloaded")
        page.locator("#disclaimer").wait_for(timeout=60_000)
        page.dialogs = dialogs
        yield page
        browser.close()


def send(page, text: str) -> None:
    box = page.locator("#question textarea")
    box.fill(text)
    box.press("Enter")


def bot_messages(page):
    return page.locator(".message.bot, [data-testid='bot']")


def test_question_gets_an_answer_under_the_disclaimer(page):
    assert page.locator("#disclaimer").is_visible()
    assert "not a doctor" in page.locator("#disclaimer").inner_text()
    send(page, "What is the mechanism of action of metformin?")
    bot_messages(page).first.wait_for(timeout=60_000)
    page.wait_for_function(
        "() => [...document.querySelectorAll('.message.bot, [data-testid=\"bot\"]')]"
        ".some(e => e.innerText.trim().length > 0)", timeout=60_000)


def test_script_text_is_shown_as_text_and_never_runs(page):
    payload = "<script>alert('xss')</script> is aspirin safe?"
    send(page, payload)
    page.get_by_text("<script>alert('xss')</script>", exact=False).first.wait_for(
        timeout=60_000)
    page.wait_for_timeout(1500)
    assert page.dialogs == []
    assert page.evaluate("() => document.querySelectorAll('.message script').length") == 0


def test_emergency_message_shows_the_notice_and_screenshot(page):
    send(page, "my dad has crushing chest pain and is sweating right now")
    bot_messages(page).filter(has_text="This could be a medical emergency").first.wait_for(
        timeout=60_000)
    page.wait_for_function("() => !document.body.innerText.includes('processing |')",
                           timeout=60_000)
    page.screenshot(path=str(notebook_lib.ROOT / "assets" / "gradio_ui.png"), full_page=True)
