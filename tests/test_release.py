"""The release machinery (issue 22): the workflow pins its actions and keeps its
permissions least, every platform has its release script, the Windows installer has what
IT deploys with, one version number runs through everything, and the Linux install and
uninstall scripts keep the users' data. The Linux release itself runs end to end in
.ci/run (installer/linux/release.sh); the Windows and macOS ones on their runners."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from bipdesk import __version__, paths

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
ISS = ROOT / "installer" / "windows" / "bipdesk.iss"
SCRIPTS = {
    "linux": ROOT / "installer" / "linux" / "release.sh",
    "windows": ROOT / "installer" / "windows" / "release.ps1",
    "macos": ROOT / "installer" / "macos" / "release.sh",
}
RUNNERS = {"linux": "ubuntu-22.04", "windows": "windows-2022", "macos": "macos-14"}
APP_ID = "{6F0E6B7C-3C1B-4E55-9B7A-5D1B1F3B9A42}"
"""Fixed for ever: IT's detection rules and upgrades find the installation by it."""


def workflow() -> dict[str, Any]:
    loaded = YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def steps(job: str) -> list[dict[str, Any]]:
    return list(workflow()["jobs"][job]["steps"])


def iss_setup() -> dict[str, str]:
    """The [Setup] section's directives (the preprocessor's lines left out)."""
    section = ISS.read_text(encoding="utf-8-sig").split("[Setup]", 1)[1].split("\n[", 1)[0]
    pairs = (
        line.split("=", 1)
        for line in section.splitlines()
        if "=" in line and not line.lstrip().startswith((";", "#"))
    )
    return {key.strip(): value.strip() for key, value in pairs}


def test_the_workflow_runs_on_version_tags_and_by_hand() -> None:
    triggers = workflow()["on"]
    assert triggers["push"] == {"tags": ["v*"]}
    assert "workflow_dispatch" in triggers


def test_every_action_is_pinned_by_commit_with_its_tag_beside_it() -> None:
    lines = [line for line in WORKFLOW.read_text(encoding="utf-8").splitlines() if "uses:" in line]
    assert len(lines) >= 7
    for line in lines:
        assert re.search(r"uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$", line), line


def test_permissions_are_least_and_only_the_publisher_writes() -> None:
    flow = workflow()
    assert flow["permissions"] == {"contents": "read"}
    for name, job in flow["jobs"].items():
        if name == "publish":
            assert job["permissions"] == {"contents": "write"}
        else:
            assert "permissions" not in job, f"{name} must inherit contents: read"


def test_checkouts_keep_no_credentials() -> None:
    for name in workflow()["jobs"]:
        for step in steps(name):
            if str(step.get("uses", "")).startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False, name


@pytest.mark.parametrize("platform", sorted(RUNNERS))
def test_each_platform_tests_first_then_runs_its_release_script(platform: str) -> None:
    job = workflow()["jobs"][platform]
    assert job["runs-on"] == RUNNERS[platform]
    runs = [str(step.get("run", "")) for step in job["steps"]]
    script = SCRIPTS[platform].relative_to(ROOT).as_posix()
    if platform == "windows":
        script = script.replace("/", "\\")
    release = next(i for i, run in enumerate(runs) if run.strip() == script)
    tests = next(i for i, run in enumerate(runs) if "pytest" in run or "make test" in run)
    assert tests < release
    uploads = [s for s in job["steps"] if str(s.get("uses", "")).startswith("actions/upload-")]
    assert uploads and uploads[0]["with"]["path"] == "dist/release/"


def test_the_publisher_needs_every_platform_and_attaches_the_sums() -> None:
    job = workflow()["jobs"]["publish"]
    assert sorted(job["needs"]) == sorted(RUNNERS)
    assert job["if"] == "startsWith(github.ref, 'refs/tags/v')"
    script = "\n".join(str(step.get("run", "")) for step in job["steps"])
    assert "sha256sum --check" in script and "> SHA256SUMS" in script
    assert "gh release create" in script


def test_no_secret_or_context_is_spliced_into_a_script() -> None:
    """Secrets and github.* reach scripts through env only (template injection)."""
    for name in workflow()["jobs"]:
        for step in steps(name):
            assert "${{" not in str(step.get("run", "")), (name, step.get("name"))


@pytest.mark.parametrize("platform", sorted(SCRIPTS))
def test_every_platform_has_a_release_script_doing_every_step(platform: str) -> None:
    script = SCRIPTS[platform]
    assert script.is_file()
    if platform != "windows":
        assert os.access(script, os.X_OK), f"{script} is not executable"
    text = script.read_text(encoding="utf-8")
    for step in ("--self-check", "--version", "init", "SHA256SUMS-"):
        assert step in text, f"{script.name} lacks {step}"
    assert text.count("--self-check") >= 2, "the frozen app and the installed program"


def test_the_windows_installer_is_what_it_deploys() -> None:
    setup = iss_setup()
    assert setup["AppId"] == "{" + APP_ID
    assert setup["PrivilegesRequired"] == "admin"
    assert setup["PrivilegesRequiredOverridesAllowed"] == "dialog commandline"
    assert setup["DefaultDirName"].startswith("{autopf}\\")
    assert setup["AppVersion"] == "{#AppVersion}"
    assert ISS.read_bytes().startswith(b"\xef\xbb\xbf"), "ISCC reads the Swedish texts as UTF-8"
    ps1 = SCRIPTS["windows"].read_text(encoding="utf-8")
    assert f'$AppId = "{APP_ID}"' in ps1
    for switch in ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/LOG=", "/ALLUSERS"):
        assert switch in ps1
    assert "DisplayVersion" in ps1


def test_the_uninstaller_never_deletes_the_data_folder() -> None:
    text = ISS.read_text(encoding="utf-8-sig")
    deletes = re.findall(r"^Type: \w+; Name: \"([^\"]+)\"", text, flags=re.MULTILINE)
    assert deletes and all(name.startswith("{app}\\") for name in deletes), deletes
    assert f"{{localappdata}}\\{paths.APP_AUTHOR}\\{paths.APP_NAME}" in text


def test_one_version_number_everywhere() -> None:
    """bipdesk/__init__.py is its one source: the package metadata (hatch), --version, the
    installer (passed in, never written into the .iss), the files' names, the Mac bundle,
    and the release notes."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["hatch"]["version"]["path"] == "bipdesk/__init__.py"
    said = subprocess.run(
        [sys.executable, "-m", "bipdesk", "--version"], capture_output=True, text=True, check=True
    )
    assert said.stdout.strip() == f"bipdesk {__version__}"
    iss = ISS.read_text(encoding="utf-8-sig")
    assert not re.search(r"\d+\.\d+\.\d+", iss.split("[Setup]", 1)[1]), "a version in the .iss"
    assert re.search(r"#define AppVersion", iss) is None
    assert iss_setup()["OutputBaseFilename"] == "BIP-Desk-{#AppVersion}-windows-x64-setup"
    assert '"BIP-Desk-$Version-windows-x64-setup.exe"' in SCRIPTS["windows"].read_text("utf-8")
    assert "/DAppVersion=$Version" in SCRIPTS["windows"].read_text("utf-8")
    for platform in ("linux", "macos"):
        assert "bipdesk.__version__" in SCRIPTS[platform].read_text("utf-8")
    spec = (ROOT / "installer" / "bipdesk.spec").read_text(encoding="utf-8")
    assert '"CFBundleShortVersionString": __version__' in spec
    changelog = (ROOT / "docs" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {re.escape(__version__)}\b", changelog, flags=re.MULTILINE)


def test_make_test_lints_the_workflows_and_ci_runs_the_linux_release() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^test: .*\blint-workflows\b", makefile, flags=re.MULTILINE)
    target = makefile.split("\nlint-workflows:", 1)[1].split("\n\n", 1)[0]
    assert "check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml" in (
        target
    )
    assert "zizmor --offline" in target
    dev = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"][
        "optional-dependencies"
    ]["dev"]
    assert any(d.startswith("check-jsonschema") for d in dev)
    assert any(d.startswith("zizmor") for d in dev)
    ci = "\n".join(
        line
        for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if not line.lstrip().startswith("#")
    )
    assert "installer/linux/release.sh" in ci
    assert "make dist" not in ci and "--self-check" not in ci, "the release script does both"


def test_the_deployment_guide_names_what_it_must() -> None:
    guide = (ROOT / "docs" / "deployment.md").read_text(encoding="utf-8")
    for needed in (
        APP_ID,
        "DisplayVersion",
        "/VERYSILENT /SUPPRESSMSGBOXES /NORESTART",
        "/CURRENTUSER",
        "IntuneWinAppUtil",
        paths.DB_ENV,
        "libxcb-cursor0",
    ):
        assert needed in guide, needed
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/deployment.md" in readme


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell scripts")
def test_linux_install_and_uninstall_keep_the_users_data(tmp_path: Path) -> None:
    """install.sh and uninstall.sh as the tarball has them, around a stand-in program."""
    package = tmp_path / "bipdesk-9.9.9-linux"
    shutil.copytree(ROOT / "installer" / "linux" / "icons", package / "icons")
    for name in ("install.sh", "uninstall.sh", "bipdesk.desktop"):
        shutil.copy(ROOT / "installer" / "linux" / name, package / name)
    program = package / "bipdesk" / "bipdesk"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\necho 'bipdesk 9.9.9'\n", encoding="utf-8")
    program.chmod(0o755)
    prefix, data = tmp_path / "prefix", tmp_path / "data" / paths.APP_NAME
    data.mkdir(parents=True)
    (data / paths.DATABASE_FILE_NAME).write_bytes(b"SQLite format 3\x00")
    environ = {**os.environ, "PREFIX": str(prefix), "XDG_DATA_HOME": str(data.parent)}

    subprocess.run(["sh", str(package / "install.sh")], env=environ, check=True)
    assert (prefix / "bin" / "bipdesk").resolve() == prefix / "lib" / "bipdesk" / "bipdesk"
    assert (prefix / "lib" / "bipdesk" / "VERSION").read_text() == "9.9.9\n"
    entry = (prefix / "share" / "applications" / "bipdesk.desktop").read_text()
    assert f"Exec={prefix}/bin/bipdesk\n" in entry
    assert (prefix / "share/icons/hicolor/256x256/apps/bipdesk.png").is_file()

    installed_uninstaller = prefix / "lib" / "bipdesk" / "uninstall.sh"
    environ.pop("PREFIX")  # it knows where it was installed
    done = subprocess.run(
        ["sh", str(installed_uninstaller)], env=environ, check=True, capture_output=True, text=True
    )
    assert not (prefix / "lib" / "bipdesk").exists()
    assert not (prefix / "bin" / "bipdesk").is_symlink()
    assert not (prefix / "share" / "applications" / "bipdesk.desktop").exists()
    assert (data / paths.DATABASE_FILE_NAME).read_bytes() == b"SQLite format 3\x00"
    assert str(data) in done.stdout
