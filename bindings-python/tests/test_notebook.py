"""The portfolio notebook runs headlessly, every cell without error."""

import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_portfolio_notebook_executes():
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("matplotlib")
    pytest.importorskip("pandas")
    nb = nbformat.read(ROOT / "examples" / "portfolio.ipynb", as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT / "examples")}}
    )
    client.execute()  # raises CellExecutionError when a cell fails
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert any("image/png" in o.get("data", {}) for o in outputs), "the chart is drawn"
    assert any("digipolicy-decision" in o.get("data", {}).get("text/html", "") for o in outputs), "a card is shown"
    markdown = [o.get("data", {}).get("text/markdown", "") for o in outputs]
    assert any("## Digitaliseringsbokslut 2020" in m and "## Innovationsbokslut 2020" in m for m in markdown), "the accounts"
    assert any("**TJÄNSTEUTLÅTANDE**" in m and "Motivering: " in m for m in markdown), "a memo with a justification"
