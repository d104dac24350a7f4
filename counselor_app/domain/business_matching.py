"""The in-memory 名寄せ index: exact 法人番号 and phone look-ups, and fuzzy name matching with rapidfuzz.

Scorer: ``rapidfuzz.fuzz.ratio`` (normalised Indel similarity) on 名寄せ keys, plus plain
containment while the name is still being typed. Why this one for short Japanese names:

- Japanese names have no spaces, so the token-based scorers (``token_set_ratio``,
  ``WRatio``) see one token and only add cost (WRatio was 10x slower here);
- ``partial_ratio`` gives 100 to every name containing a one- or two-character query,
  so its percentages say nothing; containment is reported as containment instead;
- the legal form is already removed from the key, so ``ratio`` compares the distinctive
  part: one wrong character in a five-character name is 80%, in a four-character name 75%.

Candidates are found before scoring, with bounds that never lose a match. For a query
of n characters and a name of length l, ratio >= 75% needs a longest common subsequence
L >= ceil(0.75 (n + l) / 2); an alignment with L matches keeps at least
t = 3L - n - l - 1 of the query's character pairs (bigrams) intact, so when t >= 1 the
name contains one of the query's (n - 1) - t + 1 rarest bigrams, and otherwise (short
names) one of its n - L + 1 rarest characters. Only those posting lists are scored: most
look-ups in 100,000 names take a few milliseconds. When the lists would still cover a
large share of all names, rapidfuzz scores every key instead, which bounds the worst case.
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
# Above this share of all names in the candidate lists, score every name instead.
FULL_SCAN_SHARE = 0.25


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
        self._chars: dict[str, list[int]] = {}
        self._chars_by_length: dict[tuple[str, int], list[int]] = {}
        self._bigrams: dict[str, list[int]] = {}
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
        length = len(key)
        for char in set(key):
            self._chars.setdefault(char, []).append(entry)
            self._chars_by_length.setdefault((char, length), []).append(entry)
        for bigram in {key[start : start + 2] for start in range(length - 1)}:
            self._bigrams.setdefault(bigram, []).append(entry)
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
        posting_lists = self._similarity_postings(key, cutoff)
        if sum(len(postings) for postings in posting_lists) > FULL_SCAN_SHARE * len(keys):
            # Only common characters to filter on (kana of a common suffix): letting rapidfuzz
            # scan every key in C++ is cheaper than building a huge candidate list in Python.
            scored = [
                (position, score)
                for _choice, score, position in process.extract(
                    key, keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=want + len(found)
                )
            ]
        else:
            candidates: set[int] = set()
            for postings in posting_lists:
                candidates.update(postings)
            ordered = list(candidates)
            scored = [
                (ordered[position], score)
                for _choice, score, position in process.extract(
                    key, [keys[entry] for entry in ordered], scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
                )
            ]
        for entry, score in scored:
            if entry in found:
                continue
            kind: MatchKind = "name_contains" if key in keys[entry] else "name_similar"
            found[entry] = IndexHit(owners[entry], kind, float(score), names[entry])
        if len(found) < want:
            # While typing, the query is a fragment: names containing it, closest length first.
            containing = [entry for entry in self._containment_postings(key) if entry not in found and key in keys[entry]]
            for _choice, score, position in process.extract(
                key, [keys[entry] for entry in containing], scorer=fuzz.ratio, limit=want
            ):
                entry = containing[position]
                found[entry] = IndexHit(owners[entry], "name_contains", float(score), names[entry])
        return list(found.values())

    def _similarity_postings(self, key: str, cutoff: float) -> list[list[int]]:
        """Posting lists whose union holds every key with ratio >= ``cutoff`` (see the module docstring)."""
        length = len(key)
        if length < 2:
            return []  # one character: only an identical key reaches 75%
        fraction = cutoff / 100.0
        shortest = math.ceil(fraction * length / (2.0 - fraction) - 1e-9)
        longest = math.floor(length * (2.0 - fraction) / fraction + 1e-9)
        fewest_bigrams: int | None = None
        short_lengths: list[tuple[int, int]] = []
        for other in range(max(shortest, 1), longest + 1):
            common = math.ceil(fraction * (length + other) / 2.0 - 1e-9)
            if common > min(length, other):
                continue
            kept_pairs = 3 * common - length - other - 1
            if kept_pairs >= 1:
                fewest_bigrams = kept_pairs if fewest_bigrams is None else min(fewest_bigrams, kept_pairs)
            else:
                short_lengths.append((other, common))
        lists: list[list[int]] = []
        if fewest_bigrams is not None:
            bigrams = [key[start : start + 2] for start in range(length - 1)]
            rarest = sorted(bigrams, key=lambda bigram: len(self._bigrams.get(bigram, ())))
            for bigram in dict.fromkeys(rarest[: len(bigrams) - fewest_bigrams + 1]):
                lists.append(self._bigrams.get(bigram, []))
        for other, common in short_lengths:
            rarest_chars = sorted(key, key=lambda char: len(self._chars_by_length.get((char, other), ())))
            for char in dict.fromkeys(rarest_chars[: length - common + 1]):
                lists.append(self._chars_by_length.get((char, other), []))
        return lists

    def _containment_postings(self, key: str) -> list[int]:
        """Entries that may contain ``key``: those holding its rarest bigram (or its character)."""
        if len(key) == 1:
            return self._chars.get(key, [])
        bigrams = {key[start : start + 2] for start in range(len(key) - 1)}
        return min((self._bigrams.get(bigram, []) for bigram in bigrams), key=len)
