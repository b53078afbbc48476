"""The benchmark runs at a tiny scale and prints one JSON object with every figure."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent / "perf" / "bench.py"

EXPECTED = {
    "scale", "services", "cold_start_ms", "floor_ms", "cold_start_ratio",
    "cold_start_cpu_ms", "floor_cpu_ms", "cold_start_cpu_ratio",
    "search_p50_ms", "search_p95_ms", "search_first_ms", "search_debounce_ms",
    "service_editor_open_ms", "service_save_ms", "agreement_editor_open_ms", "agreement_save_ms",
    "pdf_demo_sla_ms", "pdf_large_agreement_ms", "pdf_catalog_1000_ms",
    "scroll_to_end_ms", "services_listed", "peak_rss_mb", "peak_rss_session_mb",
    "preview_agreement_ms", "preview_snapshots", "home_figures_ms", "translations_de_ms",
    "translations_fr_ms", "language_switch_ms",
    *(f"{save}_{figure}" for save in ("service_save", "agreement_save", "service_editor_save",
                                      "agreement_editor_save")
      for figure in ("statements", "transactions", "writes")),
    "export_services_csv_ms", "export_services_xlsx_ms", "portfolio_export_ms", "portfolio_import_ms",
    "import_preview_ms", "import_commit_ms",
    "sql_search_p95_ms", "rename_supplier_ms", "rename_contact_ms", "rename_family_ms",
}


def test_bench_prints_the_figures_as_json() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(BENCH), "--scale", "tiny", "--runs", "1", "--queries", "10"],
                          env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout)
    assert figures.keys() >= EXPECTED
    assert figures["scale"] == "tiny"
    assert figures["services_listed"] == figures["services"]
    numbers = [figures[key] for key in EXPECTED - {"scale"}]
    assert all(isinstance(n, int | float) and n >= 0 for n in numbers)
    assert figures["cold_start_ratio"] > 0
    assert figures["preview_snapshots"] == 1  # pages, title and file name from one read
    assert figures["portfolio_round_trip_lossless"] is True
