"""The closed vocabularies of a map: lane kinds, channels, priorities, languages."""

from __future__ import annotations

from enum import StrEnum


class LaneKind(StrEnum):
    ACTIONS = "actions"
    THOUGHTS = "thoughts"
    EMOTIONS = "emotions"
    TOUCHPOINTS = "touchpoints"
    CHANNELS = "channels"
    PAIN_POINTS = "painPoints"
    OPPORTUNITIES = "opportunities"
    BACKSTAGE = "backstage"
    METRICS = "metrics"
    TEXT = "text"


class Channel(StrEnum):
    WEBSITE = "website"
    MOBILE_APP = "mobileApp"
    EMAIL = "email"
    PHONE = "phone"
    CHAT = "chat"
    SOCIAL = "social"
    SHOP = "shop"
    POST = "post"
    SMS = "sms"
    EVENT = "event"
    ADVERTISING = "advertising"
    WORD_OF_MOUTH = "wordOfMouth"


class Priority(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Language(StrEnum):
    EN = "en"
    FR = "fr"


#: Lanes whose cards may carry a channel.
CHANNEL_LANES = frozenset({LaneKind.CHANNELS, LaneKind.TOUCHPOINTS})
