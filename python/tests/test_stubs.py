"""The stub's keyword arguments are the options the core takes: names and types as the
generated TypedDicts (``_sync_types.py``, generated from the Rust types) say, so that a new
option, a renamed one or a changed type cannot be missed by the stubs."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Dict

import celonis_scim

PACKAGE = Path(celonis_scim.__file__).parent
# Arguments that are no option of the core: where the input is read from, and callbacks.
NOT_OPTIONS = {"self", "desired", "plan", "saved", "run", "mapping", "progress"}
# The stub also takes an os.PathLike where the core takes a path as text.
WIDENED = {"journal": "Optional[Union[str, os.PathLike[str]]]"}


def typed_dict(name: str) -> Dict[str, str]:
    tree = ast.parse((PACKAGE / "_sync_types.py").read_text())
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == name)
    fields = {}
    for item in cls.body:
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            annotation = ast.unparse(item.annotation)
            if annotation.startswith("NotRequired["):
                annotation = annotation[len("NotRequired[") : -1]
            fields[item.target.id] = annotation
    return fields


def stub_keywords(method: str, cls: str = "Client") -> Dict[str, str]:
    tree = ast.parse((PACKAGE / "_native.pyi").read_text())
    client = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls)
    fn = next(n for n in client.body if isinstance(n, ast.FunctionDef) and n.name == method)
    assert fn.args.kwarg is None, f"{cls}.{method} takes **options: its keywords are not checked"
    return {a.arg: ast.unparse(a.annotation) for a in fn.args.kwonlyargs if a.arg not in NOT_OPTIONS and a.annotation is not None}


def expected(options: str, extra: Dict[str, str]) -> Dict[str, str]:
    fields = typed_dict(options)
    fields.update(extra)
    return {k: WIDENED.get(k, v) for k, v in fields.items()}


def test_plan_keywords_are_the_plan_options_and_the_journal() -> None:
    want = expected("PlanOptions", {"journal": ""})
    for cls in ("Client", "Job"):
        for method in ("plan", "plan_to_save"):
            assert stub_keywords(method, cls) == want, (cls, method)


def test_apply_keywords_are_the_apply_options() -> None:
    want = expected("ApplyOptions", {})
    for cls in ("Client", "Job"):
        for method in ("apply", "apply_saved", "resume"):
            assert stub_keywords(method, cls) == want, (cls, method)

