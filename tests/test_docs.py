"""The README documents every command a user can run (docs kept true by a test)."""

from __future__ import annotations

from pathlib import Path

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
