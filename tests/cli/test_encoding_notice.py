"""Text that is not UTF-8 is read, and the command says which encoding it assumed."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from nexus.cli import app

runner = CliRunner()

TEXT = (
    "A grenade damaged the façade of the Hôtel Ténéré in Niamey on Saturday, the gendarmerie said. "
    "The owner told reporters that nobody was hurt and that the café on the ground floor would reopen. "
    "Police in Niamey said two men on a motorbike had thrown the device before fleeing towards the river.\n"
)


def test_a_windows_1252_file_is_read_with_a_notice(tmp_path: Path) -> None:
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(TEXT.encode("cp1252"))
    result = runner.invoke(app, ["extract", str(legacy), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert "legacy.txt" in result.stderr and "cp1252" in result.stderr


def test_a_utf16_file_with_a_bom_is_read_with_a_notice(tmp_path: Path) -> None:
    wide = tmp_path / "wide.txt"
    wide.write_bytes(b"\xff\xfe" + TEXT.encode("utf-16-le"))
    result = runner.invoke(app, ["extract", str(wide), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert "wide.txt" in result.stderr and "utf-16" in result.stderr.lower()


def test_utf8_input_gets_no_notice(tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(plain), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert "read as" not in result.stderr


def test_binary_is_still_refused(tmp_path: Path) -> None:
    blob = tmp_path / "blob.txt"
    blob.write_bytes(bytes(range(256)) * 16)
    result = runner.invoke(app, ["extract", str(blob), "--format", "jsonl"])
    assert result.exit_code == 1
    assert "binary" in result.stderr
