"""The shortcuts the documents take past reportlab's slower paths write exactly what
reportlab itself would: the same page operators, the same cell styles, the same sizes."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from itsm_desktop.documents import fonts
from itsm_desktop.documents.flowables import data_table, key_value_table
from itsm_desktop.documents.layout import DocumentCanvas, DocumentInfo
from itsm_desktop.documents.styles import stylesheet

LINES = (
    "Type and status",
    "",
    "Brackets ( ) and a backslash \\ are escaped",
    "Überweisung · Сервис · Υπηρεσία · שירות · خدمة",
    "Type and status",  # again, once its characters have their codes
    # more distinct characters than one font subset holds (256): a second subset
    "".join(chr(c) for c in range(0x0400, 0x04FF)) + "".join(chr(c) for c in range(0x0100, 0x017F)),
    "Überweisung · Сервис",
)


def _operators(canvas: Canvas) -> list[str]:
    for font, size, leading in ((fonts.REGULAR, 8.5, 11), (fonts.BOLD, 7.5, 9)):
        canvas.setFont(font, size, leading)
        for n, line in enumerate(LINES):
            canvas.drawString(12.5 + n, 700 - 11.25 * n, line)
    return list(canvas._code)


def test_lines_are_drawn_with_the_operators_reportlab_writes() -> None:
    fonts.register_fonts()
    info = DocumentInfo(title="t", author="a", subject="s", header_left="", header_right="", footer_left="")
    ours = _operators(DocumentCanvas(io.BytesIO(), info=info))
    theirs = _operators(Canvas(io.BytesIO()))
    assert ours == theirs
    assert any(" Tj " in op and op.startswith("BT ") for op in ours)


def test_a_command_for_one_cell_styles_that_cell_only() -> None:
    styles = stylesheet()
    rows = [[f"value {n}", "x"] for n in range(4)]
    table = data_table(["A", "B"], rows, [0.5, 0.5], 400, styles,
                       extra_style=[("TEXTCOLOR", (1, 2), (1, 2), colors.red)])
    cells = table._cellStyles
    assert cells[2][1].color == colors.red
    assert all(cells[r][c].color == styles.cell.textColor for r in range(1, 5) for c in (0, 1) if (r, c) != (2, 1))
    assert cells[0][0].fontname == fonts.BOLD and cells[1][0].fontname == fonts.REGULAR
    assert (cells[3][0].valign, cells[3][0].leftPadding, cells[3][0].topPadding) == ("TOP", 5, 3.5)


def test_a_table_measured_again_at_the_same_width_keeps_its_size() -> None:
    styles = stylesheet()
    table = key_value_table([(f"Label {n}", "a value<br/>on two lines") for n in range(6)], 450, styles)
    first = table.wrap(450, 1000)
    heights = list(table._rowHeights)
    assert table.wrap(450, 80) == first and table._rowHeights == heights


def test_shapes_go_unchecked_only_while_a_document_renders() -> None:
    from reportlab import rl_config

    from itsm_desktop.documents.renderer import DocumentRenderer

    seen: list[int] = []

    class Probe(DocumentRenderer):
        def info(self) -> DocumentInfo:
            return DocumentInfo(title="t", author="a", subject="s", header_left="", header_right="",
                                footer_left="")

        def build_story(self) -> None:
            seen.append(rl_config.shapeChecking)
            self.sentence("A page.")

    before = rl_config.shapeChecking
    assert Probe().render().startswith(b"%PDF")
    assert seen == [0] and rl_config.shapeChecking == before


def test_a_finished_file_lets_go_of_its_objects_and_keeps_ticking_to_the_end() -> None:
    import pypdf

    from itsm_desktop.documents.pdf_stream import StreamingPDFDocument, _TickingLookup

    class Ticks:
        count = 0

        def tick(self) -> None:
            self.count += 1

        def written(self, page: int, pages: int) -> None:
            pass

    ticks = Ticks()
    fonts.register_fonts()
    info = DocumentInfo(title="t", author="a", subject="s", header_left="h", header_right="r", footer_left="f")
    buffer = io.BytesIO()
    canvas = DocumentCanvas(buffer, info=info, monitor=ticks)  # type: ignore[arg-type]
    pages = 2500
    for n in range(pages):
        canvas.setFont(fonts.REGULAR, 9)
        canvas.drawString(72, 700, f"Page body {n}")
        canvas.showPage()
    formatting: list[int] = []
    original = StreamingPDFDocument.format

    def spy(self: StreamingPDFDocument) -> object:
        formatting.append(ticks.count)
        result = original(self)
        formatting.append(ticks.count)
        return result

    StreamingPDFDocument.format = spy  # type: ignore[method-assign]
    try:
        canvas.save()
    finally:
        StreamingPDFDocument.format = original  # type: ignore[method-assign]
    assert len(pypdf.PdfReader(io.BytesIO(buffer.getvalue())).pages) == pages
    objects = 2 * pages  # a page and its content at least, each written with a tick
    assert formatting[1] - formatting[0] > objects
    # the cross-reference table, one entry per object formatted in one go, ticks as it goes
    assert isinstance(canvas._doc.idToOffset, _TickingLookup)
    assert not canvas._doc.idToObject and not canvas._doc.Pages.pages


def test_plain_text_makes_the_fragments_the_markup_parser_makes() -> None:
    from reportlab.platypus import Paragraph

    from itsm_desktop.documents.flowables import Para

    styles = stylesheet()
    for text in ("A plain sentence.", "  spaces   and\n a line break ", "", "שלום עולם", "x > y"):
        for style in (styles.body, styles.cell_bold, styles.h2_numbered):
            ours, theirs = Para(text, style), Paragraph(text, ours_style := Para(text, style).style)
            assert ours.text == theirs.text and ours_style is ours.style
            assert [vars(f) for f in ours.frags] == [vars(f) for f in theirs.frags]
