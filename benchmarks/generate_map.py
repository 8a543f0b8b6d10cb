"""Generate large, realistic journey maps for benchmarks, reproducibly.

Everything comes from one `random.Random(seed)`: no clock, no uuid, fixed created/modified
dates and ids numbered in order, so the same arguments always give the same bytes.

    python benchmarks/generate_map.py -o big.journey.json [--cards N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from journey_editor.model import Card, Lane, Link, Persona, Project, Stage, default_channels

FIXED_DATE = "2026-01-15T09:30:00Z"

LANE_KINDS: tuple[tuple[str, str, float], ...] = (
    # kind, name, relative share of the cards
    ("touchpoints", "Touchpoints", 3.0),
    ("actions", "Actions", 2.0),
    ("thoughts", "Pensées", 1.5),
    ("emotions", "Émotions", 1.0),
    ("pain_points", "Pain points", 1.2),
    ("opportunities", "Opportunités", 1.0),
)

STAGE_NAMES = (
    "Awareness",
    "Découverte",
    "Consideration",
    "Comparaison des offres",
    "Decision",
    "Purchase",
    "Livraison",
    "First use",
    "Regular use",
    "Support",
    "Renouvellement",
    "Loyalty",
    "Recommendation",
)
PHASES = ("Before · Avant", "During · Pendant", "After · Après")

PERSONA_NAMES = (
    ("Léa Dubois", "Lectrice fidèle du blog, 34 ans"),
    ("Marc Janssens", "Cadre pressé, 51 ans"),
    ("Zoë Nguyen", "Student, price-sensitive"),
    ("Björn Åkesson", "Small-business owner"),
    ("Amélie Fontaine", "Jeune maman, achète en ligne le soir"),
    ("Raúl Peña", "Early adopter, heavy app user"),
    ("Chloé Lefèvre", "Retraitée, préfère la boutique"),
    ("Søren Madsen", "IT manager buying for a team"),
    ("Inès Haddad", "Freelance designer"),
    ("François Œuvray", "Collectionneur exigeant"),
    ("Aoife Ní Bhriain", "Commuter, mobile only"),
    ("Hélène Muller", "Gestionnaire des achats, PME"),
)
PERSONA_COLOURS = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
QUOTES = (
    "Je veux comprendre le prix avant de me déplacer.",
    "If it takes more than two minutes, I give up.",
    "J'aime qu'on se souvienne de moi en boutique.",
    "Show me real reviews, not marketing.",
    "Le service après-vente fait toute la différence.",
)

TITLE_OPENINGS = {
    "touchpoints": (
        "Lit la newsletter",
        "Voit une publicité",
        "Opens the app",
        "Calls the hotline",
        "Visits the store",
        "Reçoit un SMS de confirmation",
        "Chats with an agent",
        "Lit les avis clients",
        "Searches the website",
        "Reçoit le colis",
        "Scans the QR code in the catalogue",
        "Parle à un vendeur",
    ),
    "actions": (
        "Compare trois modèles",
        "Adds to basket",
        "Crée un compte",
        "Enters payment details",
        "Essaie la chemise en cabine",
        "Checks delivery options",
        "Remplit le formulaire de retour",
        "Shares a photo with a friend",
    ),
    "thoughts": (
        "« Est-ce vraiment moins cher ? »",
        '"Will it arrive before Friday?"',
        "Se demande si la taille convient",
        "Wonders whether support is reachable",
        "« Pourquoi tant de champs obligatoires ? »",
    ),
    "emotions": (
        "Rassurée",
        "Frustrated",
        "Curieux",
        "Impatient",
        "Delighted",
        "Inquiète à propos du délai",
    ),
    "pain_points": (
        "File d'attente en caisse",
        "Password reset loop",
        "Frais de port cachés",
        "No stock in the nearest store",
        "Hotline fermée le samedi",
        "Le code promo ne fonctionne pas",
    ),
    "opportunities": (
        "Proposer le retrait en magasin",
        "Send a proactive delivery update",
        "Simplifier le tunnel de paiement",
        "Offer live chat during checkout",
        "Programme de fidélité à points",
    ),
}
TITLE_DETAILS = (
    "",
    "",
    "",
    " (mobile)",
    " — offre −20 %",
    " après 18 h",
    " pour la deuxième fois",
    " on a Sunday evening",
    " à 105 €",
    " with a voucher",
    " sur recommandation d'une amie",
    " while commuting",
    " and gives up halfway",
    " — œuvre de la rentrée",
)
SENTENCES = (
    "Observed in three of the eight interviews.",
    "Vu lors de l'atelier du 12 mars, confirmé par les données analytics.",
    "Customers mention it unprompted.",
    "Le délai moyen constaté est de 4 jours ouvrés.",
    "Hypothèse à valider avec l'équipe service client.",
    "Peak traffic between 20:00 and 22:00.",
    "Cité comme irritant principal par les clients de plus de 60 ans.",
    "Conversion drops by about a third at this step.",
)
TAGS = ("mobile", "prix", "délai", "checkout", "fidélité", "retour", "stock", "onboarding", "SAV")
LINK_LABELS = ("clic", "appel", "scan QR", "follow-up", "redirection", "bouche-à-oreille", "")


def generate_project(
    personas: int = 12, stages: int = 40, cards: int = 5000, seed: int = 1
) -> Project:
    """A valid map of `personas` × 6 lanes × `stages` holding exactly `cards` cards."""
    rng = random.Random(seed)
    channels = default_channels()
    channel_ids = [channel.id for channel in channels]

    stage_list = []
    for index in range(stages):
        base = STAGE_NAMES[index % len(STAGE_NAMES)]
        round_ = index // len(STAGE_NAMES)
        stage_list.append(
            Stage(
                id=f"stage-{index + 1:03d}",
                name=base if round_ == 0 else f"{base} {round_ + 1}",
                description=rng.choice(SENTENCES) if rng.random() < 0.3 else "",
                phase=PHASES[min(index * len(PHASES) // max(stages, 1), len(PHASES) - 1)],
            )
        )

    persona_list = []
    for index in range(personas):
        name, role = PERSONA_NAMES[index % len(PERSONA_NAMES)]
        if index >= len(PERSONA_NAMES):
            name = f"{name} {index // len(PERSONA_NAMES) + 1}"
        pid = f"persona-{index + 1:02d}"
        persona_list.append(
            Persona(
                id=pid,
                name=name,
                role=role,
                quote=rng.choice(QUOTES),
                goals=rng.sample(SENTENCES, 2),
                frustrations=rng.sample(SENTENCES, 1),
                colour=PERSONA_COLOURS[index % len(PERSONA_COLOURS)],
                lanes=[
                    Lane(id=f"{pid}-{kind}", name=lane_name, kind=kind)
                    for kind, lane_name, _ in LANE_KINDS
                ],
            )
        )

    # Cells are drawn with a weight per lane kind, so some cells hold several cards and many
    # hold none, as in a real workshop map. Cards are then listed cell by cell (persona, stage,
    # lane), the order in which a workshop usually types them in.
    lane_weights = [weight for _, _, weight in LANE_KINDS]
    drawn = []
    for _ in range(cards):
        p_index = rng.randrange(personas)
        s_index = rng.randrange(stages)
        l_index = rng.choices(range(len(LANE_KINDS)), weights=lane_weights)[0]
        drawn.append((p_index, s_index, l_index))
    drawn.sort()

    card_list = []
    for number, (p_index, s_index, l_index) in enumerate(drawn, start=1):
        kind = LANE_KINDS[l_index][0]
        is_touchpoint = kind == "touchpoints"
        pid = persona_list[p_index].id
        card_list.append(
            Card(
                id=f"card-{number:05d}",
                persona=pid,
                lane=f"{pid}-{kind}",
                stage=stage_list[s_index].id,
                title=rng.choice(TITLE_OPENINGS[kind]) + rng.choice(TITLE_DETAILS),
                description=" ".join(rng.sample(SENTENCES, rng.randint(1, 3)))
                if rng.random() < 0.45
                else "",
                # A few touchpoints lack a channel, as in a map still being filled in.
                channel=rng.choice(channel_ids) if is_touchpoint and rng.random() < 0.95 else None,
                effort=rng.randint(1, 5) if rng.random() < 0.85 else None,
                emotion=rng.randint(-2, 2) if rng.random() < 0.8 else None,
                evidence=rng.choice(("observed", "assumed", "proposed", None)),
                moment_of_truth=is_touchpoint and rng.random() < 0.05,
                exit_point=rng.random() < 0.02,
                tags=rng.sample(TAGS, rng.choice((0, 0, 1, 1, 2, 3))),
            )
        )

    return Project(
        id=f"map-bench-{seed}",
        title=f"Benchmark map — {personas} personas × {stages} stages, {cards} cartes",
        description="Generated by benchmarks/generate_map.py; contents are plausible, not real.",
        client="Maison Œillet & Cie",
        author="benchmarks",
        created=FIXED_DATE,
        modified=FIXED_DATE,
        locale="fr-BE",
        stages=stage_list,
        personas=persona_list,
        cards=card_list,
        links=_channel_switch_links(rng, card_list, target=cards // 16),
        channels=channels,
    )


def _channel_switch_links(rng: random.Random, cards: list[Card], target: int) -> list[Link]:
    """About `target` links, each from a touchpoint to a later one of the same persona on
    another channel: the omnichannel zig-zag."""
    sequences: dict[str, list[Card]] = {}
    for card in cards:  # cards are sorted by persona, then stage
        if card.channel is not None and card.lane.endswith("-touchpoints"):
            sequences.setdefault(card.persona, []).append(card)
    pools = [sequence for sequence in sequences.values() if len(sequence) > 1]
    links: list[Link] = []
    seen: set[tuple[str, str]] = set()
    attempts = 0
    while pools and len(links) < target and attempts < target * 20:
        attempts += 1
        sequence = rng.choice(pools)
        start = rng.randrange(len(sequence) - 1)
        end = min(len(sequence) - 1, start + rng.randint(1, 3))
        source, destination = sequence[start], sequence[end]
        pair = (source.id, destination.id)
        if source.channel == destination.channel or pair in seen:
            continue
        seen.add(pair)
        links.append(
            Link(
                id=f"link-{len(links) + 1:04d}",
                from_card=source.id,
                to_card=destination.id,
                label=rng.choice(LINK_LABELS),
            )
        )
    return links


def generate_bytes(**arguments) -> bytes:
    """The map as the native file format writes it."""
    from journey_editor.persistence import project_to_bytes

    return project_to_bytes(generate_project(**arguments))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", required=True, type=Path, help="*.journey.json to write")
    parser.add_argument("--cards", type=int, default=5000)
    parser.add_argument("--personas", type=int, default=12)
    parser.add_argument("--stages", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.personas < 1 or args.stages < 1 or args.cards < 0:
        parser.error("--personas and --stages must be at least 1, --cards at least 0")
    data = generate_bytes(
        personas=args.personas, stages=args.stages, cards=args.cards, seed=args.seed
    )
    args.output.write_bytes(data)
    print(f"wrote {args.output}: {len(data):,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
