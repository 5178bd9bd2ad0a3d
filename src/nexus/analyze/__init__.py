"""Network analysis over the knowledge base (networkx): neighbourhoods, paths,
timelines, centrality and communities, new links. Contradictions are a store
query (``nexus.store.reader.contradictions``)."""

from nexus.analyze.metrics import graph_metrics, new_links, relation_graph
from nexus.analyze.models import (
    CentralityRow,
    GraphMetrics,
    Network,
    NetworkNode,
    PathHop,
    PathResult,
    Timeline,
    TimelineItem,
)
from nexus.analyze.network import neighbourhood, shortest_path, to_networkx
from nexus.analyze.timeline import timeline

__all__ = [
    "CentralityRow",
    "GraphMetrics",
    "Network",
    "NetworkNode",
    "PathHop",
    "PathResult",
    "Timeline",
    "TimelineItem",
    "graph_metrics",
    "neighbourhood",
    "new_links",
    "relation_graph",
    "shortest_path",
    "timeline",
    "to_networkx",
]
