"""End to end: ``nexus extract`` on files a user would give it."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from pytest import MonkeyPatch
from typer.testing import CliRunner

from nexus.cli import app
from nexus.model import Document, Extraction

runner = CliRunner()


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_extract_writes_one_contract_json_per_document(tmp_path: Path) -> None:
    source = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {
                "id": "r1",
                "text": "Gunmen attacked a market in Quetta on Tuesday, killing 9 people.",
                "outlet": "Test Wire",
                "published": "2025-03-13",
            },
            {"id": "r2", "text": "Hamas leaders visited Karachi last month.", "published": "2025-03-13"},
        ],
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    first = json.loads((out / "r1.json").read_text(encoding="utf-8"))
    assert first["id"] == "r1"
    assert {"entities", "events", "relations"} <= first.keys()
    attack = next(e for e in first["events"] if e["type"] == "attack")
    assert attack["killed"] == {"value": 9, "qualifier": "exact", "text": attack["killed"]["text"]}
    assert (out / "r2.json").exists()
    assert json.loads((out / "run-report.json").read_text())["documents_read"] == 2


def test_a_broken_line_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "ok1", "text": "Troops raided a camp in Kunar."})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "ok2", "text": "Police arrested two men in Lahore."})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(source), "--out", str(out)])
    assert result.exit_code == 1
    assert "in.jsonl:2" in result.output
    assert (out / "ok1.json").exists() and (out / "ok2.json").exists()


def test_jsonl_format_streams_to_stdout(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "s1", "text": "Iran fired missiles at Israel."}])
    result = runner.invoke(app, ["extract", str(source), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    line = next(ln for ln in result.stdout.splitlines() if ln.startswith("{"))
    assert json.loads(line)["id"] == "s1"


def test_summary_shows_entities_and_events(tmp_path: Path) -> None:
    source = tmp_path / "report.txt"
    source.write_text("Gunmen attacked a checkpoint in Quetta on Monday, killing four soldiers.\n")
    result = runner.invoke(app, ["extract", str(source)])
    assert result.exit_code == 0, result.output
    assert "Quetta" in result.stdout and "attack" in result.stdout


def test_jobs_two_gives_the_same_output_as_one(tmp_path: Path) -> None:
    records: list[dict[str, object]] = [
        {
            "id": f"r{i}",
            "text": f"Gunmen attacked a market in Quetta on Tuesday, killing {i + 2} people.",
            "published": "2025-03-13",
        }
        for i in range(6)
    ]
    source = write_jsonl(tmp_path / "in.jsonl", records)
    for jobs in ("1", "2"):
        result = runner.invoke(app, ["extract", str(source), "--out", str(tmp_path / jobs), "--jobs", jobs])
        assert result.exit_code == 0, result.output
    for i in range(6):
        one = (tmp_path / "1" / f"r{i}.json").read_text(encoding="utf-8")
        two = (tmp_path / "2" / f"r{i}.json").read_text(encoding="utf-8")
        assert one == two


def test_a_syndicated_copy_is_marked_as_a_duplicate_of_the_original(tmp_path: Path) -> None:
    story = (
        "Gunmen attacked a police checkpoint on the outskirts of Quetta late on Tuesday, killing four "
        "officers and wounding three others before fleeing into the hills, provincial officials said. "
        "No group has claimed the attack, which came a day after a bombing at a market in the city."
    )
    source = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "wire", "text": story, "published": "2025-03-13"},
            {
                "id": "copy",
                "text": story.replace("provincial officials said", "officials said"),
                "published": "2025-03-13",
            },
        ],
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads((out / "copy.json").read_text())["duplicate_of"] == "wire"
    assert json.loads((out / "wire.json").read_text())["duplicate_of"] is None
    assert json.loads((out / "run-report.json").read_text())["duplicates"] == {"copy": "wire"}


# ------------------------------------------------------------------ hostile inputs (issue 13)


def test_a_document_the_extractor_chokes_on_fails_alone(tmp_path: Path, monkeypatch: MonkeyPatch) -> None:
    from nexus.extract.pipeline import Extractor

    real_extract = Extractor.extract

    def extract(self: Extractor, document: Document) -> Extraction:
        if "POISON" in document.text:
            raise ValueError("cannot handle this one")
        return real_extract(self, document)

    def extract_many(self: Extractor, documents: Iterable[Document]) -> Iterator[Extraction]:
        for document in documents:
            yield extract(self, document)

    monkeypatch.setattr(Extractor, "extract", extract)
    monkeypatch.setattr(Extractor, "extract_many", extract_many)
    source = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "before", "text": "Rebels shelled a village near Goma."},
            {"id": "bad", "text": "POISON pill text."},
            {"id": "after", "text": "Soldiers were ambushed near Beni."},
        ],
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(source), "--out", str(out)])
    assert result.exit_code == 1
    assert "in.jsonl:2" in result.output and "cannot handle this one" in result.output
    assert (out / "before.json").exists() and (out / "after.json").exists()
    report = json.loads((out / "run-report.json").read_text())
    assert report["documents_failed"] == 1
    assert report["failures"][0]["origin"].endswith("in.jsonl:2")


def test_a_document_the_rules_loop_on_fails_alone_past_its_time_budget(
    tmp_path: Path, monkeypatch: MonkeyPatch
) -> None:
    import nexus.extract.pipeline as pipeline

    real = pipeline.to_extraction

    def to_extraction(doc: object, filed: Document, version: str) -> Extraction:
        while "circular" in filed.text:  # a rule that never ends on this text
            pass
        return real(doc, filed, version)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "to_extraction", to_extraction)
    source = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "first", "text": "Militants stormed a police post near Wana, killing two officers."},
            {"id": "stuck", "text": "Gunmen opened fire on a circular road in Kohat, killing four."},
            {"id": "last", "text": "A roadside bomb wounded three soldiers near Miranshah on Saturday."},
        ],
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(source), "--out", str(out), "--time-budget", "1"])
    assert result.exit_code == 1
    said = " ".join(result.output.split())
    assert "in.jsonl:2" in said and "ExtractionTimeout" in said and "ran longer than 1 s" in said
    assert (out / "first.json").exists() and (out / "last.json").exists()
    assert not (out / "stuck.json").exists()
    report = json.loads((out / "run-report.json").read_text())
    assert report["documents_failed"] == 1


def test_deep_json_and_bad_unicode_do_not_lose_the_batch(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text("[" * 50_000 + "]" * 50_000, encoding="utf-8")
    (tmp_path / "mixed.jsonl").write_text(
        '{"id": "odd-\\udc80", "text": "Bad id."}\n'
        + json.dumps({"id": "good", "text": "A grenade hit a bus stop in Srinagar."})
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "blank.txt").write_text("\u200b\u200b", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(tmp_path), "--out", str(out), "--format", "jsonl"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert (out / "good.json").exists()
    failed = {f["origin"] for f in json.loads((out / "run-report.json").read_text())["failures"]}
    expected = {str(tmp_path / "deep.json"), f"{tmp_path / 'mixed.jsonl'}:1", str(tmp_path / "blank.txt")}
    assert failed == expected


def test_stdin_with_a_cut_off_jsonl_line_reports_it(tmp_path: Path) -> None:
    whole = json.dumps({"id": "s1", "text": "Police defused a bomb in Mardan."})
    lines = [whole, '{"id": "s2", "text": "cut']
    result = runner.invoke(app, ["extract", "-", "--format", "jsonl"], input="\n".join(lines))
    assert result.exit_code == 1
    assert "<stdin>:2" in result.output
    ids = [json.loads(ln)["id"] for ln in result.stdout.splitlines() if ln.startswith("{")]
    assert ids == ["s1"]


def test_an_empty_jsonl_file_exits_1_and_says_so(tmp_path: Path) -> None:
    source = tmp_path / "empty.jsonl"
    source.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(source), "--format", "jsonl"])
    assert result.exit_code == 1
    assert "no JSON lines" in result.output


def test_a_document_id_used_twice_in_a_batch_is_an_error_not_an_overwrite(tmp_path: Path) -> None:
    source = write_jsonl(
        tmp_path / "batch.jsonl",
        [
            {"id": "same", "text": "Bandits abducted nine traders near Kumbo on Friday."},
            {"id": "same", "text": "A mortar round hit a school in Dorvale on Sunday."},
        ],
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(source), "--out", str(out)])
    assert result.exit_code == 1
    kept = json.loads((out / "same.json").read_text(encoding="utf-8"))
    assert any("Kumbo" in e["evidence"] for e in kept["events"])  # the first text, not the second
    failures = json.loads((out / "run-report.json").read_text(encoding="utf-8"))["failures"]
    assert [f["origin"] for f in failures] == [f"{source}:2"]
    assert f"{source}:1" in failures[0]["reason"]


def test_a_copied_file_is_read_once_and_noted(tmp_path: Path) -> None:
    text = "Gunmen set fire to a police post in Rallo on Tuesday, officials said.\n"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "one.txt").write_text(text, encoding="utf-8")
    (tmp_path / "in" / "two.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(tmp_path / "in"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads((out / "run-report.json").read_text(encoding="utf-8"))
    assert report["documents_read"] == 1
    assert [s["origin"] for s in report["skipped"]] == [str(tmp_path / "in" / "two.txt")]
    assert "one.txt" in report["skipped"][0]["reason"]


def test_an_out_that_is_a_file_is_a_usage_error_not_a_traceback(tmp_path: Path) -> None:
    source = tmp_path / "one.txt"
    source.write_text("Raiders burned a police post in Ebbro on Sunday.\n", encoding="utf-8")
    taken = tmp_path / "results"
    taken.write_text("an earlier file\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(source), "--out", str(taken)])
    assert result.exit_code == 2
    assert "a file, not a folder" in result.stderr and "Traceback" not in result.output
    assert taken.read_text(encoding="utf-8") == "an earlier file\n"


def test_ids_that_clean_to_one_file_name_each_keep_their_own_file(tmp_path: Path) -> None:
    text = "Gunmen attacked a police post in Gao on Tuesday, killing 4 officers."
    source = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "wire/17", "text": text, "published": "2025-03-13"},
            {"id": "wire_17", "text": text.replace("Gao", "Menaka"), "published": "2025-03-13"},
            {"id": "WIRE_17", "text": text.replace("Gao", "Ansongo"), "published": "2025-03-13"},
            {"id": "run-report", "text": text.replace("Gao", "Bourem"), "published": "2025-03-13"},
        ],
    )
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    files = [p for p in out.glob("*.json") if p.name != "run-report.json"]
    ids = sorted(json.loads(p.read_text(encoding="utf-8"))["id"] for p in files)
    assert ids == ["WIRE_17", "run-report", "wire/17", "wire_17"]
    assert json.loads((out / "run-report.json").read_text(encoding="utf-8"))["documents_read"] == 4


def test_a_bad_learned_stage_setting_stops_the_run_before_any_document(
    tmp_path: Path, monkeypatch: MonkeyPatch
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "r1", "text": "Gunmen attacked a market in Gao."}])
    for name, value in (("NEXUS_EVENT_VERIFIER_AT", "abc"), ("NEXUS_ACTOR_RANKER", "sometimes")):
        with monkeypatch.context() as env:
            env.setenv(name, value)
            result = runner.invoke(app, ["extract", str(source), "--out", str(tmp_path / "out")])
        assert result.exit_code == 2
        assert name in result.output and "E400" in result.output
        assert not (tmp_path / "out" / "r1.json").exists()
