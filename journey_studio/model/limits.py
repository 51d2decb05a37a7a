"""Caps that keep a hostile or broken file from exhausting memory or the layout."""

NAME_MAX = 300  # stage, step, lane, persona names and titles
TEXT_MAX = 10_000  # card text, descriptions, quotes
NOTE_MAX = 50_000  # card notes
TAG_MAX = 60
TAGS_MAX = 50
LIST_ITEM_MAX = 2_000  # one persona goal, need...
LIST_ITEMS_MAX = 100
# The size of a map is capped at what the editor and the exports handle well (the large map of
# the benchmarks, 600 steps x 15 lanes x 12,000 cards, opens in about 2 s): a bigger file is
# refused at once, naming the limit, instead of costing minutes and gigabytes.
STAGES_MAX = 500
STEPS_PER_STAGE_MAX = 100
STEPS_MAX = 1_000  # steps of the whole map
LANES_MAX = 40
CARDS_MAX = 20_000
ASSETS_MAX = 200
ASSET_BYTES_MAX = 25 * 1024 * 1024  # decoded size of one image
IMAGE_PIXELS_MAX = 40_000_000  # width x height of one image (decompression bombs)
VOTES_MAX = 10_000
VERSIONS_MAX = 200  # entries of the version record
VERSION_RECORD_MAX = 4_000_000  # characters of one version's base64 hashes
DATA_SOURCES_MAX = 50
METRICS_MAX = 100
MEASURES_MAX = 20_000
TREND_POINTS_MAX = 36  # months shown in a trend line
QUERY_MAX = 20_000  # one SQL SELECT
PERSONAS_MAX = 5  # as in the tools consultants compare us with
LINK_MAX = 2_000
LINKS_MAX = 20
COMMENTS_MAX = 200
VIEWS_MAX = 50
