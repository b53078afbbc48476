"""Who signs an agreement before anyone has: one line per chosen signatory."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from itsm_desktop.domain.enums import Side

if TYPE_CHECKING:
    from itsm_desktop.domain.forms import SignatureRow


def signature_rows(parties: Sequence[tuple[Side, int | None]],
                   signatories: Sequence[tuple[int | None, str, str]]) -> list[SignatureRow]:
    """One row per (organization id, name, title) of ``signatories`` under the party it
    belongs to, a blank row for a party without any; a signatory of neither party signs
    on the customer's side, last."""
    from itsm_desktop.domain.forms import SignatureRow  # the editors' forms: not for a signed copy

    rows: list[SignatureRow] = []
    placed: set[int] = set()
    for side, org_id in parties:
        own = [i for i, (org, _, _) in enumerate(signatories) if org == org_id and i not in placed]
        placed.update(own)
        rows += [SignatureRow(side=side, organization_id=org_id, signatory_name=signatories[i][1],
                              signatory_title=signatories[i][2]) for i in own]
        if not own:
            rows.append(SignatureRow(side=side, organization_id=org_id))
    rows += [SignatureRow(side=Side.CUSTOMER, organization_id=org, signatory_name=name, signatory_title=title)
             for i, (org, name, title) in enumerate(signatories) if i not in placed]
    return rows
