"""The Dask engine writes exactly what the local engine writes (LocalCluster, 2 workers, loopback)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("dask.distributed")

from dask.distributed import LocalCluster  # noqa: E402

from timeline.batch import run_batch  # noqa: E402
from timeline.batch.testing import FakeEngine  # noqa: E402

PUBLISHED = "2021-03-04T09:30:00"


@pytest.fixture(scope="module")
def scheduler():
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None)
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


@pytest.fixture()
def corpus(tmp_path) -> Path:
    path = tmp_path / "in.jsonl"
    with open(path, "w") as handle:
        for i in range(157):
            text = "BOOM" if i == 17 else ("SLEEP" if i == 40 else f"text {i} " * (i % 4))
            handle.write(json.dumps({"id": f"d{i}", "text": text, "published": PUBLISHED}) + "\n")
        handle.write("{broken\n")
    return path


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("part-*"))}


@pytest.mark.parametrize("fmt,output", [("jsonl", "out.jsonl"), ("jsonl", "out"), ("parquet", "out")])
def test_dask_output_is_identical_to_local(tmp_path, corpus, scheduler, fmt, output):
    common = dict(fmt=fmt, doc_timeout=1.0, partition_size=40, chunk_size=6, progress=False,
                  engine_factory=FakeEngine)
    local = run_batch(str(corpus), str(tmp_path / "local" / output), workers=2, **common)
    dask = run_batch(str(corpus), str(tmp_path / "dask" / output), engine="dask", scheduler=scheduler,
                     **common)
    assert (local.read, local.written, local.failed) == (dask.read, dask.written, dask.failed) == (158, 155, 3)
    assert dask.failures == {"internal": 1, "timeout": 1, "input": 1}
    if output.endswith(".jsonl"):
        assert (tmp_path / "local" / output).read_bytes() == (tmp_path / "dask" / output).read_bytes()
    else:
        local_files, dask_files = _files(tmp_path / "local" / output), _files(tmp_path / "dask" / output)
        assert len(local_files) == (4 if fmt == "jsonl" else 16)
        if fmt == "jsonl":
            assert local_files == dask_files
        else:  # Parquet files carry writer metadata; compare their content
            import pyarrow.parquet as pq

            assert local_files.keys() == dask_files.keys()
            for name in local_files:
                a = pq.read_table(tmp_path / "local" / output / name)
                b = pq.read_table(tmp_path / "dask" / output / name)
                assert a.equals(b), name


def test_dask_resume_redoes_only_missing_partitions(tmp_path, corpus, scheduler):
    common = dict(partition_size=40, chunk_size=6, progress=False, engine_factory=FakeEngine, doc_timeout=1.0,
                  engine="dask", scheduler=scheduler)
    out = tmp_path / "out"
    run_batch(str(corpus), str(out), **common)
    complete = _files(out)
    (out / "part-000001.jsonl").unlink()
    summary = run_batch(str(corpus), str(out), resume=True, **common)
    assert summary.skipped == 118 and summary.read == 40
    assert _files(out) == complete
