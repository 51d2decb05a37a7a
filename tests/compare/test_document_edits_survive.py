"""Every kind of edit the Document makes, done on one copy, survives a merge with another copy
that was edited elsewhere, and the diff names it."""

import pytest
from sample_maps import png_asset, rich_journey

from journey_studio.compare.diff import diff
from journey_studio.compare.merge import merge
from journey_studio.document import Document

EDITS = {
    "add card": lambda d: d.add_card("t4", "la", "Pays online"),
    "update card": lambda d: d.update_card("c3", text="Reads the FAQ", priority="low", tags=["faq"]),
    "vote": lambda d: d.vote("c5", 2),
    "move card": lambda d: d.move_cards(["c2"], "t6", "la"),
    "reorder in cell": lambda d: d.move_cards(["c3"], "t1", "la", 0),
    "delete card": lambda d: d.delete_cards(["c9"]),
    "duplicate card": lambda d: d.duplicate_cards(["c8"]),
    "add stage": lambda d: d.add_stage(1, "Onboarding"),
    "rename stage": lambda d: d.update_stage("s3", name="Purchase", moment_of_truth=False),
    "delete stage": lambda d: d.delete_stage("s2"),
    "move stage": lambda d: d.move_stage("s3", 0),
    "add step": lambda d: d.add_step("s2", 1, "Second look"),
    "rename step": lambda d: d.update_step("t4", name="Checkout"),
    "move step": lambda d: d.move_step("t5", "s1", 0),
    "delete step": lambda d: d.delete_step("t6"),
    "add lane": lambda d: d.add_lane("opportunities", 1),
    "edit lane": lambda d: d.update_lane("lc", title="Where", color="#123456"),
    "hide lane": lambda d: d.set_lane_hidden("lf", True),
    "move lane": lambda d: d.move_lane("lc", 0),
    "delete lane": lambda d: d.delete_lane("lf"),
    "set point": lambda d: d.set_point("le", "t2", 1.5, "hope"),
    "change point": lambda d: d.set_point("le", "t5", 0),
    "remove point": lambda d: d.remove_point("le", "t1"),
    "emotion scale": lambda d: d.set_emotion_scale(-4, 4),
    "persona": lambda d: d.update_persona(name="Ana Lima", goals=["Save time"], age=34),
    "persona photo": lambda d: d.set_persona_photo(png_asset("blue")),
    "map fields": lambda d: d.update_map(description="A trial, in detail", language="fr"),
}


def edited(edit):
    document = Document.from_journey(rich_journey())
    edit(document)
    return document.journey


def other_side():
    """The other copy: edits that touch none of the elements above."""
    document = Document.from_journey(rich_journey())
    document.update_card("c10", text="Chats with the bot")
    document.update_map(title="Sample, reviewed")
    return document.journey


@pytest.mark.parametrize("name", sorted(EDITS))
def test_an_edit_on_one_side_survives_the_merge(qapp, name):
    base, mine, theirs = rich_journey(), edited(EDITS[name]), other_side()
    mine_lines = {d.text for d in diff(base, mine)}
    assert mine_lines, f"{name} changed nothing"
    for ours, other in ((mine, theirs), (theirs, mine)):
        result = merge(base, ours, other)
        assert result.conflicts == []
        merged_lines = {d.text for d in diff(base, result.journey)}
        assert mine_lines <= merged_lines
        assert {d.text for d in diff(base, theirs)} <= merged_lines
