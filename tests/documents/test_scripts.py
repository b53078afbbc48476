"""Every script a team writes prints, and extracts back in the order it was typed."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest

from itsm_desktop.documents import render_agreement, render_agreement_document
from itsm_desktop.documents.scripts import embedding_levels, join_arabic, visual_indices
from itsm_desktop.services.text_coverage import unprintable_characters, unprintable_warning

HEBREW = "שלום עולם וברוכים הבאים"
ARABIC = "مرحبا بكم في مكتب المساعدة"
ARABIC_LAM_ALEF = "لا تتردد في الاتصال"
CHINESE = "电子邮件服务每天二十四小时可用"
JAPANESE = "メールサービスは毎日利用できます"
KOREAN = "이메일 서비스는 매일 이용할 수 있습니다"
# Linear B: no font shipped with the application has it.
UNCOVERED = "\U00010000\U00010001"


def with_limitations(agreement, text):
    return replace(agreement, texts=replace(agreement.texts, limitations=text))


@pytest.mark.parametrize("text", [HEBREW, ARABIC, ARABIC_LAM_ALEF])
def test_right_to_left_text_extracts_in_logical_order(agreement, read_pdf, text):
    pdf = read_pdf(render_agreement(with_limitations(agreement, text)))
    assert text in pdf.text, "pypdf reads the words in the order they were typed"
    assert text[::-1] not in pdf.text
    poppler = pdf.poppler_text()
    if poppler is not None and "\u0644\u0627" not in text:
        # poppler spells the lam-alef ligature backwards; pypdf reads it right
        assert text in poppler


def test_mixed_direction_text_keeps_every_word_in_logical_order(agreement, read_pdf):
    text = f"Contact the desk ({HEBREW}) on 0161 555 0199 or {ARABIC}."
    pdf = read_pdf(render_agreement(with_limitations(agreement, text)))
    for word in (*HEBREW.split(), *ARABIC.split(), "Contact", "0161", "555", "0199"):
        assert word in pdf.text


def test_arabic_letters_are_drawn_joined_and_decoded_back_to_letters(agreement, read_pdf):
    pdf = read_pdf(render_agreement(with_limitations(agreement, ARABIC)))
    shaped = join_arabic(ARABIC)
    assert all(
        unicodedata.decomposition(c).startswith(("<initial>", "<medial>", "<final>", "<isol"))
        for c in shaped
        if c != " "
    ), "every letter is drawn in its joined (presentation) form"
    assert unicodedata.normalize("NFKC", shaped) == ARABIC
    assert not any("\ufb50" <= c <= "\ufeff" for c in pdf.text), "extraction gives letters"


def test_right_to_left_words_are_drawn_right_to_left():
    text = "abc שלום def"
    order = visual_indices(embedding_levels(text, rtl=False))
    visual = "".join(text[i] for i in order)
    assert visual == "abc םולש def"
    rtl = "שלום abc 12"
    visual = "".join(rtl[i] for i in visual_indices(embedding_levels(rtl, rtl=True)))
    assert visual == "12 abc םולש"


@pytest.mark.parametrize("text", [CHINESE, JAPANESE, KOREAN])
def test_chinese_japanese_and_korean_print_with_an_embedded_font(agreement, read_pdf, text):
    rendered = render_agreement_document(with_limitations(agreement, text))
    pdf = read_pdf(rendered.pdf)
    assert text in pdf.text
    assert any("DroidSansFallback" in name for name in pdf.fonts())
    assert rendered.warnings == ()


def test_right_to_left_and_cjk_in_the_running_header(agreement, read_pdf):
    pdf = read_pdf(render_agreement(replace(agreement, title=f"{HEBREW} {CHINESE}")))
    header = pdf.pages[2]
    assert HEBREW in header and CHINESE in header


def test_characters_no_font_has_are_reported_with_the_pdf(agreement):
    rendered = render_agreement_document(with_limitations(agreement, f"Linear B {UNCOVERED}"))
    assert rendered.unprintable == UNCOVERED
    assert len(rendered.warnings) == 1 and "U+10000" in rendered.warnings[0]


def test_a_text_can_be_checked_for_unprintable_characters_before_it_is_saved():
    assert unprintable_characters(f"{HEBREW} {CHINESE} {KOREAN} 🚀 ok") == ""
    assert unprintable_characters(f"a{UNCOVERED}b{UNCOVERED}") == UNCOVERED
    assert unprintable_warning("plain") is None
    warning = unprintable_warning(f"x {UNCOVERED}")
    assert warning is not None and "U+10001" in warning


def test_contents_and_outline_carry_every_script(agreement, read_pdf):
    name = f"Mail 🚀 {CHINESE[:4]} {HEBREW.split()[0]}"
    first = replace(agreement.services[0], name=name)
    pdf = read_pdf(render_agreement(replace(agreement, services=(first, *agreement.services[1:]))))
    outline = [title for _, title in pdf.outline_titles()]
    assert any(name in title for title in outline)
    fonts = pdf.fonts()
    assert any("NotoEmoji" in f for f in fonts) and any("DroidSansFallback" in f for f in fonts)
