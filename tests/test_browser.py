"""A real browser (Debian's Chromium driven by Playwright) against the launched chat app."""
import pytest

import browser


@pytest.fixture(scope="module")
def page(server):
    if not browser.CHROMIUM:
        pytest.fail("Chromium is missing: `make test` installs Debian's chromium package.")
    with browser.open_page(server) as page:
        yield page


def test_question_gets_an_answer_under_the_disclaimer(page):
    assert page.locator("#disclaimer").is_visible()
    assert "not a doctor" in page.locator("#disclaimer").inner_text()
    browser.send(page, "What is the mechanism of action of metformin?")
    browser.wait_for_answer(page, timeout=60_000)


def test_script_text_is_shown_as_text_and_never_runs(page):
    payload = "<script>alert('xss')</script> is aspirin safe?"
    browser.send(page, payload)
    page.get_by_text("<script>alert('xss')</script>", exact=False).first.wait_for(
        timeout=60_000)
    page.wait_for_timeout(1500)
    assert page.dialogs == []
    assert page.evaluate("() => document.querySelectorAll('.message script').length") == 0


def test_emergency_message_shows_the_notice(page, tmp_path):
    browser.send(page, "my dad has crushing chest pain and is sweating right now")
    browser.wait_for_answer(page, "This could be a medical emergency", timeout=60_000)
    shot = tmp_path / "chat.png"  # outside the repository: tests never rewrite tracked files
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
