"""The architecture and the docs, checked: imports go one way, every command and field is documented."""
import ast
import re

import pytest

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text()


def imports_of(package):
    out = {}
    for f in (ROOT / package).rglob("*.py"):
        names = set()
        for node in ast.walk(ast.parse(f.read_text())):
            if isinstance(node, ast.Import):
                names |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        out[f.relative_to(ROOT).as_posix()] = names
    return out


@pytest.mark.parametrize("package,forbidden", [
    ("extract", {"registry", "dashboard", "duckdb", "sqlmodel", "streamlit"}),
    ("registry", {"dashboard", "spacy", "streamlit"}),
    ("dashboard", {"extract", "spacy"}),
])
def test_imports_go_one_way(package, forbidden):
    bad = {f: sorted(names & forbidden) for f, names in imports_of(package).items() if names & forbidden}
    assert bad == {}


def test_every_cli_command_is_in_the_readme():
    from typer.main import get_command
    from registry.cli import app
    cli = get_command(app)
    names = [n for n in cli.commands if n != "curations"] + ["curations export"]
    missing = [n for n in names if f"cartreg {n}" not in README]
    assert missing == []


def test_every_record_field_and_endpoint_is_in_the_readme():
    from extract.record import ENDPOINTS
    spec = (ROOT / "docs/record.md").read_text()
    fields = set(re.findall(r"^\| `(\w+)`", spec, re.M)) - set(ENDPOINTS)
    missing = [f for f in sorted(fields | set(ENDPOINTS)) if f"`{f}`" not in README]
    assert missing == []


def top_level_names(tree):
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            yield node.name, node.lineno
        elif isinstance(node, ast.Assign):
            yield from ((t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            yield node.target.id, node.lineno


@pytest.mark.parametrize("package", ["extract", "registry"])
def test_no_module_name_is_defined_twice(package):
    # in a library module a second definition replaces the first at runtime for every use, also
    # the uses written for the first (rules are added by several people at once; merges keep both
    # silently). The dashboard's pages are scripts, where a name is reused step by step.
    twice = {}
    for f in sorted((ROOT / package).rglob("*.py")):
        seen = {}
        for name, line in top_level_names(ast.parse(f.read_text())):
            seen.setdefault(name, []).append(line)
        twice.update({f"{f.relative_to(ROOT).as_posix()}:{n}": lines for n, lines in seen.items() if len(lines) > 1})
    assert twice == {}
