"""`plan --format html` opened in a real headless browser (Debian's chromium, driven through
chromedriver by Selenium), as an approver opens the file from an email or a CI artifact: the
page renders the counts, the seats against the licence, the conflicts and every change, with
no console error and no network request. Prints `N passed, N failed`; exits 1 on a failure.

Run: `.venv/bin/python tests/browser/run.py` (scripts/test installs chromium, chromium-driver
and Selenium, and builds the CLI first).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable, List, Tuple

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

ROOT = Path(__file__).resolve().parents[2]
CLI = ROOT / "target" / "debug" / "celonis-scim"
TEAM = ROOT / "examples" / "team.csv"


def plan_page(folder: Path, name: str, *flags: str) -> Tuple[Path, dict]:
    """The HTML page and the JSON plan of team.csv against a fresh embedded emulator."""
    args = [str(CLI), "--emulator", "plan", str(TEAM), *flags]
    html = subprocess.run([*args, "--format", "html"], check=True, capture_output=True, text=True).stdout
    plan = json.loads(subprocess.run([*args, "--json"], check=True, capture_output=True, text=True).stdout)
    page = folder / f"{name}.html"
    page.write_text(html, encoding="utf-8")
    return page, plan


def browser() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,2000"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def main() -> int:
    subprocess.run(["cargo", "build", "--quiet", "-p", "celonis-scim-cli"], cwd=ROOT, check=True)
    results: List[Tuple[str, bool, str]] = []

    def check(name: str, test: Callable[[], None]) -> None:
        try:
            test()
            results.append((name, True, ""))
        except Exception as e:  # every failure is reported, the others still run
            results.append((name, False, f"{type(e).__name__}: {e}"))

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        within, within_plan = plan_page(folder, "within", "--seat-limit", "ANALYST=10", "--seat-limit", "ADMIN=2")
        over, over_plan = plan_page(folder, "over", "--seat-limit", "ANALYST=2")
        driver = browser()
        try:
            def opens(page: Path) -> None:
                driver.get(page.as_uri())
                assert driver.find_element(By.TAG_NAME, "h1").text.startswith("Plan: 48 operations"), driver.title

            def counts_and_changes() -> None:
                opens(within)
                count = lambda what: driver.find_element(By.CSS_SELECTOR, f'li[data-count="{what}"] b').text
                assert count("users-to-create") == str(len(within_plan["create_users"])) == "36"
                assert count("groups-to-create") == str(len(within_plan["create_groups"]))
                assert count("conflicts") == "0"
                created = driver.find_elements(By.CSS_SELECTOR, '#changes tr[data-section="create_users"]')
                assert len(created) == 36, len(created)
                cells = [c.text for c in created[0].find_elements(By.TAG_NAME, "td")]
                assert cells[0] == "create users" and cells[1] in {u["user_name"] for u in within_plan["create_users"]}, cells
                members = driver.find_elements(By.CSS_SELECTOR, '#changes tr[data-section="memberships"]')
                assert len(members) == sum(len(m["add"]) + len(m["remove"]) for m in within_plan["memberships"]), len(members)

            def seats_against_the_licence() -> None:
                opens(within)
                rows = {r.find_elements(By.TAG_NAME, "td")[0].text: [c.text for c in r.find_elements(By.TAG_NAME, "td")] for r in driver.find_elements(By.CSS_SELECTOR, "#seats tbody tr")}
                assert rows["ANALYST"] == ["ANALYST", "0", str(within_plan["seats"]["after"]["ANALYST"]), "10"], rows
                assert not driver.find_elements(By.CSS_SELECTOR, "#seats .over")

            def conflicts_are_shown() -> None:
                opens(over)
                kinds = [r.find_elements(By.TAG_NAME, "td")[0].text for r in driver.find_elements(By.CSS_SELECTOR, "#conflicts tbody tr")]
                assert kinds and set(kinds) == {c["kind"] for c in over_plan["conflicts"]} == {"seat_limit"}, kinds
                over_cell = driver.find_element(By.CSS_SELECTOR, "#seats .over")
                assert over_cell.value_of_css_property("color") in ("rgba(207, 34, 46, 1)", "rgb(207, 34, 46)"), "the seat count over the licence is red"

            def no_console_error_and_no_request() -> None:
                for page in (within, over):
                    opens(page)
                    severe = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
                    assert severe == [], severe
                    fetched = driver.execute_script("return performance.getEntriesByType('resource').length")
                    assert fetched == 0, f"{fetched} resources fetched"
                    scripts = driver.find_elements(By.TAG_NAME, "script")
                    assert scripts == [], "no script is needed"
                driver.get_screenshot_as_file(str(ROOT / "target" / "plan-page.png"))

            check("opens and shows its counts and every change", counts_and_changes)
            check("seats against the licence", seats_against_the_licence)
            check("conflicts and a seat count over the licence", conflicts_are_shown)
            check("no console error, no request, no script", no_console_error_and_no_request)
        finally:
            driver.quit()

    for name, ok, why in results:
        print(f"{'ok  ' if ok else 'FAIL'} {name}{'' if ok else ': ' + why}")
    failed = sum(1 for _, ok, _ in results if not ok)
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
