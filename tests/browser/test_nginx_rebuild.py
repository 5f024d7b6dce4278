"""A rebuild behind a running nginx: a page at a new depth works in Chromium with the policy enforced,
with no reload of nginx - the Content-Security-Policy no longer depends on what the pages contain.

Material's light/dark toggle (mkdocs.yml) has a script that (like every script Material writes inline)
now comes from a file, and whose stored choice is keyed by the site root that script works out: the
choice made on a deep page must hold on the home page.
"""

from __future__ import annotations

import shutil

import pytest

from tests.support.nginx import make_certificate, require_nginx, start_nginx
from tests.support.project import copy_project, run_build

pytestmark = [pytest.mark.nginx, pytest.mark.browser]

RECORD_CSP = """
window.__csp = [];
document.addEventListener('securitypolicyviolation',
  e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""
DEEP_PAGES = {
    "docs/vi/a/b/c.md": "---\ntitle: Trang sâu\ndescription: Trang thử ở độ sâu mới.\n---\n\n# Trang sâu\n\nNội dung.\n",
    "docs/en/a/b/c.md": "---\ntitle: Deep page\ndescription: A test page at a new depth.\n---\n\n# Deep page\n\nText.\n",
}


@pytest.fixture(scope="module")
def served_project(built_site, tmp_path_factory):
    """A copy of the project whose site (the session's build) nginx serves; stopped at the end."""
    require_nginx()
    root = tmp_path_factory.mktemp("rebuild")
    project = copy_project(root / "proj")
    shutil.copytree(built_site, project / "site")  # as if built already: saves one build
    (root / "tls").mkdir()
    server = start_nginx(project / "site", root / "nginx", make_certificate(root / "tls"))
    yield project, server
    server.stop()


def visit(browser, url: str):
    context = browser.new_context(ignore_https_errors=True)  # the test's own self-signed certificate
    context.add_init_script(RECORD_CSP)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    response = page.goto(url, wait_until="networkidle")
    return context, page, response, errors


def assert_clean(page, errors) -> None:
    assert page.evaluate("window.__csp") == []
    assert [e for e in errors if "Content Security Policy" in e] == []


@pytest.fixture(scope="module")
def rebuilt(served_project, browser):
    """The served site, checked clean in Chromium, then rebuilt with pages at a new depth."""
    project, nginx = served_project
    context, page, response, errors = visit(browser, nginx.https_url + "khau-hieu/")
    assert response.status == 200
    assert_clean(page, errors)
    context.close()

    for path, text in DEEP_PAGES.items():
        (project / path).parent.mkdir(parents=True, exist_ok=True)
        (project / path).write_text(text, encoding="utf-8")
    with (project / "data" / "pages.yml").open("a", encoding="utf-8") as pages:
        pages.write("- vi: a/b/c.md\n  en: a/b/c.md\n")
    result = run_build(project)
    assert result.returncode == 0, result.stderr[-3000:]
    return project, nginx


def test_page_at_a_new_depth_after_a_rebuild_without_reloading_nginx(rebuilt, browser):
    project, nginx = rebuilt
    assert nginx.process.poll() is None  # the same nginx process, never signalled or reloaded
    for path, title, root in (
        ("a/b/c/", "Trang sâu - Tuần lễ hưởng ứng học tập suốt đời – quận Ngô Quyền", "/"),
        ("en/a/b/c/", "Deep page - Lifelong Learning Week – Ngô Quyền District", "/en/"),
    ):
        context, page, response, errors = visit(browser, nginx.https_url + path)
        assert response.status == 200
        assert page.title() == title
        assert page.evaluate("__md_scope.pathname") == root
        assert_clean(page, errors)
        context.close()


@pytest.mark.parametrize(
    "path, heading, root",
    [
        ("a/b/khong-co/", "404 – Không tìm thấy trang", "/"),
        ("en/a/b/missing/", "404 – Page not found", "/en/"),
    ],
)
def test_404_page_at_any_depth_is_styled_and_clean(rebuilt, browser, path, heading, root):
    project, nginx = rebuilt
    context, page, response, errors = visit(browser, nginx.https_url + path)
    assert response.status == 404
    assert page.locator("h1").inner_text() == heading
    assert page.evaluate("__md_scope.pathname") == root
    sheets = page.evaluate("[...document.styleSheets].map(s => new URL(s.href).pathname)")
    assert f"{root}assets/stylesheets/site.css" in sheets
    assert_clean(page, errors)
    context.close()


def test_palette_choice_made_on_a_deep_page_holds_on_the_home_page(rebuilt, browser):
    project, nginx = rebuilt
    context, page, response, errors = visit(browser, nginx.https_url + "a/b/c/")
    assert page.locator("body").get_attribute("data-md-color-scheme") == "default"
    page.locator("label[title='Chuyển sang giao diện tối']").click()
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    palette_script = []
    page.on(
        "response",
        lambda r: r.url.endswith("/assets/javascripts/material/palette.js") and palette_script.append(r.status),
    )
    page.goto(nginx.https_url, wait_until="networkidle")
    assert palette_script == [200]
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    assert_clean(page, errors)
    context.close()
