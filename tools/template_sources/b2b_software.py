"""A company buying a software product (DOMAIN.md: the HR manager replacing manual onboarding)."""

from example_maps.avatar import Look

NAME = "b2b-software"
LOOK = Look("#e8e1f5", "#e3b08c", "#4a3322", "#2f3e4c", long_hair=True)
LANES = ["actions", "thoughts", "emotions", "touchpoints", "channels", "painPoints",
         "opportunities", "metrics", "text"]

TEXTS = {
    "en": {
        "title": "B2B purchase of a software product",
        "description": "An HR manager replaces manual onboarding with HR software: research, "
                       "shortlist, demo and trial, the buying committee, contract and roll-out.",
        "persona": dict(
            name="Rachel Evans", role="HR manager, 400-person company", age=42,
            quote="“I have to convince finance and IT, not just myself.”",
            goals=["Cut onboarding paperwork by half", "A tool IT will approve"],
            needs=["A comparison with competitors", "Proof of data protection"],
            motivations=["New hires who feel welcome from day one"],
            frustrations=["Sales calls before she has seen the product", "Opaque pricing per seat"],
        ),
        "stages": [("Research", ["Searches the web", "Downloads an e-book"]),
                   ("Shortlist", ["Compares three vendors"]),
                   ("Evaluation*", ["Demo with sales", "Pilot with her team"]),
                   ("Buying decision*", ["Buying committee", "Contract"]),
                   ("Roll-out", ["Set-up and training"])],
        "lanes": {"text": "Buying committee"},
        "cards": [
            ("1.2", "touchpoints", "E-book “Onboarding without paper”", "email"),
            ("2.1", "thoughts", "“The competitor is cheaper, but is it as good?”"),
            ("2.1", "opportunities", "A fair comparison guide with competitors"),
            ("3.1", "touchpoints", "Sales call and demo", "phone"),
            ("3.2", "painPoints", "Pilot needs IT to set up single sign-on"),
            ("4.1", "text", "HR manager, CFO, IT security lead"),
            ("4.2", "metrics", "Sales cycle length"),
            ("5.1", "opportunities", "A named success manager for the first 90 days"),
        ],
    },
    "fr": {
        "title": "Achat d'un logiciel en B2B",
        "description": "Une DRH remplace un accueil des nouveaux salariés fait à la main par un "
                       "logiciel RH : recherche, présélection, démo et pilote, comité d'achat, "
                       "contrat et déploiement.",
        "persona": dict(
            name="Sophie Lambert", role="DRH d'une entreprise de 400 salariés", age=42,
            quote="« Je dois convaincre la finance et la DSI, pas seulement moi. »",
            goals=["Diviser par deux la paperasse de l'intégration", "Un outil validé par la DSI"],
            needs=["Un comparatif avec la concurrence", "Des garanties RGPD"],
            motivations=["Des nouveaux salariés bien accueillis dès le premier jour"],
            frustrations=["Les appels commerciaux avant d'avoir vu le produit",
                          "Des tarifs par utilisateur peu lisibles"],
        ),
        "stages": [("Recherche", ["Cherche sur le web", "Télécharge un livre blanc"]),
                   ("Présélection", ["Compare trois éditeurs"]),
                   ("Évaluation*", ["Démo avec le commercial", "Pilote avec son équipe"]),
                   ("Décision d'achat*", ["Comité d'achat", "Contrat"]),
                   ("Déploiement", ["Paramétrage et formation"])],
        "lanes": {"text": "Comité d'achat"},
        "cards": [
            ("1.2", "touchpoints", "Livre blanc « Intégrer sans papier »", "email"),
            ("2.1", "thoughts", "« Le concurrent est moins cher, mais est-il aussi bon ? »"),
            ("2.1", "opportunities", "Un comparatif honnête avec les concurrents"),
            ("3.1", "touchpoints", "Appel commercial et démo", "phone"),
            ("3.2", "painPoints", "Le pilote attend la DSI pour l'authentification unique"),
            ("4.1", "text", "DRH, directeur financier, RSSI"),
            ("4.2", "metrics", "Durée du cycle de vente"),
            ("5.1", "opportunities", "Un interlocuteur dédié pendant les 90 premiers jours"),
        ],
    },
}
