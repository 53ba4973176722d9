"""Debian's Chromium driven by Playwright: shared by the browser test and the screenshot of
the committed run's chat (`python tests/notebook_lib.py screenshot`)."""
import re
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


def wait_until_idle(page, timeout: int = 120_000) -> None:
    page.wait_for_function("() => !document.body.innerText.includes('processing |')",
                           timeout=timeout)


def wait_for_answer(page, text: str | None = None, timeout: int = 120_000) -> None:
    """Until a bot message (containing `text`, if given) shows and Gradio stops processing."""
    found = bot_messages(page).filter(has_text=text) if text else bot_messages(page)
    found.filter(has_text=re.compile(r"\S")).first.wait_for(timeout=timeout)
    wait_until_idle(page, timeout)


def bot_texts(page) -> list[str]:
    """The bot messages' texts in order (the selector can match a message twice)."""
    return list(dict.fromkeys(t.strip() for t in bot_messages(page).all_inner_texts()
                              if t.strip()))
