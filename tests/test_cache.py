"""The analysis cache: lossless records, identical tables, only new or changed articles analysed."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from mediabrief.engine import cache as cache_module
from mediabrief.engine import runner as engines
from mediabrief.extract.analysis import iter_analyses
from mediabrief.engine.cache import (
    PACKAGE,
    AnalysisCache,
    _local_imports,
    analysis_sources,
    article_key,
    decode_analysis,
    encode_analysis,
)
from mediabrief.cli import main
from mediabrief.ingest.corpus import load_corpus
from mediabrief.pipeline import analyze
from mediabrief.settings import Settings

from .conftest import SEEDS, copy_seeds

TABLES = ("articles.csv", "quotes.csv", "actors.csv", "dates.csv", "boilerplate.csv", "skipped.csv", "duplicates.csv")


@pytest.fixture(scope="module")
def seed_analyses(nlp):
    return list(iter_analyses(load_corpus([SEEDS]).articles, nlp))


def test_records_survive_the_round_trip_unchanged(seed_analyses):
    for analysis in seed_analyses:
        payload = encode_analysis(analysis)
        assert decode_analysis(payload, analysis.article) == analysis
        assert b"article_id" not in payload  # the article itself is rebuilt from the files, not stored


def test_the_key_covers_text_and_metadata_but_not_the_folder(tmp_path):
    article = load_corpus([SEEDS]).articles[0]
    moved = load_corpus([copy_seeds(tmp_path / "copy")]).articles[0]
    assert article.path != moved.path
    assert article_key(article, "f") == article_key(moved, "f")
    assert article_key(article, "f") != article_key(article, "g")
    from dataclasses import replace

    assert article_key(replace(article, outlet="Other"), "f") != article_key(article, "f")
    assert article_key(replace(article, text=article.text + " More."), "f") != article_key(article, "f")
    assert article_key(replace(article, segments=article.segments[1:]), "f") != article_key(article, "f")


def test_the_fingerprint_hashes_the_extractors_and_word_lists():
    names = {str(p.relative_to(PACKAGE)) for p in analysis_sources()}
    assert {"extract/analysis.py", "extract/quotes.py", "extract/__init__.py", "records.py", "engine/nlp.py",
            "__init__.py"} <= names
    assert any(name.startswith("resources/") for name in names)
    assert not {"cli.py", "briefing/document.py", "charts/plots.py", "engine/runner.py"} & names


def test_the_fingerprint_covers_every_module_an_analysis_runs(tmp_path):
    """Whatever the package's layout, each of its modules that analysing an article imports is hashed."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from mediabrief.engine.nlp import load_pipeline\n"
        "from mediabrief.extract.analysis import iter_analyses\n"
        "from mediabrief.ingest.corpus import load_corpus\n"
        "ingest = {m for m in sys.modules if m.startswith('mediabrief.ingest')}\n"
        f"list(iter_analyses(load_corpus([{str(SEEDS)!r}]).articles[:1], load_pipeline()))\n"
        "for name, module in sys.modules.items():\n"
        "    if name.startswith('mediabrief') and name not in ingest and getattr(module, '__file__', None):\n"
        "        print(module.__file__)\n"
    )
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    imported = {Path(line).resolve() for line in ran.stdout.split()} - {Path(cache_module.__file__).resolve()}
    hashed = {p.resolve() for p in analysis_sources()}
    assert imported and imported - hashed == set()


def test_a_missing_module_in_the_fingerprint_is_an_error_not_a_gap():
    from mediabrief.engine.cache import package_sources

    with pytest.raises(FileNotFoundError, match="no_such_module.py"):
        package_sources("extract/no_such_module.py")


def count_analysed(monkeypatch) -> list[str]:
    """Record the id of every article that reaches the engine (i.e. was not found in the cache)."""
    seen: list[str] = []
    original = engines.LocalEngine.analyze

    def spy(self, articles):
        seen.extend(a.article_id for a in articles)
        return original(self, articles)

    monkeypatch.setattr(engines.LocalEngine, "analyze", spy)
    return seen


def test_a_rerun_reads_the_cache_and_writes_identical_tables(tmp_path, monkeypatch):
    folder = copy_seeds(tmp_path / "articles")
    seen = count_analysed(monkeypatch)
    runs = []
    for run in ("cold", "warm"):
        out = tmp_path / run
        assert main(["analyze", str(folder), "--out", str(out), "--cache-dir", str(tmp_path / "cache"), "--quiet"]) == 0
        runs.append(out)
    assert len(seen) == 4  # the warm run analysed nothing
    for name in TABLES:
        assert (runs[0] / name).read_bytes() == (runs[1] / name).read_bytes(), name

    # One article changed and one added: only those two are analysed again.
    first = sorted(folder.glob("*.txt"))[0]
    first.write_text(first.read_text("utf-8") + "\nThe talks ended late on Wednesday, officials said.\n", "utf-8")
    (folder / "zz_new.txt").write_text(
        "A new article\n\n" + "The summit ended with a dinner, officials in Moscow said on Thursday. " * 5, "utf-8")
    seen.clear()
    result = analyze([folder], Settings(quiet=True, cache_dir=tmp_path / "cache"))
    assert sorted(seen) == sorted([first.name, "zz_new.txt"])
    assert len(result.analyses) == 5


def test_no_cache_neither_reads_nor_writes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["analyze", str(SEEDS), "--out", "out", "--no-cache", "--quiet"]) == 0
    assert not (tmp_path / ".mediabrief-cache").exists()


def test_a_broken_cache_file_is_a_warning_and_the_run_goes_on(tmp_path, capsys):
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    (cache_dir / cache_module.CACHE_FILE).write_bytes(b"this is not a database" * 100)
    code = main(["analyze", str(SEEDS), "--out", str(tmp_path / "out"), "--cache-dir", str(cache_dir), "--quiet"])
    assert code == 0
    assert "cache not used" in capsys.readouterr().err
    assert (tmp_path / "out" / "articles.csv").exists()


def test_rows_of_another_analysis_version_are_not_used_and_are_pruned(tmp_path, seed_analyses):
    old = AnalysisCache(tmp_path, "old-fingerprint")
    old.store(seed_analyses, {a.article.article_id: article_key(a.article, "old-fingerprint") for a in seed_analyses})
    old.close()
    new = AnalysisCache(tmp_path, "new-fingerprint")
    found, keys = new.lookup([a.article for a in seed_analyses])
    assert found == {} and len(keys) == 4
    assert new.prune() == 4
    new.close()


def test_parquet_tables_hold_the_same_rows_as_csv(tmp_path):
    import pandas as pd

    pytest.importorskip("pyarrow")
    for table_format in ("csv", "parquet"):
        assert main(["analyze", str(SEEDS), "--out", str(tmp_path / table_format), "--format", table_format,
                     "--cache-dir", str(tmp_path / "cache"), "--quiet"]) == 0
    for name in ("articles", "quotes", "actors", "dates"):
        csv = pd.read_csv(tmp_path / "csv" / f"{name}.csv")
        parquet = pd.read_parquet(tmp_path / "parquet" / f"{name}.parquet")
        assert list(parquet.columns) == list(csv.columns) and len(parquet) == len(csv), name
    assert (tmp_path / "parquet" / "duplicates.parquet").exists()


def test_equal_names_in_an_articles_records_are_one_string(seed_analyses):
    # A worker pickles each shared string once and the parent holds it once (see analysis.SHARED_FIELDS).
    for analysis in seed_analyses:
        by_value: dict[str, int] = {}
        names = [m.actor for m in analysis.actors] + [q.speaker for q in analysis.quotes if q.speaker]
        for name in names:
            assert by_value.setdefault(name, id(name)) == id(name), (analysis.article.article_id, name)
        assert len(names) > len(by_value)  # names do repeat: the check above is not empty


def _imports_by_parser(path: Path) -> set[Path]:
    """What Python's own parser says `path` imports from the package, relatively."""
    found = set()
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = path.parents[node.level - 1]
            parts = node.module.split(".") if node.module else []
            found |= {base.joinpath(*parts[:n], "__init__.py") for n in range(1, len(parts))}
            stem = base.joinpath(*parts)
            for name in ([stem] if node.module else []) + [stem / alias.name for alias in node.names]:
                found |= {name.with_suffix(".py"), name / "__init__.py"}
    return {p for p in found if p.is_file()}


def test_local_imports_match_the_parser_on_every_package_module():
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 30
    for module in modules:
        assert set(_local_imports(module)) == _imports_by_parser(module), module.name


def test_local_imports_read_parenthesised_and_indented_imports(tmp_path):
    for name in ("a", "b", "c", "d"):
        (tmp_path / f"{name}.py").write_text("")
    module = tmp_path / "m.py"
    module.write_text('def f():\n    from .a import thing\n\nfrom . import (\n    b,  # why\n    c as see,\n)\n'
                      'from .d import (x)\n', "utf-8")
    assert {p.name for p in _local_imports(module)} == {"a.py", "b.py", "c.py", "d.py"}
