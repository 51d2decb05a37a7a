"""The folding every search box uses: no case, no accents (Qt-free)."""

from hypothesis import given, strategies as st

from journey_studio.model import Card
from journey_studio.model.search_text import fold, holds, holds_every_word
from journey_studio.model.view import CardFilter, card_matches_text


def test_accents_case_ligatures_and_typographic_marks_fold_away():
    assert fold("Récupérer") == "recuperer"
    assert fold("SÉJOUR À L’HÔTEL") == "sejour a l'hotel"
    assert fold("Cœur, ÆSIR, straße") == "coeur, aesir, strasse"
    assert fold("«\u00a0Plus simple\u202f!\u00a0»") == "« plus simple ! »"


@given(st.text())
def test_folding_is_idempotent_and_leaves_no_combining_mark(text):
    import unicodedata

    folded = fold(text)
    assert fold(folded) == folded
    assert not any(unicodedata.combining(c) for c in folded)


def test_holds_and_every_word():
    assert holds("recuperer", "Je veux Récupérer mon colis")
    assert holds("  SEJOUR ", "Préparer son séjour")
    assert not holds("", "anything") and not holds("   ", "anything")
    assert holds_every_word("hotel sejour", "Séjour à l’hôtel")
    assert not holds_every_word("hotel banque", "Séjour à l’hôtel")
    assert holds_every_word("", "anything")


def test_find_and_the_card_filter_ignore_accents():
    card = Card(id="c", step="s", lane="l", text="Rien sur les prêts dans l’appli", owner="Équipe agence",
                tags=["Priorité"])
    assert card_matches_text(card, "prets dans l'appli")
    assert CardFilter(owners=["equipe agence"]).matches(card, "actions")
    assert CardFilter(tags=["PRIORITE"]).matches(card, "actions")
    assert not CardFilter(tags=["autre"]).matches(card, "actions")
