"""Opening a current account at a retail bank, online and in the branch."""

from example_maps.avatar import Look

NAME = "bank-account-opening"
LOOK = Look("#d3f1e3", "#8d5a3b", "#1f1a17", "#2c9c6a", long_hair=True)
LANES = ["actions", "thoughts", "emotions", "touchpoints", "channels", "painPoints",
         "opportunities", "backstage"]

TEXTS = {
    "en": {
        "title": "Opening a bank account",
        "description": "A new customer opens a current account: choosing the bank, applying "
                       "online, proving identity, receiving the card, first weeks of use.",
        "persona": dict(
            name="Grace Okafor", role="Nurse, just moved to the city", age=27,
            quote="“I just need an account that works before my first pay day.”",
            goals=["Have her salary paid in within three weeks", "Keep fees low"],
            needs=["A clear list of documents", "Knowing where her application stands"],
            motivations=["A bonus for new customers", "A good mobile app"],
            frustrations=["Being asked for the same document twice", "Branch hours during her shifts"],
        ),
        "stages": [("Choosing a bank", ["Compares offers"]),
                   ("Application", ["Fills in the form", "Uploads documents"]),
                   ("Identity check*", ["Video call or branch visit"]),
                   ("Account ready", ["Receives card and codes"]),
                   ("First weeks", ["First salary, first payments"])],
        "cards": [
            ("1.1", "actions", "Reads a comparison site of bank fees", "website"),
            ("1.1", "thoughts", "“Online bank or a branch near home?”"),
            ("2.2", "painPoints", "Proof of address refused: the bill is in her flatmate's name"),
            ("2.2", "opportunities", "Accept a certificate of residence from the landlord"),
            ("3.1", "touchpoints", "Video identity check", "mobileApp"),
            ("3.1", "backstage", "Compliance review (KYC) of the application"),
            ("4.1", "painPoints", "Card and PIN arrive a week apart"),
            ("5.1", "touchpoints", "Push notification for each payment", "mobileApp"),
        ],
    },
    "fr": {
        "title": "Ouverture d'un compte bancaire",
        "description": "Un nouveau client ouvre un compte courant : choix de la banque, demande "
                       "en ligne, vérification d'identité, réception de la carte, premières semaines.",
        "persona": dict(
            name="Sarah Diallo", role="Infirmière, vient d'emménager", age=27,
            quote="« Il me faut un compte qui marche avant ma première paie. »",
            goals=["Recevoir son salaire d'ici trois semaines", "Payer peu de frais"],
            needs=["La liste claire des pièces à fournir", "Savoir où en est son dossier"],
            motivations=["La prime de bienvenue", "Une bonne appli mobile"],
            frustrations=["Devoir envoyer deux fois le même justificatif",
                          "Des horaires d'agence incompatibles avec ses gardes"],
        ),
        "stages": [("Choix de la banque", ["Compare les offres"]),
                   ("Demande d'ouverture", ["Remplit le formulaire", "Envoie ses justificatifs"]),
                   ("Vérification d'identité*", ["Visio ou passage en agence"]),
                   ("Compte ouvert", ["Reçoit sa carte et ses codes"]),
                   ("Premières semaines", ["Premier salaire, premiers paiements"])],
        "cards": [
            ("1.1", "actions", "Consulte un comparateur de frais bancaires", "website"),
            ("1.1", "thoughts", "« Banque en ligne ou agence près de chez moi ? »"),
            ("2.2", "painPoints", "Justificatif de domicile refusé : la facture est au nom de sa colocataire"),
            ("2.2", "opportunities", "Accepter une attestation d'hébergement"),
            ("3.1", "touchpoints", "Vérification d'identité en visio", "mobileApp"),
            ("3.1", "backstage", "Contrôle de conformité du dossier (KYC)"),
            ("4.1", "painPoints", "La carte et le code arrivent à une semaine d'écart"),
            ("5.1", "touchpoints", "Notification à chaque paiement", "mobileApp"),
        ],
    },
}
