"""Getting help across channels, with the hand-offs between support levels (a service blueprint)."""

from example_maps.avatar import Look

NAME = "customer-service"
LOOK = Look("#cfeef3", "#b07a57", "#6b6b6b", "#1f8ea3", glasses=True)
LANES = ["actions", "thoughts", "emotions", "touchpoints", "channels", "painPoints",
         "opportunities", "backstage", "metrics"]

TEXTS = {
    "en": {
        "title": "Customer service across channels",
        "description": "A customer with a problem tries the help pages, the chat, the phone and "
                       "e-mail, and goes to the shop; below the line, the hand-offs between "
                       "support levels.",
        "persona": dict(
            name="Robert Hughes", role="Retired, customer for twelve years", age=67,
            quote="“I just want someone who knows my file.”",
            goals=["Get his internet box working again", "Explain it once"],
            needs=["A human when the bot cannot help", "A follow-up without chasing"],
            motivations=["Loyalty to a brand he trusts"],
            frustrations=["Repeating his story at each transfer", "Waiting music"],
        ),
        "stages": [("Self-help", ["Searches the help pages"]),
                   ("Chat", ["Talks to the bot", "Transferred to an agent"]),
                   ("Phone call*", ["Waits", "Speaks to level 2"]),
                   ("E-mail follow-up", ["Receives a ticket number"]),
                   ("In the shop", ["Swaps the box"]),
                   ("Resolution*", ["Problem solved"])],
        "cards": [
            ("1.1", "painPoints", "Help articles do not match his model"),
            ("2.1", "touchpoints", "Chatbot on the website", "chat"),
            ("2.2", "backstage", "Level 1 agent cannot see the line diagnostics"),
            ("3.1", "metrics", "Average waiting time"),
            ("3.2", "thoughts", "“Third time I explain the same thing.”"),
            ("3.2", "opportunities", "Pass the chat history to the phone agent"),
            ("4.1", "touchpoints", "Ticket confirmation e-mail", "email"),
            ("5.1", "touchpoints", "Shop counter", "shop"),
            ("6.1", "metrics", "First contact resolution, CSAT"),
        ],
    },
    "fr": {
        "title": "Service client multicanal",
        "description": "Un client en difficulté passe par l'aide en ligne, le chat, le téléphone "
                       "et l'e-mail, puis la boutique ; sous la ligne de visibilité, les passages "
                       "de relais entre niveaux de support.",
        "persona": dict(
            name="Gérard Roux", role="Retraité, client depuis douze ans", age=67,
            quote="« Je veux juste parler à quelqu'un qui connaît mon dossier. »",
            goals=["Faire remarcher sa box internet", "N'expliquer son problème qu'une fois"],
            needs=["Un humain quand le robot ne suffit plus", "Un suivi sans avoir à relancer"],
            motivations=["La fidélité à une marque qu'il connaît"],
            frustrations=["Raconter son histoire à chaque transfert", "La musique d'attente"],
        ),
        "stages": [("Aide en ligne", ["Cherche dans la FAQ"]),
                   ("Chat", ["Échange avec le robot", "Passe à un conseiller"]),
                   ("Appel*", ["Attend", "Parle au niveau 2"]),
                   ("Suivi par e-mail", ["Reçoit un numéro de ticket"]),
                   ("En boutique", ["Échange sa box"]),
                   ("Résolution*", ["Problème réglé"])],
        "cards": [
            ("1.1", "painPoints", "Les articles d'aide ne parlent pas de son modèle"),
            ("2.1", "touchpoints", "Robot conversationnel du site", "chat"),
            ("2.2", "backstage", "Le conseiller de niveau 1 ne voit pas le diagnostic de la ligne"),
            ("3.1", "metrics", "Temps d'attente moyen"),
            ("3.2", "thoughts", "« Troisième fois que j'explique la même chose ! »"),
            ("3.2", "opportunities", "Transmettre l'historique du chat au conseiller téléphonique"),
            ("4.1", "touchpoints", "E-mail de confirmation du ticket", "email"),
            ("5.1", "touchpoints", "Comptoir de la boutique", "shop"),
            ("6.1", "metrics", "Résolution au premier contact, CSAT"),
        ],
    },
}
