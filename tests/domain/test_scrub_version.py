"""The stored scrub (table case_scrub) is redone when the scrubber changes: its sources are pinned to SCRUBBER_VERSION."""

import hashlib
import inspect
from pathlib import Path

from counselor_app.domain import casebook, person_names, scrubber
from counselor_app.domain.scrubber import SCRUBBER_VERSION

# The fingerprint of the scrubbing code for each SCRUBBER_VERSION. When this test fails, the
# scrubber (or what feeds it) changed: raise SCRUBBER_VERSION in domain/scrubber.py, so that
# every stored scrub is redone at the next export, and record the new fingerprint here.
FINGERPRINTS = {
    1: "d861678d57e8d88a",
    2: "6af80df943c3f3a3",  # names and addresses generalised on held-out sets
}


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for module in (scrubber, person_names):
        source = Path(inspect.getfile(module)).read_text(encoding="utf-8")
        digest.update("\n".join(line for line in source.splitlines() if not line.startswith("SCRUBBER_VERSION")).encode())
    for function in (
        casebook.personal_values,
        casebook.people_values,
        casebook.scrub_texts,
        casebook.scrub_published,
        casebook.redaction_counts,
        casebook.encode_counts,
    ):
        digest.update(inspect.getsource(function).encode())
    digest.update(repr(casebook._PERSONAL).encode())
    return digest.hexdigest()[:16]


def test_scrubber_sources_match_the_version_stamped_on_stored_scrubs() -> None:
    assert FINGERPRINTS.get(SCRUBBER_VERSION) == _fingerprint(), (
        "the scrubber changed: raise SCRUBBER_VERSION and record "
        f"{{{SCRUBBER_VERSION + 1}: {_fingerprint()!r}}} in FINGERPRINTS"
    )
