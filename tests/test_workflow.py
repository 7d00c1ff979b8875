"""The GitHub Pages workflow and the Dependabot config: linted by actionlint and
zizmor, and held to the rules below (least privilege, pinned actions and image,
caches only where nothing is published, deploys only from main)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
DEPENDABOT = ROOT / ".github" / "dependabot.yml"
CI_IMAGE = ROOT / ".github" / "ci-image" / "Dockerfile"

# `uses: owner/repo@<40 hex> # vN.N.N`: the SHA is what runs, the comment is
# for the reader (and for Dependabot, which updates both together).
PINNED_USES = re.compile(
    r"^\s*(?:-\s+)?uses:\s+(?P<action>[\w.-]+/[\w./-]+)@(?P<sha>[0-9a-f]{40})"
    r"\s+#\s+v\d+(?:\.\d+){0,2}\s*$"
)
DEPLOY_IF = "github.event_name == 'push' && github.ref == 'refs/heads/main'"


def _tool(name: str) -> str:
    """Find a linter installed in the venv that runs the tests, else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.is_file() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found next to {sys.executable} or on PATH: pip install -e '.[test]'")
    return found


def _run(*command: str) -> None:
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, (
        f"{' '.join(command)} exited {result.returncode}\n"
        f"--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"
    )


@pytest.fixture(scope="module")
def workflow() -> dict:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    # PyYAML reads the bare key `on` as YAML 1.1's boolean true.
    if True in data:
        data["on"] = data.pop(True)
    return data


def _steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def _step(workflow: dict, job: str, action: str) -> dict:
    matches = [s for s in workflow["jobs"][job]["steps"] if s.get("uses", "").startswith(action + "@")]
    assert len(matches) == 1, f"expected one {action} step in job {job} (got {len(matches)})"
    return matches[0]


def test_actionlint_passes() -> None:
    _run(_tool("actionlint"), str(WORKFLOW.relative_to(ROOT)))


def test_zizmor_passes() -> None:
    # --offline: no GitHub API calls, so the test runs without network or token.
    # The pedantic persona reports everything the default one does, and more.
    # .github/ holds the workflow and dependabot.yml: both are audited.
    _run(_tool("zizmor"), "--offline", "--persona=pedantic", ".github/")


def test_every_action_is_pinned_to_a_commit_with_a_version_comment(workflow: dict) -> None:
    lines = [line for line in WORKFLOW.read_text(encoding="utf-8").splitlines() if "uses:" in line]
    unpinned = [line.strip() for line in lines if not PINNED_USES.match(line)]
    assert not unpinned, f"actions not pinned as `owner/repo@<sha> # vN.N.N`: {unpinned!r}"
    # Every step's `uses` was seen as a line above (none hidden in flow style).
    assert len(lines) == sum("uses" in step for step in _steps(workflow))


def test_triggers(workflow: dict) -> None:
    assert set(workflow["on"]) == {"pull_request", "push", "workflow_dispatch"}
    assert workflow["on"]["push"] == {"branches": ["main"]}


def test_permissions_are_granted_per_job(workflow: dict) -> None:
    assert workflow["permissions"] == {}
    assert workflow["jobs"]["test"]["permissions"] == {"contents": "read"}
    assert workflow["jobs"]["build"]["permissions"] == {"contents": "read", "pages": "read"}
    assert workflow["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "contents: write" not in text
    assert "gh-deploy" not in text


def test_concurrency_cancels_pull_requests_only(workflow: dict) -> None:
    concurrency = workflow["concurrency"]
    assert concurrency["group"] == "pages-${{ github.ref }}"
    # Superseded pull request runs are cancelled; a deploy from main never is.
    assert concurrency["cancel-in-progress"] == "${{ github.event_name == 'pull_request' }}"


def test_test_job_runs_everywhere_and_publishes_nothing(workflow: dict) -> None:
    test = workflow["jobs"]["test"]
    assert "if" not in test, "the tests must run for pull requests too"
    runs = [step["run"].strip() for step in test["steps"] if "run" in step]
    assert runs == ["make test"]
    assert not [s for s in test["steps"] if "pages" in s.get("uses", "")], "the test job must not upload the site"


def test_caches_are_keyed_by_the_lock_files(workflow: dict) -> None:
    caches = [s for s in workflow["jobs"]["test"]["steps"] if s.get("uses", "").startswith("actions/cache@")]
    keys = {step["with"]["path"]: step["with"]["key"] for step in caches}
    assert keys == {
        "~/.cache/pip": "pip-${{ runner.os }}-${{ hashFiles('requirements/*.txt') }}",
        "~/.npm": "npm-${{ runner.os }}-${{ hashFiles('package-lock.json') }}",
    }
    for name in ("build", "deploy"):
        uses = [s.get("uses", "") for s in workflow["jobs"][name].get("steps", [])]
        assert not [u for u in uses if u.startswith("actions/cache@")], f"no cache in the {name} job: it publishes"


def test_build_job_runs_only_where_it_deploys(workflow: dict) -> None:
    build = workflow["jobs"]["build"]
    assert build["needs"] == "test"
    assert build["if"] == DEPLOY_IF
    assert _step(workflow, "build", "actions/checkout")["with"]["persist-credentials"] is False
    pages = _step(workflow, "build", "actions/configure-pages")
    site = next(step for step in build["steps"] if step.get("run", "").strip() == "make site")
    # site_url comes from Pages: a fork deploys with its own URLs.
    assert site["env"] == {"SITE_URL": f"${{{{ steps.{pages['id']}.outputs.base_url }}}}/"}
    upload = _step(workflow, "build", "actions/upload-pages-artifact")
    assert upload["with"]["path"].rstrip("/") == "site"
    assert build["steps"][-1] is upload


def test_jobs_run_in_the_pinned_debian_image(workflow: dict) -> None:
    # Debian with Python 3.11, like the machines `make test` is made for.
    (image,) = re.findall(r"^FROM (\S+)$", CI_IMAGE.read_text(encoding="utf-8"), re.MULTILINE)
    assert re.fullmatch(r"python:3\.11-bookworm@sha256:[0-9a-f]{64}", image)
    for name in ("test", "build"):
        assert workflow["jobs"][name]["container"]["image"] == image, f"{name}: copy the digest of {CI_IMAGE.name}"


def test_deploy_job_runs_only_for_pushes_to_main(workflow: dict) -> None:
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["if"] == DEPLOY_IF
    assert deploy["environment"] == {
        "name": "github-pages",
        "url": "${{ steps.deployment.outputs.page_url }}",
    }
    assert _step(workflow, "deploy", "actions/deploy-pages")["id"] == "deployment"


def test_dependabot_watches_every_ecosystem() -> None:
    config = yaml.safe_load(DEPENDABOT.read_text(encoding="utf-8"))
    watched = {(u["package-ecosystem"], u["directory"]) for u in config["updates"]}
    assert watched == {("pip", "/"), ("npm", "/"), ("github-actions", "/"), ("docker", "/.github/ci-image")}


def test_no_checkout_keeps_credentials(workflow: dict) -> None:
    for step in _steps(workflow):
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step.get("with", {}).get("persist-credentials") is False, step
