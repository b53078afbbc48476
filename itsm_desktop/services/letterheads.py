"""Use cases for an organization's letterhead: read it, save it, and hand it to the documents."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from sqlmodel import Session, col, select

from itsm_desktop.documents.letterhead import Letterhead
from itsm_desktop.domain.enums import HistoryAction
from itsm_desktop.domain.errors import ConflictError, ValidationError
from itsm_desktop.domain.letterhead import LetterheadForm, LogoImage, letterhead_problems
from itsm_desktop.domain.models import Organization, ProviderProfile
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.store import Database
from itsm_desktop.store.rows import rows_of

from .common import diff, get_or_404, record_history, stale_is_conflict, touch
from .reads import letterheads
from .reads.letterheads import letterhead_paper as letterhead_paper  # the editor's name for it

LETTERHEAD_TEXTS = ("legal_name", "address", "registration", "primary_colour", "accent_colour", "paper_size")


@dataclass(frozen=True)
class LoadedLetterhead:
    """An organization's letterhead as stored: ``version`` is None while it has none."""

    organization_id: int
    organization_name: str
    version: int | None
    form: LetterheadForm


def blank_letterhead(organization: Organization, paper_size: str) -> LetterheadForm:
    """The letterhead an organization starts from: its own name and address."""
    return LetterheadForm(legal_name=organization.name, address=organization.address,
                          paper_size=paper_size)


def letterhead_form(db: Database, organization_id: int, *, paper_size: str = "A4") -> LoadedLetterhead:
    """The letterhead of an organization; one to start from (on ``paper_size``) if it has none."""
    with db.read() as session:
        org = get_or_404(session, Organization, organization_id)
        profile = _profile(session, organization_id)
        form = blank_letterhead(org, paper_size) if profile is None else _form(profile)
        return LoadedLetterhead(organization_id, org.name, profile.version if profile else None, form)


def save_letterhead(db: Database, *, organization_id: int, version: int | None,
                    form: LetterheadForm) -> LoadedLetterhead:
    """Save ``form`` as the organization's letterhead if nobody changed it since ``version``
    (None: it had none). A refused form changes nothing."""
    form = replace(form, legal_name=form.legal_name.strip(), primary_colour=form.primary_colour.strip(),
                   accent_colour=form.accent_colour.strip())
    from itsm_desktop.documents.letterhead_drawing import png_decodes  # reportlab only when saving

    problems = letterhead_problems(form)
    if not problems and form.logo is not None and not png_decodes(form.logo.printable):
        problems["logo"] = "The logo could not be read as an image."
    if problems:
        raise ValidationError(problems)
    with db.write() as session:
        org = get_or_404(session, Organization, organization_id)
        profile = _profile(session, organization_id)
        if (profile.version if profile else None) != version:
            raise ConflictError("letterhead", profile.id if profile and profile.id else 0, version or 0,
                                profile.version if profile else None)
        before = _values(_form(profile)) if profile is not None else {}
        if profile is None:
            profile = ProviderProfile(organization_id=organization_id)
        else:
            touch(profile)
        with stale_is_conflict(session, profile, version):
            session.add(profile_of(profile, form))
        changes = diff(before, _values(form))
        if changes:
            record_history(session, entity="organization", entity_id=organization_id,
                           action=HistoryAction.UPDATED,
                           summary=translatable("Changed the letterhead of organization “{name}”", name=org.name),
                           changes={f"letterhead_{k}": v for k, v in changes.items()})
        session.flush()
        return LoadedLetterhead(organization_id, org.name, profile.version, form)


def remove_letterhead(db: Database, *, organization_id: int, version: int) -> None:
    """Remove the organization's letterhead (its documents then print its name alone) if
    nobody changed it since ``version``."""
    with db.write() as session:
        org = get_or_404(session, Organization, organization_id)
        profile = _profile(session, organization_id)
        if profile is None or profile.version != version:
            raise ConflictError("letterhead", profile.id if profile and profile.id else 0, version,
                                profile.version if profile else None)
        before = _values(_form(profile))
        with stale_is_conflict(session, profile, version):
            session.delete(profile)
        record_history(session, entity="organization", entity_id=organization_id,
                       action=HistoryAction.UPDATED,
                       summary=translatable("Removed the letterhead of organization “{name}”", name=org.name),
                       changes={f"letterhead_{k}": [v, None] for k, v in before.items() if v})


def profile_of(profile: ProviderProfile, form: LetterheadForm) -> ProviderProfile:
    """``profile`` with the values of ``form`` (checked before)."""
    for key in LETTERHEAD_TEXTS:
        setattr(profile, key, getattr(form, key))
    logo = form.logo
    profile.logo_media_type = logo.media_type if logo else ""
    profile.logo_source = logo.source if logo else None
    profile.logo_printable = logo.printable if logo else None
    return profile


def letterhead_of(session: Session, organization_id: int | None) -> Letterhead | None:
    """What the documents of ``organization_id`` print as letterhead: its own or, for a
    unit without one, that of the nearest unit above it (None when none has one)."""
    return letterheads.letterhead_of(rows_of(session), organization_id)


def catalog_letterhead(session: Session, providers: Iterable[int | None]) -> Letterhead | None:
    """The letterhead of the catalog report: that of the organization with a letterhead that
    provides the most of its services, directly or through its units (by name on a tie)."""
    profiles = {p.organization_id: p for p in session.exec(select(ProviderProfile))}
    if not profiles:
        return None
    parents = dict(session.exec(select(Organization.id, Organization.parent_id)).all())
    names = dict(session.exec(select(Organization.id, Organization.name)
                              .where(col(Organization.id).in_(list(profiles)))).all())
    served: Counter[int] = Counter()
    for provider, services in Counter(providers).items():
        seen: set[int] = set()
        org = provider
        while org is not None and org not in seen:  # the provider and each unit above it
            seen.add(org)
            if org in profiles:
                served[org] += services
            org = parents.get(org)
    if not served:
        return None
    chosen = min(served, key=lambda org: (-served[org], names.get(org, "")))
    return _printed(profiles[chosen])


def _profile(session: Session, organization_id: int) -> ProviderProfile | None:
    return session.exec(select(ProviderProfile).where(
        ProviderProfile.organization_id == organization_id)).first()


def _form(profile: ProviderProfile) -> LetterheadForm:
    logo = None
    if profile.logo_source and profile.logo_printable:
        logo = LogoImage(profile.logo_media_type, bytes(profile.logo_source), bytes(profile.logo_printable))
    return LetterheadForm(**{k: getattr(profile, k) for k in LETTERHEAD_TEXTS}, logo=logo)


def _values(form: LetterheadForm) -> dict[str, Any]:
    """The form as the history shows it: the logo by its kind and size, not its bytes."""
    values: dict[str, Any] = {k: getattr(form, k) for k in LETTERHEAD_TEXTS}
    values["logo"] = form.logo.describe() if form.logo else ""
    return values


def _printed(profile: ProviderProfile) -> Letterhead:
    return letterheads.printed_letterhead((profile.legal_name, profile.address, profile.registration,
                                           profile.logo_printable, profile.primary_colour,
                                           profile.accent_colour, profile.paper_size))
