"""Use cases of the clause library: keep standard clauses in numbered versions, choose them
per agreement (each kind starts with its defaults), and read them for print."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlmodel import Session, col, select

from itsm_desktop.domain.clauses import (
    ClauseForm,
    CreditRow,
    clause_problems,
    read_translations,
    stored_translations,
)
from itsm_desktop.domain.enums import AgreementKind, AgreementStatus, ClauseTopic, HistoryAction
from itsm_desktop.domain.errors import InUseError, ValidationError
from itsm_desktop.domain.languages import DocumentLanguage
from itsm_desktop.domain.models import Agreement, AgreementClause, Clause, ClauseVersion
from itsm_desktop.domain.translatable import translatable
from itsm_desktop.store import Database
from itsm_desktop.store.rows import rows_of

from .common import (
    check_version,
    current_user,
    diff,
    get_or_404,
    record_history,
    stale_is_conflict,
    touch,
)
from .reads import clauses as reads
from .reads.clauses import VersionSummary as VersionSummary  # the editor's and printing's names
from .reads.clauses import clause_snapshot as clause_snapshot
from .user_profiles import names_of_logins

EDITABLE_STATES = (AgreementStatus.DRAFT, AgreementStatus.IN_REVIEW)


@dataclass(frozen=True)
class ClauseSummary:
    """A clause of the library as its list shows it."""

    id: int
    topic: ClauseTopic
    title: str
    latest: int
    """The number of its newest version."""
    default_for: tuple[AgreementKind, ...]


def list_clauses(db: Database) -> list[ClauseSummary]:
    """Every clause of the library, by topic then title."""
    with db.read() as session:
        latest = _latest_numbers(session)
        clauses = session.exec(select(Clause)).all()
        order = list(ClauseTopic)
        return sorted((ClauseSummary(c.id or 0, c.topic, c.title, latest.get(c.id or 0, 0),
                                     tuple(AgreementKind(k) for k in c.default_for or ()))
                       for c in clauses), key=lambda c: (order.index(c.topic), c.title.casefold()))


def load_clause(db: Database, clause_id: int) -> tuple[Clause, ClauseForm]:
    """A clause and its form, filled with its newest version."""
    with db.read() as session:
        clause = get_or_404(session, Clause, clause_id)
        return clause, _form(clause, _newest(session, clause_id))


def clause_history(db: Database, clause_id: int) -> list[VersionSummary]:
    """Every version of a clause, newest first."""
    with db.read() as session:
        clause = get_or_404(session, Clause, clause_id)
        versions = session.exec(select(ClauseVersion).where(ClauseVersion.clause_id == clause_id)
                                .order_by(col(ClauseVersion.number).desc())).all()
        latest = versions[0].number if versions else 0
        people = names_of_logins(session, (v.who for v in versions))  # the person behind each login
        return [replace(_summary(clause, v, latest), who=people.get(v.who, v.who)) for v in versions]


def create_clause(db: Database, *, form: ClauseForm, restore_id: int | None = None) -> Clause:
    """Add a clause to the library with its first version (``restore_id``: under the id of
    one deleted before, when its deletion is undone)."""
    return _save(db, None, None, form, restore_id=restore_id)


def delete_clause(db: Database, *, clause_id: int, version: int) -> None:
    """Remove a clause and its versions from the library, unless an agreement carries one."""
    with db.write() as session:
        clause = check_version(session, Clause, clause_id, version)
        refusal = _in_use(session, clause)
        if refusal is not None:
            raise refusal
        with stale_is_conflict(session, clause, version):
            for old in session.exec(select(ClauseVersion).where(ClauseVersion.clause_id == clause_id)):
                session.delete(old)
            session.flush()
            session.delete(clause)
        record_history(session, entity="clause", entity_id=clause_id, action=HistoryAction.DELETED,
                       summary=translatable("Removed clause “{title}”", title=clause.title))


def clause_deletion_refusal(db: Database, *, clause_id: int) -> InUseError | None:
    """Why the clause cannot be removed (an agreement carries it), or None."""
    with db.read() as session:
        return _in_use(session, get_or_404(session, Clause, clause_id))


def _in_use(session: Session, clause: Clause) -> InUseError | None:
    references = sorted(set(session.exec(
        select(Agreement.reference)
        .join(AgreementClause, col(AgreementClause.agreement_id) == Agreement.id)
        .join(ClauseVersion, col(ClauseVersion.id) == AgreementClause.clause_version_id)
        .where(ClauseVersion.clause_id == clause.id)).all()))
    if not references:
        return None
    shown = ", ".join(references[:5]) + (f" and {len(references) - 5} more" if len(references) > 5 else "")
    return InUseError(f"“{clause.title}” is carried by {shown}; it stays in the library for them.")


def update_clause(db: Database, *, clause_id: int, version: int, form: ClauseForm) -> Clause:
    """Save ``form`` over the clause; a changed wording becomes its next version, and the
    agreements that carry an earlier one keep it."""
    return _save(db, clause_id, version, form)


def _save(db: Database, clause_id: int | None, version: int | None, form: ClauseForm, *,
          restore_id: int | None = None) -> Clause:
    problems = clause_problems(form)
    if problems:
        raise ValidationError(problems)
    with db.write() as session:
        if clause_id is None:
            clause, before, newest = Clause(id=restore_id, title=form.title.strip()), {}, None
        else:
            assert version is not None
            clause = check_version(session, Clause, clause_id, version)
            newest = _newest(session, clause_id)
            before = _values(_form(clause, newest))
            touch(clause)
        with stale_is_conflict(session, clause, version):
            clause.topic, clause.title = form.topic, form.title.strip()
            clause.default_for = [k.value for k in form.default_for]
            session.add(clause)
            session.flush()
            assert clause.id is not None
            if newest is None or _form(clause, newest).wording() != form.wording():
                session.add(ClauseVersion(
                    clause_id=clause.id, number=(newest.number + 1) if newest else 1, text=form.text.strip(),
                    credits=[{"shortfall": r.shortfall.strip(), "credit_percent": str(r.credit_percent)}
                             for r in form.credits] or None,
                    credit_cap="" if form.credit_cap_percent is None else str(form.credit_cap_percent),
                    translations=stored_translations(form.translations), who=current_user()))
        changes = diff(before, _values(form))
        record_history(session, entity="clause", entity_id=clause.id,
                       action=HistoryAction.CREATED if clause_id is None else HistoryAction.UPDATED,
                       summary=(translatable("Added clause “{title}”", title=clause.title) if clause_id is None
                                else translatable("Changed clause “{title}”", title=clause.title)),
                       changes=changes)
        session.flush()
        return clause


def default_version_ids(session: Session, kind: AgreementKind) -> list[int]:
    """The newest versions of the clauses that ``kind`` of agreement starts with, in library order."""
    order = list(ClauseTopic)
    clauses = sorted((c for c in session.exec(select(Clause)) if kind.value in (c.default_for or ())),
                     key=lambda c: (order.index(c.topic), c.title.casefold()))
    ids = []
    for clause in clauses:
        newest = _newest(session, clause.id or 0)
        if newest is not None and newest.id is not None:
            ids.append(newest.id)
    return ids


def attach_default_clauses(session: Session, agreement: Agreement) -> None:
    """A new agreement carries the newest versions of its kind's default clauses."""
    assert agreement.id is not None
    for position, version_id in enumerate(default_version_ids(session, agreement.kind)):
        session.add(AgreementClause(agreement_id=agreement.id, clause_version_id=version_id, position=position))


def copy_clauses(session: Session, source_id: int, target_id: int) -> None:
    """A revision or copy of an agreement carries the same clause versions as its source."""
    for link in session.exec(select(AgreementClause).where(AgreementClause.agreement_id == source_id)
                             .order_by(col(AgreementClause.position))):
        session.add(AgreementClause(agreement_id=target_id, clause_version_id=link.clause_version_id,
                                    position=link.position))


def agreement_clauses(db: Database, agreement_id: int) -> list[VersionSummary]:
    """The clause versions an agreement carries, in print order."""
    with db.read() as session:
        return carried_clauses(session, agreement_id)


def carried_clauses(session: Session, agreement_id: int) -> list[VersionSummary]:
    """``agreement_clauses`` inside the caller's transaction."""
    return reads.carried_clauses(rows_of(session), agreement_id)


def set_agreement_clauses(db: Database, *, agreement_id: int, version: int,
                          clause_version_ids: list[int]) -> Agreement:
    """Make the agreement carry these clause versions, in this order (one per clause); only a
    draft or an agreement in review can change its clauses."""
    with db.write() as session:
        agreement = check_version(session, Agreement, agreement_id, version)
        if agreement.status not in EDITABLE_STATES:
            raise ValidationError({"clauses": f"{agreement.reference} is {agreement.status.label.lower()}: "
                                               "its clauses can no longer be changed; revise it instead."})
        wanted = list(dict.fromkeys(clause_version_ids))
        found = {v.id: v for v in session.exec(select(ClauseVersion).where(col(ClauseVersion.id).in_(wanted)))}
        if len(found) != len(wanted):
            raise ValidationError({"clauses": "A chosen clause version no longer exists; reload the agreement."})
        clause_ids = [found[i].clause_id for i in wanted]
        if len(set(clause_ids)) != len(clause_ids):
            raise ValidationError({"clauses": "An agreement carries one version of each clause."})
        before = [v.label for v in carried_clauses(session, agreement_id)]
        for link in session.exec(select(AgreementClause).where(AgreementClause.agreement_id == agreement_id)):
            session.delete(link)
        session.flush()
        for position, version_id in enumerate(wanted):
            session.add(AgreementClause(agreement_id=agreement_id, clause_version_id=version_id, position=position))
        # the agreement's own version stays: an editor open on it saves its fields without a
        # conflict, the clauses being saved on their own
        session.flush()
        after = [v.label for v in carried_clauses(session, agreement_id)]
        if before != after:
            record_history(session, entity="agreement", entity_id=agreement_id, action=HistoryAction.UPDATED,
                           summary=translatable("Changed the clauses of {reference}", reference=agreement.reference),
                           changes={"clauses": [before, after]})
        return agreement


def untranslated_clauses(db: Database, agreement_id: int, language: str | None = None) -> list[str]:
    """The titles of the clauses an agreement carries that have no text in its language (or
    ``language``): they would print in English. Empty for an agreement in English."""
    with db.read() as session:
        agreement = get_or_404(session, Agreement, agreement_id)
        wanted = DocumentLanguage.parse(language or agreement.language)
        return reads.untranslated(rows_of(session), agreement_id, wanted)


def _latest_numbers(session: Session) -> dict[int, int]:
    return reads.latest_numbers(rows_of(session))


def _newest(session: Session, clause_id: int) -> ClauseVersion | None:
    return session.exec(select(ClauseVersion).where(ClauseVersion.clause_id == clause_id)
                        .order_by(col(ClauseVersion.number).desc())).first()


def _credits(version: ClauseVersion | None) -> list[CreditRow]:
    return reads.credit_rows(version.credits) if version is not None else []


def _form(clause: Clause, version: ClauseVersion | None) -> ClauseForm:
    cap = version.credit_cap if version is not None else ""
    return ClauseForm(topic=clause.topic, title=clause.title, text=version.text if version else "",
                      default_for=[AgreementKind(k) for k in clause.default_for or ()],
                      credits=_credits(version), credit_cap_percent=reads.credit_cap(cap),
                      translations=read_translations(version.translations) if version else {})


def _summary(clause: Clause, version: ClauseVersion, latest: int) -> VersionSummary:
    return reads.version_summary(
        version_id=version.id or 0, clause_id=clause.id or 0, number=version.number, text=version.text,
        created_at=version.created_at, who=version.who, topic=clause.topic, title=clause.title, latest=latest,
        credits=version.credits, cap=version.credit_cap, translations=version.translations)


def _values(form: ClauseForm) -> dict[str, object]:
    return {"topic": form.topic, "title": form.title.strip(), "text": form.text.strip(),
            "default_for": [k.value for k in form.default_for],
            "credits": [[r.shortfall, str(r.credit_percent)] for r in form.credits],
            "credit_cap_percent": form.credit_cap_percent,
            "translations": stored_translations(form.translations)}


def agreement_language(db: Database, agreement_id: int) -> str:
    """The language the agreement prints in (a ``DocumentLanguage`` value)."""
    with db.read() as session:
        return DocumentLanguage.parse(get_or_404(session, Agreement, agreement_id).language).value
