"""The README documents every command a user can run (docs kept true by a test)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer.main

from nexus.cli import app

README = Path(__file__).resolve().parent.parent / "README.md"


def command_names() -> set[str]:
    group = typer.main.get_group(app)
    names = set()
    for name, command in group.commands.items():
        sub = getattr(command, "commands", None)
        names |= {f"{name} {s}" for s in sub} if sub else {name}
    return names


def test_every_command_is_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    missing = sorted(n for n in command_names() if n.split()[-1] not in text)
    assert not missing, f"undocumented commands: {missing}"


def test_readme_opens_with_the_two_setup_commands() -> None:
    head = README.read_text(encoding="utf-8").split("```")[1]
    assert "make demo" in head and "make test" in head


def _commands() -> dict[str, Any]:
    group = typer.main.get_group(app)
    found: dict[str, Any] = {}
    for name, command in group.commands.items():
        subcommands = getattr(command, "commands", None)  # a group (typer vendors its own click)
        if subcommands:
            found |= {f"{name} {sub}": c for sub, c in subcommands.items()}
        else:
            found[name] = command
    return found


def _options(command: Any) -> set[str]:
    return {o for p in command.params for o in (*p.opts, *p.secondary_opts) if o.startswith("-")}


def _readme_invocations() -> list[str]:
    """Each ``nexus ...`` alternative on the README's shell lines (``a | b`` is two)."""
    text = README.read_text(encoding="utf-8")
    lines = [
        line.split("#")[0] for block in text.split("```sh")[1:] for line in block.split("```")[0].splitlines()
    ]
    return [
        part.strip()
        for line in lines
        if "bin/nexus " in line
        for part in line.split("bin/nexus ", 1)[1].split(" | ")
    ]


def test_readme_command_lines_use_options_the_commands_have() -> None:
    commands = _commands()
    wrong = []
    for invocation in _readme_invocations():
        words = invocation.split()
        name = " ".join(words[:2]) if " ".join(words[:2]) in commands else words[0]
        if name not in commands:
            continue
        used = {re.sub(r"[\[\]]", "", w).split("=")[0] for w in words if w.lstrip("[").startswith("-")}
        unknown = sorted(o for o in used if o not in _options(commands[name]) and o != "-")
        if unknown:
            wrong.append(f"{name}: {unknown}")
    assert not wrong, wrong


def test_every_command_but_extract_and_serve_takes_json() -> None:
    without = sorted(name for name, command in _commands().items() if "--json" not in _options(command))
    assert without == ["extract", "serve"]
    assert "Every command but `extract`" in README.read_text(encoding="utf-8")


def test_python_example_runs_on_the_demo_knowledge_base(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from typer.testing import CliRunner

    examples = README.parent / "examples"
    result = CliRunner().invoke(app, ["ingest", str(examples), "--db", str(tmp_path / "nexus.db")])
    assert result.exit_code == 0, result.output
    monkeypatch.chdir(tmp_path)
    (code,) = [b.split("```")[0] for b in README.read_text(encoding="utf-8").split("```python")[1:]]
    exec(compile(code, "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) >= 4 and all(line.strip() for line in printed)
