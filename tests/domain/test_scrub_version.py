"""The stored scrub (table case_scrub) is redone when the scrubber changes: its sources are pinned to SCRUBBER_VERSION."""

import hashlib
import inspect
from pathlib import Path

from counselor_app.domain import casebook, person_names, scrubber
from counselor_app.domain.scrubber import SCRUBBER_VERSION

# The fingerprints of the scrubbing code for each SCRUBBER_VERSION. When this test fails, the
# scrubber (or what feeds it) changed: raise SCRUBBER_VERSION in domain/scrubber.py, so that
# every stored scrub is redone at the next export, and record the new fingerprint here. Only a
# change proven to leave every output the same may add a fingerprint to the current version.
FINGERPRINTS = {
    1: ("d861678d57e8d88a",),
    2: (
        "6af80df943c3f3a3",  # names and addresses generalised on held-out sets
        # The name dataset is loaded on first use instead of at import; all 25 public lists of
        # person_names compared equal to the eager version's.
        "1e7260ff20673d57",
    ),
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
    assert _fingerprint() in FINGERPRINTS.get(SCRUBBER_VERSION, ()), (
        "the scrubber changed: raise SCRUBBER_VERSION and record "
        f"{{{SCRUBBER_VERSION + 1}: ({_fingerprint()!r},)}} in FINGERPRINTS"
    )



def test_starting_the_scrubber_does_not_load_the_name_dataset() -> None:
    import subprocess
    import sys

    probe = "import sys, counselor_app.domain.scrubber; print('counselor_app.domain.person_names_data' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_the_name_lists_load_once_on_first_use_from_any_thread() -> None:
    import threading

    for name in person_names._DATASET_NAMES:
        vars(person_names).pop(name, None)  # as if never asked for
    seen: list[int] = []
    threads = [threading.Thread(target=lambda: seen.append(id(person_names.ALL_SURNAMES))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 4 and len(set(seen)) == 1
    assert "佐藤" in person_names.ALL_SURNAMES and len(person_names.DATASET_SURNAMES) > 1000
