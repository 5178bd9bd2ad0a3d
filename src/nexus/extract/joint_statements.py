"""Joint statements: the signers of one statement are not each set against its addressee.

"The embassies of A, B, C and D condemn the attacks by the E army" is one statement that
several parties issue together. A statement read as hostility (``assemble._event_hostility``)
would set each signer against E, a dyad per signer that the annotated pages do not draw: the
hostility, if any, is the joint voice's, not a relation the text tells of each party. A
statement is joint when it has at least ``joint_statement_signers`` actors (``relations.yaml``).
"""

from __future__ import annotations

from functools import cache

from nexus import ontology
from nexus.extract.events import EventDraft

__all__ = ["signed_jointly"]


@cache
def _signers() -> int:
    return int(ontology.table("relations.yaml").get("joint_statement_signers") or 3)


def signed_jointly(event: EventDraft) -> bool:
    """Whether ``event`` is a statement issued by at least ``joint_statement_signers`` actors."""
    return event.type == "statement" and len(event.actors) >= _signers()
