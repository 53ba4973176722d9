"""Debian's Chromium driven by Playwright: shared by the browser test and the screenshot of
the committed run's chat (`python tests/notebook_lib.py screenshot`)."""
import shutil
from contextlib import contextmanager

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Without the background-networking flags Chromium keeps calling out, which this machine refuses.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
BOT = ".message.bot, [data-testid='bot']"


@contextmanager
def open_page(url: str, width: int = 1100, height: int = 900):
    """A page on `url` once the app's disclaimer shows; `page.dialogs` collects alert texts."""
    if not CHROMIUM:
        raise RuntimeError("Chromium is missing: `make test` installs Debian's chromium package.")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            dialogs = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(url, wait_until="domcontentloaded")
            page.locator("#disclaimer").wait_for(timeout=60_000)
            page.dialogs = dialogs
            yield page
        finally:
            browser.close()


def send(page, text: str) -> None:
    box = page.locator("#question textarea")
    box.fill(text)
    box.press("Enter")


def bot_messages(page):
    return page.locator(BOT)


def wait_for_answers(page, count: int, timeout: int = 120_000) -> None:
    """Until `count` bot messages with text are shown and Gradio has stopped processing."""
    page.wait_for_function(
        "n => [...document.querySelectorAll(\"" + BOT.replace('"', '\\"') + "\")]"
        ".filter(e => e.innerText.trim().length > 0).length >= n", arg=count, timeout=timeout)
    page.wait_for_function("() => !document.body.innerText.includes('processing |')",
                           timeout=timeout)
