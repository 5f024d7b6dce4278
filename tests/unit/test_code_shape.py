"""The shape of the code the guide asks for, checked: no import cycle in hooks/, no oversized module,
test modules sharing helpers only through tests/support/.

The import graph is read from the source with ``ast`` (no module is imported, so a cycle cannot hide
behind import order): every ``import`` and ``from ... import`` anywhere in a file - at module level
or inside a function - is an edge to the module of hooks/ it names.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.support.project import ROOT

# GUIDE.md: "Modules of roughly 150-300 lines, none over ~300". ~300, not 300: a module may pass it by a
# docstring paragraph without failing the suite; one that grew a second concern is far beyond this.
MAX_LINES = 320


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path, package: str = "hooks") -> dict[str, set[str]]:
    """Module -> modules of ``package`` it imports (module level and inside functions alike)."""
    files = {module_name(p, root): p for p in sorted((root / package).rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        is_package = path.name == "__init__.py"
        edges = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: from the package of this module
                    anchor = name.split(".") if is_package else name.split(".")[:-1]
                    anchor = anchor[: len(anchor) - (node.level - 1)]
                    base = ".".join(anchor + ([base] if base else []))
                # `from pkg import mod` imports the module pkg.mod when it is one, else names of pkg
                targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in files else base for alias in node.names]
            else:
                continue
            edges.update(t for t in targets if t in files and t != name)
        graph[name] = edges
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every import cycle, as the list of modules on it (one per strongly connected component)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's algorithm
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def test_no_import_cycle_in_hooks():
    graph = import_graph(ROOT)
    assert "hooks.lib.data.load" in graph["hooks.context"]  # the graph is read (not empty)
    assert find_cycles(graph) == []


def test_the_cycle_check_sees_imports_inside_functions(tmp_path):
    package = tmp_path / "hooks" / "lib" / "news"
    package.mkdir(parents=True)
    (tmp_path / "hooks" / "__init__.py").write_text("")
    (tmp_path / "hooks" / "lib" / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "model.py").write_text("def later():\n    from hooks.lib.news import listing\n")
    (package / "listing.py").write_text("from .model import later\n")
    (package / "feed.py").write_text("from hooks.lib.news.listing import later\n")  # uses, not on the cycle
    assert find_cycles(import_graph(tmp_path)) == [["hooks.lib.news.listing", "hooks.lib.news.model"]]


def test_no_module_in_hooks_is_over_about_300_lines():
    sizes = {
        p.relative_to(ROOT).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
        for p in sorted((ROOT / "hooks").rglob("*.py"))
    }
    assert len(sizes) > 30  # the tree is read
    assert {path: n for path, n in sizes.items() if n > MAX_LINES} == {}, "split these by concern"


def test_test_modules_share_helpers_only_through_tests_support():
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            for name in names:
                if name.startswith("tests.") or name == "tests":
                    assert name.startswith("tests.support"), f"{path.relative_to(ROOT)} imports {name}"
