"""Screenshots of the seed case's HTML report, for the README and review: desktop and phone width.

./run python docs/screenshot.py      (needs Chromium: apt-get install chromium; fonts-nanum for Hangul)
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "reports" / "govexpo-2023.html"
SHOTS = {  # file: (viewport width, height of the top of the page shown)
    "report-govexpo-2023.png": (1280, 2200),
    "report-govexpo-2023-phone.png": (390, 1800),
}


def main() -> int:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("screenshot: no chromium on PATH", file=sys.stderr)
        return 1
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=browser, args=["--no-sandbox", "--disable-gpu"]
        )
        for name, (width, height) in SHOTS.items():
            page = chromium.new_page(viewport={"width": width, "height": height})
            page.goto(REPORT.as_uri())
            page.screenshot(path=str(ROOT / "docs" / name))
            print(f"docs/{name}")
        chromium.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
