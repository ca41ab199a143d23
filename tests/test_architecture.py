"""The house's layout: rooms a newcomer can name, no import cycles, few modules at the top.

The layer and forbidden-import contracts themselves are in pyproject.toml and run by
`lint-imports` (`make test`); this checks what import-linter does not: cycles and the shape of the tree.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp
import pytest

import mediabrief

PACKAGE = Path(mediabrief.__file__).parent
ROOMS = ("ingest", "extract", "engine", "corpus", "tables", "compare", "charts", "briefing")


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("mediabrief", exclude_type_checking_imports=True)


def strongly_connected(graph: grimp.ImportGraph) -> list[set[str]]:
    """Tarjan's algorithm over the package's modules: every group of modules that import each other."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in graph.modules or imported == module:
                continue
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == module:
                    break
            groups.append(group)

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return groups


def test_no_module_imports_itself_back(graph):
    cycles = [sorted(group) for group in strongly_connected(graph) if len(group) > 1]
    assert cycles == []


def test_the_cycle_check_finds_a_cycle(graph):
    graph = graph.copy() if hasattr(graph, "copy") else graph
    graph.add_import(importer="mediabrief.records", imported="mediabrief.pipeline")
    try:
        assert any(len(group) > 1 for group in strongly_connected(graph))
    finally:
        graph.remove_import(importer="mediabrief.records", imported="mediabrief.pipeline")


def test_each_stage_is_a_room_that_says_what_it_takes_and_gives():
    for room in ROOMS:
        init = PACKAGE / room / "__init__.py"
        assert init.is_file(), room
        doc = init.read_text("utf-8")
        assert "->" in doc and "must not import" in doc, room


def test_at_most_ten_modules_stay_at_the_top():
    assert len(list(PACKAGE.glob("*.py"))) <= 10


def test_the_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    ran = subprocess.run([str(lint)], capture_output=True, text=True, cwd=PACKAGE.parents[1])
    assert ran.returncode == 0, ran.stdout[-3000:]
    assert "0 broken" in ran.stdout
