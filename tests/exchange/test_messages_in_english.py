"""The refusals of imports and exports are marked sentences (the screens say them in their
language) that read, as the command line prints them, in English."""

from __future__ import annotations

from pathlib import Path

import pytest

from itsm_desktop.domain.errors import ItsmError
from itsm_desktop.domain.translatable import Message
from itsm_desktop.services.exchange.cells import CellProblem, amount
from itsm_desktop.services.exchange.errors import ExchangeError, ImportRefused
from itsm_desktop.services.exchange.sources import read_table
from itsm_desktop.services.output_files import refusal, writing


def test_a_file_that_cannot_be_read_is_refused_in_english(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ExchangeError) as refused:
        read_table(empty)
    assert str(refused.value) == "empty.csv is empty."
    assert isinstance(refused.value.args[0], Message)
    with pytest.raises(CellProblem) as cell:
        amount("12,5,0")
    assert str(cell.value) == "“12,5,0” is not an amount; enter e.g. 12.50."


def test_a_refused_import_names_its_first_problems_in_english() -> None:
    one = ImportRefused([Message("Row {row}: {problem}", {"row": 2, "problem": "It is wrong."})])
    assert str(one) == "Nothing was imported: Row 2: It is wrong."
    many = ImportRefused([f"Problem {n}." for n in range(5)])
    assert str(many) == "Nothing was imported: Problem 0. Problem 1. Problem 2. … and 2 more problems."


def test_an_output_file_refusal_reads_in_english(tmp_path: Path) -> None:
    reason = refusal(tmp_path)
    assert reason == f"{tmp_path} is a folder; give the file a name."
    assert isinstance(reason, Message)
    missing = tmp_path / "nowhere" / "out.csv"
    with pytest.raises(ItsmError) as refused, writing(missing):
        pass
    assert str(refused.value) == f"Cannot write {missing}: the folder {missing.parent} does not exist."
