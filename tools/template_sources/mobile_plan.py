"""Buying a mobile-phone plan and getting the line working (SIM or eSIM, number transfer)."""

from example_maps.avatar import Look

NAME = "mobile-plan"
LOOK = Look("#fff1c4", "#f1c6a6", "#a0522d", "#d4a800")
LANES = ["actions", "thoughts", "emotions", "touchpoints", "channels", "painPoints",
         "opportunities", "backstage"]

TEXTS = {
    "en": {
        "title": "Buying and activating a mobile plan",
        "description": "From comparing plans to the first month's bill: ordering online or in "
                       "a shop, keeping the old number, activating the SIM or eSIM.",
        "persona": dict(
            name="Tom Walsh", role="Student, first plan in his own name", age=20,
            quote="“I want more data for less, and I don't want to lose my number.”",
            goals=["Keep his number", "Stay under 15 a month"],
            needs=["Comparable offers", "Activation the same day"],
            motivations=["A friend's referral code"],
            frustrations=["Fine print about the price after twelve months", "Being without a line"],
        ),
        "stages": [("Comparing plans", ["Searches offers", "Checks coverage"]),
                   ("Ordering", ["Chooses the plan", "Requests number transfer"]),
                   ("Activation*", ["Receives the SIM or eSIM", "Line goes live"]),
                   ("First weeks", ["Uses data abroad"]),
                   ("First bill*", ["Reads the bill"])],
        "cards": [
            ("1.1", "touchpoints", "Price comparison website", "website"),
            ("1.2", "thoughts", "“Will I have signal at my parents' place?”"),
            ("2.2", "actions", "Asks his old operator for the transfer code by text", "sms"),
            ("3.1", "painPoints", "The eSIM QR code does not scan"),
            ("3.2", "backstage", "Number transfer with the former operator"),
            ("3.2", "opportunities", "A text telling him when the line is live"),
            ("5.1", "painPoints", "Roaming charges he did not expect"),
            ("5.1", "opportunities", "Explain each line of the first bill in the app"),
        ],
    },
    "fr": {
        "title": "Achat d'un forfait mobile",
        "description": "De la comparaison des forfaits à la première facture : souscription en "
                       "ligne ou en boutique, portabilité du numéro, activation de la SIM ou eSIM.",
        "persona": dict(
            name="Hugo Lefebvre", role="Étudiant, premier forfait à son nom", age=20,
            quote="« Je veux plus de data pour moins cher, sans perdre mon numéro. »",
            goals=["Garder son numéro", "Rester sous 15 € par mois"],
            needs=["Des offres comparables", "Une activation dans la journée"],
            motivations=["Le code de parrainage d'un ami"],
            frustrations=["Les petites lignes sur le prix après douze mois",
                          "Se retrouver sans ligne"],
        ),
        "stages": [("Comparaison", ["Cherche les offres", "Vérifie la couverture"]),
                   ("Souscription", ["Choisit son forfait", "Demande la portabilité"]),
                   ("Activation*", ["Reçoit la SIM ou l'eSIM", "La ligne est active"]),
                   ("Premières semaines", ["Utilise sa data à l'étranger"]),
                   ("Première facture*", ["Lit sa facture"])],
        "cards": [
            ("1.1", "touchpoints", "Comparateur de forfaits en ligne", "website"),
            ("1.2", "thoughts", "« Est-ce que ça capte chez mes parents ? »"),
            ("2.2", "actions", "Obtient son code RIO par SMS", "sms"),
            ("3.1", "painPoints", "Le QR code de l'eSIM ne se scanne pas"),
            ("3.2", "backstage", "Portabilité du numéro avec l'ancien opérateur"),
            ("3.2", "opportunities", "Un SMS qui annonce que la ligne est active"),
            ("5.1", "painPoints", "Des frais d'itinérance inattendus"),
            ("5.1", "opportunities", "Expliquer chaque ligne de la première facture dans l'appli"),
        ],
    },
}
