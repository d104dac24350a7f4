"""Code lists carry English labels for the English interface; codes, order and the Japanese labels stay as they are."""

from __future__ import annotations

import copy
import json
import re

import pytest

from counselor_app.domain.codelists import parse_codelists
from counselor_app.domain.errors import ReferenceDataError
from counselor_app.paths import resources_dir
from counselor_app.services.reference_data import ReferenceData

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]")


def test_every_list_and_item_has_an_english_label(reference: ReferenceData) -> None:
    lists = reference.codelists
    missing = [f"{name}" for name, codelist in lists.lists.items() if not codelist.label_en]
    missing += [f"{name}.{item.code}" for name, codelist in lists.lists.items() for item in codelist.items if not item.label_en]
    assert missing == []
    japanese = [item.label_en for codelist in lists.lists.values() for item in codelist.items if JAPANESE.search(item.label_en)]
    assert japanese == []


def test_english_view_keeps_codes_order_and_hierarchy(reference: ReferenceData) -> None:
    lists = reference.codelists
    english = lists.localised("en")
    assert lists.localised("ja") is lists
    for name, codelist in lists.lists.items():
        shown = english[name]
        assert shown.codes() == codelist.codes()
        assert [item.parent for item in shown.items] == [item.parent for item in codelist.items]
    assert english["channel"].label_of("01") == "Phone" and lists["channel"].label_of("01") == "電話"
    assert english["product"].path_label("0201") == "Food > Health foods"
    assert english["case_status"].label == "Status"


def test_japanese_labels_stay_searchable_in_the_english_view(reference: ReferenceData) -> None:
    english = reference.codelists.localised("en")
    assert english["channel"].by_label("来所") is not None and english["channel"].by_label("来所").code == "02"
    assert english["channel"].by_label("来訪").code == "02"  # an alias keeps working
    assert [item.code for item in english["sales_method"].filter("定期")] == ["02"]
    assert [item.code for item in english["sales_method"].filter("subscr")] == ["02"]


def test_label_en_is_validated() -> None:
    document = json.loads((resources_dir() / "reference" / "codelists.json").read_text(encoding="utf-8"))
    broken = copy.deepcopy(document)
    broken["lists"]["channel"]["items"][0]["label_en"] = 7
    with pytest.raises(ReferenceDataError) as caught:
        parse_codelists(broken)
    assert caught.value.where == "lists.channel.items[0]"
    without = copy.deepcopy(document)
    del without["lists"]["channel"]["items"][0]["label_en"]
    lists = parse_codelists(without)
    assert lists.localised("en")["channel"].label_of("01") == "電話"  # falls back to Japanese
