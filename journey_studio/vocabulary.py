"""Words of the domain in English and French: lane titles, stage names, emotion words.

Plain data, no Qt, so templates, importers and exports can name things in the map's
language. The user interface's own strings are translated separately.
"""

from __future__ import annotations

from .model import Channel, LaneKind, Language

LANE_TITLES: dict[Language, dict[LaneKind, str]] = {
    Language.EN: {
        LaneKind.ACTIONS: "Actions",
        LaneKind.THOUGHTS: "Thoughts",
        LaneKind.EMOTIONS: "Emotions",
        LaneKind.TOUCHPOINTS: "Touchpoints",
        LaneKind.CHANNELS: "Channels",
        LaneKind.PAIN_POINTS: "Pain points",
        LaneKind.OPPORTUNITIES: "Opportunities",
        LaneKind.BACKSTAGE: "Backstage",
        LaneKind.METRICS: "Metrics",
        LaneKind.TEXT: "Notes",
    },
    Language.FR: {
        LaneKind.ACTIONS: "Actions",
        LaneKind.THOUGHTS: "Pensées",
        LaneKind.EMOTIONS: "Émotions",
        LaneKind.TOUCHPOINTS: "Points de contact",
        LaneKind.CHANNELS: "Canaux",
        LaneKind.PAIN_POINTS: "Irritants",
        LaneKind.OPPORTUNITIES: "Opportunités",
        LaneKind.BACKSTAGE: "Processus internes",
        LaneKind.METRICS: "Indicateurs",
        LaneKind.TEXT: "Notes",
    },
}

CLASSIC_STAGES: dict[Language, list[str]] = {
    Language.EN: ["Awareness", "Consideration", "Decision", "Retention", "Advocacy"],
    Language.FR: ["Prise de conscience", "Réflexion", "Décision", "Fidélisation", "Promotion"],
}

#: Words offered for emotion points, most positive first.
EMOTION_WORDS: dict[Language, list[str]] = {
    Language.EN: ["joy", "excitement", "relief", "satisfaction", "curiosity", "neutral",
                  "doubt", "worry", "confusion", "fear", "frustration", "anger", "pain"],
    Language.FR: ["joie", "enthousiasme", "soulagement", "satisfaction", "curiosité", "neutre",
                  "doute", "inquiétude", "confusion", "peur", "frustration", "colère", "douleur"],
}

CHANNEL_NAMES: dict[Language, dict[Channel, str]] = {
    Language.EN: {
        Channel.WEBSITE: "Website", Channel.MOBILE_APP: "Mobile app", Channel.EMAIL: "E-mail",
        Channel.PHONE: "Phone", Channel.CHAT: "Chat", Channel.SOCIAL: "Social network",
        Channel.SHOP: "Physical shop", Channel.POST: "Post", Channel.SMS: "SMS",
        Channel.EVENT: "Event", Channel.ADVERTISING: "Advertising",
        Channel.WORD_OF_MOUTH: "Word of mouth",
    },
    Language.FR: {
        Channel.WEBSITE: "Site web", Channel.MOBILE_APP: "Application mobile",
        Channel.EMAIL: "E-mail", Channel.PHONE: "Téléphone", Channel.CHAT: "Chat",
        Channel.SOCIAL: "Réseau social", Channel.SHOP: "Magasin", Channel.POST: "Courrier",
        Channel.SMS: "SMS", Channel.EVENT: "Événement", Channel.ADVERTISING: "Publicité",
        Channel.WORD_OF_MOUTH: "Bouche-à-oreille",
    },
}

#: The lanes of a new map, top to bottom.
DEFAULT_LANES: list[LaneKind] = [
    LaneKind.ACTIONS, LaneKind.THOUGHTS, LaneKind.EMOTIONS, LaneKind.TOUCHPOINTS,
    LaneKind.CHANNELS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES,
]


def lane_title(kind: LaneKind, language: Language | str) -> str:
    return LANE_TITLES[Language(language)][LaneKind(kind)]

PRIORITY_NAMES: dict[Language, dict[str, str]] = {
    Language.EN: {"low": "Low", "medium": "Medium", "high": "High"},
    Language.FR: {"low": "Basse", "medium": "Moyenne", "high": "Haute"},
}

PERSONA_HEADINGS: dict[Language, dict[str, str]] = {
    Language.EN: {"goals": "Goals", "needs": "Needs", "motivations": "Motivations",
                  "frustrations": "Frustrations", "age": "{age}\u00a0years\u00a0old",
                  "asIs": "as-is", "toBe": "to-be", "persona": "Persona {n}"},
    Language.FR: {"goals": "Objectifs", "needs": "Besoins", "motivations": "Motivations",
                  "frustrations": "Frustrations", "age": "{age}\u00a0ans",
                  "asIs": "actuel", "toBe": "cible", "persona": "Persona {n}"},
}
