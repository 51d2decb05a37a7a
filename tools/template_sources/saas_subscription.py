"""A B2C software subscription, from the first ad to the renewal (DOMAIN.md, the SaaS customer)."""

from example_maps.avatar import Look

NAME = "saas-subscription"
LOOK = Look("#e4dcff", "#c68e6a", "#2b211c", "#7557d6", glasses=True)
LANES = ["actions", "thoughts", "emotions", "touchpoints", "channels", "painPoints",
         "opportunities", "metrics"]

TEXTS = {
    "en": {
        "title": "SaaS subscription: from free trial to renewal",
        "description": "A subscriber of an online product: discovery, free trial, paid plan, "
                       "everyday use with support, then renewal or churn.",
        "persona": dict(
            name="Priya Shah", role="Freelance designer", age=31,
            quote="“If I can't see the value in the first week, I cancel.”",
            goals=["Send clients proofs faster", "Pay only for what she uses"],
            needs=["A trial without a credit card", "Quick answers when something breaks"],
            motivations=["Tools her peers already use"],
            frustrations=["Automatic renewals she did not see coming", "Support that replies in days"],
        ),
        "stages": [("Discovery", ["Sees an ad", "Reads a blog post"]),
                   ("Free trial*", ["Signs up", "First project"]),
                   ("Subscription", ["Chooses a plan"]),
                   ("Use and support", ["Works daily", "Reports a bug"]),
                   ("Renewal*", ["Renews or cancels"])],
        "cards": [
            ("1.1", "touchpoints", "Ad on a design website", "advertising"),
            ("1.2", "actions", "Follows a tweet to a how-to article"),
            ("2.1", "thoughts", "“Will my files be safe here?”"),
            ("2.2", "painPoints", "Empty workspace, no example project"),
            ("2.2", "opportunities", "Start the trial with a ready-made sample project"),
            ("3.1", "metrics", "Trial to paid conversion"),
            ("4.2", "touchpoints", "Support ticket", "email"),
            ("4.2", "painPoints", "Three days without an answer"),
            ("5.1", "opportunities", "A reminder e-mail two weeks before renewal"),
            ("5.1", "metrics", "Churn rate, NPS"),
        ],
    },
    "fr": {
        "title": "Abonnement à un logiciel en ligne : de l'essai au renouvellement",
        "description": "L'abonné d'un service en ligne : découverte, essai gratuit, abonnement "
                       "payant, usage au quotidien et support, puis renouvellement ou résiliation.",
        "persona": dict(
            name="Léa Fontaine", role="Graphiste indépendante", age=31,
            quote="« Si je ne vois pas l'intérêt la première semaine, je résilie. »",
            goals=["Envoyer ses maquettes aux clients plus vite", "Ne payer que ce qu'elle utilise"],
            needs=["Un essai sans carte bancaire", "Des réponses rapides en cas de panne"],
            motivations=["Les outils que ses confrères utilisent déjà"],
            frustrations=["Les renouvellements automatiques qu'on ne voit pas venir",
                          "Un support qui répond au bout de plusieurs jours"],
        ),
        "stages": [("Découverte", ["Voit une publicité", "Lit un article"]),
                   ("Essai gratuit*", ["S'inscrit", "Premier projet"]),
                   ("Abonnement", ["Choisit une formule"]),
                   ("Usage et support", ["Travaille au quotidien", "Signale un bug"]),
                   ("Renouvellement*", ["Renouvelle ou résilie"])],
        "cards": [
            ("1.1", "touchpoints", "Bannière sur un site de graphisme", "advertising"),
            ("1.2", "actions", "Clique sur un tweet qui mène à un tutoriel"),
            ("2.1", "thoughts", "« Mes fichiers seront-ils en sécurité ? »"),
            ("2.2", "painPoints", "Espace de travail vide, aucun projet d'exemple"),
            ("2.2", "opportunities", "Ouvrir l'essai sur un projet d'exemple prêt à l'emploi"),
            ("3.1", "metrics", "Taux de conversion essai → payant"),
            ("4.2", "touchpoints", "Ticket au support", "email"),
            ("4.2", "painPoints", "Trois jours sans réponse"),
            ("5.1", "opportunities", "Un e-mail de rappel quinze jours avant l'échéance"),
            ("5.1", "metrics", "Taux de résiliation, NPS"),
        ],
    },
}
