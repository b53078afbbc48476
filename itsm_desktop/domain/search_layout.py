"""How a record's folded search text is laid out, and how a match of it is ranked.

A search text begins with the record's own *names* (a service's code and name, an
organization's name and code …), separated by ``NAME_SEPARATOR``; its *details* (summary,
related records' names, description …) follow, each after a ``PART_SEPARATOR``. Every part is
folded (``fold``) and stripped of the separators, so ``NAME_SEPARATOR`` occurs only between
two names: that lets a plain ``LIKE`` pattern, and ``str`` methods alike, tell a match of a
whole name or of the start of a name from a match anywhere else.

A match ranks ``EXACT`` when one of the names is the search, ``PREFIX`` when one begins with
it, else ``OTHER``; a list shows the ranks in that order.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from .values import fold

NAME_SEPARATOR = "\x1e"
PART_SEPARATOR = "\x1f"
EXACT, PREFIX, OTHER = 0, 1, 2
_NO_SEPARATORS = str.maketrans("", "", "\x00" + NAME_SEPARATOR + PART_SEPARATOR)


def clean_fold(text: str | None) -> str:
    """``fold(text)`` without the characters a search text is laid out with."""
    if text and text.isascii():  # the common case, quickly: nothing to decompose or normalise
        return text.casefold().translate(_NO_SEPARATORS)
    return fold(text).translate(_NO_SEPARATORS)


def search_document(names: Iterable[str | None], details: Iterable[str | None] = ()) -> str:
    """The search text of a record called ``names`` and described by ``details`` (blanks skipped)."""
    head = NAME_SEPARATOR.join(filter(None, map(clean_fold, names)))
    return PART_SEPARATOR.join([head, *filter(None, map(clean_fold, details))])


def search_key(query: str) -> str:
    """The folded form of a search, as found in search texts (empty: matches everything)."""
    return clean_fold(query.strip())


def names_of(text: str) -> list[str]:
    """The record's own names at the start of its search text."""
    return text.partition(PART_SEPARATOR)[0].split(NAME_SEPARATOR)


def after_prefix(key: str) -> str:
    """The first string greater than every string that begins with ``key`` (not empty), in
    the order of code points (which a B-tree over UTF-8 bytes keeps too)."""
    return key[:-1] + chr(min(ord(key[-1]) + 1, 0x10FFFF))


def match_rank(text: str, key: str) -> int:
    """How well ``text`` (which contains ``key``) matches: ``EXACT``, ``PREFIX`` or ``OTHER``."""
    names = names_of(text)
    if key in names:
        return EXACT
    if any(name.startswith(key) for name in names):
        return PREFIX
    return OTHER


def like_escaped(key: str) -> str:
    """``key`` with the characters special to ``LIKE`` escaped (by a backslash)."""
    return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_parameters(key: str) -> dict[str, str]:
    """The values a search for ``key`` binds in ``rank_expression`` (and in the store's search
    queries), by parameter name: the same names for every key, so that one statement, built
    once, serves every search of its shape with these values bound."""
    k, n, p = like_escaped(key), NAME_SEPARATOR, PART_SEPARATOR
    return {"search_key": key, "search_name_first": f"{k}{n}%", "search_name_only": f"{k}{p}%",
            "search_name_between": f"%{n}{k}{n}%", "search_name_second": f"%{n}{k}{p}%",
            "search_name_last": f"%{n}{k}", "search_prefix_first": f"{k}%", "search_prefix_second": f"%{n}{k}%",
            "search_anywhere": f"%{k}%"}


def search_parameter(key: str, name: str) -> sa.BindParameter[str]:
    """The parameter ``name`` of ``search_parameters``, bound to its value for ``key``."""
    return sa.bindparam(name, search_parameters(key)[name], type_=sa.String)


def rank_expression(names: Any, key: str) -> sa.ColumnElement[int]:
    """``match_rank`` in SQL: the rank of a match whose search text, or its names alone
    (``names``), contains ``key`` (bound as ``search_parameters``).

    ``NAME_SEPARATOR`` occurs only between the names at the start of a text, so plain ``LIKE``
    patterns (portable SQL) tell a whole name (between separators or the ends) and a name's start.
    """
    values = search_parameters(key)

    def like(name: str) -> sa.ColumnElement[bool]:
        return names.like(sa.bindparam(name, values[name], type_=sa.String), escape="\\")

    exact = sa.or_(names == sa.bindparam("search_key", key, type_=sa.String), like("search_name_first"),
                   like("search_name_only"), like("search_name_between"), like("search_name_second"),
                   like("search_name_last"))
    prefix = sa.or_(like("search_prefix_first"), like("search_prefix_second"))
    return sa.case((exact, EXACT), (prefix, PREFIX), else_=OTHER)
