"""A hotel stay, from booking to the review left afterwards."""

from example_maps.avatar import Look

NAME = "hotel-stay"
LOOK = Look("#fde2c8", "#d9a27c", "#2a1d15", "#b5651d")
LANES = ["actions", "thoughts", "emotions", "touchpoints", "channels", "painPoints",
         "opportunities", "backstage"]

TEXTS = {
    "en": {
        "title": "Hotel stay",
        "description": "A business traveller's stay: booking, arrival, the room, the stay, "
                       "check-out and the review.",
        "persona": dict(
            name="Daniel Moore", role="Sales manager, travels twice a month", age=45,
            quote="“After a long day, I want my room in five minutes.”",
            goals=["Rest well before a meeting", "Get an invoice his company accepts"],
            needs=["Fast check-in", "Quiet room and good Wi-Fi"],
            motivations=["Loyalty points", "A hotel near the client's office"],
            frustrations=["Queues at the desk", "Invoices with the wrong company name"],
        ),
        "stages": [("Booking", ["Compares hotels", "Books"]),
                   ("Before arrival", ["Receives confirmation"]),
                   ("Arrival*", ["Checks in", "Finds the room"]),
                   ("Stay", ["Sleeps, works, has breakfast"]),
                   ("Departure*", ["Checks out", "Gets the invoice"]),
                   ("After the stay", ["Writes a review"])],
        "cards": [
            ("1.1", "touchpoints", "Online travel agency", "website"),
            ("2.1", "opportunities", "Offer online check-in the day before", "email"),
            ("3.1", "painPoints", "Twenty minutes' queue at 10 pm"),
            ("3.1", "backstage", "Room not yet cleaned: housekeeping is late"),
            ("4.1", "thoughts", "“The Wi-Fi drops during my video call.”"),
            ("5.2", "painPoints", "Invoice in his name instead of his company's"),
            ("5.2", "opportunities", "Ask for invoicing details at booking"),
            ("6.1", "touchpoints", "Review request by e-mail", "email"),
        ],
    },
    "fr": {
        "title": "Séjour à l'hôtel",
        "description": "Le séjour d'une voyageuse d'affaires : réservation, arrivée, chambre, "
                       "séjour, départ et avis laissé ensuite.",
        "persona": dict(
            name="Nathalie Girard", role="Responsable commerciale, en déplacement deux fois par mois",
            age=45,
            quote="« Après une longue journée, je veux ma chambre en cinq minutes. »",
            goals=["Bien dormir avant un rendez-vous", "Une facture que son entreprise accepte"],
            needs=["Un enregistrement rapide", "Une chambre calme et un bon Wi-Fi"],
            motivations=["Les points de fidélité", "Un hôtel proche de son client"],
            frustrations=["L'attente à la réception", "Les factures au mauvais nom"],
        ),
        "stages": [("Réservation", ["Compare les hôtels", "Réserve"]),
                   ("Avant l'arrivée", ["Reçoit la confirmation"]),
                   ("Arrivée*", ["S'enregistre", "Découvre sa chambre"]),
                   ("Séjour", ["Dort, travaille, petit-déjeune"]),
                   ("Départ*", ["Rend sa chambre", "Reçoit sa facture"]),
                   ("Après le séjour", ["Laisse un avis"])],
        "cards": [
            ("1.1", "touchpoints", "Agence de voyage en ligne", "website"),
            ("2.1", "opportunities", "Proposer l'enregistrement en ligne la veille", "email"),
            ("3.1", "painPoints", "Vingt minutes d'attente à 22 h"),
            ("3.1", "backstage", "Chambre pas encore faite : le ménage a pris du retard"),
            ("4.1", "thoughts", "« Le Wi-Fi coupe pendant ma visio ! »"),
            ("5.2", "painPoints", "Facture à son nom au lieu de celui de l'entreprise"),
            ("5.2", "opportunities", "Demander les coordonnées de facturation dès la réservation"),
            ("6.1", "touchpoints", "Demande d'avis par e-mail", "email"),
        ],
    },
}
