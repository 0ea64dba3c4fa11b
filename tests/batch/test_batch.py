"""``variantview batch`` on real coverage: what it writes, what it reports, how it resumes, and Dask agreeing with the local pool.

One batch is built in a temporary folder from real articles: two stories
made of the sample's outlets (one outlet in both), a real event from
``bench/corpus``, a story mixing a saved web page, a Word file and a PDF,
and three bad stories (an empty file, a single outlet, a damaged PDF).
"""

from __future__ import annotations

import filecmp
import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import HARBOUR, ROOT, SAMPLE
from variantview.cli import main

FORMATS = ROOT / "tests" / "fixtures" / "formats"
EVENT = ROOT / "bench" / "corpus" / "mexico-earthquake-2022"
STORIES = {
    "putin-kim-spun": [SAMPLE / f"{n}.txt" for n in ("agencies-reprint", "hindustan-times", "qatar-tribune")],
    "putin-kim-rest": [SAMPLE / f"{n}.txt" for n in ("agencies-reprint", "daily-tribune", "ndokwa-vanguard")],
    "mexico earthquake": [EVENT / f"{n}.txt" for n in ("india-com", "newser", "stuff", "webjosh")],
    "kelvar-formats": [HARBOUR / "wire-original.txt", FORMATS / "lakeside-gazette.html", FORMATS / "ferry-weekly.docx", FORMATS / "port-bulletin.pdf"],
    "single-outlet": [SAMPLE / "qatar-tribune.txt"],
    "empty-file": [SAMPLE / "qatar-tribune.txt", SAMPLE / "daily-tribune.txt"],
    "damaged-pdf": [SAMPLE / "qatar-tribune.txt", SAMPLE / "daily-tribune.txt"],
}
GOOD = ("kelvar-formats", "mexico earthquake", "putin-kim-rest", "putin-kim-spun")


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("batch") / "in"
    for story, files in STORIES.items():
        (folder / story).mkdir(parents=True)
        for file in files:
            shutil.copy(file, folder / story / file.name)
    (folder / "empty-file" / "blank.txt").write_bytes(b"")
    (folder / "damaged-pdf" / "scan.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is where the file was cut off")
    return folder


@pytest.fixture(scope="module")
def pooled(batch: Path) -> Path:
    """The batch run as a user runs it: the default engine, a process pool (two workers here)."""
    out = batch.parent / "pooled"
    assert main(["batch", str(batch), "--out", str(out), "--workers", "2"]) == 0
    return out


def _summary(out: Path) -> dict:
    return json.loads((out / "summary.json").read_text(encoding="utf-8"))


def test_each_story_is_what_compare_writes(batch: Path, pooled: Path, tmp_path: Path) -> None:
    for story in ("putin-kim-spun", "kelvar-formats"):
        alone = tmp_path / f"{story}.json"
        assert main(["compare", str(batch / story), "--json", str(alone)]) == 0
        assert (pooled / "stories" / f"{story}.json").read_bytes() == alone.read_bytes()
    written = sorted(p.name for p in (pooled / "stories").iterdir())
    assert written[0] == "kelvar-formats.json" and written[2:] == ["putin-kim-rest.json", "putin-kim-spun.json"]
    assert re.fullmatch(r"mexico-earthquake-[0-9a-f]{8}\.json", written[1])  # a name with a space gets a clean file name, kept apart by a digest


def test_bad_stories_are_reported_with_their_reason_and_the_rest_compared(pooled: Path) -> None:
    summary = _summary(pooled)
    assert (summary["stories"], summary["compared"], summary["failed"]) == (7, 4, 3)
    failed = {s["story"]: s["failed"] for s in summary["by_story"] if "failed" in s}
    assert failed["empty-file"].endswith("blank.txt: the file is empty")
    assert failed["single-outlet"] == "a comparison needs at least two articles; got 1"
    assert "scan.pdf: this PDF is damaged" in failed["damaged-pdf"]
    lines = (pooled / "stories.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("story,outlets,rows,quote,garble") and len(lines) == 8
    assert any(line.startswith("single-outlet,") and line.endswith("got 1") for line in lines)


def test_the_summary_counts_what_the_story_files_hold(pooled: Path) -> None:
    summary = _summary(pooled)
    stories = {s["story"]: s for s in summary["by_story"] if "failed" not in s}
    assert sorted(stories) == sorted(GOOD)
    files = {json.loads(p.read_text(encoding="utf-8"))["witnesses"][0]["source"]: json.loads(p.read_text(encoding="utf-8")) for p in (pooled / "stories").iterdir()}
    by_outlet: dict[str, Counter[str]] = {}
    appearances: Counter[str] = Counter()
    for data in files.values():
        for w in data["witnesses"]:
            appearances[w["id"]] += 1
            by_outlet.setdefault(w["id"], Counter())
        for f in data["findings"]:
            by_outlet[f["witness"]][f["kind"]] += 1
    outlets = {o["id"]: o for o in summary["by_outlet"]}
    assert outlets.keys() == appearances.keys()
    assert outlets["agencies-reprint"]["stories"] == 2  # the one outlet in both sample stories
    for outlet_id, record in outlets.items():
        assert record["stories"] == appearances[outlet_id]
        assert {k: n for k, n in record["findings"].items() if n} == dict(by_outlet[outlet_id])
    spun = stories["putin-kim-spun"]
    assert spun["garbled"] == ["agencies-reprint"]  # the sample's spun outlet, and only it ("North Korean host" is no set phrase swapped)
    assert spun["outlets"] == ["agencies-reprint", "hindustan-times", "qatar-tribune"]


def test_a_killed_batch_is_finished_by_running_it_again(batch: Path, pooled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A run killed mid-write leaves finished stories and a temporary file; the next run writes what an uninterrupted one did."""
    out = tmp_path / "resumed"
    shutil.copytree(pooled, out)
    for name in ("summary.json", "outlets.csv", "stories.csv"):
        (out / name).unlink()
    story = out / "stories" / "putin-kim-rest.json"
    half = story.read_bytes()[:5000]
    story.unlink()
    (out / "stories" / ".putin-kim-rest.json.k1ll3d.tmp").write_bytes(half)
    assert main(["batch", str(batch), "--out", str(out), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "3 stories already done in an earlier run, skipped" in err
    assert "4/4 stories" in err  # the three bad stories are tried again, and the story that was cut off
    comparison = filecmp.dircmp(pooled, out)
    assert not comparison.left_only and not comparison.right_only and not comparison.diff_files
    stories = filecmp.dircmp(pooled / "stories", out / "stories")
    assert not stories.left_only and not stories.right_only and not stories.diff_files


def test_a_two_worker_dask_cluster_writes_the_local_runs_files_byte_for_byte(batch: Path, pooled: Path, tmp_path: Path) -> None:
    from distributed import LocalCluster

    out = tmp_path / "dask"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        assert main(["batch", str(batch), "--out", str(out), "--dask", cluster.scheduler_address]) == 0
    for folder in (Path(), Path("stories")):
        same, different, missing = filecmp.cmpfiles(pooled / folder, out / folder, sorted(p.name for p in (pooled / folder).iterdir() if p.is_file()), shallow=False)
        assert not different and not missing and same
    assert sorted(p.name for p in (out / "stories").iterdir()) == sorted(p.name for p in (pooled / "stories").iterdir())


def test_json_lines_give_the_same_comparison_as_the_folder(batch: Path, pooled: Path, tmp_path: Path) -> None:
    """Articles inline (text) or beside the file (path) in JSON Lines: the rows and findings of the folder run, under the records' outlet names."""
    story = batch / "putin-kim-spun"
    files = sorted(story.iterdir())
    records = [{"story": "summit", "outlet": files[0].stem, "text": files[0].read_text(encoding="utf-8"), "url": "https://example.org/a"}]
    records += [{"story": "summit", "outlet": f.stem, "path": f"../in/putin-kim-spun/{f.name}", "date": "2024-06-19"} for f in files[1:]]
    records += [{"story": "no text", "outlet": "x"}, {"story": "no text", "outlet": "y", "text": "The summit ended."}]
    stories = tmp_path / "feed" / "stories.jsonl"
    stories.parent.mkdir()
    for f in files:  # the records' paths are relative to the stories file
        (tmp_path / "in" / "putin-kim-spun").mkdir(parents=True, exist_ok=True)
        shutil.copy(f, tmp_path / "in" / "putin-kim-spun" / f.name)
    stories.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["batch", str(stories), "--out", str(out), "--workers", "1"]) == 0
    lines = json.loads((out / "stories" / "summit.json").read_text(encoding="utf-8"))
    folder = json.loads((pooled / "stories" / "putin-kim-spun.json").read_text(encoding="utf-8"))
    assert lines["rows"] == folder["rows"] and lines["sentences"] == folder["sentences"]
    assert [(f["kind"], f["witness"], f["start"], f["end"]) for f in lines["findings"]] == [(f["kind"], f["witness"], f["start"], f["end"]) for f in folder["findings"]]
    first = lines["witnesses"][0]
    assert first["name"] == files[0].stem and first["source"] == f"{stories}:1" and first["metadata"]["url"] == "https://example.org/a"
    assert lines["witnesses"][1]["metadata"]["date"] == "2024-06-19" and lines["witnesses"][1]["source"].endswith("hindustan-times.txt")
    failed = {s["story"]: s.get("failed") for s in _summary(out)["by_story"]}
    assert "give the article as 'text' or as 'path'" in failed["no text"] and failed["summit"] is None


def test_an_output_folder_inside_the_input_is_not_a_story(tmp_path: Path) -> None:
    story = tmp_path / "in" / "summit"
    story.mkdir(parents=True)
    for name in ("hindustan-times", "qatar-tribune"):
        shutil.copy(SAMPLE / f"{name}.txt", story)
    for _ in range(2):  # the second run finds the first run's output folder among the story folders
        assert main(["batch", str(tmp_path / "in"), "--out", str(tmp_path / "in" / "results"), "--workers", "1"]) == 0
        assert [s["story"] for s in _summary(tmp_path / "in" / "results")["by_story"]] == ["summit"]


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda d: d / "missing", "no such file or folder"),
        (lambda d: d, "the folder holds no story folders"),
        (lambda d: _written(d / "s.jsonl", '{"story": "a", "outlet": "b", "text": "t"}\n{"story": "a", "outl'), "s.jsonl:2: not a JSON record"),
        (lambda d: _written(d / "s.jsonl", '{"story": "a", "text": "t"}\n'), "s.jsonl:1: a record needs a 'story' and an 'outlet'"),
    ],
)
def test_no_batch_at_all_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], make, says: str) -> None:
    assert main(["batch", str(make(tmp_path)), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert says in err and err.count("\n") == 1


def _written(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
