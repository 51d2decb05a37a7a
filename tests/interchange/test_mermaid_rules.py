"""One test per rule of ../shared/MERMAID-JOURNEY.md: what Mermaid accepts, rejects and means."""

import math

import pytest

from journey_studio.fileformat import JourneyFileError
from journey_studio.fileformat.mermaid_parser import js_number, parse_mermaid_journey as parse


def rejected(text: str) -> JourneyFileError:
    with pytest.raises(JourneyFileError) as info:
        parse(text)
    return info.value


def tasks(text: str) -> list[tuple[str, float, list[str]]]:
    return [(t.name, t.score, t.people) for t in parse(text).tasks]


# --- 1. before the grammar -------------------------------------------------------------------

def test_crlf_and_lone_cr_line_endings_are_accepted():
    assert tasks("journey\r\nsection A\r\nTea: 5: Me\rCoffee: 4: You\r\n") == [
        ("Tea", 5, ["Me"]), ("Coffee", 4, ["You"])]


def test_front_matter_title_is_used_and_a_body_title_overrides_it():
    assert parse("---\ntitle: From front matter\n---\njourney\nA: 5\n").title == "From front matter"
    assert parse("---\ntitle: 'Front'\n---\njourney\ntitle Body\n").title == "Body"


def test_directives_are_removed():
    assert tasks("%%{init: {'theme': 'forest'}}%%\njourney\nA: 5\n") == [("A", 5, [])]


def test_whole_line_comments_are_removed_even_before_journey():
    assert tasks("%% a comment\n  %% another\njourney\n%% inside\nA: 5\n") == [("A", 5, [])]


def test_a_percent_pair_in_the_middle_of_a_line_is_content():
    assert tasks("journey\nSave 50%% now: 5: Me %% you\n") == [("Save 50%% now", 5, ["Me %% you"])]


def test_detection_is_case_sensitive():
    error = rejected("JOURNEY\nA: 5\n")
    assert "not a Mermaid journey" in error.reason
    assert error.where is None


def test_text_before_journey_is_not_a_journey():
    assert "not a Mermaid journey" in rejected("graph TD\njourney\n").reason
    assert "not a Mermaid journey" in rejected("hello journey\n").reason


def test_entity_codes_are_decoded():
    diagram = parse("journey\ntitle Fish #amp; chips\nsection Q#35;1\nA #59; B: 5: Tom #44; Jerry\n")
    assert diagram.title == "Fish & chips"
    assert diagram.sections == ["Q#1"]
    assert [(t.name, t.people) for t in diagram.tasks] == [("A ; B", ["Tom , Jerry"])]


def test_an_unknown_entity_name_shows_as_mermaid_shows_it():
    assert parse("journey\ntitle a #nosuch; b\n").title == "a &nosuch; b"


def test_line_breaks_become_new_lines():
    diagram = parse("journey\nsection One<br>Two\nA<br/>B<BR />C: 5\n")
    assert diagram.sections == ["One\nTwo"]
    assert diagram.tasks[0].name == "A\nB\nC"


# --- 2. lexer ----------------------------------------------------------------------------------

def test_hash_starts_a_comment_anywhere_in_a_line():
    assert tasks("journey\nA: 5: Me # and you\n") == [("A", 5, ["Me"])]


def test_indentation_is_ignored():
    assert tasks("   journey\n\t\tsection S\n        A: 5\n") == [("A", 5, [])]


def test_keywords_are_case_insensitive_inside_the_diagram():
    diagram = parse("journey\nTITLE Big\nSECTION Loud\nA: 5\n")
    assert diagram.title == "Big" and diagram.sections == ["Loud"]


def test_acc_title_and_acc_descr_keep_semicolons_and_hashes():
    diagram = parse("journey\naccTitle : T; #1\naccDescr:  D; #2  \n")
    assert diagram.acc_title == "T; #1"
    assert diagram.acc_descr == "D; #2"


def test_multi_line_acc_descr_removes_indentation():
    diagram = parse("journey\naccDescr {\n    first\n    second\n}\nA: 5\n")
    assert diagram.acc_descr == "first\nsecond"
    assert tasks("journey\naccDescr {\n x\n} title After\n") == []
    assert parse("journey\naccDescr { x } title After\n").title == "After"


def test_task_names_keep_trailing_spaces():
    assert tasks("journey\nregister slug : 5\n") == [("register slug ", 5, [])]


# --- 3. grammar --------------------------------------------------------------------------------

def test_journey_alone_is_an_empty_diagram():
    diagram = parse("journey")
    assert (diagram.title, diagram.sections, diagram.tasks) == ("", [], [])


def test_statements_may_follow_journey_on_the_same_line():
    assert parse("journey title X\n").title == "X"


def test_the_last_title_and_acc_fields_win():
    diagram = parse("journey\ntitle One\ntitle Two\naccTitle: a\naccTitle: b\naccDescr: c\naccDescr: d\n")
    assert (diagram.title, diagram.acc_title, diagram.acc_descr) == ("Two", "b", "d")


def test_tasks_before_any_section_have_no_section():
    diagram = parse("journey\nA: 5\nsection S\nB: 3\n")
    assert [t.section for t in diagram.tasks] == [None, 0]


def test_sections_may_be_empty_and_may_repeat():
    diagram = parse("journey\nsection A\nsection B\nx: 1\nsection A\ny: 2\n")
    assert diagram.sections == ["A", "B", "A"]
    assert [t.section for t in diagram.tasks] == [1, 2]


# --- 4. errors, with the line Mermaid names -----------------------------------------------------

@pytest.mark.parametrize("text, line, words", [
    ("journey\n  title X\n  Task one\n  section A\n", 3, "needs ':'"),
    ("journey\ntitle\n", 2, "needs ':'"),
    ("journey\nsection\n", 2, "needs ':'"),
    ("journey\nsection\nA: 5\n", 3, "section name cannot contain ':'"),  # 'section\nA' is one token
    ("journey\naccTitle Text\n", 2, "needs ':'"),
    ("journey\nsection S\nTask #1: 5: Me\n", 3, "'#' starts a comment"),
    ("journey\ntitle A; B\n", 2, "';'"),
    ("journey\nsection A; B\n", 2, "';'"),
    ("journey\nA: 5; B: 3\n", 2, "';'"),
    ("journey\nsection Phase 1: Discover\n", 2, "section name cannot contain ':'"),
    ("journey\nJourney planning: 5: Me\n", 2, "'journey'"),
    ("journey\nx: 1\nSection review: 5: Me\n", 3, "section"),
    ("journey\nTask:\n", 2, "nothing after ':'"),
    ("journey\nA: 5\n: 5: Me\n", 3, "no task name"),
    ("journey\naccDescr {\nnever closed\n", 3, "never closed"),
])
def test_rejected_texts_name_the_line(text, line, words):
    error = rejected(text)
    assert error.where == f"line {line}"
    assert words in error.reason
    assert str(error).startswith(f"line {line}: ")


def test_error_lines_count_lines_of_the_file_not_of_the_cleaned_text():
    error = rejected("---\ntitle: T\n---\n%% note\njourney\nA: 5\nbroken\n")
    assert error.where == "line 7"


def test_error_line_of_a_task_line_before_the_bad_newline():
    # the name is accepted, then the end of the line is not: Mermaid names the task's line
    assert rejected("journey\n\nNo colon here\n\n\nA: 5\n").where == "line 3"


def test_a_word_that_merely_begins_with_journey_is_a_task():
    # jison appends \b to keyword literals: "journeys" is not the keyword
    assert tasks("journey\nJourneys: 5: Me\n") == [("Journeys", 5, ["Me"])]


# --- 4b. silent traps -----------------------------------------------------------------------------

def test_a_task_starting_with_title_becomes_the_title():
    diagram = parse("journey\nsection S\nTitle check: 5: Me\n")
    assert diagram.title == "check: 5: Me"
    assert diagram.tasks == []


def test_title_may_hold_a_colon_but_is_cut_at_hash():
    assert parse("journey\ntitle Ratio 1:2 # hidden\n").title == "Ratio 1:2 "


def test_hash_in_actor_list_cuts_it():
    assert tasks("journey\nA: 5: Dad, Child#1, Child#2\n") == [("A", 5, ["Dad", "Child"])]


def test_titles_and_sections_keep_extra_whitespace():
    diagram = parse("journey\ntitle  Web hook\nsection   X   \nsection\tTabbed\n")
    assert diagram.title == " Web hook"
    assert diagram.sections == ["  X   ", "Tabbed"]


def test_a_bare_title_followed_by_a_line_takes_that_line():
    # the keyword's one whitespace char may be the newline itself
    assert parse("journey\ntitle\nA: 5\n").title == "A: 5"


def test_acc_title_colon_then_newline_swallows_the_next_line():
    diagram = parse("journey\naccTitle:\nA: 5\n")
    assert diagram.acc_title == "A: 5" and diagram.tasks == []


# --- 5. task data and scores --------------------------------------------------------------------

def test_one_piece_is_a_score_without_people():
    assert tasks("journey\nTask: 5\n") == [("Task", 5, [])]


def test_pieces_after_the_second_colon_are_dropped():
    assert tasks("journey\nA: 3: Me: extra\n") == [("A", 3, ["Me"])]


def test_empty_people():
    assert tasks("journey\nA: 5:\nB: 5: ,\nC: 5: Me,,You\n") == [
        ("A", 5, [""]), ("B", 5, ["", ""]), ("C", 5, ["Me", "", "You"])]


@pytest.mark.parametrize("text, value", [
    ("5", 5), (" 5 ", 5), ("+3", 3), ("4.5", 4.5), ("-1", -1), ("0", 0), ("", 0), (" ", 0),
    ("0x10", 16), ("1e1", 10), ("9", 9), (".5", 0.5), ("5.", 5),
])
def test_scores_are_javascript_numbers(text, value):
    assert js_number(text) == value


@pytest.mark.parametrize("text", ["X", "five", "2rem", "Dad", "1,5", "-0x10", "--1"])
def test_scores_that_are_not_numbers_are_nan(text):
    assert math.isnan(js_number(text))


def test_scores_in_tasks_are_not_clamped_or_rounded():
    assert [s for _, s, _ in tasks("journey\nA: 9\nB: -1\nC: 4.5\nD: : Me\nE: 0x10\n")] == [9, -1, 4.5, 0, 16]


def test_pre_2020_syntax_loses_the_actor_silently():
    [(name, score, people)] = tasks("journey\nTask: Actor\n")
    assert math.isnan(score) and people == []


# --- 8. export suggestions the importer relies on --------------------------------------------------

def test_an_escaped_comma_keeps_one_actor():
    assert tasks("journey\nA: 5: Smith#44; John, Doe\n") == [("A", 5, ["Smith, John", "Doe"])]


def test_escaped_spaces_at_the_edges_of_an_actor_survive_the_trim():
    # Mermaid trims the raw text, where '#32;' is not yet a space
    assert tasks("journey\nA: 5:  #32;Me , You\n") == [("A", 5, [" Me", "You"])]


def test_the_strip_set_is_exactly_javascripts_white_space():
    """js_strip's characters, written out by hand, are every character JavaScript's \\s matches."""
    import re

    from journey_studio.fileformat.mermaid_lexer import _WS, JS_SPACE_CHARS, js_strip

    matching = "".join(chr(c) for c in range(0x110000) if re.fullmatch(_WS, chr(c)))
    assert sorted(JS_SPACE_CHARS) == sorted(matching)
    assert js_strip("\ufeff\u2003 Tea \u3000\n") == "Tea"
