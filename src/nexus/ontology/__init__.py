"""The ontology as data: actors, places, event types, relation cues, hedges.

Each YAML file beside this module is loaded and validated once (cached), so
adding an armed group or a trigger word is editing a data file, not code. A
malformed entry raises ``OntologyError`` naming the file and the entry.

Parsing the YAML is most of what loading costs, so the parsed data of each
file is kept in the user cache (``nexus.cache``), keyed by the sha256 of the
file's text: an edited file is parsed afresh, and validation always runs.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from nexus import cache as disk_cache
from nexus.errors import OntologyError

#: Bumped when what a cached ontology entry holds changes.
_CACHE_FORMAT = 1


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Actor(_Entry):
    """A known actor: armed group, agency, military, state body or organisation."""

    id: str
    name: str
    type: Literal["ORG", "PERSON"] = "ORG"
    subtype: str
    country: str | None = Field(default=None, description="ISO-2 of the country it is based in")
    aliases: list[str] = Field(default_factory=list)
    case_sensitive_aliases: list[str] = Field(
        default_factory=list, description="short forms matched only in this exact case (ISI, LeT)"
    )
    designations: list[str] = Field(default_factory=list)
    acts_for_state: bool = Field(
        default=False, description="an organ of its country's state (army, police, intelligence, ministry)"
    )
    part_of: str | None = Field(
        default=None, description="id of the actor it is a branch, province, wing or sworn affiliate of"
    )
    note: str | None = None


class Site(_Entry):
    """A place that city gazetteers lack: regions, valleys, crossings, occupied areas."""

    id: str
    name: str
    kind: Literal["country", "admin", "city", "site"]
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    aliases: list[str] = Field(default_factory=list)
    case_sensitive_aliases: list[str] = Field(default_factory=list)


class Demonym(_Entry):
    """A nationality adjective and the country it points to (Pakistani -> PK)."""

    word: str
    country: str


def _load_yaml(filename: str) -> Any:
    """The parsed content of one YAML file beside this module (from the cache when it is fresh)."""
    path = resources.files("nexus.ontology").joinpath(filename)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise OntologyError(f"{filename}: cannot be read ({exc})") from exc
    return parse_cached(filename, text)


def parse_cached(filename: str, text: str) -> Any:
    """The parsed YAML ``text`` of ``filename``: from the cache when this exact text was parsed before.

    The entry is keyed by the sha256 of the text, so an edited file is parsed
    afresh; a bad or missing entry is rebuilt (see ``nexus.cache``).
    """
    key = disk_cache.fingerprint(f"ontology/{_CACHE_FORMAT}", filename, text)
    return disk_cache.load_or_build(f"ontology-{filename}", key, lambda: parse_yaml(filename, text))


def parse_yaml(filename: str, text: str) -> Any:
    """Parse YAML ``text`` safely (libyaml's parser when PyYAML has it); ``OntologyError`` if malformed."""
    import yaml  # only when a file is not cached

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)  # a safe loader, C or Python
    except yaml.YAMLError as exc:
        raise OntologyError(f"{filename}: cannot be read ({exc})") from exc


class Method(_Entry):
    """A means of violence (``methods.yaml``): its words (lemmas), two-word phrases, weapon family."""

    name: str
    words: list[str] = Field(default_factory=list)
    phrases: list[str] = Field(default_factory=list, description='"verb word": "drive into", "set fire"')
    family: str | None = Field(default=None, description="weapons of one family may tell one incident")
    weapon: bool = Field(default=True, description="False for a way of attacking any weapon serves")


def _validated(filename: str, model: type[_Entry], key: str) -> list[Any]:
    data = _load_yaml(filename) or {}
    items = data.get(key) or []
    out = []
    for index, item in enumerate(items):
        try:
            out.append(model.model_validate(item))
        except ValidationError as exc:
            raise OntologyError(f"{filename}: entry {index} ({item!r:.80}) is invalid: {exc}") from exc
    ids = [getattr(o, "id", None) for o in out]
    dupes = {i for i in ids if i is not None and ids.count(i) > 1}
    if dupes:
        raise OntologyError(f"{filename}: duplicate ids {sorted(dupes)}")
    return out


@cache
def actors() -> tuple[Actor, ...]:
    """The actor gazetteer (``actors.yaml``)."""
    return tuple(_validated("actors.yaml", Actor, "actors"))


@cache
def sites() -> tuple[Site, ...]:
    """Curated places the city gazetteer lacks (``sites.yaml``)."""
    return tuple(_validated("sites.yaml", Site, "sites"))


@cache
def methods() -> tuple[Method, ...]:
    """The means of violence in order of precedence (``methods.yaml``); ``OntologyError`` if malformed
    or empty, or if a phrase is not two words."""
    found = tuple(_validated("methods.yaml", Method, "methods"))
    if not found:
        raise OntologyError("methods.yaml: 'methods' must be a non-empty list")
    for method in found:
        for phrase in method.phrases:
            if len(phrase.split()) != 2:
                raise OntologyError(f"methods.yaml: {method.name}: a phrase is two words: {phrase!r}")
    return found


@cache
def demonyms() -> dict[str, str]:
    """Nationality adjective (lower case) -> ISO-2 country code (``demonyms.yaml``)."""
    return {d.word.lower(): d.country for d in _validated("demonyms.yaml", Demonym, "demonyms")}


@cache
def table(filename: str) -> dict[str, Any]:
    """A free-form ontology table (events.yaml, relations.yaml, hedges.yaml ...)."""
    data = _load_yaml(filename)
    if not isinstance(data, dict):
        raise OntologyError(f"{filename}: expected a mapping at the top level")
    return data


@cache
def words(filename: str, *path: str) -> frozenset[str]:
    """A word list of a free-form table, lower case: ``words("events.yaml", "modality",
    "going_on_verbs")`` reads ``modality: {going_on_verbs: [...]}``. Empty when a key on the path
    is absent or its list is empty. Raises :class:`OntologyError` when a step of the path is no
    mapping."""
    node: Any = table(filename)
    for key in path:
        if not isinstance(node, dict):
            raise OntologyError(f"{filename}: {'.'.join(path)} does not lead through mappings")
        node = node.get(key)
        if node is None:
            return frozenset()
    return frozenset(str(w).lower() for w in node)
