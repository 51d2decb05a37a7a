"""The five classic stages, from first hearing of the offer to recommending it."""

from example_maps.avatar import Look

NAME = "classic"
LOOK = Look("#dfe9f5", "#e0ac8a", "#5a3b2a", "#3b7dd8")
LANES = ["actions", "thoughts", "emotions", "touchpoints", "channels", "painPoints", "opportunities"]

TEXTS = {
    "en": {
        "title": "Customer journey: the five classic stages",
        "description": "A general canvas: awareness, consideration, decision, retention, advocacy. "
                       "Replace the grey example cards with what your interviews tell you.",
        "persona": dict(
            name="Alex Martin", role="First-time customer", age=34,
            quote="“I want to be sure it is worth it before I pay.”",
            goals=["Solve one concrete problem", "Not waste time comparing"],
            needs=["Clear prices", "Proof from people like them"],
            motivations=["A recommendation from a friend"],
            frustrations=["Hidden costs", "Being chased by sales e-mails"],
        ),
        "stages": [("Awareness", ["Hears about us"]), ("Consideration", ["Compares", "Asks around"]),
                   ("Decision*", ["Buys"]), ("Retention", ["Uses"]), ("Advocacy", ["Recommends"])],
        "cards": [
            ("1.1", "actions", "Sees a post shared by a colleague"),
            ("1.1", "touchpoints", "Social media post", "social"),
            ("2.1", "thoughts", "“Is it really better than what I have?”"),
            ("2.2", "actions", "Reads reviews and asks a friend"),
            ("3.1", "painPoints", "Delivery costs appear at the last step"),
            ("3.1", "opportunities", "Show the full price from the first page"),
            ("4.1", "touchpoints", "Welcome e-mail with first tips", "email"),
            ("5.1", "actions", "Recommends it in a team meeting"),
        ],
    },
    "fr": {
        "title": "Parcours client : les cinq étapes classiques",
        "description": "Un canevas général : prise de conscience, réflexion, décision, fidélisation, "
                       "promotion. Remplacez les cartes grises d'exemple par ce que disent vos entretiens.",
        "persona": dict(
            name="Camille Bernard", role="Nouvelle cliente", age=34,
            quote="« Avant de payer, je veux être sûre que ça en vaut la peine. »",
            goals=["Régler un problème concret", "Ne pas passer des heures à comparer"],
            needs=["Des prix clairs", "L'avis de gens qui lui ressemblent"],
            motivations=["La recommandation d'une amie"],
            frustrations=["Les frais cachés", "Les relances commerciales par e-mail"],
        ),
        "stages": [("Prise de conscience", ["Découvre l'offre"]),
                   ("Réflexion", ["Compare", "Demande conseil"]),
                   ("Décision*", ["Achète"]), ("Fidélisation", ["Utilise"]),
                   ("Promotion", ["Recommande"])],
        "cards": [
            ("1.1", "actions", "Voit passer la publication d'un collègue"),
            ("1.1", "touchpoints", "Publication sur un réseau social", "social"),
            ("2.1", "thoughts", "« Est-ce vraiment mieux que ce que j'ai déjà ? »"),
            ("2.2", "actions", "Lit les avis et en parle à une amie"),
            ("3.1", "painPoints", "Les frais de livraison n'apparaissent qu'à la fin"),
            ("3.1", "opportunities", "Afficher le prix complet dès la première page"),
            ("4.1", "touchpoints", "E-mail de bienvenue avec les premiers conseils", "email"),
            ("5.1", "actions", "En parle en réunion d'équipe"),
        ],
    },
}
