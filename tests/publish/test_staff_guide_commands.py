"""Every shell command of the staff guide's publishing section (both languages), run as typed in a
fresh terminal against a copy of the project: the guide's destinations are replaced by a tmp folder
and by the test's SSH server, nothing else."""

from __future__ import annotations

import os
import re
import signal
import time
import urllib.request
from pathlib import Path

from tests.support.project import ROOT
from tests.support.publish import (
    free_port,
    fresh_terminal,
    output_of,
    seed_release,
    snapshot,
    start_fresh_terminal,
)

GUIDES = {
    "vi": ("docs/vi/huong-dan-bien-tap.md", "## Đưa trang lên mạng"),
    "en": ("docs/en/staff-guide.md", "## Publishing"),
}
FENCE = re.compile(r"^(?P<indent>[ \t]*)```(?P<lang>[\w-]*)[ \t]*\n(?P<body>.*?)^(?P=indent)```", re.M | re.S)
SHELL_LANGUAGES = {"sh", "bash", "shell", "console"}
GUIDE_SERVER = "bientap@may-chu-web:/srv/hoctapsuotdoi"
GUIDE_FOLDER = "/srv/hoctapsuotdoi"


def publishing_commands(lang: str) -> list[str]:
    path, heading = GUIDES[lang]
    text = (ROOT / path).read_text(encoding="utf-8")
    start = text.index(f"\n{heading}\n")
    end = text.find("\n## ", start + 1)
    section = text[start : end if end != -1 else len(text)]
    commands = []
    for block in FENCE.finditer(section):
        if block["lang"] not in SHELL_LANGUAGES:
            continue
        for line in block["body"].splitlines():
            line = line.strip().removeprefix("$ ")
            if line and not line.startswith("#"):
                commands.append(line)
    return commands


def test_both_guides_show_the_same_publishing_commands_as_code_blocks(built_by_script):
    from bs4 import BeautifulSoup

    commands = [
        "scripts/serve",
        "scripts/publish /srv/hoctapsuotdoi",
        "scripts/publish bientap@may-chu-web:/srv/hoctapsuotdoi",
        "scripts/publish --rollback /srv/hoctapsuotdoi",
        "scripts/publish --rollback bientap@may-chu-web:/srv/hoctapsuotdoi",
    ]
    assert publishing_commands("vi") == publishing_commands("en") == commands
    for page, anchor in (
        ("huong-dan-bien-tap/index.html", "dua-trang-len-mang"),
        ("en/staff-guide/index.html", "publishing"),
    ):
        # As the reader sees them: a code block each (a fence nested in a list shows "sh scripts/...").
        html = BeautifulSoup((built_by_script / page).read_text(encoding="utf-8"), "html.parser")
        blocks = []
        for element in html.find("h2", id=anchor).find_all_next(["h2", "pre"]):
            if element.name == "h2":
                break
            blocks.append(element.get_text().strip())
        assert blocks == commands, page


def _preview(command: str, home: Path, project: Path) -> None:
    """Start the preview, wait until both languages are served, stop it as a person would (Ctrl+C)."""
    port = free_port()
    process = start_fresh_terminal(f"{command} --dev-addr 127.0.0.1:{port}", home, project)
    pages = {f"http://127.0.0.1:{port}/": 'lang="vi"', f"http://127.0.0.1:{port}/en/": 'lang="en"'}
    try:
        deadline = time.monotonic() + 300
        while pages and time.monotonic() < deadline:
            assert process.poll() is None, f"{command} stopped:\n{output_of(process)}"
            for url, marker in list(pages.items()):
                try:
                    with urllib.request.urlopen(url, timeout=5) as response:
                        if marker in response.read().decode("utf-8"):
                            del pages[url]
                except OSError:
                    time.sleep(0.5)
        assert not pages, f"{command}: not served within 300 s: {sorted(pages)}"
    finally:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=30)
        except Exception:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def test_every_publishing_command_of_the_guides_works_in_a_fresh_terminal(
    publish_project, built_by_script, fresh_home, ssh_server, tmp_path
):
    commands = list(dict.fromkeys(publishing_commands("vi") + publishing_commands("en")))
    folder, server = tmp_path / "srv" / "hoctapsuotdoi", tmp_path / "server" / "hoctapsuotdoi"
    # One earlier release on each destination, so that the guide's rollbacks have one to put back.
    seeded = {
        folder: seed_release(folder, built_by_script, tmp_path, "folder"),
        server: seed_release(server, built_by_script, tmp_path, "server"),
    }
    site_before = snapshot(built_by_script)
    for command in commands:
        typed = command.replace(GUIDE_SERVER, f"root@{ssh_server.host_alias}:{server}").replace(
            GUIDE_FOLDER, str(folder)
        )
        if typed.startswith("scripts/serve"):
            _preview(typed, fresh_home, publish_project)
            assert snapshot(built_by_script) == site_before  # the preview never writes site/
            assert all(len(list((dest / "releases").iterdir())) == 1 for dest in seeded)  # nor a server
            continue
        result = fresh_terminal(typed, fresh_home, publish_project)
        assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    for dest, release in seeded.items():  # published, then rolled back to the seed
        assert snapshot(dest / "current/") == release
        assert len(list((dest / "releases").glob("*.rolled-back"))) == 1


CODE = re.compile(r"```[\w-]*[ \t]*\n(?P<block>.*?)```|`(?P<span>[^`\n]+)`", re.S)


def test_readme_and_guides_name_only_commands_that_work_in_a_fresh_terminal():
    """MkDocs lives in .venv: a bare `mkdocs ...` is "command not found"; every scripts/... exists."""
    for doc in ("README.md", "docs/vi/huong-dan-bien-tap.md", "docs/en/staff-guide.md"):
        text = (ROOT / doc).read_text(encoding="utf-8")
        for match in CODE.finditer(text):
            for line in (match["block"] or match["span"]).splitlines():
                line = line.strip().removeprefix("$ ")
                assert not re.match(r"mkdocs\s", line), f"{doc}: `{line}`: write scripts/... or .venv/bin/mkdocs"
                for script in re.findall(r"(?<![\w/.])scripts/[\w.-]+", line):
                    assert os.access(ROOT / script, os.X_OK) or script.endswith(".py"), f"{doc}: {script}"


def test_ci_templates_build_strictly_with_the_whole_history():
    import yaml

    for name in ("github-pages.yml", "forgejo-publish.yml"):
        workflow = yaml.safe_load((ROOT / "hosting" / "ci" / name).read_text(encoding="utf-8"))
        steps = [step for job in workflow["jobs"].values() for step in job.get("steps", [])]
        checkout = next(step for step in steps if step.get("uses", "").startswith("actions/checkout@"))
        assert checkout["with"]["fetch-depth"] == 0, name  # "last updated" dates come from git log
        runs = [step["run"] for step in steps if "run" in step]
        assert runs.index("scripts/publish --check") < len(runs) - 1, name  # site_url first
        for run in runs:
            for script in re.findall(r"scripts/[\w.-]+", run):
                assert os.access(ROOT / script, os.X_OK), f"{name}: {script}"
        if name == "github-pages.yml":
            assert "scripts/build" in runs
            upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-pages-artifact@"))
            assert upload["with"]["path"] == "site"
        else:
            assert runs[-1] == 'scripts/publish "${{ vars.PUBLISH_DEST }}"'
