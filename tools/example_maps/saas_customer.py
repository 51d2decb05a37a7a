"""The SaaS B2C customer (DOMAIN.md): from an ad to recommending the product to friends."""

from __future__ import annotations

from journey_studio.model import Channel, Journey, LaneKind, Language, Priority

from .avatar import Look, avatar_png
from .builder import MapBuilder

HIGH, MEDIUM, LOW = Priority.HIGH, Priority.MEDIUM, Priority.LOW


def build() -> Journey:
    m = MapBuilder("saas-customer", "Planwise: a freelancer's path to a paid plan", Language.EN,
                   "How a freelance designer finds, tries, buys and recommends Planwise, a "
                   "planning app sold by subscription. Built from 12 customer interviews and "
                   "trial analytics.")
    m.set_persona(
        name="Maya Chen", role="Freelance UX designer", age=31,
        quote="I want to spend my time designing, not chasing my own to-do list.",
        goals=["Plan every client project in one place", "Stop missing deadlines",
               "Keep her evenings free"],
        needs=["A setup that takes minutes, not an afternoon", "Clear pricing before she pays",
               "A quick human answer when something breaks"],
        motivations=["Looking organised in front of clients",
                     "Tools that other freelancers vouch for"],
        frustrations=["Trials that end before she has tried anything",
                      "Prices hidden behind \u201ccontact sales\u201d", "Support bots that loop"],
        photo_png=avatar_png(Look("#cfe3f2", "#e9b48f", "#3b2a20", "#4c7bd9", glasses=True)),
    )

    m.stage("awareness", "Awareness", [("sees-ad", "Sees an ad"), ("reads-blog", "Reads a blog post")])
    m.stage("consideration", "Consideration",
            [("newsletter", "Joins the newsletter"), ("reviews", "Reads reviews")])
    m.stage("trial", "Free trial", [("trial-start", "Starts the trial"),
                                    ("first-project", "Plans a first project")],
            moment_of_truth=True, description="14 days, no card required.")
    m.stage("purchase", "Purchase", "sales-call", moment_of_truth=True,
            description="Annual plan, bought through a sales rep.")
    m.stage("support", "Support", "bug-report")
    m.stage("advocacy", "Advocacy", "recommends")

    m.lane("actions", LaneKind.ACTIONS, "Actions")
    m.lane("thoughts", LaneKind.THOUGHTS, "Thoughts")
    m.lane("emotions", LaneKind.EMOTIONS, "Emotions")
    m.lane("touchpoints", LaneKind.TOUCHPOINTS, "Touchpoints")
    m.lane("channels", LaneKind.CHANNELS, "Channels")
    m.lane("pain-points", LaneKind.PAIN_POINTS, "Pain points")
    m.lane("opportunities", LaneKind.OPPORTUNITIES, "Opportunities")
    m.lane("backstage", LaneKind.BACKSTAGE, "Backstage", "What the Planwise team does behind each contact.")
    m.lane("metrics", LaneKind.METRICS, "Metrics")
    m.lane("notes", LaneKind.TEXT, "Research notes")

    m.feeling("sees-ad", 0, "indifference")
    m.feeling("reads-blog", 1, "curiosity")
    m.feeling("newsletter", 0.5, "interest")
    m.feeling("reviews", -0.5, "doubt")
    m.feeling("trial-start", 1.5, "excitement")
    m.feeling("first-project", -1, "frustration")
    m.feeling("sales-call", -0.5, "impatience")
    m.feeling("bug-report", -2, "worry")
    m.feeling("recommends", 2, "joy")

    # Awareness
    m.card("ad-on-site", "sees-ad", "actions", "Notices an ad on a design blog")
    m.card("follows-tweet", "reads-blog", "actions", "Follows a tweet to a blog post")
    m.card("another-app", "sees-ad", "thoughts", "\u201cAnother planning app?\u201d")
    m.card("thats-my-week", "reads-blog", "thoughts", "\u201cThat\u2019s exactly my week.\u201d")
    m.card("tp-display-ad", "sees-ad", "touchpoints", "Display ad on a design blog",
           channel=Channel.ADVERTISING)
    m.card("tp-blog-post", "reads-blog", "touchpoints", "Post: \u201cPlan a freelance week in 20 min\u201d",
           channel=Channel.WEBSITE)
    m.card("ch-display", "sees-ad", "channels", "Display advertising", channel=Channel.ADVERTISING)
    m.card("ch-twitter", "reads-blog", "channels", "Twitter", channel=Channel.SOCIAL)
    m.card("ch-blog", "reads-blog", "channels", "Company blog", channel=Channel.WEBSITE)
    m.card("ad-no-price", "sees-ad", "pain-points", "Ad says nothing about price", votes=1)
    m.card("cta-in-posts", "reads-blog", "opportunities", "Trial button at the end of every post",
           owner="Content team", priority=MEDIUM, votes=3, tags=["quick win"])
    m.card("retargeting", "sees-ad", "backstage", "Retargeting campaign run by growth")
    m.card("content-calendar", "reads-blog", "backstage", "Two posts a week, shared on Twitter")
    m.card("ad-ctr", "sees-ad", "metrics", "Ad click-through: 0.4%")
    m.card("blog-signup", "reads-blog", "metrics", "Blog to sign-up: 1.2%")

    # Consideration
    m.card("joins-newsletter", "newsletter", "actions", "Signs up for weekly tips")
    m.card("compares-reviews", "reviews", "actions", "Compares reviews with two rivals")
    m.card("worth-it", "newsletter", "thoughts", "\u201cIs it worth $9 a month?\u201d")
    m.card("real-freelancers", "reviews", "thoughts", "\u201cDo freelancers like me use it?\u201d")
    m.card("tp-newsletter", "newsletter", "touchpoints", "Weekly tips newsletter", channel=Channel.EMAIL)
    m.card("tp-review-site", "reviews", "touchpoints", "Profile on a review site", channel=Channel.WEBSITE)
    m.card("ch-email-news", "newsletter", "channels", "E-mail", channel=Channel.EMAIL)
    m.card("ch-review-sites", "reviews", "channels", "Review sites", channel=Channel.WEBSITE)
    m.card("clunky-mobile", "reviews", "pain-points", "Reviews call the mobile app clunky",
           votes=2, tags=["mobile"])
    m.card("answer-reviews", "reviews", "opportunities", "Answer every review within 48 h",
           owner="Community manager", priority=MEDIUM, votes=2)
    m.card("welcome-sequence", "newsletter", "backstage", "Welcome sequence in marketing automation")
    m.card("open-rate", "newsletter", "metrics", "Open rate: 41%")
    m.card("review-score", "reviews", "metrics", "Rating 4.3/5 (212 reviews)")

    # Free trial (moment of truth)
    m.card("clicks-trial", "trial-start", "actions", "Starts the trial from an e-mail link")
    m.card("imports-project", "first-project", "actions", "Imports a client project from a sheet")
    m.card("goes-fast", "trial-start", "thoughts", "\u201cFourteen days goes fast.\u201d")
    m.card("where-is-my-data", "first-project", "thoughts", "\u201cWhere did my tasks go?\u201d")
    m.card("tp-trial-email", "trial-start", "touchpoints", "Trial invitation e-mail", channel=Channel.EMAIL)
    m.card("tp-checklist", "first-project", "touchpoints", "Onboarding checklist in the web app",
           channel=Channel.WEBSITE)
    m.card("ch-web-app", "first-project", "channels", "Web app", channel=Channel.WEBSITE)
    m.card("import-fails", "first-project", "pain-points", "Spreadsheet import fails silently",
           votes=5, tags=["onboarding"],
           note="Seen in 7 of 12 interviews. Dates in day/month order are dropped.")
    m.card("clock-starts", "trial-start", "pain-points", "Trial clock starts before setup", votes=2)
    m.card("guided-import", "first-project", "opportunities", "Guided import with a preview",
           owner="Onboarding squad", priority=HIGH, votes=6, tags=["onboarding"])
    m.card("trial-on-activation", "trial-start", "opportunities", "Start the 14 days at first project",
           owner="Product manager", priority=MEDIUM, votes=1)
    m.card("auto-provision", "trial-start", "backstage", "Trial account created automatically")
    m.card("day3-nudge", "first-project", "backstage", "Day-3 nudge if no project yet")
    m.card("activation", "first-project", "metrics", "Trial to activation: 38%")

    # Purchase (moment of truth)
    m.card("books-call", "sales-call", "actions", "Books a call about the annual plan")
    m.card("invoice", "sales-call", "thoughts", "\u201cCan I pay yearly, with an invoice?\u201d")
    m.card("tp-sales-call", "sales-call", "touchpoints", "Call with a sales rep", channel=Channel.PHONE)
    m.card("ch-phone", "sales-call", "channels", "Phone", channel=Channel.PHONE)
    m.card("waits-for-slot", "sales-call", "pain-points", "Waits three days for a call slot", votes=4)
    m.card("self-serve-annual", "sales-call", "opportunities", "Self-serve annual plan with invoice",
           owner="Billing team", priority=HIGH, votes=8, tags=["pricing", "quick win"])
    m.card("quote-in-crm", "sales-call", "backstage", "Rep writes the quote in the CRM")
    m.card("trial-to-paid", "sales-call", "metrics", "Trial to paid: 14%")

    # Support
    m.card("reports-bug", "bug-report", "actions", "Reports a sync bug to support")
    m.card("lost-plan", "bug-report", "thoughts", "\u201cDid I just lose a client\u2019s plan?\u201d")
    m.card("tp-support-chat", "bug-report", "touchpoints", "Support chat, then a ticket", channel=Channel.CHAT)
    m.card("ch-chat", "bug-report", "channels", "In-app chat", channel=Channel.CHAT)
    m.card("ch-email-updates", "bug-report", "channels", "Ticket updates by e-mail", channel=Channel.EMAIL)
    m.card("bot-loops", "bug-report", "pain-points", "The bot asks the same thing twice", votes=3)
    m.card("human-handover", "bug-report", "opportunities", "Hand over to a person after one loop",
           owner="Support lead", priority=HIGH, votes=5, tags=["support"])
    m.card("escalation", "bug-report", "backstage", "Level 1 hands over to engineering")
    m.card("first-reply", "bug-report", "metrics", "First reply: 6 h (target 2 h)")

    # Advocacy
    m.card("recommends-friends", "recommends", "actions", "Recommends Planwise to two friends")
    m.card("trusts-them", "recommends", "thoughts", "\u201cThey fixed it fast. I trust them now.\u201d")
    m.card("tp-referral", "recommends", "touchpoints", "Referral link on the account page",
           channel=Channel.WEBSITE)
    m.card("ch-word-of-mouth", "recommends", "channels", "Word of mouth", channel=Channel.WORD_OF_MOUTH)
    m.card("referral-reward", "recommends", "opportunities", "One free month for both friends",
           owner="Growth team", priority=LOW, votes=1)
    m.card("nps", "recommends", "metrics", "NPS: 46")
    m.card("case-study", "recommends", "notes", "Ask Maya for a short case study")
    m.card("interviews", "sees-ad", "notes", "12 interviews, March to April")
    return m.journey()
