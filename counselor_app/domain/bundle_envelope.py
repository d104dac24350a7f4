"""The encrypted envelope of a branch bundle: scrypt key, AES-256-GCM with the header as associated data, zlib inside.

File layout (format 1)::

    MAGIC (8 bytes)  header length N (4 bytes, big-endian)  header (N bytes, UTF-8 JSON)  ciphertext+tag

The header says how to open the rest: format version, scrypt parameters and salt, the
GCM nonce, the ciphertext length (so a cut-off file is named as such) and a key check.
Everything before the ciphertext is authenticated as associated data, so changing any
header byte fails like changing the ciphertext. The key check is an HMAC of a fixed label
under a second key derived with the AES key; it lets "wrong passphrase" be told apart from
"tampered" and reveals nothing the GCM tag would not (both need the scrypt work to test).

Pure computation on bytes: callers read and write files.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
import zlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from counselor_app.domain.errors import DomainError

MAGIC = b"SODANBDL"
FORMAT_VERSION = 1
CIPHER = "AES-256-GCM"
KDF = "scrypt"
# scrypt cost: N=2^15, r=8 needs 32 MiB and about a tenth of a second, once per bundle.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
# A crafted header must not make us allocate gigabytes or spin for minutes.
MAX_SCRYPT_N = 2**20
MAX_HEADER_BYTES = 16 * 1024
# Inflated payloads larger than this are refused (a zip bomb or not our file).
MAX_PAYLOAD_BYTES = 4 * 1024**3
MIN_PASSPHRASE_CHARS = 8
_KEY_CHECK_LABEL = b"counselor-bundle key check v1"
_PREFIX = struct.Struct(">8sI")


class BundleError(DomainError):
    """A bundle cannot be used; the message says why in one line. Nothing was changed."""

    code = "bundle"


class NotABundleError(BundleError):
    """The file is not a branch bundle at all."""

    code = "bundle_not_a_bundle"


class BundleTruncatedError(BundleError):
    """The file ends before the length its header promises."""

    code = "bundle_truncated"


class BundleTamperedError(BundleError):
    """Authentication failed with the right passphrase: the file was changed or damaged."""

    code = "bundle_tampered"


class WrongBundlePassphraseError(BundleError):
    """The passphrase does not open this bundle."""

    code = "bundle_passphrase"


class BundleTooNewError(BundleError):
    """The bundle was written in a newer format (or schema) than this application reads."""

    code = "bundle_too_new"


@dataclass(frozen=True)
class EnvelopeHeader:
    """The clear-text header (authenticated, not secret)."""

    format: int
    salt: bytes
    nonce: bytes
    n: int
    r: int
    p: int
    length: int
    key_check: bytes

    def to_json(self) -> bytes:
        """Canonical header bytes."""
        return json.dumps(
            {
                "format": self.format,
                "cipher": CIPHER,
                "kdf": {"name": KDF, "n": self.n, "r": self.r, "p": self.p, "salt": _b64(self.salt)},
                "nonce": _b64(self.nonce),
                "compression": "zlib",
                "length": self.length,
                "key_check": _b64(self.key_check),
            },
            sort_keys=True,
            separators=(",", ":"),
        ).encode("ascii")


def check_passphrase(passphrase: str) -> str:
    """A bundle passphrase must be at least MIN_PASSPHRASE_CHARS characters.

    Raises:
        BundleError: where="passphrase".
    """
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise BundleError(
            f"支所データのパスフレーズは {MIN_PASSPHRASE_CHARS} 文字以上にしてください", where="passphrase"
        )
    return passphrase


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, what: str) -> bytes:
    if not isinstance(text, str):
        raise NotABundleError(f"支所データのヘッダーが壊れています（{what}）")
    try:
        return base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise NotABundleError(f"支所データのヘッダーが壊れています（{what}）") from exc


def _keys(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    material = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))
    return material[:32], material[32:]


def _key_check(check_key: bytes) -> bytes:
    return hmac.new(check_key, _KEY_CHECK_LABEL, hashlib.sha256).digest()[:16]


def seal(
    payload: bytes,
    passphrase: str,
    *,
    salt: bytes | None = None,
    nonce: bytes | None = None,
    n: int = SCRYPT_N,
) -> bytes:
    """Compress and encrypt ``payload``; returns the whole bundle file's bytes."""
    check_passphrase(passphrase)
    salt = salt if salt is not None else os.urandom(16)
    nonce = nonce if nonce is not None else os.urandom(12)
    aes_key, check_key = _keys(passphrase, salt, n, SCRYPT_R, SCRYPT_P)
    compressed = zlib.compress(payload, 6)
    length = len(compressed) + 16  # GCM appends a 16-byte tag
    header = EnvelopeHeader(
        format=FORMAT_VERSION,
        salt=salt,
        nonce=nonce,
        n=n,
        r=SCRYPT_R,
        p=SCRYPT_P,
        length=length,
        key_check=_key_check(check_key),
    ).to_json()
    prefix = _PREFIX.pack(MAGIC, len(header)) + header
    ciphertext = AESGCM(aes_key).encrypt(nonce, compressed, prefix)
    assert len(ciphertext) == length
    return prefix + ciphertext


def read_header(data: bytes) -> tuple[EnvelopeHeader, int]:
    """Parse and check the header; returns it and the offset of the ciphertext.

    Raises:
        NotABundleError, BundleTooNewError, BundleTruncatedError.
    """
    if len(data) < _PREFIX.size:
        if MAGIC.startswith(data[: len(MAGIC)]) and data:
            raise BundleTruncatedError(f"支所データのファイルが途中で切れています（{len(data)} バイト）")
        raise NotABundleError("支所データのファイルではありません")
    magic, header_length = _PREFIX.unpack_from(data)
    if magic != MAGIC:
        raise NotABundleError("支所データのファイルではありません（先頭が違います）")
    if header_length > MAX_HEADER_BYTES:
        raise NotABundleError("支所データのヘッダーが壊れています（長さ）")
    end = _PREFIX.size + header_length
    if len(data) < end:
        raise BundleTruncatedError(
            f"支所データのファイルが途中で切れています（ヘッダーの途中、{len(data)} バイト）"
        )
    try:
        raw = json.loads(data[_PREFIX.size : end].decode("ascii"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise NotABundleError("支所データのヘッダーが壊れています") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("format"), int):
        raise NotABundleError("支所データのヘッダーが壊れています（形式の版）")
    version = raw["format"]
    if version > FORMAT_VERSION:
        raise BundleTooNewError(
            f"この支所データは新しい形式（版 {version}）で書き出されています。"
            f"このアプリが読めるのは版 {FORMAT_VERSION} までです。アプリを更新してください"
        )
    if version < 1:
        raise NotABundleError(f"支所データの形式の版が不正です（{version}）")
    kdf = raw.get("kdf")
    if raw.get("cipher") != CIPHER or not isinstance(kdf, dict) or kdf.get("name") != KDF:
        raise NotABundleError("支所データの暗号方式に対応していません")
    params = [kdf.get("n"), kdf.get("r"), kdf.get("p"), raw.get("length")]
    numbers = [value for value in params if isinstance(value, int) and not isinstance(value, bool) and value > 0]
    if len(numbers) != len(params):
        raise NotABundleError("支所データのヘッダーが壊れています（鍵の導出）")
    n, r, p, length = numbers
    if n > MAX_SCRYPT_N or n & (n - 1) or r > 32 or p > 16:
        raise NotABundleError("支所データの鍵の導出パラメータが大きすぎます")
    header = EnvelopeHeader(
        format=version,
        salt=_unb64(kdf.get("salt"), "salt"),
        nonce=_unb64(raw.get("nonce"), "nonce"),
        n=n,
        r=r,
        p=p,
        length=length,
        key_check=_unb64(raw.get("key_check"), "key_check"),
    )
    if len(header.nonce) != 12 or not header.salt:
        raise NotABundleError("支所データのヘッダーが壊れています（nonce）")
    actual = len(data) - end
    if actual < length:
        raise BundleTruncatedError(
            f"支所データのファイルが途中で切れています（{actual:,} / {length:,} バイト）"
        )
    if actual > length:
        raise BundleTamperedError(
            f"支所データのファイルの末尾に余分なデータがあります（{actual - length:,} バイト）。改ざんまたは破損の疑いがあります"
        )
    return header, end


def open_sealed(data: bytes, passphrase: str) -> bytes:
    """Check, decrypt and inflate a bundle file's bytes; returns the payload.

    Raises:
        NotABundleError, BundleTruncatedError, BundleTooNewError,
        WrongBundlePassphraseError, BundleTamperedError.
    """
    header, offset = read_header(data)
    aes_key, check_key = _keys(passphrase, header.salt, header.n, header.r, header.p)
    if not hmac.compare_digest(_key_check(check_key), header.key_check):
        raise WrongBundlePassphraseError("支所データのパスフレーズが違います")
    try:
        compressed = AESGCM(aes_key).decrypt(header.nonce, data[offset:], data[:offset])
    except InvalidTag as exc:
        raise BundleTamperedError(
            "支所データが改ざんされているか壊れています（認証に失敗しました）"
        ) from exc
    inflater = zlib.decompressobj()
    try:
        payload = inflater.decompress(compressed, MAX_PAYLOAD_BYTES)
    except zlib.error as exc:
        raise BundleTamperedError("支所データの中身を展開できません") from exc
    if inflater.unconsumed_tail or not inflater.eof:
        raise BundleTamperedError("支所データの中身が大きすぎるか、途中で切れています")
    return payload
