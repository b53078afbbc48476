"""The small parts the renderers are made of: text cleaning, wording of targets, grouping,
the glossary, signatories, page sizes and snapshot normalisation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest

from itsm_desktop.documents.agreement_front import signature_blocks
from itsm_desktop.documents.glossary import glossary_terms
from itsm_desktop.documents.layout import default_page_size
from itsm_desktop.documents.snapshot import (
    ChargeSnapshot,
    ServiceSnapshot,
    SignatureSnapshot,
    TargetSnapshot,
)
from itsm_desktop.documents.targets import describe_target, group_targets, value_text
from itsm_desktop.documents.text import (
    blocks,
    clean,
    fit_text,
    format_date,
    format_money,
    format_number,
    inline,
    join_names,
    multiline,
)
from itsm_desktop.domain.enums import (
    AgreementStatus,
    ChargeModel,
    Criticality,
    MeasurementPeriod,
    Metric,
    Priority,
    Side,
    TargetUnit,
)


def test_clean_removes_controls_and_normalises_line_breaks():
    assert clean("a\x00b\x08c\r\nd\re\tf\x7f\ud800") == "abc\nd\ne f"
    assert clean(None) == ""


def test_inline_escapes_and_flattens():
    assert inline("<b>x</b> &amp;\nnext") == "&lt;b&gt;x&lt;/b&gt; &amp;amp; next"
    assert multiline("line 1\n<i>line 2</i>\n\n") == "line 1<br/>&lt;i&gt;line 2&lt;/i&gt;"


def test_blocks_make_paragraphs_and_bullets():
    assert blocks("First\n\n- item <1>\n* item 2\n•  item 3\nlast") == [
        (False, "First"),
        (True, "item &lt;1&gt;"),
        (True, "item 2"),
        (True, "item 3"),
        (False, "last"),
    ]
    assert blocks("  \n\t\n") == []


def test_fit_text_shortens_with_an_ellipsis():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from itsm_desktop.documents.fonts import REGULAR, register_fonts

    register_fonts()
    assert fit_text("short", REGULAR, 8, 200) == "short"
    long = fit_text("word " * 100, REGULAR, 8, 200)
    assert long.endswith("…") and stringWidth(long, REGULAR, 8) <= 200
    assert fit_text("W" * 10_000, REGULAR, 8, 100).endswith("…")


def test_formatting():
    assert format_date(date(2026, 3, 3)) == "3 March 2026"
    assert format_date(datetime(2026, 3, 3, 14, 5)) == "3 March 2026, 14:05"
    assert format_date(None) == ""
    assert format_number(99.5) == "99.5"
    assert format_number(30.0) == "30"
    assert format_number(99.95) == "99.95"
    assert format_number(1000) == "1,000"
    assert format_money(Decimal("1250.5"), "EUR") == "EUR 1,250.50"
    assert format_money(None, "EUR") == ""
    assert join_names(["a", "b", "c"]) == "a, b and c"
    assert join_names(["a"]) == "a"


@pytest.mark.parametrize(
    ("target", "text"),
    [
        (
            TargetSnapshot(
                Metric.AVAILABILITY, 99.5, TargetUnit.PERCENT, period=MeasurementPeriod.MONTH
            ),
            "Availability 99.5 % per month",
        ),
        (
            TargetSnapshot(Metric.RESPONSE_TIME, 30, TargetUnit.MINUTES, priority=Priority.P1),
            "P1 response 30 minutes",
        ),
        (
            TargetSnapshot(Metric.RESOLUTION_TIME, 1, TargetUnit.BUSINESS_DAYS, priority="P4"),
            "P4 resolution 1 business day",
        ),
        (TargetSnapshot(Metric.RESOLUTION_TIME, 4, TargetUnit.HOURS), "Resolution 4 hours"),
        (TargetSnapshot(Metric.RTO, 4, TargetUnit.HOURS), "RTO 4 hours"),
        (
            TargetSnapshot(Metric.CUSTOM, 2, TargetUnit.SCORE, metric_label="Backlog age"),
            "Backlog age 2 points",
        ),
    ],
)
def test_describe_target(target, text):
    assert describe_target(target) == text


def test_value_text_uses_singular_for_one():
    assert value_text(1, TargetUnit.HOURS) == "1 hour"
    assert value_text(2, TargetUnit.HOURS) == "2 hours"
    assert value_text(99.9, TargetUnit.PERCENT) == "99.9 %"


def test_value_text_takes_the_number_form_of_the_language_for_zero_and_fractions():
    from itsm_desktop.documents.language import speaking

    said = {}
    for language in ("en", "de", "fr"):
        with speaking(language):
            said[language] = [value_text(v, TargetUnit.HOURS) for v in (0, 0.5, 1, 1.5, 2)]
    assert said == {
        "en": ["0 hours", "0.5 hours", "1 hour", "1.5 hours", "2 hours"],
        "de": ["0 Stunden", "0,5 Stunden", "1 Stunde", "1,5 Stunden", "2 Stunden"],
        "fr": ["0 heure", "0,5 heure", "1 heure", "1,5 heure", "2 heures"],  # below 2: singular
    }


def test_group_targets_orders_groups_and_builds_the_matrix():
    services = (ServiceSnapshot("A", "Alpha"), ServiceSnapshot("B", "Beta"))
    targets = [
        TargetSnapshot(
            Metric.RESOLUTION_TIME, 8, TargetUnit.HOURS, service_code="B", priority=Priority.P2
        ),
        TargetSnapshot(Metric.AVAILABILITY, 99, TargetUnit.PERCENT, service_code="B"),
        TargetSnapshot(
            Metric.RESPONSE_TIME, 15, TargetUnit.MINUTES, service_code="B", priority=Priority.P1
        ),
        TargetSnapshot(Metric.RESPONSE_TIME, 60, TargetUnit.MINUTES, service_code="B"),
        TargetSnapshot(Metric.AVAILABILITY, 98, TargetUnit.PERCENT),
        TargetSnapshot(Metric.RTO, 4, TargetUnit.HOURS, service_code="Z", service_name="Zeta"),
    ]
    groups = group_targets(targets, services)
    assert [g.title for g in groups] == ["All services", "Beta (B)", "Zeta (Z)"]
    beta = groups[1]
    assert [t.metric for t in beta.measured] == [Metric.AVAILABILITY]
    matrix = beta.matrix()
    assert [row[0] for row in matrix] == ["P1", "P2", "All priorities"]
    assert [t.value for t in matrix[0][1]] == [15] and matrix[0][2] == []
    assert matrix[1][1] == [] and [t.value for t in matrix[1][2]] == [8]


def test_glossary_has_only_what_is_used(agreement):
    terms = dict(glossary_terms(agreement))
    assert "Availability" in terms and "Priority P4" in terms and "Business days" in terms
    assert "Recovery point objective (RPO)" in terms
    bare = replace(
        agreement, targets=(), contacts=(), texts=replace(agreement.texts, escalation="")
    )
    terms = dict(glossary_terms(bare))
    assert "Availability" not in terms and "Priority P1" not in terms and "Escalation" not in terms
    assert list(terms) == sorted(terms, key=str.casefold)


def test_signature_blocks_match_parties_and_keep_extras(agreement):
    extra = SignatureSnapshot(Side.CUSTOMER, "Witness Ltd", "W. Ness", "Witness")
    blocks_ = signature_blocks(replace(agreement, signatures=(agreement.signatures[2], extra)))
    assert [b.organization for b in blocks_] == [
        agreement.provider.name,
        agreement.customers[0].name,
        agreement.customers[1].name,
        "Witness Ltd",
    ]
    assert blocks_[0].signatory == "" and blocks_[0].signed_on is None  # nobody chosen: blank lines
    assert blocks_[2].signed_on == agreement.signatures[2].signed_on


@pytest.mark.parametrize(
    ("name", "size"),
    [
        ("en_US.UTF-8", "Letter"),
        ("fr_CA.UTF-8", "Letter"),
        ("es_MX", "Letter"),
        ("en_PH.utf8", "Letter"),
        ("English_United States.1252", "Letter"),
        ("en_GB.UTF-8", "A4"),
        ("de_DE@euro", "A4"),
        ("C", "A4"),
        ("", "A4"),
    ],
)
def test_default_page_size(name, size):
    assert default_page_size(name) == size


def test_default_page_size_follows_the_environment(monkeypatch):
    monkeypatch.setenv("LC_PAPER", "en_US.UTF-8")
    assert default_page_size() == "Letter"
    monkeypatch.setenv("LC_PAPER", "nl_NL.UTF-8")
    assert default_page_size() == "A4"


def test_snapshots_accept_plain_strings_for_enumerations_and_lists_for_tuples():
    service = ServiceSnapshot("X", "X", criticality="high", components=[])  # type: ignore[arg-type]
    assert service.criticality is Criticality.HIGH
    assert service.components == ()
    charge = ChargeSnapshot(model=None, billing_period="month")  # type: ignore[arg-type]
    assert charge.model is ChargeModel.NONE
    target = TargetSnapshot("availability", 99, "percent", priority="P2")  # type: ignore[arg-type]
    assert target.metric is Metric.AVAILABILITY and target.priority is Priority.P2
    with pytest.raises(ValueError):
        ServiceSnapshot("X", "X", status="unknown")  # type: ignore[arg-type]
    assert AgreementStatus("active").label == "Active"
