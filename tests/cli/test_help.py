"""Help reads like any click tool: TEXT / INTEGER metavars, bare flags, ARG... in the usage line."""

from __future__ import annotations

import re

import pytest
import typer.main
from typer.testing import CliRunner

from nexus.cli import app

runner = CliRunner()


def _commands() -> list[list[str]]:
    group = typer.main.get_group(app)
    paths: list[list[str]] = [[]]
    for name, command in group.commands.items():
        subcommands = getattr(command, "commands", None)  # a group (typer vendors its own click)
        if subcommands:
            paths += [[name, sub] for sub in subcommands]
        else:
            paths.append([name])
    return paths


#: What typer 0.27+ prints instead: "<bool>", "<list[str]>", "{inputs}...".
ODD = re.compile(r"<(?:bool|str|int|float|list\[[^\]]*\]|path)>|\{[a-z_]+\}")


@pytest.mark.parametrize("path", _commands(), ids=lambda p: " ".join(p) or "nexus")
def test_help_renders_like_click(path: list[str]) -> None:
    result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert not ODD.search(result.output), result.output
    usage = next(line for line in result.output.splitlines() if "Usage:" in line)
    assert re.search(r"Usage: \S+ .*\[OPTIONS\]", usage)


def test_option_types_and_arguments_are_named_the_click_way() -> None:
    output = runner.invoke(app, ["ingest", "--help"], env={"COLUMNS": "120"}).output
    assert re.search(r"Usage: \S+ ingest \[OPTIONS\] INPUTS\.\.\.", output)
    assert re.search(r"--db\s+TEXT", output) and re.search(r"--batch-size\s+INTEGER", output)
    flag = next(line for line in output.splitlines() if "--json" in line)
    assert "TEXT" not in flag and "bool" not in flag.lower()
