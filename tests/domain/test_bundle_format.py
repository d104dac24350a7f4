"""The bundle envelope (scrypt + AES-GCM, header authenticated) and the three-way merge decision."""

from __future__ import annotations

import json

import pytest

from counselor_app.domain.bundle_envelope import (
    BundleTamperedError,
    BundleTooNewError,
    BundleTruncatedError,
    NotABundleError,
    WrongBundlePassphraseError,
    open_sealed,
    read_header,
    seal,
)
from counselor_app.domain.bundle_format import (
    CASE_TABLES,
    BundleTable,
    CaseRows,
    ContentHasher,
    SyncAction,
    decide,
)

PASS = "correct horse battery"
FAST = {"n": 2**10}  # tests need no real key-stretching cost


def test_sealed_payload_opens_with_the_passphrase_and_is_compressed() -> None:
    payload = json.dumps({"narrative": "名簿業者から電話があった。" * 200}, ensure_ascii=False).encode()
    sealed = seal(payload, PASS, **FAST)
    assert open_sealed(sealed, PASS) == payload
    assert len(sealed) < len(payload) / 5
    assert "名簿".encode() not in sealed and b"narrative" not in sealed
    header, _offset = read_header(sealed)
    assert header.format == 1 and header.n == 2**10 and len(header.nonce) == 12


def test_every_bundle_gets_a_fresh_salt_and_nonce() -> None:
    first, second = seal(b"x", PASS, **FAST), seal(b"x", PASS, **FAST)
    assert read_header(first)[0].salt != read_header(second)[0].salt
    assert read_header(first)[0].nonce != read_header(second)[0].nonce


def test_wrong_passphrase_truncation_tampering_and_foreign_files_are_told_apart() -> None:
    sealed = seal(b'{"a": 1}' * 100, PASS, **FAST)
    with pytest.raises(WrongBundlePassphraseError):
        open_sealed(sealed, "wrong horse battery")
    with pytest.raises(BundleTruncatedError):
        open_sealed(sealed[:-1], PASS)
    with pytest.raises(BundleTruncatedError):
        open_sealed(sealed[:10], PASS)
    with pytest.raises(BundleTamperedError):
        open_sealed(sealed[:-1] + bytes([sealed[-1] ^ 1]), PASS)
    with pytest.raises(NotABundleError):
        open_sealed(b"PK\x03\x04 not a bundle at all", PASS)
    # The header is associated data: an edit that keeps it readable still fails authentication.
    header_end = read_header(sealed)[1]
    edited = sealed.replace(b'"compression":"zlib"', b'"compression":"zlib" ', 1)
    length = int.from_bytes(edited[8:12], "big") + 1
    edited = edited[:8] + length.to_bytes(4, "big") + edited[12:]
    assert read_header(edited)[1] == header_end + 1
    with pytest.raises(BundleTamperedError):
        open_sealed(edited, PASS)


def test_a_newer_format_is_refused_before_any_key_work() -> None:
    sealed = seal(b"{}", PASS, **FAST).replace(b'"format":1', b'"format":3', 1)
    with pytest.raises(BundleTooNewError, match="版 3"):
        open_sealed(sealed, PASS)


def test_absurd_key_parameters_are_refused() -> None:
    sealed = seal(b"{}", PASS, **FAST)
    edited = sealed.replace(b'"n":1024', b'"n":1073741824', 1)
    grown = len(edited) - len(sealed)
    length = int.from_bytes(sealed[8:12], "big") + grown
    edited = edited[:8] + length.to_bytes(4, "big") + edited[12:]
    with pytest.raises(NotABundleError, match="大きすぎます"):
        open_sealed(edited, PASS)


@pytest.mark.parametrize(
    ("local", "bundle", "ancestors", "last", "expected"),
    [
        (None, "B", set(), None, SyncAction.NEW),
        ("A", "A", set(), None, SyncAction.UNCHANGED),
        ("A", "B", {"A"}, 3, SyncAction.UPDATE),  # only the branch changed
        ("C", "A", {"A"}, 3, SyncAction.UNCHANGED),  # only we changed: keep ours
        ("C", "B", {"A"}, 3, SyncAction.CONFLICT),  # both changed
        ("C", "B", set(), None, SyncAction.CONFLICT),  # never exchanged, different: never overwrite
        ("A", "B", {"A"}, 9, SyncAction.OUTDATED),  # an older bundle than one already taken
    ],
)
def test_three_way_decision(
    local: str | None, bundle: str, ancestors: set[str], last: int | None, expected: SyncAction
) -> None:
    assert decide(
        local_hash=local, bundle_hash=bundle, bundle_version=5, ancestors=ancestors, last_exchanged_version=last
    ) is expected


def _rows() -> CaseRows:
    case = [None] * len(CASE_TABLES[0].columns)
    case[CASE_TABLES[0].columns.index("uuid")] = "u"
    case[CASE_TABLES[0].columns.index("narrative")] = "本文"
    handling = CASE_TABLES[4]
    first = ["u", "2026-11-20T10:00:00", "consultant", "聞き取り", "sato"]
    second = ["u", "2026-11-21T10:00:00", "business", "電話", "sato"]
    assert handling.name == "handling_entry"
    return CaseRows(case=case, children={"handling_entry": [first, second]})


def test_content_hash_ignores_row_order_version_and_business_link_but_not_content() -> None:
    hasher = ContentHasher()
    rows = _rows()
    base = hasher(rows)
    reordered = CaseRows(case=rows.case, children={"handling_entry": list(reversed(rows.children["handling_entry"]))})
    assert hasher(reordered) == base
    bookkeeping = list(rows.case)
    bookkeeping[CASE_TABLES[0].columns.index("version")] = 7
    bookkeeping[CASE_TABLES[0].columns.index("business_uuid")] = "another-registry-record"
    assert hasher(CaseRows(case=bookkeeping, children=rows.children)) == base
    edited = list(rows.case)
    edited[CASE_TABLES[0].columns.index("narrative")] = "本文を修正"
    assert hasher(CaseRows(case=edited, children=rows.children)) != base


def test_content_hash_reads_columns_in_the_bundles_own_order() -> None:
    rows = _rows()
    spec = CASE_TABLES[0]
    shuffled = tuple(reversed(spec.columns))
    tables = {s.name: BundleTable(s.columns, []) for s in CASE_TABLES}
    tables[spec.name] = BundleTable(shuffled, [])
    moved = CaseRows(case=[rows.case[spec.columns.index(name)] for name in shuffled], children=rows.children)
    assert ContentHasher(tables)(moved) == ContentHasher()(rows)


def test_content_hashes_stay_what_earlier_versions_remembered() -> None:
    # Peer states store these hashes; a faster hasher must give the very same value,
    # or every case exchanged before an upgrade would look changed on both sides.
    assert ContentHasher()(_rows()) == "53eda9e11338541b0c06548afd19ab289656c5c05690d4239d344ad72efd1009"
