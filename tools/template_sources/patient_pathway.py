"""A patient's care pathway for a planned operation, from the first symptoms to follow-up."""

from example_maps.avatar import Look

NAME = "patient-pathway"
LOOK = Look("#e3e6e9", "#c99a74", "#b8b8b8", "#6b7b88", long_hair=True, glasses=True)
LANES = ["actions", "thoughts", "emotions", "touchpoints", "painPoints", "opportunities",
         "backstage", "text"]

TEXTS = {
    "en": {
        "title": "Patient care pathway: a planned knee operation",
        "description": "From the GP's referral to recovery at home: consultation, tests, "
                       "surgery, hospital stay, rehabilitation and follow-up.",
        "persona": dict(
            name="Margaret Lewis", role="Retired teacher, lives alone", age=72,
            quote="“Nobody told me who to call once I was back home.”",
            goals=["Walk without pain", "Stay independent at home"],
            needs=["One contact person", "Written instructions she can reread"],
            motivations=["Gardening again by spring"],
            frustrations=["Repeating her history to every professional",
                          "Appointment letters that arrive late"],
        ),
        "stages": [("Referral", ["Sees her GP"]),
                   ("Diagnosis", ["Specialist consultation", "Imaging tests"]),
                   ("Preparation", ["Pre-operative assessment"]),
                   ("Hospital stay*", ["Surgery", "Discharge"]),
                   ("Recovery at home*", ["Physiotherapy", "Follow-up visit"])],
        "lanes": {"text": "Care team"},
        "cards": [
            ("1.1", "actions", "Describes the pain to her GP, who writes a referral"),
            ("2.1", "painPoints", "Four months' wait for the consultation"),
            ("2.2", "thoughts", "“Will I be able to drive afterwards?”"),
            ("3.1", "touchpoints", "Pre-operative leaflet"),
            ("4.2", "backstage", "Discharge letter sent to the GP and the physiotherapist"),
            ("4.2", "painPoints", "Discharged on a Friday evening, pharmacy closed"),
            ("5.1", "opportunities", "A nurse's phone call two days after discharge"),
            ("5.1", "text", "Physiotherapist, home nurse, GP"),
        ],
    },
    "fr": {
        "title": "Parcours de soins : une opération du genou programmée",
        "description": "De l'orientation par le médecin traitant au retour à domicile : "
                       "consultation, examens, intervention, hospitalisation, rééducation et suivi.",
        "persona": dict(
            name="Monique Durand", role="Institutrice à la retraite, vit seule", age=72,
            quote="« Une fois rentrée chez moi, personne ne m'a dit qui appeler. »",
            goals=["Marcher sans douleur", "Rester autonome chez elle"],
            needs=["Un interlocuteur unique", "Des consignes écrites qu'elle peut relire"],
            motivations=["Retrouver son jardin au printemps"],
            frustrations=["Répéter ses antécédents à chaque professionnel",
                          "Les convocations qui arrivent trop tard"],
        ),
        "stages": [("Orientation", ["Consulte son médecin traitant"]),
                   ("Diagnostic", ["Consultation du chirurgien", "Examens d'imagerie"]),
                   ("Préparation", ["Consultation d'anesthésie"]),
                   ("Hospitalisation*", ["Intervention", "Sortie"]),
                   ("Retour à domicile*", ["Kinésithérapie", "Consultation de suivi"])],
        "lanes": {"text": "Professionnels"},
        "cards": [
            ("1.1", "actions", "Décrit la douleur à son médecin, qui l'oriente vers un chirurgien"),
            ("2.1", "painPoints", "Quatre mois d'attente pour le rendez-vous"),
            ("2.2", "thoughts", "« Pourrai-je reconduire après ? »"),
            ("3.1", "touchpoints", "Livret de préparation à l'intervention"),
            ("4.2", "backstage", "Lettre de liaison envoyée au médecin traitant et au kiné"),
            ("4.2", "painPoints", "Sortie un vendredi soir, pharmacie fermée"),
            ("5.1", "opportunities", "Un appel de l'infirmière deux jours après la sortie"),
            ("5.1", "text", "Kinésithérapeute, infirmière à domicile, médecin traitant"),
        ],
    },
}
