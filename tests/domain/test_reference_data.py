"""The shipped code lists and directory validate; malformed ones are refused naming the entry."""

import copy
import json
from pathlib import Path

import pytest

from counselor_app.domain.codelists import parse_codelists
from counselor_app.domain.corporate_number import is_valid_corporate_number, with_check_digit
from counselor_app.domain.directory import parse_directory
from counselor_app.domain.errors import ReferenceDataError
from counselor_app.paths import resources_dir
from counselor_app.services.reference_data import ReferenceData

REFERENCE = resources_dir() / "reference"


def _load(name: str) -> dict:
    return json.loads((REFERENCE / name).read_text(encoding="utf-8"))


def test_every_pionet_list_is_present(reference: ReferenceData) -> None:
    lists = reference.codelists
    assert lists.classification_version == "2021-04"
    assert len(lists["sales_form"].items) == 9
    assert [item.label for item in lists["channel"].items][:3] == ["電話", "来所", "文書"]
    assert lists["channel"].by_label("来訪").label == "来所"  # alias from local reports


def test_inferred_items_are_marked(reference: ReferenceData) -> None:
    results = reference.codelists["result"]
    assert results.by_label("あっせん解決").inferred is False
    assert results.by_label("処理不能").inferred is True


def test_both_age_band_schemes_derive_from_stored_bands(reference: ReferenceData) -> None:
    lists = reference.codelists
    assert lists.age_band_for(19) == "A18"
    assert lists.published_band("age_band_pre2022", "A18").label == "20歳未満"
    assert lists.published_band("age_band_2022", "A18").label == "18・19歳"
    assert lists.published_band("age_band_2022", "A80").label == "70歳以上"


def test_product_classes_are_hierarchical(reference: ReferenceData) -> None:
    products = reference.codelists["product"]
    assert products.top_of("0201").label == "食料品"
    assert products.path_label("0201") == "食料品 > 健康食品"
    assert [item.label for item in products.filter("健康")] == ["健康食品"]
    assert "オンラインゲーム" in [item.label for item in products.filter("ｵﾝﾗｲﾝ")]  # half-width katakana
    assert "オンラインゲーム" in [item.label for item in products.filter("おんらいん")]  # hiragana


def test_duplicate_code_is_refused_naming_list_and_entry() -> None:
    document = _load("codelists.json")
    broken = copy.deepcopy(document)
    broken["lists"]["channel"]["items"][1]["code"] = "01"
    with pytest.raises(ReferenceDataError) as info:
        parse_codelists(broken)
    assert info.value.where == "lists.channel.items[1]"


def test_missing_required_list_is_refused() -> None:
    document = _load("codelists.json")
    del document["lists"]["sales_form"]
    with pytest.raises(ReferenceDataError, match="sales_form"):
        parse_codelists(document)


def test_unknown_parent_is_refused() -> None:
    document = _load("codelists.json")
    document["lists"]["product"]["items"][1]["parent"] = "99"
    with pytest.raises(ReferenceDataError) as info:
        parse_codelists(document)
    assert info.value.where == "lists.product.items[1]"


def test_directory_rejects_unknown_successor() -> None:
    document = _load("directory.json")
    entry = next(e for e in document["entries"] if e["id"] == "M03")
    entry["successor_id"] = "NOPE"
    with pytest.raises(ReferenceDataError) as info:
        parse_directory(document)
    assert "M03" in str(info.value.where)


def test_directory_entries_validate(reference: ReferenceData) -> None:
    ids = {entry.id for entry in reference.directory}
    assert {"N01", "M03", "BUSINESS_SELF", "N09"} <= ids
    assert parse_directory(_load("directory.json")) == reference.directory


def test_corporate_number_check_digit() -> None:
    assert is_valid_corporate_number("7000012050002")  # 国税庁
    assert not is_valid_corporate_number("7000012050003")
    assert not is_valid_corporate_number("700001205000")
    assert is_valid_corporate_number("７０００ ０１２０ ５０００２")
    assert is_valid_corporate_number(with_check_digit("123456789012"))


def test_reference_files_are_utf8_json(tmp_path: Path) -> None:
    for path in REFERENCE.glob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))
