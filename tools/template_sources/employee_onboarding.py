"""A new employee's first months: from the signed offer to being fully part of the team."""

from example_maps.avatar import Look

NAME = "employee-onboarding"
LOOK = Look("#d2f2c4", "#f0c8a8", "#c8862f", "#4a9c2d")
LANES = ["actions", "thoughts", "emotions", "touchpoints", "painPoints", "opportunities",
         "backstage"]

TEXTS = {
    "en": {
        "title": "Employee onboarding",
        "description": "The journey of a new employee: before day one, the first day, the first "
                       "week, the first months and the end of the trial period.",
        "persona": dict(
            name="Jamie Carter", role="Junior data analyst, first job", age=24,
            quote="“On my first day I just want a desk, a laptop and someone to have lunch with.”",
            goals=["Be useful quickly", "Understand who does what"],
            needs=["Working equipment on day one", "A buddy to ask silly questions"],
            motivations=["Learning from experienced colleagues"],
            frustrations=["Waiting days for access rights", "Too many slides, no real task"],
        ),
        "stages": [("Before day one", ["Signs the contract", "Receives the welcome pack"]),
                   ("First day*", ["Arrives", "Gets equipment"]),
                   ("First week", ["Meets the team", "First task"]),
                   ("First months", ["Training", "Regular check-ins"]),
                   ("End of trial period*", ["Review with the manager"])],
        "cards": [
            ("1.2", "touchpoints", "Welcome e-mail with the first-day programme"),
            ("1.1", "thoughts", "“What should I wear? Where do I go?”"),
            ("2.2", "painPoints", "Laptop ready, but no account to log in"),
            ("2.2", "backstage", "IT ticket for access rights opened too late"),
            ("2.2", "opportunities", "Start IT requests as soon as the contract is signed"),
            ("3.1", "touchpoints", "Team lunch"),
            ("4.2", "opportunities", "A buddy from another team for the first three months"),
            ("5.1", "actions", "Reviews goals with the manager"),
        ],
    },
    "fr": {
        "title": "Intégration d'un nouveau salarié",
        "description": "Le parcours d'un nouveau collaborateur : avant l'arrivée, le premier jour, "
                       "la première semaine, les premiers mois et la fin de la période d'essai.",
        "persona": dict(
            name="Manon Petit", role="Analyste de données junior, premier emploi", age=24,
            quote="« Le premier jour, je veux juste un bureau, un ordinateur et quelqu'un avec qui déjeuner. »",
            goals=["Être utile rapidement", "Comprendre qui fait quoi"],
            needs=["Un poste qui marche dès le premier jour", "Un parrain pour les questions bêtes"],
            motivations=["Apprendre auprès de collègues expérimentés"],
            frustrations=["Attendre ses accès pendant des jours",
                          "Trop de présentations, aucune vraie tâche"],
        ),
        "stages": [("Avant l'arrivée", ["Signe son contrat", "Reçoit le livret d'accueil"]),
                   ("Premier jour*", ["Arrive", "Reçoit son matériel"]),
                   ("Première semaine", ["Rencontre l'équipe", "Première mission"]),
                   ("Premiers mois", ["Formations", "Points réguliers"]),
                   ("Fin de période d'essai*", ["Bilan avec son manager"])],
        "cards": [
            ("1.2", "touchpoints", "E-mail de bienvenue avec le programme du premier jour"),
            ("1.1", "thoughts", "« Comment m'habiller ? Où dois-je aller ? »"),
            ("2.2", "painPoints", "L'ordinateur est là, mais pas de compte pour se connecter"),
            ("2.2", "backstage", "Demande d'accès à la DSI faite trop tard"),
            ("2.2", "opportunities", "Lancer les demandes d'accès dès la signature du contrat"),
            ("3.1", "touchpoints", "Déjeuner d'équipe"),
            ("4.2", "opportunities", "Un parrain d'une autre équipe pendant trois mois"),
            ("5.1", "actions", "Fait le point sur ses objectifs avec son manager"),
        ],
    },
}
