"""La jeune entrepreneuse et sa banque (DOMAIN.md), en français.

Les textes sont tapés simplement ; ``french_typography`` pose les apostrophes typographiques,
les guillemets « » et les espaces insécables.
"""

from __future__ import annotations

from journey_studio.model import Channel, Journey, LaneKind, Language, Priority

from .avatar import Look, avatar_png
from .screenshot import loan_simulator_png
from .banque_data import link_survey
from .builder import MapBuilder

HAUTE, MOYENNE, BASSE = Priority.HIGH, Priority.MEDIUM, Priority.LOW


def build() -> Journey:
    m = MapBuilder("banque-entrepreneuse", "Inès et sa banque : le prêt qui n'a pas eu lieu", Language.FR,
                   "Le parcours d'une jeune créatrice d'entreprise avec sa banque, de l'ouverture "
                   "du compte pro à un projet de prêt abandonné. Atelier du 14 mars avec les équipes "
                   "marketing, agences et relation client.")
    m.set_persona(
        name="Inès Moreau", role="Fondatrice d'un atelier de céramique", age=29,
        quote="« Je veux qu'on m'explique un prêt simplement, sans jargon. »",
        goals=["Financer un four professionnel", "Séparer comptes perso et pro",
               "Suivre sa trésorerie depuis son téléphone"],
        needs=["Des réponses claires sur les taux et les frais",
               "Un interlocuteur qui connaît son activité", "Tout faire depuis l'appli"],
        motivations=["Faire grandir son atelier", "Garder la main sur ses dépenses"],
        frustrations=["Les offres génériques par e-mail", "Attendre 20 minutes au téléphone",
                      "Les simulateurs de prêt incompréhensibles"],
        photo_png=avatar_png(Look("#f6dccb", "#a8704f", "#1f1a17", "#2f8f6b", long_hair=True)),
    )
    karim = m.add_persona(
        "karim", "#c2410c", name="Karim Benali", role="Boulanger, client depuis 12 ans", age=47,
        quote="« Mon conseiller me connaît, je veux garder ce lien. »",
        goals=["Rénover sa boutique"], needs=["Un conseiller joignable"],
        frustrations=["Le conseiller change tous les deux ans"],
        photo_png=avatar_png(Look("#dbe7f3", "#8d5a3b", "#2b2b2b", "#c2410c", glasses=True)),
    )

    m.stage("prise-de-conscience", "Prise de conscience", "offres-email")
    m.stage("ouverture", "Ouverture du compte pro",
            [("souscription", "Souscrit en ligne"), ("activation-appli", "Active l'appli")])
    m.stage("usage", "Usage au quotidien", "appli-quotidien")
    m.stage("projet-pret", "Projet de prêt",
            [("recherche-pret", "Se renseigne"), ("appel-conseiller", "Appelle le conseiller")],
            moment_of_truth=True, description="Un four à 15 000 € pour doubler la production.")
    m.stage("decision", "Décision", "sans-suite", moment_of_truth=True,
            description="Elle ne donne pas suite.")
    m.stage("fidelisation", "Fidélisation", "compare-neobanques")

    m.lane("actions", LaneKind.ACTIONS, "Actions")
    m.lane("pensees", LaneKind.THOUGHTS, "Pensées")
    m.lane("emotions", LaneKind.EMOTIONS, "Émotions d'Inès", persona="persona-main", variant="asIs")
    m.lane("emotions-cible", LaneKind.EMOTIONS, "Émotions d'Inès, parcours cible", persona="persona-main",
           variant="toBe", description="Avec le guide du prêt et le rappel sous 24 h.")
    m.lane("emotions-karim", LaneKind.EMOTIONS, "Émotions de Karim", persona=karim, variant="asIs")
    m.lane("emotions-karim-cible", LaneKind.EMOTIONS, "Émotions de Karim, parcours cible", persona=karim,
           variant="toBe")
    m.lane("points-de-contact", LaneKind.TOUCHPOINTS, "Points de contact")
    m.lane("canaux", LaneKind.CHANNELS, "Canaux")
    m.lane("irritants", LaneKind.PAIN_POINTS, "Irritants")
    m.lane("opportunites", LaneKind.OPPORTUNITIES, "Opportunités")
    m.lane("processus", LaneKind.BACKSTAGE, "Processus internes")
    m.lane("indicateurs", LaneKind.METRICS, "Indicateurs")
    m.lane("notes", LaneKind.TEXT, "Notes d'atelier")

    m.feeling("offres-email", 0, "indifférence")
    m.feeling("souscription", 1, "enthousiasme")
    m.feeling("activation-appli", 1.5, "satisfaction")
    m.feeling("appli-quotidien", 1, "confiance")
    m.feeling("recherche-pret", -1, "confusion")
    m.feeling("appel-conseiller", -1.5, "frustration")
    m.feeling("sans-suite", -2, "déception")
    m.feeling("compare-neobanques", -0.5, "doute")
    for step, score, label in (("offres-email", 0, "indifférence"), ("souscription", 1, "enthousiasme"),
                               ("activation-appli", 1.5, "satisfaction"), ("appli-quotidien", 1.5, "confiance"),
                               ("recherche-pret", 1, "clarté"), ("appel-conseiller", 1.5, "rassurée"),
                               ("sans-suite", 2, "décidée"), ("compare-neobanques", 1.5, "fidèle")):
        m.feeling(step, score, label, lane="emotions-cible")
    for step, score, label in (("offres-email", -0.5, "agacement"), ("souscription", -1, "paperasse"),
                               ("activation-appli", -1.5, "perdu"), ("appli-quotidien", 0, "habitude"),
                               ("recherche-pret", 0.5, "confiance"), ("appel-conseiller", 1, "écouté"),
                               ("sans-suite", -1, "oublié"), ("compare-neobanques", 0, "hésitant")):
        m.feeling(step, score, label, lane="emotions-karim")
    for step, score, label in (("offres-email", 0, "indifférence"), ("souscription", 0.5, "accompagné"),
                               ("activation-appli", 0.5, "guidé"), ("appli-quotidien", 1, "à l'aise"),
                               ("recherche-pret", 1, "confiance"), ("appel-conseiller", 1.5, "écouté"),
                               ("sans-suite", 1.5, "relancé"), ("compare-neobanques", 1.5, "fidèle")):
        m.feeling(step, score, label, lane="emotions-karim-cible")

    # Prise de conscience
    m.card("lit-offres", "offres-email", "actions", "Reçoit des offres de la banque par e-mail")
    m.card("pas-pour-moi", "offres-email", "pensees", "« Encore une offre qui ne me concerne pas. »")
    m.card("pc-newsletter", "offres-email", "points-de-contact", "E-mail d'offre « Pro »",
           channel=Channel.EMAIL)
    m.card("ca-email", "offres-email", "canaux", "E-mail", channel=Channel.EMAIL)
    m.card("offres-generiques", "offres-email", "irritants", "Offres identiques pour tous les clients",
           votes=2)
    m.card("segmenter-offres", "offres-email", "opportunites", "Offres adaptées aux créateurs d'entreprise",
           owner="Marketing client", priority=MOYENNE, votes=2, tags=["personnalisation"])
    m.card("campagne-crm", "offres-email", "processus", "Campagne mensuelle depuis le CRM")
    m.card("taux-ouverture", "offres-email", "indicateurs", "Taux d'ouverture : 18 %")

    # Ouverture du compte pro
    m.card("souscrit", "souscription", "actions", "Ouvre un compte pro en ligne")
    m.card("installe-appli", "activation-appli", "actions", "Installe l'appli et active sa carte")
    m.card("enfin-simple", "souscription", "pensees", "« Plus simple que prévu ! »")
    m.card("pc-formulaire", "souscription", "points-de-contact", "Formulaire d'ouverture en ligne",
           channel=Channel.WEBSITE)
    m.card("pc-appli", "activation-appli", "points-de-contact", "Premier lancement de l'appli",
           channel=Channel.MOBILE_APP)
    m.card("ca-site", "souscription", "canaux", "Site web", channel=Channel.WEBSITE)
    m.card("ca-appli", "activation-appli", "canaux", "Application mobile", channel=Channel.MOBILE_APP)
    m.card("justificatifs", "souscription", "irritants", "Kbis demandé deux fois", votes=1)
    m.card("verif-kyc", "souscription", "processus", "Vérification KYC en 48 h")
    m.card("delai-ouverture", "souscription", "indicateurs", "Ouverture en 3 jours en moyenne")

    # Usage au quotidien
    m.card("suit-treso", "appli-quotidien", "actions", "Suit sa trésorerie chaque matin")
    m.card("pratique", "appli-quotidien", "pensees", "« L'appli, c'est ce que je préfère. »")
    m.card("pc-notifications", "appli-quotidien", "points-de-contact", "Notifications de paiement",
           channel=Channel.MOBILE_APP)
    m.card("ca-appli-usage", "appli-quotidien", "canaux", "Application mobile", channel=Channel.MOBILE_APP)
    m.card("pas-de-pret-appli", "appli-quotidien", "irritants", "Rien sur les prêts dans l'appli", votes=3)
    m.card("note-4-6", "appli-quotidien", "indicateurs", "Note de l'appli : 4,6/5")

    # Projet de prêt (moment de vérité)
    m.card("cherche-infos", "recherche-pret", "actions", "Cherche les conditions d'un prêt pro")
    m.card("appelle", "appel-conseiller", "actions", "Appelle le service client")
    m.card("quel-taux", "recherche-pret", "pensees", "« Quel taux pour une boîte d'un an ? »")
    m.card("on-me-balade", "appel-conseiller", "pensees", "« On me renvoie d'un service à l'autre. »")
    m.card("pc-simulateur", "recherche-pret", "points-de-contact", "Simulateur de prêt du site",
           channel=Channel.WEBSITE, image=m.image("simulateur", loan_simulator_png()),
           links=["https://www.example.com/pro/simulateur-pret"],
           source={"kind": "observation", "date": "2026-03-14"})
    m.card("pc-appel", "appel-conseiller", "points-de-contact", "Appel au service client",
           channel=Channel.PHONE)
    m.card("ca-telephone", "appel-conseiller", "canaux", "Téléphone", channel=Channel.PHONE)
    m.card("jargon", "recherche-pret", "irritants", "Jargon : TAEG, nantissement, caution…",
           votes=4, tags=["prêt"])
    m.card("attente", "appel-conseiller", "irritants", "20 minutes d'attente, puis transfert",
           votes=5, tags=["prêt", "téléphone"], source={"kind": "analytics", "date": "2026-02-28"},
           comments=[
               {"author": "Claire (relation client)", "date": "2026-03-15",
                "text": "Chiffre du plateau : 12 min en moyenne, 20 aux heures de pointe."},
               {"author": "Hugo (agence pro)", "date": "2026-03-16",
                "text": "Les appels pros devraient aller directement à l'agence."},
               {"author": "Claire (relation client)", "date": "2026-03-18",
                "text": "D'accord, on teste le routage direct en avril.", "resolved": True},
           ])
    m.card("guide-pret", "recherche-pret", "opportunites", "Un guide du prêt pro clair et illustré",
           owner="Direction marketing", priority=HAUTE, votes=7, tags=["prêt"],
           note="Étapes, pièces à fournir, délais, exemple chiffré. Dans l'appli et en PDF.")
    m.card("rappel-conseiller", "appel-conseiller", "opportunites", "Rappel par un conseiller pro sous 24 h",
           owner="Relation client", priority=HAUTE, votes=4, tags=["prêt"])
    m.card("routage-appels", "appel-conseiller", "processus", "Plateau généraliste, puis agence")
    m.card("temps-attente", "appel-conseiller", "indicateurs", "Attente moyenne : 12 min")

    # Décision (moment de vérité)
    m.card("abandonne", "sans-suite", "actions", "Ne rappelle pas, reporte son achat")
    m.card("tant-pis", "sans-suite", "pensees", "« Tant pis, j'attendrai l'an prochain. »")
    m.card("aucune-relance", "sans-suite", "irritants", "Personne ne la relance", votes=3)
    m.card("relance-auto", "sans-suite", "opportunites", "Relancer les demandes de prêt restées sans suite",
           owner="Agence pro", priority=MOYENNE, votes=3)
    m.card("pas-de-suivi", "sans-suite", "processus", "Appel non tracé dans le CRM")
    m.card("abandon-pret", "sans-suite", "indicateurs", "6 demandes sur 10 sans suite")

    # Fidélisation
    m.card("compare-banques", "compare-neobanques", "actions", "Compare les banques en ligne")
    m.card("rester", "compare-neobanques", "pensees", "« Je reste pour l'appli… pour l'instant. »")
    m.card("pc-bouche-oreille", "compare-neobanques", "points-de-contact",
           "Conseils d'autres créatrices", channel=Channel.WORD_OF_MOUTH)
    m.card("ca-reseaux", "compare-neobanques", "canaux", "Réseaux sociaux", channel=Channel.SOCIAL)
    m.card("offre-bienvenue-pro", "compare-neobanques", "opportunites", "Point annuel avec un conseiller pro",
           owner="Agence pro", priority=BASSE, votes=1)
    m.card("taux-attrition", "compare-neobanques", "indicateurs", "Attrition des pros : 9 % par an")
    m.card("verbatim-atelier", "recherche-pret", "notes", "Citée par 4 entrepreneuses sur 6")
    m.card("suite-atelier", "compare-neobanques", "notes", "À valider en comité le 2 avril")
    m.view("Irritants seulement", "Pour le comité : ce qui bloque les clientes et clients.",
           lane_kinds=[LaneKind.PAIN_POINTS])
    m.view("Priorités hautes", lane_kinds=[LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES], priorities=[HAUTE])
    return link_survey(m.journey())
