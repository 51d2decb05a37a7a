"""An online procedure of a public service: a request, its documents, the decision."""

from example_maps.avatar import Look

NAME = "public-service-online"
LOOK = Look("#d8e8ff", "#6f4a32", "#141414", "#3b5b8c")
LANES = ["actions", "thoughts", "emotions", "touchpoints", "channels", "painPoints",
         "opportunities", "backstage"]

TEXTS = {
    "en": {
        "title": "Applying for a public service online",
        "description": "A citizen applies online for a housing allowance: finding the right "
                       "service, creating an account, the form and its documents, waiting for "
                       "the decision.",
        "persona": dict(
            name="Samuel Adeyemi", role="Warehouse worker, new tenant", age=29,
            quote="“I never know if I have filled it in right.”",
            goals=["Get the allowance before the second rent", "Do it all from his phone"],
            needs=["Plain words", "A status he can check"],
            motivations=["Paying his rent without help"],
            frustrations=["Forms that time out", "Letters he does not understand"],
        ),
        "stages": [("Finding out", ["Searches the web"]),
                   ("Account", ["Creates a secure account"]),
                   ("Application*", ["Fills in the form", "Adds documents"]),
                   ("Processing", ["Waits", "Answers a request for a document"]),
                   ("Decision*", ["Receives the decision"])],
        "cards": [
            ("1.1", "painPoints", "Paid sites that look like the official one", "website"),
            ("2.1", "touchpoints", "Identity check through the national login", "website"),
            ("3.1", "thoughts", "“What counts as household income?”"),
            ("3.2", "painPoints", "Photo of the lease too large to upload"),
            ("3.2", "opportunities", "Accept phone photos and shrink them for the user"),
            ("4.2", "backstage", "Caseworker asks for a missing pay slip"),
            ("4.2", "touchpoints", "Letter by post", "post"),
            ("5.1", "opportunities", "Explain the amount and how to appeal in plain words"),
        ],
    },
    "fr": {
        "title": "Démarche administrative en ligne",
        "description": "Un usager demande en ligne une aide au logement : trouver le bon service, "
                       "créer son compte, remplir le formulaire, joindre les pièces, attendre la "
                       "décision.",
        "persona": dict(
            name="Karim Benali", role="Préparateur de commandes, nouveau locataire", age=29,
            quote="« Je ne sais jamais si j'ai bien rempli. »",
            goals=["Toucher l'aide avant le deuxième loyer", "Tout faire depuis son téléphone"],
            needs=["Des mots simples", "Savoir où en est son dossier"],
            motivations=["Payer son loyer sans aide de ses parents"],
            frustrations=["Les formulaires qui expirent", "Les courriers incompréhensibles"],
        ),
        "stages": [("Information", ["Cherche sur internet"]),
                   ("Compte", ["Se connecte avec son identifiant national"]),
                   ("Demande*", ["Remplit le formulaire", "Joint les pièces"]),
                   ("Instruction", ["Attend", "Répond à une demande de pièce"]),
                   ("Décision*", ["Reçoit la notification"])],
        "cards": [
            ("1.1", "painPoints", "Des sites payants qui imitent le site officiel", "website"),
            ("2.1", "touchpoints", "Connexion par l'identifiant national", "website"),
            ("3.1", "thoughts", "« Qu'est-ce qu'ils appellent les ressources du foyer ? »"),
            ("3.2", "painPoints", "Photo du bail trop lourde pour être envoyée"),
            ("3.2", "opportunities", "Accepter les photos du téléphone et les alléger soi-même"),
            ("4.2", "backstage", "L'agent instructeur réclame un bulletin de salaire"),
            ("4.2", "touchpoints", "Courrier postal", "post"),
            ("5.1", "opportunities", "Expliquer le montant et les recours en langage clair"),
        ],
    },
}
