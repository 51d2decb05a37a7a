"""``journey-studio diff`` and ``merge`` on real files, and as git's drivers in a real repository."""

import json
import os
import shutil
import subprocess
import sys

import pytest
from sample_maps import rich_journey
from support import EXAMPLES, ROOT

from journey_studio.cli import main
from journey_studio.fileformat import dump_to, dumps, load

EXAMPLE = next(p for p in EXAMPLES if p.name == "saas-customer.journey")


@pytest.fixture
def two(tmp_path):
    a, b = tmp_path / "a.journey", tmp_path / "b.journey"
    dump_to(rich_journey(), a)
    edited = load(a)
    edited.map.find_card("c1").text = "Calls support"
    edited.map.find_card("c1").lane = "lc"
    edited.map.stages[1].name = "Free trial"
    dump_to(edited, b)
    return a, b


def test_diff_prints_one_line_per_difference_and_exits_1(two, capsys):
    assert main(["diff", str(two[0]), str(two[1])]) == 1
    assert capsys.readouterr().out.splitlines() == [
        '~ stage "Try": renamed to "Free trial"',
        '> card "card 1": moved from Discover › step 1 / Actions to Discover › step 1 / Channels',
        '~ card "card 1": text changed to "Calls support"',
    ]


def test_diff_of_a_map_with_itself_exits_0_and_prints_nothing(two, capsys):
    assert main(["diff", str(two[0]), str(two[0])]) == 0
    assert capsys.readouterr().out == ""


def test_diff_json(two, capsys):
    assert main(["diff", "--json", str(two[0]), str(two[1])]) == 1
    found = json.loads(capsys.readouterr().out)
    assert [(d["change"], d["kind"], d["id"], d["field"]) for d in found] == [
        ("changed", "stage", "s2", "name"), ("moved", "card", "c1", "step+lane"),
        ("changed", "card", "c1", "text")]
    assert found[2]["old"] == "card 1" and found[2]["new"] == "Calls support"


def test_diff_of_a_bad_file_is_one_line_and_exit_2(two, tmp_path, capsys):
    bad = tmp_path / "bad.journey"
    bad.write_text("{", encoding="utf-8")
    assert main(["diff", str(two[0]), str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.journey" in err


def test_merge_three_way_to_an_output_file(tmp_path, capsys):
    base, ours, theirs, out = (tmp_path / f"{n}.journey" for n in ("base", "ours", "theirs", "out"))
    dump_to(rich_journey(), base)
    o, t = load(base), load(base)
    o.map.find_card("c1").text = "ours"
    t.map.find_card("c2").text = "theirs"
    dump_to(o, ours), dump_to(t, theirs)
    assert main(["merge", str(base), str(ours), str(theirs), "-o", str(out)]) == 0
    merged = load(out).map
    assert (merged.find_card("c1").text, merged.find_card("c2").text) == ("ours", "theirs")


def test_merge_of_e_mailed_copies_without_the_original_and_conflicts_on_stderr(tmp_path, capsys):
    sent = tmp_path / "sent.journey"
    dump_to(rich_journey(), sent)  # saving records the version that goes out
    copy_a, copy_b, out = tmp_path / "a.journey", tmp_path / "b.journey", tmp_path / "out.journey"
    a, b = load(sent), load(sent)
    a.map.find_card("c1").text, b.map.find_card("c1").text = "A", "B"
    b.map.find_card("c4").text = "only B"
    dump_to(a, copy_a), dump_to(b, copy_b)
    assert main(["merge", str(copy_a), str(copy_b), "-o", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"merged using version {load(sent).versions[-1].id}"
    assert err[1] == 'conflict: card "A": text changed on both sides (ours "A", theirs "B"); kept ours'
    merged = load(out).map
    assert (merged.find_card("c1").text, merged.find_card("c4").text) == ("A", "only B")


def test_merge_says_where_the_result_went(tmp_path, capsys):
    sent = tmp_path / "sent.journey"
    dump_to(rich_journey(), sent)
    a, b = load(sent), load(sent)
    a.map.find_card("c1").text, b.map.find_card("c2").text = "A", "B"
    copy_a, copy_b, out = tmp_path / "A.journey", tmp_path / "B.journey", tmp_path / "out.journey"
    dump_to(a, copy_a), dump_to(b, copy_b)
    assert main(["merge", str(copy_a), str(copy_b), "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"merged into {out}\n"
    assert main(["merge", str(copy_a), str(copy_b)]) == 0  # in place: said so, and how not to
    assert capsys.readouterr().out == f"merged into {copy_a} (in place; -o OUT writes the result elsewhere)\n"
    assert load(copy_a).map.find_card("c2").text == "B"
    git_temporary = tmp_path / ".merge_file_a1B2c3"  # how git names the files it gives a driver
    dump_to(a, git_temporary)
    assert main(["merge", str(sent), str(git_temporary), str(copy_b)]) == 0
    assert capsys.readouterr().out == ""  # git's own merge says nothing about a clean file
    assert load(git_temporary).map.find_card("c2").text == "B"


def test_merge_refuses_files_that_are_different_maps(tmp_path, capsys):
    base, ours, other, out = (tmp_path / f"{n}.journey" for n in ("base", "ours", "other", "out"))
    dump_to(rich_journey(), base)
    dump_to(rich_journey(), ours)
    dump_to(load(EXAMPLE), other)  # another map: another map id
    before = ours.read_bytes()
    for files in ([base, ours, other], [ours, other], [other, ours, ours]):
        assert main(["merge", *map(str, files), "-o", str(out)]) == 2
        captured = capsys.readouterr()
        assert captured.out == "" and not out.exists() and ours.read_bytes() == before
        assert "is another map (" in captured.err and "nothing was merged (--allow-unrelated" in captured.err
    assert main(["merge", str(ours), str(other)]) == 2  # nor in place
    assert ours.read_bytes() == before
    assert (f'{other} is another map ("Planwise: a freelancer\'s path to a paid plan"), not a copy of {ours} '
            '("Sample"); nothing was merged') in capsys.readouterr().err
    # said so: merged (ours is the untouched original, so the result is theirs)
    assert main(["merge", str(base), str(ours), str(other), "-o", str(out), "--allow-unrelated"]) == 0
    assert load(out).map.title == load(other).map.title


GIT = shutil.which("git")


def _git(repo, *args, check=True):
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=check)


@pytest.mark.skipif(GIT is None, reason="git is not installed (.ci/run installs it)")
def test_git_merge_driver_and_diff_driver_end_to_end(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    command = f"{sys.executable} -m journey_studio"
    _git(repo, "init", "-q", "-b", "main")
    for key, value in (("user.name", "T"), ("user.email", "t@example.invalid"),
                       ("merge.journey.name", "Journey Studio map merge"),
                       ("merge.journey.driver", f"{command} merge %O %A %B"),
                       ("diff.journey.command", f"{command} diff --git")):
        _git(repo, "config", key, value)
    (repo / ".gitattributes").write_text("*.journey merge=journey diff=journey\n", encoding="utf-8")
    shutil.copy(EXAMPLE, repo / "map.journey")
    env_note = {**os.environ, "PYTHONPATH": str(ROOT)}
    _git(repo, "add", "."), _git(repo, "commit", "-qm", "base")
    cards = load(repo / "map.journey").map.cards

    def edit_on(branch, card_index, text, start="main"):
        _git(repo, "checkout", "-q", "-b", branch, start)
        j = load(repo / "map.journey")
        j.map.cards[card_index].text = text
        dump_to(j, repo / "map.journey")
        _git(repo, "commit", "-qam", branch)

    edit_on("a", 0, "Edited on branch a")
    edit_on("b", 1, "Edited on branch b")
    shown = subprocess.run(["git", "diff", "main", "b"], cwd=repo, capture_output=True, text=True,
                           env=env_note)
    assert f'~ card "{cards[1].text}": text changed to "Edited on branch b"' in shown.stdout
    _git(repo, "checkout", "-q", "a")
    clean = subprocess.run(["git", "merge", "-q", "--no-edit", "b"], cwd=repo, capture_output=True,
                           text=True, env=env_note)
    assert clean.returncode == 0, clean.stderr
    assert "merged into" not in clean.stdout + clean.stderr  # the driver is silent under git
    merged = load(repo / "map.journey").map
    assert (merged.cards[0].text, merged.cards[1].text) == ("Edited on branch a", "Edited on branch b")

    edit_on("c", 0, "Edited on branch c", start="main")
    _git(repo, "checkout", "-q", "a")
    clash = subprocess.run(["git", "merge", "--no-edit", "c"], cwd=repo, capture_output=True,
                           text=True, env=env_note)
    assert clash.returncode != 0
    assert "conflict: card" in clash.stdout + clash.stderr
    assert "merged into" not in clash.stdout + clash.stderr
    readable = load(repo / "map.journey")  # a valid map, ours kept, nothing half-written
    assert readable.map.cards[0].text == "Edited on branch a"
    assert b"<<<<<<<" not in dumps(readable)
