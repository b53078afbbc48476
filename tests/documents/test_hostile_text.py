"""User text reaches the PDF literally: markup is not interpreted, control characters are
dropped, long words wrap, and any script the font covers survives the round trip."""

from __future__ import annotations

from dataclasses import replace

import pytest

from itsm_desktop.documents import render_agreement, render_catalog
from itsm_desktop.documents.snapshot import (
    CatalogEntrySnapshot,
    CatalogFamilySnapshot,
    HistoryEntrySnapshot,
    PersonSnapshot,
)

MARKUP = [
    "<b>x</b>",
    "&amp;",
    "<img src=x>",
    "</para>",
    "<font size=80>big</font>",
    "a & b < c > d",
]
CONTROL = "".join(chr(c) for c in range(0x00, 0x09)) + "\x0e\x1f\x7f"


def test_markup_in_every_kind_of_field_prints_literally(agreement, read_pdf):
    hostile = " | ".join(MARKUP)
    service = replace(
        agreement.services[0],
        name=f"Mail {MARKUP[0]}",
        summary=hostile,
        description=hostile,
        hours_exceptions=hostile,
        request_process=hostile,
    )
    snapshot = replace(
        agreement,
        title=f"Agreement {MARKUP[2]}",
        provider=replace(agreement.provider, name=f"IT {MARKUP[1]} Co"),
        services=(service,) + agreement.services[1:],
        texts=replace(agreement.texts, scope=hostile, limitations=hostile, security=hostile),
        provider_responsibilities=(hostile,),
        history=agreement.history
        + (HistoryEntrySnapshot(agreement.generated_on, MARKUP[3], hostile),),
    )
    pdf = read_pdf(render_agreement(snapshot))
    text = pdf.flat
    for fragment in MARKUP:
        assert fragment in text, fragment
    assert "Agreement <img src=x>" in text
    assert "IT &amp; Co" in text
    assert pdf.reader.metadata.title == "Agreement <img src=x>"
    assert pdf.reader.metadata.author == "IT &amp; Co"


def test_control_characters_are_removed_and_never_crash(agreement, read_pdf):
    snapshot = replace(
        agreement,
        title=f"Ti{CONTROL}tle",
        texts=replace(agreement.texts, scope=f"Sco{CONTROL}pe\r\nSecond\rThird\u2028Fourth"),
        customers=(replace(agreement.customers[0], name=f"Cus{CONTROL}tomer"),),
        provider_responsibilities=(f"Do{CONTROL}\ud800 it",),
    )
    pdf = read_pdf(render_agreement(snapshot))
    text = pdf.text
    assert not any(ch in text for ch in CONTROL)
    flat = pdf.flat
    assert "Title" in flat and "Customer" in flat and "Do it" in flat
    # Each line break starts a paragraph.
    lines = pdf.text.splitlines()
    for word in ("Scope", "Second", "Third", "Fourth"):
        assert word in lines, word


def test_a_ten_thousand_character_word_wraps_everywhere(agreement, read_pdf):
    word = "W" * 10_000
    service = replace(agreement.services[0], name=word, summary=word, support_channels=word)
    snapshot = replace(
        agreement,
        reference="SLA-" + word,
        services=(service,) + agreement.services[1:],
        texts=replace(agreement.texts, limitations=word),
        provider_responsibilities=(word,),
        contacts=agreement.contacts
        + (replace(agreement.contacts[0], person=PersonSnapshot(word, word, word)),),
    )
    pdf = read_pdf(render_agreement(snapshot))
    assert pdf.page_count > 20
    # Printed in full (name, summary, support, limitations, responsibility, contact …) …
    assert pdf.text.count("W") >= 8 * 10_000
    # … and broken into lines that fit the page (about 50 capital Ws at body size).
    assert max(len(line) for line in pdf.text.splitlines() if set(line) == {"W"}) <= 60


@pytest.mark.parametrize(
    "sample",
    [
        "Соглашение об уровне обслуживания — электронная почта",
        "Συμφωνία επιπέδου υπηρεσιών για το ηλεκτρονικό ταχυδρομείο",
        "Équipe Qualité, Größe, Øresund, Łódź",
    ],
)
def test_accented_cyrillic_and_greek_text_round_trips(agreement, read_pdf, sample):
    customer = replace(agreement.customers[0], name=sample)
    snapshot = replace(
        agreement,
        title=sample,
        customers=(customer,),
        texts=replace(agreement.texts, scope=sample, security=sample),
    )
    pdf = read_pdf(render_agreement(snapshot))
    lines = [line.strip() for line in pdf.text.splitlines()]
    assert sample in lines, "a paragraph holding only the sample extracts identically"
    assert pdf.reader.metadata.title == sample
    assert sample in pdf.page_flat(0)


@pytest.mark.parametrize("sample", ["Go live 🚀 on time ✅, support 📞 and coder 👩\u200d💻", "🎉"])
def test_emoji_print_with_the_fallback_font_and_round_trip(agreement, read_pdf, sample):
    snapshot = replace(agreement, texts=replace(agreement.texts, scope=sample))
    pdf = read_pdf(render_agreement(snapshot))
    lines = [line.strip() for line in pdf.text.splitlines()]
    assert sample in lines, "a paragraph holding only the sample extracts identically"
    fonts = {name.split("+", 1)[-1]: font for name, font in pdf.fonts().items()}
    assert "NotoEmoji-Regular" in fonts, "the emoji are set in the fallback font"
    assert "/FontFile2" in fonts["NotoEmoji-Regular"]["/FontDescriptor"], "and it is embedded"


def test_text_without_emoji_uses_no_fallback_font(agreement, read_pdf):
    snapshot = replace(agreement, texts=replace(agreement.texts, scope="Größe → 5 € ©"))
    pdf = read_pdf(render_agreement(snapshot))
    assert not [name for name in pdf.fonts() if "NotoEmoji" in name]


def test_hostile_catalog(catalog, read_pdf):
    entry = catalog.families[0].entries[0]
    evil = replace(
        entry,
        service=replace(
            entry.service, name="<b>Mail</b> & co", summary="x" * 5000, hours_exceptions=CONTROL
        ),
        key_targets=("<i>99 %</i>",),
    )
    family = CatalogFamilySnapshot("Fam </para> &amp;", "Desc <img src=x>", (evil,))
    snapshot = replace(catalog, title="Cat <b>", families=(family,) + catalog.families[1:])
    pdf = read_pdf(render_catalog(snapshot))
    text = pdf.flat
    for fragment in (
        "<b>Mail</b> & co",
        "<i>99 %</i>",
        "Fam </para> &amp;",
        "Desc <img src=x>",
        "Cat <b>",
    ):
        assert fragment in text, fragment
    assert isinstance(evil, CatalogEntrySnapshot)
