"""The in-memory 名寄せ index: exact 法人番号 and phone look-ups, and fuzzy name matching with rapidfuzz.

Scorer: ``rapidfuzz.fuzz.ratio`` (normalised Indel similarity) on 名寄せ keys, plus plain
containment while the name is still being typed. Why this one for short Japanese names:

- Japanese names have no spaces, so the token-based scorers (``token_set_ratio``,
  ``WRatio``) see one token and only add cost (WRatio was 10x slower here);
- ``partial_ratio`` gives 100 to every name containing a one- or two-character query,
  so its percentages say nothing; containment is reported as containment instead;
- the legal form is already removed from the key, so ``ratio`` compares the distinctive
  part: one wrong character in a five-character name is 80%, in a four-character name 75%.

Candidates are found before scoring: a name whose key shares a longest common subsequence
of at least m characters with the query contains at least one of the query's n - m + 1
rarest characters, so only those characters' posting lists are scored (100,000 names
are matched in a few milliseconds instead of a full scan).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from counselor_app.domain.business_registry import MATCH_PRIORITY, MatchKind
from counselor_app.domain.text import nfkc

# One wrong character in a four-character name still counts as similar; in three, not.
SIMILARITY_CUTOFF = 75.0


@dataclass(frozen=True)
class IndexHit:
    """A registry business (its surviving record) that may be the one asked for, and why."""

    business_id: int
    kind: MatchKind
    score: float
    matched_name: str


class BusinessIndex:
    """Names, aliases, 法人番号 and phones of every business record, held in memory.

    Merged records stay in the index: what matches them is reported as their survivor.
    Not thread-safe: the owner serialises access.
    """

    def __init__(self) -> None:
        self._keys: list[str] = []
        self._names: list[str] = []
        self._owners: list[int] = []
        self._alias_entries: dict[int, int] = {}
        self._postings: dict[str, list[int]] = {}
        self._exact: dict[str, list[int]] = {}
        self._corporate: dict[str, set[int]] = {}
        self._phones: dict[str, set[int]] = {}
        self._merged_into: dict[int, int] = {}
        self.max_business_id = 0
        self.max_alias_id = 0

    def __len__(self) -> int:
        return len(self._keys)

    # -- filling -----------------------------------------------------------------------

    def add_business(
        self,
        record_id: int,
        display_name: str,
        key: str,
        *,
        corporate_number: str | None = None,
        phone_keys: Iterable[str] = (),
        merged_into_id: int | None = None,
    ) -> None:
        """Index one business record (``phone_keys`` already normalised by ``phone_key``)."""
        self._add_entry(record_id, display_name, key)
        if corporate_number:
            self._corporate.setdefault(corporate_number, set()).add(record_id)
        for phone in phone_keys:
            if phone:
                self._phones.setdefault(phone, set()).add(record_id)
        if merged_into_id is not None:
            self._merged_into[record_id] = merged_into_id
        self.max_business_id = max(self.max_business_id, record_id)

    def add_alias(self, alias_id: int, business_id: int, alias: str, key: str) -> None:
        """Index another name of a business record."""
        entry = self._add_entry(business_id, alias, key)
        if entry is not None:
            self._alias_entries[alias_id] = entry
        self.max_alias_id = max(self.max_alias_id, alias_id)

    def _add_entry(self, owner: int, name: str, key: str) -> int | None:
        if not key:
            return None
        entry = len(self._keys)
        self._keys.append(key)
        self._names.append(name)
        self._owners.append(owner)
        self._exact.setdefault(key, []).append(entry)
        for char in set(key):
            self._postings.setdefault(char, []).append(entry)
        return entry

    def record_merge(self, merged_id: int, kept_id: int, alias_ids: Iterable[int]) -> None:
        """Reflect a merge: the merged record and its moved aliases now answer for ``kept_id``."""
        self._merged_into[merged_id] = kept_id
        self._move_aliases(alias_ids, kept_id)

    def record_unmerge(self, merged_id: int, alias_ids: Iterable[int]) -> None:
        """Reflect an undone merge: the record and the aliases moved back stand on their own again."""
        self._merged_into.pop(merged_id, None)
        self._move_aliases(alias_ids, merged_id)

    def _move_aliases(self, alias_ids: Iterable[int], owner: int) -> None:
        for alias_id in alias_ids:
            entry = self._alias_entries.get(alias_id)
            if entry is not None:
                self._owners[entry] = owner

    def survivor(self, record_id: int) -> int:
        """The live record a (possibly merged) record now belongs to."""
        seen = {record_id}
        while record_id in self._merged_into:
            record_id = self._merged_into[record_id]
            if record_id in seen:  # a cycle would be a data error; stop rather than loop
                break
            seen.add(record_id)
        return record_id

    # -- matching ----------------------------------------------------------------------

    def match(
        self,
        key: str,
        *,
        corporate_number: str | None = None,
        phone: str | None = None,
        limit: int = 10,
        cutoff: float = SIMILARITY_CUTOFF,
        typed: str = "",
    ) -> list[IndexHit]:
        """Best hits, one per surviving business: 法人番号, then phone, then name (exact, then by score).

        Ties (two records with the same key) go to the name spelt most like ``typed``,
        the text as the user wrote it.
        """
        hits: list[IndexHit] = []
        for number_owner in sorted(self._corporate.get(corporate_number or "", ())):
            hits.append(IndexHit(number_owner, "corporate_number", 100.0, corporate_number or ""))
        for phone_owner in sorted(self._phones.get(phone or "", ())):
            hits.append(IndexHit(phone_owner, "phone", 100.0, phone or ""))
        if key:
            hits.extend(self._name_hits(key, cutoff, want=limit * 4))
        surface = nfkc(typed).lower()

        def spelling(hit: IndexHit) -> float:
            return fuzz.ratio(surface, nfkc(hit.matched_name).lower()) if surface else 0.0

        hits.sort(
            key=lambda hit: (MATCH_PRIORITY[hit.kind], -hit.score, -spelling(hit), len(hit.matched_name), hit.matched_name)
        )
        best: dict[int, IndexHit] = {}
        for hit in hits:
            survivor = self.survivor(hit.business_id)
            if survivor not in best:
                best[survivor] = IndexHit(survivor, hit.kind, hit.score, hit.matched_name)
                if len(best) >= limit:
                    break
        return list(best.values())

    def _name_hits(self, key: str, cutoff: float, *, want: int) -> list[IndexHit]:
        keys, names, owners = self._keys, self._names, self._owners
        found: dict[int, IndexHit] = {}
        for entry in self._exact.get(key, ()):
            found[entry] = IndexHit(owners[entry], "name_exact", 100.0, names[entry])
        # Query positions, rarest character first.
        by_rarity = sorted(key, key=lambda char: len(self._postings.get(char, ())))
        length = len(key)
        fraction = cutoff / 100.0
        needed = math.ceil(fraction * length / (2.0 - fraction) - 1e-9)
        candidates: set[int] = set()
        for char in dict.fromkeys(by_rarity[: max(length - needed + 1, 1)]):
            candidates.update(self._postings.get(char, ()))
        candidates.difference_update(found)
        ordered = list(candidates)
        for _choice, score, position in process.extract(
            key, [keys[entry] for entry in ordered], scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
        ):
            entry = ordered[position]
            kind: MatchKind = "name_contains" if key in keys[entry] else "name_similar"
            found[entry] = IndexHit(owners[entry], kind, float(score), names[entry])
        if len(found) < want:
            # While typing, the query is a fragment: names containing it, closest length first.
            containing = [
                entry
                for entry in self._postings.get(by_rarity[0], ())
                if entry not in found and key in keys[entry]
            ]
            for _choice, score, position in process.extract(
                key, [keys[entry] for entry in containing], scorer=fuzz.ratio, limit=want
            ):
                entry = containing[position]
                found[entry] = IndexHit(owners[entry], "name_contains", float(score), names[entry])
        return list(found.values())
