"""The default channel catalogue a new map starts with.

Colours come from the Okabe–Ito and Paul Tol palettes, which stay distinct for colour-blind
readers; each channel also has its own icon, so colour is never the only cue.
"""

from journey_editor.model.entities import Channel

_DEFAULT_CHANNELS: tuple[tuple[str, str, str, str, str], ...] = (
    # id, label, colour, icon, kind
    ("website", "Website", "#0072B2", "globe", "digital"),
    ("mobile_app", "Mobile app", "#56B4E9", "smartphone", "digital"),
    ("email", "Email", "#009E73", "mail", "digital"),
    ("sms", "SMS", "#44AA99", "message-square", "digital"),
    ("social_media", "Social media", "#CC79A7", "share", "digital"),
    ("live_chat", "Live chat", "#332288", "message-circle", "digital"),
    ("online_ad", "Online ad", "#AA4499", "megaphone", "digital"),
    ("reviews", "Reviews", "#DDCC77", "star", "digital"),
    ("blog", "Blog", "#88CCEE", "rss", "digital"),
    ("phone", "Phone", "#E69F00", "phone", "physical"),
    ("store", "Store", "#D55E00", "store", "physical"),
    ("customer_service", "Customer service", "#882255", "headset", "physical"),
    ("word_of_mouth", "Word of mouth", "#999933", "users", "physical"),
    ("event", "Event", "#117733", "calendar", "physical"),
    ("print", "Print & press", "#661100", "newspaper", "physical"),
    ("post", "Post & delivery", "#6699CC", "package", "physical"),
)


def default_channels() -> list[Channel]:
    return [
        Channel(id=cid, label=label, colour=colour, icon=icon, kind=kind)
        for cid, label, colour, icon, kind in _DEFAULT_CHANNELS
    ]


# The colours the channel editor offers first: the default catalogue's (Okabe–Ito and Paul
# Tol), then the two of those palettes it leaves out (Okabe–Ito's yellow, Tol's rose).
CHANNEL_SWATCHES: tuple[str, ...] = (
    *(colour for _cid, _label, colour, _icon, _kind in _DEFAULT_CHANNELS),
    "#F0E442",
    "#CC6677",
)
