"""Add the checked rows of a card sheet to a copy of a project, creating what is missing."""

from __future__ import annotations

from pydantic import TypeAdapter, ValidationError

from journey_editor.model.entities import Card, Channel, Lane, Link, Persona, Stage
from journey_editor.model.factory import default_lane_name
from journey_editor.model.problems import IntegrityError
from journey_editor.model.project import Project
from journey_editor.model.types import ObjectId
from journey_editor.persistence.errors import ProjectFileError
from journey_editor.persistence.formats.csv_cards.columns import CHANNEL_ALIASES, infer_lane_kind
from journey_editor.persistence.formats.csv_cards.reader import CardRow
from journey_editor.persistence.import_helpers import (
    IdAllocator,
    first_line,
    name_key,
    persona_colour,
)
from journey_editor.persistence.map_language import default_channel_keys

NEW_PROJECT_ID = "map-csv-import"
# Paul Tol's muted scheme, for channels a sheet names that the catalogue lacks; grey after that.
NEW_CHANNEL_COLOURS = ("#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255")
FALLBACK_CHANNEL_COLOUR = "#777777"


_OBJECT_ID = TypeAdapter(ObjectId)


def _is_object_id(text: str) -> bool:
    try:
        _OBJECT_ID.validate_python(text)
    except ValidationError:
        return False
    return True


class CardSheetBuilder:
    def __init__(self, into: Project) -> None:
        # A deep copy: the caller's project (perhaps the one open in the editor) never changes.
        self.project = into.model_copy(deep=True)
        self.ids = IdAllocator(self.project.all_ids())
        self.channel_ids = IdAllocator({c.id for c in self.project.channels}, separator="_")
        self.stages: dict[str, Stage] = {}
        self.new_stages: set[str] = set()
        for stage in self.project.stages:
            self.stages.setdefault(name_key(stage.name), stage)
        self.personas: dict[str, Persona] = {}
        for persona in self.project.personas:
            self.personas.setdefault(name_key(persona.name), persona)
        self.channels: dict[str, str] = self._channel_lookup()

    def add(self, rows: list[CardRow], source: str) -> Project:
        card_of_ref: dict[str, Card] = {}
        for row in rows:
            card = self._add_row(row)
            if row.ref:
                card_of_ref[row.ref] = card
        # The reader checked that every ref a `next` cell names is a row's, once per card.
        for row in rows:
            for ref, label in row.next:
                start, end = card_of_ref[row.ref], card_of_ref[ref]
                link_id = self.ids.new("link", start.title or start.id, end.title or end.id)
                self.project.links.append(
                    Link(id=link_id, from_card=start.id, to_card=end.id, label=label)
                )
        fields = {name: getattr(self.project, name) for name in Project.model_fields}
        try:
            return Project(**fields)
        except ValidationError as error:
            # The reader checked every row; this is a safety net, not a path.
            raise ProjectFileError(source, [str(error)]) from None
        except IntegrityError as error:
            raise ProjectFileError(source, error.problems) from None

    def _add_row(self, row: CardRow) -> Card:
        persona = self._persona(row.persona)
        lane = self._lane(persona, row.lane, row.lane_kind)
        stage = self._stage(row.stage, row.phase)
        title = row.card["title"] or first_line(row.card["description"])
        card = Card(
            id=self._card_id(row.ref, title),
            persona=persona.id,
            lane=lane.id,
            stage=stage.id,
            channel=self._channel(row.channel),
            **row.card,
        )
        self.project.cards.append(card)
        return card

    def _card_id(self, ref: str, title: str) -> str:
        """The ref itself when it is a valid id the map does not use yet (a sheet exported
        from a map gives its cards back their ids), else a new id from the title."""
        if ref and ref not in self.ids.taken and _is_object_id(ref):
            self.ids.taken.add(ref)
            return ref
        return self.ids.new("card", title)

    # --- finding or creating ----------------------------------------------------------------

    def _persona(self, name: str) -> Persona:
        persona = self.personas.get(name_key(name))
        if persona is None:
            persona = Persona(
                id=self.ids.new("persona", name),
                name=name,
                colour=persona_colour(len(self.project.personas)),
            )
            self.project.personas.append(persona)
            self.personas[name_key(name)] = persona
        return persona

    def _lane(self, persona: Persona, name: str, kind: str | None) -> Lane:
        if name:
            lane = next((ln for ln in persona.lanes if name_key(ln.name) == name_key(name)), None)
            kind = kind or infer_lane_kind(name)
        else:
            # No lane named: the persona's first lane of that kind, touchpoints by default.
            kind = kind or "touchpoints"
            lane = next((ln for ln in persona.lanes if ln.kind == kind), None)
            name = default_lane_name(kind, self.project.locale)
        if lane is None:
            lane = Lane(id=self.ids.new("lane", persona.name, name), name=name, kind=kind)
            persona.lanes.append(lane)
        return lane

    def _stage(self, name: str, phase: str) -> Stage:
        stage = self.stages.get(name_key(name))
        if stage is None:
            stage = Stage(id=self.ids.new("stage", name), name=name, phase=phase)
            self.project.stages.append(stage)
            self.stages[name_key(name)] = stage
            self.new_stages.add(stage.id)
        elif phase and not stage.phase and stage.id in self.new_stages:
            # A stage this sheet created takes the first phase a row gives it; the phases of
            # the project's own stages are left alone.
            stage.phase = phase
        return stage

    def _channel(self, text: str) -> str | None:
        if not text:
            return None
        for key in (text, name_key(text)):
            if key in self.channels:
                return self.channels[key]
        channel = Channel(
            id=self.channel_ids.new("", text),
            label=text,
            colour=self._new_channel_colour(),
        )
        self.project.channels.append(channel)
        self.channels[name_key(text)] = channel.id
        return channel.id

    def _channel_lookup(self) -> dict[str, str]:
        """Exact ids first, then the map's ids and labels ignoring case and accents (ids win),
        then the default channels' ids and labels in every language, then their usual names;
        the last two only for default channels the map has."""
        known = {channel.id for channel in self.project.channels}
        lookup: dict[str, str] = {
            name_key(alias): channel_id
            for channel_id, aliases in CHANNEL_ALIASES.items()
            if channel_id in known
            for alias in aliases
        }
        lookup.update(
            (key, channel_id)
            for key, channel_id in default_channel_keys().items()
            if channel_id in known
        )
        labels = {}
        for channel in self.project.channels:
            labels.setdefault(name_key(channel.label), channel.id)
        lookup.update(labels)
        for channel in self.project.channels:
            lookup[name_key(channel.id)] = channel.id
        for channel in self.project.channels:
            lookup[channel.id] = channel.id
        return lookup

    def _new_channel_colour(self) -> str:
        used = {channel.colour.upper() for channel in self.project.channels}
        free = [colour for colour in NEW_CHANNEL_COLOURS if colour.upper() not in used]
        return free[0] if free else FALLBACK_CHANNEL_COLOUR
