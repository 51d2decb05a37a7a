"""The model, the file formats and the layout never import Qt (ARCHITECTURE.md)."""

import functools
import subprocess
import sys

import pytest

from support import ROOT

QT_FREE = ["journey_studio.model", "journey_studio.compare.merge", "journey_studio.compare.diff",
           "journey_studio.cli.diff", "journey_studio.cli.merge", "journey_studio.fileformat", "journey_studio.fileformat.readers",
           "journey_studio.templates", "journey_studio.vocabulary", "journey_studio.emotion_steps", "journey_studio.cli",
           "journey_studio.clipboard_format", "journey_studio.render.layout",
           "journey_studio.fileformat.images", "journey_studio.storage.autosave",
           "journey_studio.storage.backup", "journey_studio.storage.disk_state", "journey_studio.storage.save",
           "journey_studio.messages", "journey_studio.user_templates", "journey_studio.cli.templates",
           "journey_studio.cli.new", "journey_studio.gc_pause",
           # the slide deck and the SVG are drawn without Qt (export over SSH, in CI)
           "journey_studio.export.pptx_export", "journey_studio.export.svg_export"]

BLOCKER = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in {'PySide6', 'shiboken6'}:
            raise ImportError('Qt imported by ' + name)
sys.meta_path.insert(0, Block())
import importlib
importlib.import_module(sys.argv[1])
"""


@pytest.mark.parametrize("module", QT_FREE)
def test_module_imports_without_qt(module):
    result = subprocess.run([sys.executable, "-c", BLOCKER, module], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@functools.lru_cache(maxsize=1)
def _package_imports() -> dict[str, set[str]]:
    """Module -> the package's modules it imports, at the top or inside functions (imports
    under ``if TYPE_CHECKING:`` are left out: they never run)."""
    import ast

    package = ROOT / "journey_studio"
    modules = {}
    for path in package.rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {id(node) for block in ast.walk(tree)
                       if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
                       for node in ast.walk(block)}
        here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        found = set()
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            if isinstance(node, ast.ImportFrom):
                base = ".".join(here[:len(here) - node.level + 1] + [node.module or ""]).strip(".") \
                    if node.level else node.module
                found |= {f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                          for alias in node.names}
            elif isinstance(node, ast.Import):
                found |= {alias.name for alias in node.names}
        graph[name] = {other for other in found if other in modules and other != name}
    return graph


def test_no_import_cycle_in_the_package():
    graph = _package_imports()
    assert graph["journey_studio.ui.main_window"], "the import graph was not read"
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            raise AssertionError("import cycle: " + " -> ".join(path[path.index(module):] + [module]))
        if module in done:
            return
        for other in sorted(graph[module]):
            visit(other, path + [module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])


def test_the_model_imports_nothing_of_the_package_but_its_name():
    """What the import-linter contract "model-alone" says, without its list of packages (a new
    package cannot slip past it)."""
    graph = _package_imports()
    outside = {module: sorted(other for other in imports
                              if not other.startswith("journey_studio.model") and other != "journey_studio")
               for module, imports in graph.items() if module.startswith("journey_studio.model")}
    assert {module: others for module, others in outside.items() if others} == {}
