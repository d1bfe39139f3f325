"""The files a person writes: claim files and the entity registry, as strict pydantic models.

These models are the schema (`factcheck schema` exports them); values stay as written here and
are normalised into `factcheck.values` by `factcheck.loading`.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)

from factcheck.dates import DateError, day_of, parse_date, with_year
from factcheck.quantity import parse_quantity

Id = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9](?:[a-z0-9._-]{0,98}[a-z0-9])?$"),
    Field(description="Lower-case ASCII letters, digits, '.', '_' and '-', e.g. 'mois' or 'c12'."),
]
Text = Annotated[str, StringConstraints(min_length=1, max_length=20_000)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=300)]


def _check_quantity(value: str) -> str:
    parse_quantity(value)
    return value


def _check_date(value: str) -> str:
    # A date without its year gets it from the article's date when loaded; any leap year lets
    # 2월 29일 through here.
    written = with_year(value, date(2000, 6, 30))
    try:
        parse_date(written)
    except DateError as error:  # said of the date as written, not with the year put in
        raise DateError(str(error).replace(repr(written), repr(value))) from None
    return value


QuantityText = Annotated[
    str,
    AfterValidator(_check_quantity),
    Field(description="As the article writes it: '3만여 명', '93개', '34%', 'about 2 million'."),
]
DateText = Annotated[
    str,
    AfterValidator(_check_date),
    Field(
        description="'2023-11-25', '2023-11', '2023-11-25 오후', '2023년 11월 25일', ISO datetime."
    ),
]


NEEDS_OFFSET = "a datetime needs its offset, e.g. 2023-11-26T14:04:10+09:00 (or give only the date)"


def _written_day(which: str) -> BeforeValidator:
    """A day written as claim dates are ('2023년 11월 25일', '25 November 2023') read as a date;
    an ISO datetime with its offset stays text, for pydantic's own datetime."""

    def read(value: object) -> object:
        if not isinstance(value, str):
            return value
        parsed = parse_date(value)  # a DateError is a ValueError: reported as the field's
        if parsed.offset is not None:
            return value
        if parsed.hour is not None:
            raise ValueError(NEEDS_OFFSET)
        try:
            return day_of(value)
        except DateError as error:
            raise ValueError(f"{error}; give {which}") from None

    return BeforeValidator(read)


_DAY_TEXT = {
    "type": "string",
    "description": "A date ('2023-11-25') or a day as claim dates are written: "
    "'2023년 11월 25일', '25 November 2023'.",
}


Importance = Literal["low", "normal", "high", "critical"]


class StrictModel(BaseModel):
    """Unknown keys are errors, and error messages never echo a (possibly huge) input."""

    model_config = ConfigDict(extra="forbid", frozen=True, hide_input_in_errors=True)


class QuantityRange(StrictModel):
    """A quantity given by numbers instead of text: `value`, or `min` and/or `max`."""

    value: float | None = None
    min: float | None = None
    max: float | None = None
    unit: str = Field(
        "", description="명, 개, %, people, 원… ('명' and 'people' are the same unit)."
    )
    approximate: StrictBool = Field(False, description="Widen the value by ±10 %.")

    @model_validator(mode="after")
    def _one_form(self) -> QuantityRange:
        if self.value is not None and (self.min is not None or self.max is not None):
            raise ValueError("give either value, or min and/or max, not both")
        if self.value is None and self.min is None and self.max is None:
            raise ValueError("give value, or min and/or max")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("min is larger than max")
        return self


class EntityList(StrictModel):
    """A set of entities as the source lists them."""

    items: list[Name] = Field(
        description="Entity ids or aliases, in the order the source names them."
    )
    exhaustive: StrictBool = Field(
        False,
        description="True when the list is closed (no 등 / 'among others'). "
        "A declared total equal to the number of items also closes it.",
    )
    total: int | QuantityText | None = Field(
        None, description="A total the source declares: '8명', '총 10개 기관', 8."
    )


class Quote(StrictModel):
    """Words attributed to a speaker."""

    speaker: Name = Field(description="Entity id or alias of the person quoted.")
    text: Text


class ShareOf(StrictModel):
    """A percentage claimed as the share of one quantity claim in another (32 of 93 = 34 %)."""

    part: Id
    whole: Id


class Claim(StrictModel):
    """One assertion of the source: subject, property, exactly one value, and its evidence."""

    id: Id = Field(description="Unique within the file.")
    subject: Name = Field(description="Entity id or alias the claim is about.")
    property: Name = Field(description="What is asserted about the subject, e.g. 'attendees'.")
    quantity: int | float | QuantityText | QuantityRange | None = None
    date: DateText | None = None
    entity: Name | None = Field(None, description="Entity id or alias.")
    entities: list[Name] | EntityList | None = Field(
        None, description="A list of entity ids or aliases; a plain list is not exhaustive."
    )
    statement: Text | None = Field(None, description="Free text whose presence matters.")
    caveat: Text | None = Field(
        None, description="A statement that qualifies the story; ranks high."
    )
    quote: Quote | None = None
    share_of: ShareOf | None = None
    item: Id | None = Field(
        None,
        description="For statements, caveats and quotes: claims with the same subject, property "
        "and item say the same thing, whatever their wording or language.",
    )
    qualifiers: dict[Name, str | int | float] = Field(default_factory=dict)
    importance: Importance | None = Field(
        None, description="Default: high for caveats, else normal."
    )
    evidence: Text = Field(description="A verbatim quote from the archived article text.")
    note: str | None = Field(None, description="For reviewers; not compared.")

    @model_validator(mode="after")
    def _one_value(self) -> Claim:
        given = [name for name in VALUE_KINDS if getattr(self, name) is not None]
        if len(given) != 1:
            kinds = ", ".join(VALUE_KINDS)
            found = ", ".join(given) if given else "none"
            raise ValueError(f"a claim needs exactly one value of: {kinds} (found: {found})")
        if self.share_of is not None and self.quantity is None:
            raise ValueError("share_of goes with a quantity (a percentage)")
        return self


VALUE_KINDS = ("quantity", "date", "entity", "entities", "statement", "caveat", "quote")


class Source(StrictModel):
    """The article a claim file describes."""

    id: Id = Field(description="Unique within the case, e.g. 'yonhap'.")
    outlet: Name
    title: Name
    author: Name | None = None
    published: Annotated[
        AwareDatetime | date,
        _written_day("the day the article was published"),
        # Editors validate with the schema: it must take the written forms the reader takes.
        WithJsonSchema({"anyOf": [{"format": "date-time", "type": "string"}, _DAY_TEXT]}),
    ] = Field(description="The article's own date, or datetime with offset (not the page's date).")
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")]
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$", max_length=2000)] | None = None
    text: Annotated[str, StringConstraints(min_length=1, max_length=1000)] = Field(
        description="Path of the archived article text, relative to this file, inside the case folder."
    )


class ClaimFile(StrictModel):
    """One source and its claims."""

    source: Source
    claims: list[Claim]


class Alias(StrictModel):
    """An alias valid only for a period, e.g. a ministry's abbreviation before a reorganisation."""

    model_config = ConfigDict(populate_by_name=True)

    name: Name
    valid_from: (
        Annotated[date, _written_day("the first day it holds"), WithJsonSchema(_DAY_TEXT)] | None
    ) = Field(None, alias="from")
    until: (
        Annotated[date, _written_day("the last day it holds"), WithJsonSchema(_DAY_TEXT)] | None
    ) = None

    @model_validator(mode="after")
    def _in_order(self) -> Alias:
        if self.valid_from and self.until and self.valid_from > self.until:
            raise ValueError(f"'from' ({self.valid_from}) is after 'until' ({self.until})")
        return self


EntityType = Literal["person", "organization", "place", "event", "document", "product", "other"]


class Entity(StrictModel):
    """One person, organisation, place or event."""

    id: Id
    name: Name = Field(description="Canonical name.")
    type: EntityType
    aliases: list[Name | Alias] = Field(default_factory=list)
    part_of: list[Id] = Field(
        default_factory=list, description="Ids of larger wholes (a subsidiary's parent)."
    )
    related: list[Id] = Field(
        default_factory=list,
        description="Ids of entities easily confused with this one (near matches).",
    )
    description: str | None = Field(None, description="E.g. a person's title.")


class Property(StrictModel):
    """A property name the case's claim files share, with the other names people may use."""

    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_]*$")]
    aliases: list[Name] = Field(default_factory=list)
    description: str | None = None


class Registry(StrictModel):
    """The entity registry of a case (`entities.yaml`)."""

    entities: list[Entity]
    properties: list[Property] = Field(
        default_factory=list,
        description="When given, claim properties must be one of these ids or aliases.",
    )
