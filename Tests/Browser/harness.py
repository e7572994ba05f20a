"""What the browser tests share: the built site served over HTTP on a free port, one headless
Chromium driven by Selenium (started as the site audit starts it), and a few helpers.

Nothing here writes into the source tree: downloads go to a temporary folder that is removed.
"""
import functools
import http.server
import os
import shutil
import subprocess
import tempfile
import threading
import urllib.parse

DESKTOP = (1280, 800)
LAPTOP = (1366, 768)
PHONE = (390, 844)


class CouldNotRun(Exception):
    """The tests cannot run here (no Selenium, Chromium or chromedriver, no built site): exit 2."""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    extensions_map = dict(http.server.SimpleHTTPRequestHandler.extensions_map)
    extensions_map.update({".js": "text/javascript", ".ics": "text/calendar", ".json": "application/json"})

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *args):
        pass


class SiteServer:
    """Serves `folder` on 127.0.0.1 at a free port, from a thread, until `close`."""

    def __init__(self, folder):
        handler = functools.partial(_Quiet, directory=folder)
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.origin = "http://127.0.0.1:%d/" % self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
        self.thread.start()

    def url(self, page):
        return urllib.parse.urljoin(self.origin, page)

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class Browser:
    """One headless Chromium for the whole run; `page` loads a page of the site."""

    def __init__(self, server):
        try:
            from selenium import webdriver
            from selenium.webdriver.chrome.service import Service
        except ImportError:
            raise CouldNotRun("selenium is not installed (run the site audit's install-audit-deps)")
        os.environ.setdefault("SE_AVOID_STATS", "true")
        os.environ.setdefault("SE_OFFLINE", "true")
        chrome = shutil.which("chromium") or shutil.which("chromium-browser")
        driver = shutil.which("chromedriver") or "/usr/lib/chromium/chromedriver"
        if not chrome or not os.path.exists(driver):
            raise CouldNotRun("chromium / chromedriver not found (apt-get install chromium chromium-driver)")
        self.server = server
        self.profile = tempfile.mkdtemp(prefix="browser-tests-chromium-")
        self.downloads = tempfile.mkdtemp(prefix="browser-tests-downloads-")
        options = webdriver.ChromeOptions()
        options.binary_location = chrome
        for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                         "--user-data-dir=" + self.profile, "--window-size=%d,%d" % DESKTOP, "--hide-scrollbars",
                         "--force-device-scale-factor=1", "--lang=en-GB", "--no-first-run", "--no-default-browser-check",
                         "--disable-extensions", "--disable-sync", "--disable-background-networking",
                         "--disable-component-update", "--mute-audio",
                         "--disable-features=Translate,MediaRouter,OptimizationHints",
                         # Nothing but the local server: a page that loads from the internet fails.
                         "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"]:
            options.add_argument(argument)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        try:
            self.driver = webdriver.Chrome(service=Service(executable_path=driver, log_output=subprocess.DEVNULL), options=options)
        except Exception as error:
            self.cleanup()
            raise CouldNotRun("could not start headless Chromium: %s" % str(error).splitlines()[0])
        self.driver.set_page_load_timeout(30)
        self.driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": self.downloads})
        # Scrolling at once (the site scrolls smoothly otherwise), so a click lands where the element is.
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-reduced-motion", "value": "reduce"}]})
        self.viewport(*DESKTOP)

    def viewport(self, width, height):
        mobile = width < 640
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
        self.driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 5} if mobile else {"enabled": False})

    def scripts(self, enabled):
        self.driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": not enabled})

    def page(self, path):
        self.driver.get(self.server.url(path))

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def css(self, selector):
        from selenium.webdriver.common.by import By
        return self.driver.find_elements(By.CSS_SELECTOR, selector)

    def one(self, selector):
        found = self.css(selector)
        assert found, "no element matches %s on %s" % (selector, self.driver.current_url)
        return found[0]

    def visible(self, selector):
        return [element for element in self.css(selector) if element.is_displayed()]

    def wait(self, condition, message, seconds=5):
        """Waits for `condition(driver)` to be true (a script's debounce, a download), else fails with `message`."""
        from selenium.webdriver.support.ui import WebDriverWait
        from selenium.common.exceptions import TimeoutException
        try:
            return WebDriverWait(self.driver, seconds, poll_frequency=0.05).until(lambda driver: condition(driver))
        except TimeoutException:
            raise AssertionError(message() if callable(message) else message)

    def clear_storage(self):
        self.js("try { window.localStorage.clear(); } catch (e) {}")

    def console_errors(self):
        try:
            # The site has no favicon (none is linked): Chrome's own request for /favicon.ico, sometimes
            # made after a link is followed, is not the site's error.
            return [entry["message"] for entry in self.driver.get_log("browser")
                    if entry.get("level") == "SEVERE" and "/favicon.ico " not in entry["message"]]
        except Exception:
            return []

    def cleanup(self):
        shutil.rmtree(self.profile, ignore_errors=True)
        shutil.rmtree(self.downloads, ignore_errors=True)

    def quit(self):
        try:
            self.driver.quit()
        finally:
            self.cleanup()


def words(browser, key):
    """A word of the theme as the page carries it for the scripts (`prospectus-words`)."""
    return browser.js("return JSON.parse(document.getElementById('prospectus-words').textContent)[arguments[0]];", key)


def fill(pattern, **values):
    for name, value in values.items():
        pattern = pattern.replace("{%s}" % name, str(value))
    return pattern
