"""The remote worker and the local café (DOMAIN.md): Instagram, website, loyalty app, lighting."""

from __future__ import annotations

from journey_studio.model import Channel, Journey, LaneKind, Language, Priority

from .avatar import Look, avatar_png
from .builder import MapBuilder

HIGH, MEDIUM, LOW = Priority.HIGH, Priority.MEDIUM, Priority.LOW


def build() -> Journey:
    m = MapBuilder("cafe-remote-worker", "Copper Kettle Café: a remote worker's week", Language.EN,
                   "How a remote worker finds the café, tries working there and decides whether "
                   "to come back. From a morning of observation and five short interviews.")
    m.set_persona(
        name="Jonah Reyes", role="Junior developer, fully remote", age=24,
        quote="Good coffee, a socket and light I can see my screen in. That\u2019s all.",
        goals=["Get out of his flat three days a week", "Stay focused for a full morning",
               "Meet people in the neighbourhood"],
        needs=["Reliable Wi-Fi and sockets", "Enough light to work without eye strain",
               "To feel welcome staying for hours"],
        motivations=["A routine that separates work from home", "Spending a little less each visit"],
        frustrations=["Dim corners and screen glare", "Feeling rushed out after one coffee",
                      "Loyalty cards he always forgets"],
        photo_png=avatar_png(Look("#fbe8a6", "#f1c7a3", "#b5562c", "#e0664e")),
    )

    m.stage("discovery", "Discovery", [("sees-post", "Sees an Instagram post"),
                                       ("checks-site", "Checks the website")])
    m.stage("first-visit", "First visit", [("orders", "Orders"), ("settles-in", "Settles in to work")],
            moment_of_truth=True)
    m.stage("working", "Working session", "works-afternoon")
    m.stage("loyalty", "Loyalty", "installs-app")
    m.stage("regular", "Becoming a regular", "comes-back")

    m.lane("actions", LaneKind.ACTIONS, "Actions")
    m.lane("thoughts", LaneKind.THOUGHTS, "Thoughts")
    m.lane("emotions", LaneKind.EMOTIONS, "Emotions")
    m.lane("touchpoints", LaneKind.TOUCHPOINTS, "Touchpoints")
    m.lane("channels", LaneKind.CHANNELS, "Channels")
    m.lane("pain-points", LaneKind.PAIN_POINTS, "Pain points")
    m.lane("opportunities", LaneKind.OPPORTUNITIES, "Opportunities")
    m.lane("backstage", LaneKind.BACKSTAGE, "Behind the counter")
    m.lane("metrics", LaneKind.METRICS, "Metrics")
    m.lane("notes", LaneKind.TEXT, "Notes")

    m.feeling("sees-post", 1, "curiosity")
    m.feeling("checks-site", 0.5, "interest")
    m.feeling("orders", 1.5, "delight")
    m.feeling("settles-in", -0.5, "hesitation")
    m.feeling("works-afternoon", -1.5, "eye strain")
    m.feeling("installs-app", 0.5, "mild interest")
    m.feeling("comes-back", 1, "belonging")

    # Discovery
    m.card("sees-latte-art", "sees-post", "actions", "Sees latte art in a friend\u2019s story")
    m.card("checks-hours", "checks-site", "actions", "Checks opening hours and Wi-Fi")
    m.card("looks-cosy", "sees-post", "thoughts", "\u201cLooks cosy. Could I work there?\u201d")
    m.card("laptops-ok", "checks-site", "thoughts", "\u201cAre laptops even welcome?\u201d")
    m.card("tp-instagram-post", "sees-post", "touchpoints", "Instagram post, tagged by a friend",
           channel=Channel.SOCIAL)
    m.card("tp-website", "checks-site", "touchpoints", "Café website, opening hours page",
           channel=Channel.WEBSITE)
    m.card("ch-instagram", "sees-post", "channels", "Instagram", channel=Channel.SOCIAL)
    m.card("ch-website", "checks-site", "channels", "Website", channel=Channel.WEBSITE)
    m.card("no-wifi-info", "checks-site", "pain-points", "No word on Wi-Fi or sockets", votes=2)
    m.card("laptop-page", "checks-site", "opportunities", "\u201cWork here\u201d section on the website",
           owner="Owner", priority=MEDIUM, votes=3, tags=["remote workers"])
    m.card("posts-twice", "sees-post", "backstage", "Barista posts twice a week")
    m.card("reach", "sees-post", "metrics", "Instagram reach: 3,200 a week")

    # First visit (moment of truth)
    m.card("orders-flat-white", "orders", "actions", "Orders a flat white and a bun")
    m.card("hunts-socket", "settles-in", "actions", "Hunts for a table near a socket")
    m.card("friendly-staff", "orders", "thoughts", "\u201cThey remembered my name!\u201d")
    m.card("too-dark", "settles-in", "thoughts", "\u201cIt\u2019s darker than on Instagram.\u201d")
    m.card("tp-counter", "orders", "touchpoints", "Ordering at the counter", channel=Channel.SHOP)
    m.card("tp-seating", "settles-in", "touchpoints", "Window bar and back tables", channel=Channel.SHOP)
    m.card("ch-shop", "orders", "channels", "In the café", channel=Channel.SHOP)
    m.card("few-sockets", "settles-in", "pain-points", "Only four sockets, all taken", votes=3)
    m.card("socket-strip", "settles-in", "opportunities", "Socket strips under the window bar",
           owner="Owner", priority=MEDIUM, votes=4, tags=["quick win"])
    m.card("names-on-cups", "orders", "backstage", "Staff write names on cups")
    m.card("ticket", "orders", "metrics", "Average ticket: $8.40")

    # Working session: where the lighting hurts
    m.card("works-three-hours", "works-afternoon", "actions", "Works three hours, orders a second coffee")
    m.card("squints", "works-afternoon", "thoughts", "\u201cI can\u2019t read my screen back here.\u201d")
    m.card("tp-wifi", "works-afternoon", "touchpoints", "Wi-Fi password on the receipt",
           channel=Channel.SHOP)
    m.card("poor-lighting", "works-afternoon", "pain-points", "Poor lighting at the back tables",
           votes=6, tags=["lighting", "remote workers"],
           note="Back tables get 90 lux in the afternoon; reading needs about 300.")
    m.card("glare", "works-afternoon", "pain-points", "Window glare on screens at noon", votes=2,
           tags=["lighting"])
    m.card("better-lighting", "works-afternoon", "opportunities", "Warm desk lamps on the back tables",
           owner="Owner", priority=HIGH, votes=7, tags=["lighting"])
    m.card("blinds", "works-afternoon", "opportunities", "Light blinds on the south window",
           owner="Owner", priority=LOW, votes=1, tags=["lighting"])
    m.card("quiet-hours", "works-afternoon", "backstage", "Music turned down 2 to 5 pm")
    m.card("stay", "works-afternoon", "metrics", "Average stay: 2 h 40")

    # Loyalty app
    m.card("installs", "installs-app", "actions", "Installs the loyalty app at the till")
    m.card("another-app", "installs-app", "thoughts", "\u201cFine, if it saves a coffee.\u201d")
    m.card("tp-loyalty-app", "installs-app", "touchpoints", "Loyalty app: ninth coffee free",
           channel=Channel.MOBILE_APP)
    m.card("ch-app", "installs-app", "channels", "Loyalty app", channel=Channel.MOBILE_APP)
    m.card("signup-long", "installs-app", "pain-points", "Sign-up asks for a birth date", votes=1)
    m.card("worker-perk", "installs-app", "opportunities", "Weekday refill offer for laptop guests",
           owner="Manager", priority=MEDIUM, votes=2, tags=["remote workers"])
    m.card("app-vendor", "installs-app", "backstage", "Loyalty app run by a vendor")
    m.card("app-share", "installs-app", "metrics", "30% of regulars use the app")

    # Becoming a regular
    m.card("comes-back", "comes-back", "actions", "Comes back Tuesdays and Thursdays")
    m.card("my-place", "comes-back", "thoughts", "\u201cThis is my office now.\u201d")
    m.card("tp-story", "comes-back", "touchpoints", "Tags the café in his stories", channel=Channel.SOCIAL)
    m.card("ch-word", "comes-back", "channels", "Word of mouth", channel=Channel.WORD_OF_MOUTH)
    m.card("visits", "comes-back", "metrics", "Regulars: 2.3 visits a week")
    m.card("observation", "sees-post", "notes", "Observed Tuesday, 8 am to 1 pm")
    m.card("next-step", "comes-back", "notes", "Retest lighting after the lamps arrive")
    return m.journey()
