"""The annex of an SLA that shows its underpinning chain: for each target, the OLA and UC
targets it rests on and the margin they leave for the provider's own work."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak

from itsm_desktop.documents.language import N_, _, in_sentence, label
from itsm_desktop.documents.renderer import DocumentRenderer
from itsm_desktop.documents.text import clean_line, inline, said
from itsm_desktop.domain.underpinning import (
    ChainedTarget,
    MarginState,
    TargetChain,
    margin_text,
    shortfall_text,
)

ANNEX_TITLE = N_("Annex: Underpinning chain")
NO_MARGIN_MARK = N_("No margin")
"""What a flagged row's margin cell says first, in bold (plain text: every font has it)."""
NO_MARGIN_ASSURED = N_("No margin assured")
NOT_UNDERPINNED = N_("Not underpinned")
NONE_LINKED = N_("None linked")
# (looked up outside the f-strings below: the catalogue's extractor does not read into them)


def _beneath(target: ChainedTarget) -> str:
    where = f" · {inline(target.service)}" if clean_line(target.service) else ""
    provider = f" ({inline(target.provider)})" if clean_line(target.provider) else ""
    ended = "" if target.in_force else " <i>— {}</i>".format(
        _("{status}, not counted").format(status=in_sentence(label(target.status))))
    return (f"<b>{inline(target.reference)}</b> r{target.revision} {target.kind.value}{provider}: "
            f"{inline(said(target.description))}{where}{ended}")


def _margin(chain: TargetChain) -> str:
    state = chain.margin.state
    if state is MarginState.MARGIN:
        return inline(said(margin_text(chain.margin)))
    if state is MarginState.NOT_UNDERPINNED:
        return f"<i>{_(NOT_UNDERPINNED)}</i>"
    if state is MarginState.NO_MARGIN:
        short = said(shortfall_text(chain.margin))
        binding = chain.binding_target
        why = short or (_("{reference} takes all of it").format(reference=binding.reference)
                        if binding is not None else "")
        return f"<b>{_(NO_MARGIN_MARK)}</b><br/>{inline(why)}"
    return f"<b>{_(NO_MARGIN_ASSURED)}</b><br/>{inline(said(chain.margin.reason))}"


def underpinning_annex(r: DocumentRenderer, chains: Sequence[TargetChain]) -> None:
    """Add the annex to ``r``'s story when any target of the agreement rests on another."""
    if not any(c.beneath for c in chains):
        return
    r.story.append(PageBreak())
    r.section(_(ANNEX_TITLE), numbered=False)
    r.sentence(_(
        "For each service level target of this agreement, the targets of operational level "
        "agreements (OLA) and underpinning contracts (UC) it rests on, and the margin they "
        "leave for the provider's own work. Times are compared as elapsed time: the margin is "
        "the target less the longest time beneath it (for a maintenance notice, the shortest "
        "notice beneath less the notice promised). Availabilities beneath multiply, and the "
        "margin is their product less the target. Two times in the same business unit count "
        "the same support hours and compare as they stand; otherwise a time in business hours "
        "may take longer in elapsed time and is compared on that basis."
    ))
    flagged = sum(1 for c in chains if c.margin.flagged)
    if flagged:  # before the table: after it, the sentence can end up alone on a last page
        r.sentence(_("Targets whose underpinning leaves no assured margin for the provider's own "
                     "work: {flagged} of {total}.").format(flagged=flagged, total=len(chains)))
    r.space(2 * mm)
    rows = []
    for chain in chains:
        target = inline(said(chain.description))
        if clean_line(chain.service):
            target += f"<br/><font color='#5F6B7A'>{inline(chain.service)}</font>"
        beneath = "<br/>".join(_beneath(b) for b in chain.beneath) or f"<i>{_(NONE_LINKED)}</i>"
        rows.append([target, beneath, _margin(chain)])
    r.table([_("Target"), _("Rests on"), _("Margin")], rows, [0.28, 0.50, 0.22])

